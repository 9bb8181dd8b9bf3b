// SPDX-License-Identifier: GPL-2.0-or-later
// The customer dashboard on a realistic case (the demo, seed 7, imported for real) in the real
// main window: View > Dashboard (Ctrl+5) says in words what to do before a customer is chosen;
// the customer with the highest complaint rate shows charts whose points are DashboardData's
// figures, against the policy lines; another granularity and one receiver change them; a click
// on a complaint point lists its feedback reports, and a double-click opens one in the Evidence
// view; seed-test placement is stacked per bucket, or said in words on days without seed tests;
// the shown chart is exported as PNG and SVG. Screenshots in light and dark palettes.
#include "DarkPalette.h"
#include "DashboardView.h"
#include "DemoDatabase.h"
#include "Dialogs.h"
#include "EvidenceView.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "WindowShots.h"
#include "reports/DashboardData.h"
#include "storage/Database.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

using namespace abusedesk;
using abusedesk::gui::DashboardView;
using abusedesk::gui::MainWindow;
using namespace Qt::StringLiterals;
using reports::Granularity;

namespace {

template<typename T> T *seriesNamed(QChartView *view, const QString &objectName)
{
    for (QAbstractSeries *s : view->chart()->series())
        if (s->objectName() == objectName)
            if (auto *t = qobject_cast<T *>(s))
                return t;
    return nullptr;
}

} // namespace

class TestDashboardFlow : public QObject
{
    Q_OBJECT

    DashboardView *dashboard() const { return m_window->dashboardView(); }
    QChartView *chart(const QString &name) const { return dashboard()->findChild<QChartView *>(name); }

    /// Every chart's points are the figures of DashboardData, bucket by bucket.
    void checkCharts()
    {
        const reports::DashboardData &d = dashboard()->data();
        QVERIFY(!d.buckets.isEmpty());
        const qsizetype n = d.buckets.size();
        QLineSeries *rate = seriesNamed<QLineSeries>(chart(u"chartComplaintRate"_s), u"complaintRate"_s);
        QVERIFY(rate);
        // A point per bucket with delivered mail (x: the bucket), none where there is no rate.
        qsizetype withMail = 0;
        for (const reports::DashboardBucket &b : d.buckets)
            withMail += b.delivered > 0;
        QVERIFY(withMail > 0);
        QCOMPARE(rate->count(), withMail);
        for (const QPointF &p : rate->points()) {
            const qsizetype i = qRound(p.x());
            QVERIFY(i >= 0 && i < n && d.buckets.at(i).delivered > 0);
            QCOMPARE(p.y(), d.buckets.at(i).complaintRatePercent());
        }
        // The dashed policy line at the policy's 0.1 %, and the axis reaches it.
        QLineSeries *line = seriesNamed<QLineSeries>(chart(u"chartComplaintRate"_s), u"policyLine"_s);
        QVERIFY(line);
        QCOMPARE(line->pen().style(), Qt::DashLine);
        QVERIFY(qFuzzyCompare(line->at(0).y(), 0.1));
        const auto yAxes = chart(u"chartComplaintRate"_s)->chart()->axes(Qt::Vertical);
        QVERIFY(!yAxes.isEmpty());
        QVERIFY(qobject_cast<QValueAxis *>(yAxes.first())->max() >= 0.1);
        // Per receiver, unless one receiver is chosen.
        const auto receivers = chart(u"chartComplaintRate"_s)->chart()->series();
        qsizetype perReceiver = 0;
        for (QAbstractSeries *s : receivers)
            if (s->objectName() == u"complaintRateReceiver"_s) {
                const auto *ls = qobject_cast<QLineSeries *>(s);
                const reports::ReceiverTrend &r = d.receivers.at(perReceiver++);
                for (const QPointF &p : ls->points())
                    QCOMPARE(p.y(), r.complaintRatePercent(qRound(p.x())));
                QCOMPARE(ls->count(), n - std::count(r.delivered.cbegin(), r.delivered.cend(), 0));
            }
        QCOMPARE(perReceiver, d.request.receiver.isEmpty() ? d.receivers.size() : 0);

        QLineSeries *hard = seriesNamed<QLineSeries>(chart(u"chartHardBounces"_s), u"hardBounceRate"_s);
        QVERIFY(hard);
        for (const QPointF &p : hard->points())
            QCOMPARE(p.y(), d.buckets.at(qRound(p.x())).hardBounceRatePercent());
        auto *spam = seriesNamed<QAbstractBarSeries>(chart(u"chartSpamDeferrals"_s), u"spamAndDeferrals"_s);
        QVERIFY(spam && spam->barSets().size() == 2);
        auto *optOuts = seriesNamed<QAbstractBarSeries>(chart(u"chartOptOuts"_s), u"optOuts"_s);
        QVERIFY(optOuts);
        auto *cases = seriesNamed<QAbstractBarSeries>(chart(u"chartCases"_s), u"casesBySeverity"_s);
        QVERIFY(cases && cases->barSets().size() == 4);
        for (qsizetype i = 0; i < n; ++i) {
            QCOMPARE(spam->barSets().at(0)->at(i), double(d.buckets.at(i).spam));
            QCOMPARE(spam->barSets().at(1)->at(i), double(d.buckets.at(i).deferred));
            QCOMPARE(optOuts->barSets().at(0)->at(i), double(d.buckets.at(i).optOuts));
            for (int s = 0; s < 4; ++s)
                QCOMPARE(cases->barSets().at(s)->at(i), double(d.buckets.at(i).casesBySeverity[s]));
        }
        // Seed placement stacked per bucket, or in words when there were no seed tests.
        if (d.totals.seeds() > 0) {
            auto *seeds = seriesNamed<QAbstractBarSeries>(chart(u"chartSeedPlacement"_s), u"seedPlacement"_s);
            QVERIFY(seeds && seeds->barSets().size() == 3);
            QCOMPARE(seeds->barSets().at(0)->label(), u"Inbox"_s);
            for (qsizetype i = 0; i < n; ++i) {
                QCOMPARE(seeds->barSets().at(0)->at(i), double(d.buckets.at(i).seedInbox));
                QCOMPARE(seeds->barSets().at(1)->at(i), double(d.buckets.at(i).seedJunk));
                QCOMPARE(seeds->barSets().at(2)->at(i), double(d.buckets.at(i).seedMissing));
            }
            QVERIFY(!dashboard()->findChild<QLabel *>(u"seedPlacementEmpty"_s));
        } else {
            QVERIFY(!chart(u"chartSeedPlacement"_s));
            QVERIFY(dashboard()->findChild<QLabel *>(u"seedPlacementEmpty"_s));
        }
        auto *cost = seriesNamed<QAbstractBarSeries>(chart(u"chartCost"_s), u"costAndRevenue"_s);
        QVERIFY(cost && cost->barSets().size() == 2);
        qint64 costCents = 0, revenueCents = 0;
        for (qsizetype i = 0; i < cost->barSets().at(0)->count(); ++i) {
            costCents += qRound64(cost->barSets().at(0)->at(i) * 100);
            revenueCents += qRound64(cost->barSets().at(1)->at(i) * 100);
        }
        QCOMPARE(costCents, d.totals.costCents);
        // Rounded to the cent per bucket, month by month there and bucket by bucket here.
        QVERIFY(std::abs(revenueCents - d.totals.revenueCents)
            <= d.buckets.size() + cost->barSets().at(0)->count());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"cases.abusedesk"_s);
        {
            auto database = storage::Database::open(m_path, storage::Database::OpenMode::CreateNew);
            QVERIFY(database);
            m_expected = testing::importDemo(*database, m_dir.filePath(u"demo"_s));
            QVERIFY(!m_expected.isEmpty());
            // A case with time spent, so that the cases and cost charts have something to show.
            QSqlQuery q(database->connection());
            QVERIFY(q.exec(u"SELECT max(day) FROM daily_aggregates"_s) && q.next());
            m_lastDay = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            database->releaseConnection();
        }
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_settings, m_path);
        m_window->resize(1500, 950);
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

    void withoutACustomerItSaysWhatToDo()
    {
        auto *action = m_window->findChild<QAction *>(u"actionViewDashboard"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+5"_s));
        action->trigger();
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), dashboard());
        // The period: the 90 days up to the last day with data.
        QCOMPARE(dashboard()->findChild<QDateEdit *>(u"dashboardUntil"_s)->date(), m_lastDay);
        QCOMPARE(dashboard()->findChild<QDateEdit *>(u"dashboardFrom"_s)->date(), m_lastDay.addDays(-89));
        auto *empty = dashboard()->findChild<QLabel *>(u"dashboardEmpty"_s);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(u"Choose a customer"_s), qPrintable(empty->text()));
        QVERIFY(!dashboard()->currentChart());
        saveLightAndDark(m_window.get(), u"dashboard-no-customer"_s);
    }

    void theWorstCustomersChartsAreItsFigures()
    {
        // The customer with the highest complaint rate in expected.json.
        QString worst;
        double highest = -1;
        for (const QJsonValue &v :
            m_expected.value(u"deliveries"_s).toObject().value(u"totals"_s).toArray()) {
            const QJsonObject t = v.toObject();
            if (!t.value(u"customer"_s).isNull()
                && t.value(u"complaint_rate_percent"_s).toDouble() > highest) {
                highest = t.value(u"complaint_rate_percent"_s).toDouble();
                worst = t.value(u"customer"_s).toString();
            }
        }
        QVERIFY(highest > 0.1);
        QSqlQuery q(m_window->database()->connection());
        QVERIFY(q.exec(u"SELECT id FROM customers WHERE external_id = '%1'"_s.arg(worst)) && q.next());
        m_customer = q.value(0).toLongLong();
        // Some cases and time on them.
        QVERIFY(q.exec(
            u"INSERT INTO cases (customer_id, category, severity, title, opened_at, updated_at) VALUES "
            "(%1, 'complaint-rate', 2, 'Complaint rate', '%2T09:00:00Z', '%2T09:00:00Z'), "
            "(%1, 'hard-bounces', 3, 'Hard bounces', '%3T09:00:00Z', '%3T09:00:00Z')"_s.arg(m_customer)
                .arg(m_lastDay.addDays(-20).toString(Qt::ISODate),
                    m_lastDay.addDays(-3).toString(Qt::ISODate))));
        QVERIFY(
            q.exec(u"INSERT INTO time_entries (case_id, at, minutes) SELECT id, opened_at, 75 FROM cases"_s));

        QVERIFY(dashboard()->selectCustomer(m_customer));
        QVERIFY(dashboard()->currentChart());
        const reports::DashboardData &d = dashboard()->data();
        QCOMPARE(d.request.customerId, m_customer);
        QCOMPARE(d.request.granularity, Granularity::Week);
        QVERIFY(d.totals.complaintRatePercent() > d.policy.complaintRatePercent);
        // The figures of the view are those DashboardData computes for the same request.
        const reports::DashboardData again
            = reports::DashboardData::compute(*m_window->database(), d.request);
        QCOMPARE(again.buckets.size(), d.buckets.size());
        QCOMPARE(again.totals.complaints, d.totals.complaints);
        QCOMPARE(d.totals.cases(), 2);
        QCOMPARE(d.totals.minutes, 150);
        checkCharts();
        auto *summary = dashboard()->findChild<QLabel *>(u"dashboardSummary"_s);
        QVERIFY2(summary->text().contains(d.customerName), qPrintable(summary->text()));
        saveLightAndDark(m_window.get(), u"dashboard-complaint-rate"_s);
        QVERIFY(d.totals.seeds() > 0);
        QVERIFY2(summary->text().contains(u"Seed tests"_s), qPrintable(summary->text()));
        for (const QString &tab : { u"chartHardBounces"_s, u"chartSpamDeferrals"_s, u"chartOptOuts"_s,
                 u"chartSeedPlacement"_s, u"chartCases"_s, u"chartCost"_s }) {
            dashboard()->charts()->setCurrentWidget(chart(tab));
            QCOMPARE(dashboard()->currentChart(), chart(tab));
            saveLightAndDark(m_window.get(), u"dashboard-"_s + tab.mid(5).toLower());
        }
        dashboard()->charts()->setCurrentIndex(0);
    }

    void granularityAndReceiverChangeTheCharts()
    {
        auto *granularity = dashboard()->findChild<QComboBox *>(u"dashboardGranularity"_s);
        granularity->setCurrentIndex(granularity->findData(int(Granularity::Day)));
        QCOMPARE(dashboard()->data().request.granularity, Granularity::Day);
        QCOMPARE(dashboard()->data().buckets.size(), 90);
        checkCharts();
        saveLightAndDark(m_window.get(), u"dashboard-by-day"_s);
        granularity->setCurrentIndex(granularity->findData(int(Granularity::Month)));
        QCOMPARE(dashboard()->data().request.granularity, Granularity::Month);
        QVERIFY(dashboard()->data().buckets.size() >= 3 && dashboard()->data().buckets.size() <= 4);
        checkCharts();
        granularity->setCurrentIndex(granularity->findData(int(Granularity::Week)));

        // One receiver: the one with the most complaints.
        const reports::DashboardData &all = dashboard()->data();
        const reports::ReceiverTrend *top = nullptr;
        for (const reports::ReceiverTrend &r : all.receivers)
            if (!r.receiver.isEmpty() && (!top || r.totalComplaints > top->totalComplaints))
                top = &r;
        QVERIFY(top);
        const QString receiver = top->receiver;
        const qint64 complaints = top->totalComplaints;
        auto *receivers = dashboard()->findChild<QComboBox *>(u"dashboardReceiver"_s);
        QVERIFY(receivers->findData(receiver) > 0);
        receivers->setCurrentIndex(receivers->findData(receiver));
        QCOMPARE(dashboard()->data().request.receiver, receiver);
        QCOMPARE(dashboard()->data().totals.complaints, complaints);
        checkCharts();
        saveLightAndDark(m_window.get(), u"dashboard-one-receiver"_s);
        receivers->setCurrentIndex(0);
        QVERIFY(dashboard()->data().request.receiver.isEmpty());
    }

    void aComplaintPointListsItsReports()
    {
        const reports::DashboardData &d = dashboard()->data();
        qsizetype bucket = -1;
        for (qsizetype i = 0; i < d.buckets.size(); ++i)
            if (d.buckets.at(i).complaints > 0
                && (bucket < 0 || d.buckets.at(i).complaints > d.buckets.at(bucket).complaints))
                bucket = i;
        QVERIFY(bucket >= 0);
        // What the click on the point does (QtCharts' hit-testing is not the subject here).
        QLineSeries *rate = seriesNamed<QLineSeries>(chart(u"chartComplaintRate"_s), u"complaintRate"_s);
        Q_EMIT rate->clicked(QPointF(double(bucket), d.buckets.at(bucket).complaintRatePercent()));
        QTreeWidget *list = dashboard()->evidenceList();
        QCOMPARE(qint64(list->topLevelItemCount()), d.buckets.at(bucket).complaints);
        saveLightAndDark(m_window.get(), u"dashboard-evidence"_s);
        const qint64 id = list->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
        QVERIFY(id > 0);
        list->setCurrentItem(list->topLevelItem(0));
        Q_EMIT list->itemActivated(list->topLevelItem(0), 0);
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), m_window->evidenceView());
        m_window->findChild<QAction *>(u"actionViewDashboard"_s)->trigger();
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), dashboard());
    }

    void theShownChartIsExported()
    {
        dashboard()->charts()->setCurrentIndex(0);
        const QString png = m_dir.filePath(u"chart.png"_s);
        gui::Dialogs::setNextFileName(png);
        dashboard()->findChild<QPushButton *>(u"dashboardExportPng"_s)->click();
        QVERIFY(QFileInfo(png).size() > 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300 && image.height() > 200);
        const QString svg = m_dir.filePath(u"chart.svg"_s);
        gui::Dialogs::setNextFileName(svg);
        dashboard()->findChild<QPushButton *>(u"dashboardExportSvg"_s)->click();
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Complaint rate"));
    }

    void daysWithoutSeedTestsSaySo()
    {
        // A day with mail but no seed test: the seed tab says so in words and exports nothing.
        QDate quiet;
        for (QDate day = m_lastDay.addDays(-30); day <= m_lastDay && !quiet.isValid(); day = day.addDays(1)) {
            reports::DashboardRequest r;
            r.customerId = m_customer;
            r.from = day;
            r.until = day;
            const reports::DashboardData d = reports::DashboardData::compute(*m_window->database(), r);
            if (d.totals.delivered > 0 && d.totals.seeds() == 0)
                quiet = day;
        }
        QVERIFY(quiet.isValid());
        dashboard()->setPeriod(quiet, quiet);
        QCOMPARE(dashboard()->data().totals.seeds(), 0);
        checkCharts();
        auto *empty = dashboard()->findChild<QLabel *>(u"seedPlacementEmpty"_s);
        QVERIFY(empty);
        dashboard()->charts()->setCurrentWidget(empty);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(u"No seed-test results"_s), qPrintable(empty->text()));
        QVERIFY(!dashboard()->currentChart());
        QVERIFY(!dashboard()->findChild<QPushButton *>(u"dashboardExportPng"_s)->isEnabled());
        saveLightAndDark(m_window.get(), u"dashboard-seedplacement-empty"_s);
        dashboard()->charts()->setCurrentIndex(0);
        QVERIFY(dashboard()->findChild<QPushButton *>(u"dashboardExportPng"_s)->isEnabled());
        dashboard()->setPeriod(m_lastDay.addDays(-89), m_lastDay);
    }

    void aPeriodWithoutDataSaysSo()
    {
        dashboard()->setPeriod(QDate(2001, 1, 1), QDate(2001, 3, 31));
        auto *empty = dashboard()->findChild<QLabel *>(u"dashboardEmpty"_s);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(u"no mail"_s), qPrintable(empty->text()));
        QVERIFY(!dashboard()->findChild<QPushButton *>(u"dashboardExportPng"_s)->isEnabled());
        saveLightAndDark(m_window.get(), u"dashboard-no-data"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QJsonObject m_expected;
    QDate m_lastDay;
    qint64 m_customer = 0;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestDashboardFlow)
#include "tst_dashboardflow.moc"
