// SPDX-License-Identifier: GPL-2.0-or-later
// The portfolio and the reports in the real main window, on the demo (seed 7, imported for real)
// with a costly case: View > Portfolio (Ctrl+6) lists every customer over the twelve months up to
// the last day with data, most concerning first, with PortfolioData's figures; "Needing attention"
// keeps those with a concern; Enter opens the customer's dashboard over the same period; File >
// Write Report… (Ctrl+Shift+R) writes the portfolio PDF and a customer's HTML from the dialog.
// Screenshots in light and dark palettes.
#include "DashboardView.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "PortfolioView.h"
#include "ReportDialog.h"
#include "WindowShots.h"
#include "cases/CaseStore.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace abusedesk;
using abusedesk::gui::MainWindow;
using abusedesk::gui::PortfolioView;
using abusedesk::gui::ReportDialog;
using namespace Qt::StringLiterals;

class TestPortfolioFlow : public QObject
{
    Q_OBJECT

    PortfolioView *portfolio() const { return m_window->portfolioView(); }
    QTableView *table() const { return portfolio()->table(); }

    /// Runs File > Write Report… and, once the dialog shows, lets prepare fill it and presses Write.
    ReportDialog *writeReport(const std::function<void(ReportDialog *)> &prepare, QString *error = nullptr)
    {
        ReportDialog *seen = nullptr;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ReportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = dialog;
            prepare(dialog);
            dialog->accept();
            // The figures are read off the GUI thread, then the file is written.
            QVERIFY(dialog->isWriting());
            QVERIFY(!dialog->findChild<QComboBox *>()->isEnabled());
            if (!m_writingShown) {
                saveScreenshot(dialog, u"report-dialog-writing"_s);
                m_writingShown = true;
            }
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWriting(), 60000);
            if (error)
                *error = dialog->errorText();
            if (dialog->isVisible())
                dialog->reject();
        });
        m_window->findChild<QAction *>(u"actionWriteReport"_s)->trigger();
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"cases.abusedesk"_s);
        {
            auto database = storage::Database::open(m_path, storage::Database::OpenMode::CreateNew);
            QVERIFY(database);
            QVERIFY(!testing::importDemo(*database, m_dir.filePath(u"demo"_s)).isEmpty());
            QSqlQuery q(database->connection());
            QVERIFY(q.exec(u"SELECT max(day) FROM daily_aggregates"_s) && q.next());
            m_lastDay = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            // The customer with the smallest revenue gets a case that takes 40 hours: it costs more
            // than it brings.
            QVERIFY(q.exec(u"SELECT id, name FROM customers WHERE monthly_revenue_cents IS NOT NULL ORDER BY "
                           "monthly_revenue_cents LIMIT 1"_s)
                && q.next());
            m_costly = q.value(0).toLongLong();
            m_costlyName = q.value(1).toString();
            common::FixedClock clock(QDateTime(m_lastDay.addDays(-5), QTime(10, 0), QTimeZone::UTC));
            cases::CaseStore store(*database, clock);
            cases::NewCase c;
            c.customerId = m_costly;
            c.category = u"hard-bounces"_s;
            c.title = u"List hygiene"_s;
            const qint64 id = store.open(c, u"analyst"_s);
            QVERIFY(id > 0);
            QVERIFY(store.addTimeEntry(id, u"analyst"_s, 40 * 60, u"Cleaning up with the customer"_s) > 0);
            database->releaseConnection();
        }
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_settings, m_path);
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openInitialDatabase(m_path);
        QVERIFY(m_window->database());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_settings.reset();
    }

    void listsEveryCustomerMostConcerningFirst()
    {
        auto *action = m_window->findChild<QAction *>(u"actionViewPortfolio"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+6"_s));
        action->trigger();
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), portfolio());
        // The figures are read off the GUI thread.
        QTRY_VERIFY(!portfolio()->isComputing());
        QCOMPARE(portfolio()->until(), m_lastDay);
        QCOMPARE(portfolio()->from(), m_lastDay.addYears(-1).addDays(1));

        const reports::PortfolioData &d = portfolio()->data();
        QSqlQuery q(m_window->database()->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM customers"_s) && q.next());
        QCOMPARE(table()->model()->rowCount(), q.value(0).toInt());
        QCOMPARE(qsizetype(table()->model()->rowCount()), d.customers.size());
        const QLocale locale;
        int concerned = 0;
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            const reports::PortfolioCustomer &c = d.customers.at(row);
            auto cell = [&](int column) { return table()->model()->index(row, column).data().toString(); };
            QCOMPARE(cell(PortfolioView::Name), c.name);
            QCOMPARE(cell(PortfolioView::Delivered), locale.toString(c.totals.delivered));
            QCOMPARE(cell(PortfolioView::ComplaintRate),
                u"%1 %"_s.arg(locale.toString(c.totals.complaintRatePercent(), 'f', 3)));
            concerned += d.concerns(c) != 0;
            // Concerned customers come first.
            if (row > 0 && d.concerns(c))
                QVERIFY(d.concerns(d.customers.at(row - 1)) != 0);
        }
        QVERIFY(concerned >= 2);
        // The costly customer costs more than it brings, and says so.
        const auto costly = std::find_if(d.customers.cbegin(), d.customers.cend(),
            [&](const reports::PortfolioCustomer &c) { return c.customerId == m_costly; });
        QVERIFY(costly != d.customers.cend());
        QVERIFY(d.concerns(*costly) & int(reports::Concern::CostsMoreThanRevenue));
        QCOMPARE(costly->totals.minutes, 40 * 60);
        QVERIFY(portfolio()
                ->findChild<QLabel *>(u"portfolioSummary"_s)
                ->text()
                .contains(u"%1 costing more"_s.arg(d.count(reports::Concern::CostsMoreThanRevenue))));
        saveLightAndDark(m_window.get(), u"portfolio"_s);

        portfolio()->setAttentionOnly(true);
        QCOMPARE(table()->model()->rowCount(), concerned);
        saveScreenshot(m_window.get(), u"portfolio-attention"_s);
        portfolio()->setAttentionOnly(false);
        QCOMPARE(qsizetype(table()->model()->rowCount()), d.customers.size());
    }

    void enterOpensTheDashboard()
    {
        // The costly customer's row, by sorting on cost (highest last in ascending order).
        table()->sortByColumn(PortfolioView::Cost, Qt::DescendingOrder);
        QCOMPARE(table()->model()->index(0, PortfolioView::Name).data().toString(), m_costlyName);
        table()->setFocus();
        table()->setCurrentIndex(table()->model()->index(0, 0));
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), m_window->dashboardView());
        const reports::DashboardData &d = m_window->dashboardView()->data();
        QCOMPARE(d.request.customerId, m_costly);
        QCOMPARE(d.request.from, portfolio()->from());
        QCOMPARE(d.request.until, portfolio()->until());
    }

    void writesReportsFromTheDialog()
    {
        // From the dashboard: the customer's report, for the customer, as HTML.
        const QString html = m_dir.filePath(u"customer.html"_s);
        QString failure;
        ReportDialog *shown = writeReport(
            [&](ReportDialog *dialog) {
                QCOMPARE(dialog->request().customerId, m_costly);
                dialog->setAudience(report::Audience::Customer);
                dialog->setFormat(report::Format::Html);
                dialog->setPath(html);
                saveScreenshot(dialog, u"report-dialog"_s);
            },
            &failure);
        QVERIFY(shown);
        QVERIFY2(QFile::exists(html), qPrintable(failure));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"customer.html"_s));

        // From the portfolio: every customer, as PDF; the customer audience is not offered.
        m_window->findChild<QAction *>(u"actionViewPortfolio"_s)->trigger();
        const QString pdf = m_dir.filePath(u"portfolio.pdf"_s);
        int pages = 0;
        shown = writeReport([&](ReportDialog *dialog) {
            QCOMPARE(dialog->request().customerId, 0);
            QVERIFY(!dialog->findChild<QRadioButton *>(u"reportForCustomer"_s)->isEnabled());
            QCOMPARE(dialog->format(), report::Format::Pdf);
            dialog->setPath(pdf);
        });
        QVERIFY(shown);
        QVERIFY(QFile::exists(pdf));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"page"_s));
        Q_UNUSED(pages);

        // A file that cannot be written: the dialog says so and stays.
        QString error;
        writeReport(
            [&](ReportDialog *dialog) { dialog->setPath(m_dir.filePath(u"no-such-folder/portfolio.pdf"_s)); },
            &error);
        QVERIFY2(error.contains(u"portfolio.pdf"_s), qPrintable(error));
    }

    void theColumnLayoutIsRemembered()
    {
        m_window->findChild<QAction *>(u"actionViewPortfolio"_s)->trigger();
        QTRY_VERIFY(!portfolio()->isComputing());
        table()->horizontalHeader()->resizeSection(PortfolioView::Complaints, 133);
        table()->horizontalHeader()->moveSection(PortfolioView::Revenue, 2);
        portfolio()->setAttentionOnly(true);
        m_window->close();
        m_window = std::make_unique<MainWindow>(*m_settings, m_path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openInitialDatabase(m_path);
        m_window->findChild<QAction *>(u"actionViewPortfolio"_s)->trigger();
        QTRY_VERIFY(!portfolio()->isComputing());
        QCOMPARE(table()->horizontalHeader()->sectionSize(PortfolioView::Complaints), 133);
        QCOMPARE(table()->horizontalHeader()->visualIndex(PortfolioView::Revenue), 2);
        QVERIFY(table()->model()->rowCount() < qsizetype(portfolio()->data().customers.size()));
    }

private:
    bool m_writingShown = false;
    QTemporaryDir m_dir;
    QString m_path;
    QDate m_lastDay;
    qint64 m_costly = 0;
    QString m_costlyName;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestPortfolioFlow)
#include "tst_portfolioflow.moc"
