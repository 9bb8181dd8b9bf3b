// SPDX-License-Identifier: GPL-2.0-or-later
// The Customers view on a realistic case (the demo, seed 7): the list with its rates against
// the policy lines, editing a customer's identifiers re-attributes the history and says what
// moved, the unattributed queue, the rules dialog and the reading pane's "why is this here".
#include "AttributionRulesDialog.h"
#include "AttributionRunner.h"
#include "CustomerTableModel.h"
#include "CustomersView.h"
#include "DarkPalette.h"
#include "Dialogs.h"
#include "EvidenceView.h"
#include "MainWindow.h"
#include "ReadingPane.h"
#include "Screenshots.h"
#include "WindowShots.h"
#include "delivery/TabularFormats.h"
#include "demo/DemoCase.h"
#include "evidence/EvidenceListModel.h"
#include "importing/Import.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace abusedesk;
using abusedesk::gui::MainWindow;
using namespace Qt::StringLiterals;

namespace {

qint64 scalar(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString text(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestCustomersFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(u"demo"_s);
        QVERIFY(QDir().mkpath(folder));
        demo::DemoCase demoCase(demo::DemoOptions { 7, 1 });
        QVERIFY(demoCase.writeTo(folder));
        m_path = m_dir.filePath(u"cases.abusedesk"_s);
        {
            auto db = storage::Database::open(m_path, storage::Database::OpenMode::CreateNew);
            QVERIFY(db);
            QFile profileFile(folder + u"/logs/sendlog-profile.json"_s);
            QVERIFY(profileFile.open(QIODevice::ReadOnly));
            const auto profile
                = delivery::CsvProfile::fromJson(QJsonDocument::fromJson(profileFile.readAll()).object());
            QVERIFY(profile);
            importing::ImportOptions options;
            options.logTimeZone = QTimeZone::UTC;
            options.extraProfiles = { *profile };
            const importing::ImportReport report = importing::importPaths(*db, { folder }, options);
            Q_UNUSED(report);
            QVERIFY(scalar(*db, u"SELECT count(*) FROM customers"_s) == 12);
            db->releaseConnection();
        }
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_settings, m_path);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openInitialDatabase(m_path);
        QVERIFY(m_window->database());
    }

    void cleanupTestCase()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != m_window.get() && w->isVisible())
                w->close();
        m_window.reset();
        m_settings.reset();
    }

    void customersListed()
    {
        QCOMPARE(
            m_window->findChild<QAction *>(u"actionViewCustomers"_s)->shortcut(), QKeySequence(u"Ctrl+2"_s));
        m_window->findChild<QAction *>(u"actionViewCustomers"_s)->trigger();
        auto *view = m_window->customersView();
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), view);
        QCOMPARE(m_settings->value(u"window/page"_s).toString(), u"customers"_s);
        auto *model = view->model();
        QCOMPARE(model->rowCount(), 12);
        const auto *period = view->findChild<QLabel *>(u"customersPeriod"_s);
        QVERIFY2(period->text().contains(u"30 days"_s), qPrintable(period->text()));
        // Cedar Hollow Outdoor (c009) complains above the 0.1 % line, shown in the warning colour.
        int cedar = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, gui::CustomerTableModel::ColumnExternalId).data().toString() == u"c009"_s)
                cedar = row;
        QVERIFY(cedar >= 0);
        QCOMPARE(model->index(cedar, gui::CustomerTableModel::ColumnName).data().toString(),
            u"Cedar Hollow Outdoor"_s);
        const QModelIndex rate = model->index(cedar, gui::CustomerTableModel::ColumnComplaintRate);
        QVERIFY2(
            rate.data(gui::CustomerTableModel::AboveLineRole).toBool(), qPrintable(rate.data().toString()));
        QCOMPARE(rate.data(Qt::ForegroundRole).value<QColor>(), gui::CustomerTableModel::warningColour());
        m_cedarId = model->customer(cedar).id;
        view->selectCustomer(m_cedarId);
        QCOMPARE(view->findChild<QLineEdit *>(u"customerName"_s)->text(), u"Cedar Hollow Outdoor"_s);
        saveLightAndDark(m_window.get(), u"customers-view"_s);
    }

    void unsavedChangesAreNotLostSilently()
    {
        const storage::Database &db = *m_window->database();
        auto *view = m_window->customersView();
        view->selectCustomer(m_cedarId);
        auto *name = view->findChild<QLineEdit *>(u"customerName"_s);
        name->setText(u"Cedar Hollow Outdoor (renamed)"_s);
        const qint64 other = scalar(db, u"SELECT id FROM customers WHERE external_id = 'c001'"_s);
        // Choosing another customer asks; Cancel keeps the edit where it was.
        QString asked;
        auto answer = [&asked](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        view->selectCustomer(other);
        QVERIFY2(asked.contains(u"Cedar Hollow Outdoor"_s), qPrintable(asked));
        QCOMPARE(name->text(), u"Cedar Hollow Outdoor (renamed)"_s);
        // Discard: the other customer is shown and nothing was saved.
        asked.clear();
        answer(QMessageBox::Discard);
        view->selectCustomer(other);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(name->text(), text(db, u"SELECT name FROM customers WHERE id = %1"_s.arg(other)));
        QCOMPARE(text(db, u"SELECT name FROM customers WHERE id = %1"_s.arg(m_cedarId)),
            u"Cedar Hollow Outdoor"_s);
        // Without changes, nothing is asked.
        asked.clear();
        view->selectCustomer(m_cedarId);
        QVERIFY(asked.isEmpty());
        QCOMPARE(name->text(), u"Cedar Hollow Outdoor"_s);
    }

    void identifierChangeMovesHistory()
    {
        const storage::Database &db = *m_window->database();
        auto *view = m_window->customersView();
        view->selectCustomer(m_cedarId);
        const qint64 before
            = scalar(db, u"SELECT count(*) FROM messages WHERE customer_id = %1"_s.arg(m_cedarId));
        QVERIFY2(before > 0, qPrintable(QString::number(before)));
        auto *identifiers = view->findChild<QTableWidget *>(u"customerIdentifiers"_s);
        QVERIFY(identifiers->rowCount() > 0);

        // A bad address is refused with its row named.
        view->findChild<QPushButton *>(u"identifierAdd"_s)->click();
        const int added = identifiers->rowCount() - 1;
        identifiers->item(added, 0)->setText(u"ip"_s);
        identifiers->item(added, 2)->setText(u"192.0.2.300"_s);
        QVERIFY(!view->saveCustomer());
        const QString problem = view->findChild<QLabel *>(u"customerProblem"_s)->text();
        QVERIFY2(problem.contains(u"row %1"_s.arg(added + 1)) && problem.contains(u"192.0.2.300"_s),
            qPrintable(problem));
        saveScreenshot(view, u"customers-invalid-identifier"_s);

        // Every identifier and contact gone: the customer's mail is no longer its own.
        identifiers->selectAll();
        view->findChild<QPushButton *>(u"identifierRemove"_s)->click();
        QCOMPARE(identifiers->rowCount(), 0);
        view->findChild<QLineEdit *>(u"customerContacts"_s)->clear();
        // Shortcuts need an active window, which Xvfb without a window manager does not give.
        QVERIFY2(view->saveCustomer(), qPrintable(view->findChild<QLabel *>(u"customerProblem"_s)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!view->runner()->isRunning(), 120000);
        auto *moved = view->findChild<QLabel *>(u"customersMoved"_s);
        QTRY_VERIFY(moved->isVisible());
        QVERIFY2(moved->text().contains(u"moved from Cedar Hollow Outdoor to (unattributed)"_s),
            qPrintable(moved->text()));
        const qint64 after
            = scalar(db, u"SELECT count(*) FROM messages WHERE customer_id = %1"_s.arg(m_cedarId));
        QVERIFY2(after < before, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
        qint64 movedMessages = 0;
        for (const auto &move : view->runner()->lastReport().moves)
            if (move.from == m_cedarId && move.to == 0)
                movedMessages += move.messages;
        QCOMPARE(movedMessages, before - after);
        QVERIFY2(moved->text().contains(u"%1 message"_s.arg(movedMessages)), qPrintable(moved->text()));
        // The table shows the customer without identifiers.
        const int row = view->model()->rowOf(m_cedarId);
        QCOMPARE(
            view->model()->index(row, gui::CustomerTableModel::ColumnIdentifiers).data().toString(), u"0"_s);
        saveLightAndDark(m_window.get(), u"customers-what-moved"_s);
    }

    void unattributedQueue()
    {
        const storage::Database &db = *m_window->database();
        auto *view = m_window->customersView();
        auto *tabs = view->findChild<QTabWidget *>(u"customersTabs"_s);
        const qint64 expected
            = scalar(db, u"SELECT count(*) FROM messages WHERE customer_id IS NULL AND kind != 'noise'"_s);
        QVERIFY(expected > 0);
        tabs->setCurrentIndex(1);
        QVERIFY2(tabs->tabText(1).contains(u"(%1)"_s.arg(QLocale().toString(expected))),
            qPrintable(tabs->tabText(1)));
        auto *list = view->findChild<QTreeWidget *>(u"unattributedList"_s);
        QCOMPARE(qint64(list->topLevelItemCount()), std::min<qint64>(expected, 1000));
        saveLightAndDark(m_window.get(), u"customers-unattributed"_s);

        // Double-click: the message in the Evidence page, with the reason it is unattributed.
        QTreeWidgetItem *first = list->topLevelItem(0);
        const qint64 id = first->data(0, Qt::UserRole).toLongLong();
        Q_EMIT list->itemActivated(first, 0);
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), m_window->evidenceView());
        const QModelIndex current = m_window->evidenceView()->table()->currentIndex();
        QCOMPARE(current.data(Qt::UserRole + 1).toLongLong(), id);
        auto *why = m_window->evidenceView()->readingPane()->findChild<QLabel *>(u"readingCustomer"_s);
        QVERIFY2(why->isVisible() && why->text().contains(u"Unattributed"_s), qPrintable(why->text()));
        tabs->setCurrentIndex(0);
    }

    void disagreementsAreListed()
    {
        // Blue Harbor's From domain is entered under Marigold Tickets (c001) by mistake: Blue
        // Harbor's mail stays Blue Harbor's where its X-Customer-ID says so (that rule comes first),
        // and is listed as a disagreement.
        const storage::Database &db = *m_window->database();
        m_window->findChild<QAction *>(u"actionViewCustomers"_s)->trigger();
        auto *view = m_window->customersView();
        const qint64 marigold = scalar(db, u"SELECT id FROM customers WHERE external_id = 'c001'"_s);
        const qint64 blueHarbor = scalar(db, u"SELECT id FROM customers WHERE external_id = 'c006'"_s);
        const QString byHeader
            = u"SELECT count(*) FROM messages WHERE customer_id = %1 AND attribution_rule = 2"_s.arg(
                blueHarbor);
        const qint64 before = scalar(db, byHeader);
        QVERIFY(before > 0);
        QCOMPARE(
            scalar(db,
                u"SELECT count(*) FROM messages WHERE customer_id IS NOT NULL AND attribution_conflicts IS NOT NULL"_s),
            0);
        auto *identifiers = view->findChild<QTableWidget *>(u"customerIdentifiers"_s);
        view->selectCustomer(blueHarbor);
        for (int row = identifiers->rowCount() - 1; row >= 0; --row)
            if (identifiers->item(row, 0)->text() == u"From domain"_s)
                identifiers->removeRow(row);
        QVERIFY2(view->saveCustomer(), qPrintable(view->findChild<QLabel *>(u"customerProblem"_s)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!view->runner()->isRunning(), 120000);
        view->selectCustomer(marigold);
        view->findChild<QPushButton *>(u"identifierAdd"_s)->click();
        const int added = identifiers->rowCount() - 1;
        identifiers->item(added, 0)->setText(u"from-domain"_s);
        identifiers->item(added, 2)->setText(u"blueharbor-pets.example"_s);
        QVERIFY2(view->saveCustomer(), qPrintable(view->findChild<QLabel *>(u"customerProblem"_s)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!view->runner()->isRunning(), 120000);
        QCOMPARE(scalar(db, byHeader), before);
        const qint64 disagreeing = scalar(db,
            u"SELECT count(*) FROM messages WHERE customer_id IS NOT NULL AND attribution_conflicts IS NOT NULL"_s);
        QVERIFY(disagreeing > 0);
        auto *tabs = view->findChild<QTabWidget *>(u"customersTabs"_s);
        QVERIFY2(tabs->tabText(2).contains(u"(%1)"_s.arg(QLocale().toString(disagreeing))),
            qPrintable(tabs->tabText(2)));
        auto *list = view->findChild<QTreeWidget *>(u"disagreementsList"_s);
        QCOMPARE(qint64(list->topLevelItemCount()), disagreeing);
        QCOMPARE(list->topLevelItem(0)->text(2), u"Blue Harbor Pet Supply"_s);
        QVERIFY2(list->topLevelItem(0)->toolTip(4).startsWith(u"Header X-Customer-ID carries"_s),
            qPrintable(list->topLevelItem(0)->toolTip(4)));
        QVERIFY2(list->topLevelItem(0)->text(4).startsWith(u"Disagreement: From domain"_s)
                && list->topLevelItem(0)->text(4).contains(u"Marigold Tickets"_s),
            qPrintable(list->topLevelItem(0)->text(4)));
        tabs->setCurrentIndex(2);
        saveLightAndDark(m_window.get(), u"customers-disagreements"_s);
        tabs->setCurrentIndex(0);
    }

    void readingPaneSaysWhy()
    {
        const storage::Database &db = *m_window->database();
        const qint64 id = scalar(db,
            u"SELECT m.evidence_id FROM messages m JOIN customers c ON c.id = m.customer_id "
            "WHERE m.kind = 'feedback-report' ORDER BY m.evidence_id LIMIT 1"_s);
        const QString name = text(db,
            u"SELECT c.name FROM messages m JOIN customers c ON c.id = m.customer_id WHERE m.evidence_id = %1"_s
                .arg(id));
        QVERIFY(id > 0 && !name.isEmpty());
        m_window->showEvidenceItem(id);
        auto *pane = m_window->evidenceView()->readingPane();
        auto *why = pane->findChild<QLabel *>(u"readingCustomer"_s);
        QVERIFY2(why->text().contains(name.toHtmlEscaped()), qPrintable(why->text()));
        // The evidence list names the customer of the selected message.
        QTableView *table = m_window->evidenceView()->table();
        const QModelIndex current = table->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(table->model()
                     ->index(current.row(), evidence::EvidenceListModel::ColumnCustomer)
                     .data()
                     .toString(),
            name);
        saveLightAndDark(m_window.get(), u"reading-pane-customer"_s);
    }

    void customersExportedAndImportedThroughTheMenu()
    {
        const storage::Database &db = *m_window->database();
        // Exported: one row per customer, what the command line and the demo use.
        const QString file = m_dir.filePath(u"exported.csv"_s);
        gui::Dialogs::setNextFileName(file);
        m_window->findChild<QAction *>(u"actionExportCustomers"_s)->trigger();
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray csv = exported.readAll();
        QCOMPARE(qint64(csv.count('\n')), scalar(db, u"SELECT count(*) FROM customers"_s) + 1);
        QVERIFY(csv.startsWith("id,name,status,monthly_revenue,currency,contact_email,sending_ips,"));
        // Imported: a new customer, and a row with a problem named with its line in a warning.
        const QString incoming = m_dir.filePath(u"incoming.csv"_s);
        {
            QFile f(incoming);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id,name,status,sending_ips,dkim_domains\n"
                    "c100,Northwind Mailers,active,198.51.100.77 2026-01-01..,northwind.example\n"
                    "c101,Bad Address Ltd,active,198.51.100.999,\n");
        }
        gui::Dialogs::setNextFileName(incoming);
        m_window->findChild<QAction *>(u"actionImportCustomers"_s)->trigger();
        QTRY_VERIFY(visibleTopLevel(u"warningBox"_s));
        auto *box = qobject_cast<QMessageBox *>(visibleTopLevel(u"warningBox"_s));
        QVERIFY2(box->text().contains(u"Customers added: 1"_s) && box->text().contains(u"line 3"_s)
                && box->text().contains(u"198.51.100.999"_s),
            qPrintable(box->text()));
        saveScreenshot(box, u"customers-import-problems"_s);
        box->close();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM customers WHERE external_id = 'c100'"_s), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM customers WHERE external_id = 'c101'"_s), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->customersView()->runner()->isRunning(), 120000);
        QVERIFY(m_window->customersView()->model()->rowOf(
                    scalar(db, u"SELECT id FROM customers WHERE external_id = 'c100'"_s))
            >= 0);
    }

    void rulesDialog()
    {
        m_window->findChild<QAction *>(u"actionAttributionRules"_s)->trigger();
        QTRY_VERIFY(visibleTopLevel(u"attributionRulesDialog"_s));
        auto *dialog
            = qobject_cast<gui::AttributionRulesDialog *>(visibleTopLevel(u"attributionRulesDialog"_s));
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        const int rules = dialog->rules().size();
        QVERIFY(rules > 0);
        saveLightAndDark(dialog, u"attribution-rules"_s);
        dialog->addHeaderRule(QString(), u"(["_s);
        QVERIFY(!ok->isEnabled()); // no header name, and a broken pattern
        auto *problem = dialog->findChild<QLabel *>(u"rulesProblem"_s);
        QVERIFY2(problem->text().contains(u"Rule %1"_s.arg(rules + 1)), qPrintable(problem->text()));
        saveScreenshot(dialog, u"attribution-rules-problem"_s);
        auto *table = dialog->findChild<QTableWidget *>(u"rulesTable"_s);
        table->item(rules, 2)->setText(u"X-Account"_s);
        table->item(rules, 3)->setText(u"acct-(\\d+)"_s);
        QVERIFY2(ok->isEnabled(), qPrintable(problem->text()));
        dialog->moveCurrent(-1);
        QCOMPARE(dialog->rules().at(rules - 1).header, u"X-Account"_s);
        ok->click();
        QTRY_VERIFY(!visibleTopLevel(u"attributionRulesDialog"_s));
        QCOMPARE(scalar(*m_window->database(),
                     u"SELECT count(*) FROM attribution_rules WHERE header = 'X-Account'"_s),
            1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->customersView()->runner()->isRunning(), 120000);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_cedarId = 0;
};

QTEST_MAIN(TestCustomersFlow)
#include "tst_customersflow.moc"
