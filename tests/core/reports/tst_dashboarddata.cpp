// SPDX-License-Identifier: GPL-2.0-or-later
// The customer dashboard's figures on a realistic case database (the demo, seed 7, imported for
// real): over the demo's period each customer's totals are those the generator wrote into
// expected.json; the buckets of a day, a week and a month add up to them and tile the period;
// the per-receiver breakdown and the receiver filter agree with the whole; cases, time, cost and
// revenue land in the right bucket; the evidence behind a complaint point is its reports; the
// seed-test placement is what the demo planted (expected.json), day by day and receiver by receiver.
#include "DemoDatabase.h"
#include "reports/DashboardData.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace abusedesk;
using namespace Qt::StringLiterals;
using reports::DashboardBucket;
using reports::DashboardData;
using reports::DashboardRequest;
using reports::Granularity;

namespace {

qint64 scalar(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// expected.json's rounding: thousandths of a percent, half up.
double percent(qint64 part, qint64 whole)
{
    return whole <= 0 ? 0 : double((part * 100000 * 2 + whole) / (2 * whole)) / 1000.0;
}

void compareCounts(const DashboardBucket &a, const DashboardBucket &b, const char *what)
{
    const QString where = QString::fromLatin1(what);
    QVERIFY2(a.sent == b.sent, qPrintable(where + u" sent"_s));
    QVERIFY2(a.delivered == b.delivered, qPrintable(where + u" delivered"_s));
    QVERIFY2(a.deferred == b.deferred, qPrintable(where + u" deferred"_s));
    QVERIFY2(a.hard == b.hard, qPrintable(where + u" hard"_s));
    QVERIFY2(a.spam == b.spam, qPrintable(where + u" spam"_s));
    QVERIFY2(a.optOuts == b.optOuts, qPrintable(where + u" opt-outs"_s));
    QVERIFY2(a.complaints == b.complaints, qPrintable(where + u" complaints"_s));
    QVERIFY2(a.casesBySeverity == b.casesBySeverity, qPrintable(where + u" cases"_s));
    QVERIFY2(a.minutes == b.minutes, qPrintable(where + u" minutes"_s));
    QVERIFY2(a.costCents == b.costCents, qPrintable(where + u" cost"_s));
    // Revenue is prorated per day and rounded per bucket: a cent per bucket at most.
    QVERIFY2(std::abs(a.revenueCents - b.revenueCents) <= 40, qPrintable(where + u" revenue"_s));
    QVERIFY2(a.seedInbox == b.seedInbox && a.seedJunk == b.seedJunk && a.seedMissing == b.seedMissing,
        qPrintable(where + u" seeds"_s));
}

DashboardBucket sumOf(const DashboardData &d)
{
    DashboardBucket s;
    for (const DashboardBucket &b : d.buckets) {
        s.sent += b.sent;
        s.delivered += b.delivered;
        s.deferred += b.deferred;
        s.hard += b.hard;
        s.spam += b.spam;
        s.optOuts += b.optOuts;
        s.complaints += b.complaints;
        for (int i = 0; i < 4; ++i)
            s.casesBySeverity[i] += b.casesBySeverity[i];
        s.minutes += b.minutes;
        s.costCents += b.costCents;
        s.revenueCents += b.revenueCents;
        s.seedInbox += b.seedInbox;
        s.seedJunk += b.seedJunk;
        s.seedMissing += b.seedMissing;
    }
    return s;
}

} // namespace

class TestDashboardData : public QObject
{
    Q_OBJECT

    DashboardData compute(qint64 customer, Granularity g, const QString &receiver = {}) const
    {
        DashboardRequest r;
        r.customerId = customer;
        r.from = m_from;
        r.until = m_until;
        r.granularity = g;
        r.receiver = receiver;
        QString error;
        DashboardData d = DashboardData::compute(*m_db, r, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = storage::Database::open(
            m_dir.filePath(u"cases.abusedesk"_s), storage::Database::OpenMode::CreateNew);
        QVERIFY(m_db);
        m_expected = testing::importDemo(*m_db, m_dir.filePath(u"demo"_s));
        QVERIFY(!m_expected.isEmpty());
        const QJsonObject period = m_expected.value(u"period"_s).toObject();
        m_from = QDate::fromString(period.value(u"start"_s).toString().left(10), Qt::ISODate);
        // The period's end is exclusive (midnight after its last day).
        m_until = QDate::fromString(period.value(u"end"_s).toString().left(10), Qt::ISODate).addDays(-1);
        QVERIFY(m_from.isValid() && m_until > m_from);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT external_id, id FROM customers"_s));
        while (q.next())
            m_ids.insert(q.value(0).toString(), q.value(1).toLongLong());
        QVERIFY(m_ids.size() >= 10);
    }

    void totalsAreTheDemosForEveryCustomer()
    {
        int compared = 0;
        int aboveLine = 0;
        for (const QJsonValue &v :
            m_expected.value(u"deliveries"_s).toObject().value(u"totals"_s).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(u"customer"_s).isNull())
                continue; // the sender's own mail
            const QString external = t.value(u"customer"_s).toString();
            QVERIFY2(m_ids.contains(external), qPrintable(external));
            const DashboardData d = compute(m_ids.value(external), Granularity::Day);
            QCOMPARE(d.customerName.isEmpty(), false);
            const DashboardBucket &total = d.totals;
            QVERIFY2(total.delivered == t.value(u"delivered"_s).toInteger(), qPrintable(external));
            QVERIFY2(total.complaints == t.value(u"fbl_complaints"_s).toInteger(), qPrintable(external));
            QVERIFY2(total.hard == t.value(u"hard"_s).toInteger(), qPrintable(external));
            QVERIFY2(total.spam == t.value(u"spam"_s).toInteger(), qPrintable(external));
            QVERIFY2(total.deferred == t.value(u"deferred"_s).toInteger(), qPrintable(external));
            QVERIFY2(total.optOuts == t.value(u"opt_outs"_s).toInteger(), qPrintable(external));
            const qint64 ended = t.value(u"delivered"_s).toInteger() + t.value(u"hard"_s).toInteger()
                + t.value(u"soft"_s).toInteger() + t.value(u"spam"_s).toInteger();
            QVERIFY2(total.sent == ended, qPrintable(external));
            QCOMPARE(
                percent(total.complaints, total.delivered), t.value(u"complaint_rate_percent"_s).toDouble());
            QCOMPARE(percent(total.hard, total.sent), t.value(u"hard_bounce_rate_percent"_s).toDouble());
            QVERIFY(std::abs(total.complaintRatePercent() - t.value(u"complaint_rate_percent"_s).toDouble())
                < 0.0006);
            aboveLine += total.complaintRatePercent() > d.policy.complaintRatePercent;
            // Opt-out reasons account for every opt-out.
            qint64 reasons = 0;
            for (const qint64 n : d.optOutReasons)
                reasons += n;
            QCOMPARE(reasons, total.optOuts);
            ++compared;
        }
        QVERIFY(compared >= 10);
        QVERIFY(aboveLine >= 1);
    }

    void bucketsAddUpAndTileThePeriod_data()
    {
        QTest::addColumn<int>("granularity");
        QTest::newRow("day") << int(Granularity::Day);
        QTest::newRow("week") << int(Granularity::Week);
        QTest::newRow("month") << int(Granularity::Month);
    }

    void bucketsAddUpAndTileThePeriod()
    {
        QFETCH(int, granularity);
        const auto g = Granularity(granularity);
        for (const qint64 customer : std::as_const(m_ids)) {
            const DashboardData d = compute(customer, g);
            compareCounts(sumOf(d), d.totals, "buckets");
            compareCounts(d.totals, compute(customer, Granularity::Day).totals, "granularity");
            // The buckets tile the period: consecutive, each inside one day, week or month.
            QVERIFY(!d.buckets.isEmpty());
            QCOMPARE(d.buckets.constFirst().first, m_from);
            QCOMPARE(d.buckets.constLast().last, m_until);
            for (qsizetype i = 0; i < d.buckets.size(); ++i) {
                const DashboardBucket &b = d.buckets.at(i);
                QVERIFY(b.first <= b.last);
                if (i > 0)
                    QCOMPARE(b.first, d.buckets.at(i - 1).last.addDays(1));
                QCOMPARE(d.bucketOf(b.first), i);
                QCOMPARE(d.bucketOf(b.last), i);
                switch (g) {
                case Granularity::Day:
                    QCOMPARE(b.first, b.last);
                    break;
                case Granularity::Week:
                    QVERIFY(i == 0 || b.first.dayOfWeek() == Qt::Monday);
                    QVERIFY(i + 1 == d.buckets.size() || b.last.dayOfWeek() == Qt::Sunday);
                    QVERIFY(b.first.daysTo(b.last) < 7);
                    break;
                case Granularity::Month:
                    QCOMPARE(b.first.month(), b.last.month());
                    QVERIFY(i == 0 || b.first.day() == 1);
                    QVERIFY(i + 1 == d.buckets.size() || b.last.day() == b.last.daysInMonth());
                    break;
                }
            }
            QCOMPARE(d.bucketOf(m_from.addDays(-1)), -1);
            QCOMPARE(d.bucketOf(m_until.addDays(1)), -1);
            // The per-receiver breakdown adds up to the whole, bucket by bucket.
            for (qsizetype i = 0; i < d.buckets.size(); ++i) {
                qint64 delivered = 0, complaints = 0;
                for (const reports::ReceiverTrend &r : d.receivers) {
                    delivered += r.delivered.at(i);
                    complaints += r.complaints.at(i);
                }
                QCOMPARE(delivered, d.buckets.at(i).delivered);
                QCOMPARE(complaints, d.buckets.at(i).complaints);
            }
            QVERIFY(d.receivers.size() <= 6);
        }
        // The demo's period spans two months and five ISO weeks at least.
        const DashboardData any = compute(m_ids.value(u"c001"_s), g);
        QCOMPARE(any.buckets.size(),
            g == Granularity::Day         ? m_from.daysTo(m_until) + 1
                : g == Granularity::Month ? 2
                                          : 5);
    }

    void oneReceiverIsItsShareOfTheWhole()
    {
        // The customer with the most complaints, at the receiver that sent the most of them.
        qint64 customer = 0;
        qint64 most = -1;
        for (const qint64 id : std::as_const(m_ids)) {
            const DashboardData d = compute(id, Granularity::Week);
            if (d.totals.complaints > most) {
                most = d.totals.complaints;
                customer = id;
            }
        }
        QVERIFY(most > 0);
        const DashboardData all = compute(customer, Granularity::Week);
        const reports::ReceiverTrend *top = nullptr;
        for (const reports::ReceiverTrend &r : all.receivers)
            if (!r.receiver.isEmpty() && (!top || r.totalComplaints > top->totalComplaints))
                top = &r;
        QVERIFY(top && top->totalComplaints > 0);
        QVERIFY(DashboardData::receiversOf(*m_db, customer).contains(top->receiver));
        const DashboardData one = compute(customer, Granularity::Week, top->receiver);
        QCOMPARE(one.totals.delivered, top->totalDelivered);
        QCOMPARE(one.totals.complaints, top->totalComplaints);
        QCOMPARE(one.receivers.size(), 1);
        for (qsizetype i = 0; i < one.buckets.size(); ++i) {
            QCOMPARE(one.buckets.at(i).delivered, top->delivered.at(i));
            QCOMPARE(one.buckets.at(i).complaints, top->complaints.at(i));
            // The evidence behind each point is exactly its reports.
            const auto reports = DashboardData::complaintsIn(
                *m_db, customer, one.buckets.at(i).first, one.buckets.at(i).last, top->receiver);
            QCOMPARE(reports.size(), one.buckets.at(i).complaints);
        }
        const auto every = DashboardData::complaintsIn(*m_db, customer, m_from, m_until);
        QCOMPARE(qint64(every.size()), all.totals.complaints);
        QSet<qint64> ids;
        for (const reports::ComplaintEvidence &e : every) {
            QVERIFY(e.evidenceId > 0 && e.sentAt.isValid());
            ids.insert(e.evidenceId);
        }
        QCOMPARE(ids.size(), every.size());
        QCOMPARE(qint64(ids.size()),
            scalar(*m_db,
                u"SELECT count(*) FROM messages WHERE customer_id = %1 AND kind = 'feedback-report' AND "
                "json_extract(facts, '$.feedback.type') = 'abuse'"_s.arg(customer)));
    }

    void casesTimeCostAndRevenueLandInTheirBuckets()
    {
        const qint64 customer = m_ids.value(u"c001"_s);
        const qint64 revenue
            = scalar(*m_db, u"SELECT monthly_revenue_cents FROM customers WHERE id = %1"_s.arg(customer));
        QVERIFY(revenue > 0);
        // Two cases in the first week, one in the last; 90 minutes on the first, 30 on the last.
        const QDate lastDay = m_until;
        QSqlQuery q(m_db->connection());
        auto exec = [&](const QString &sql) { QVERIFY2(q.exec(sql), qPrintable(sql)); };
        exec(u"INSERT INTO cases (id, customer_id, category, severity, title, opened_at, updated_at) VALUES "
             "(901, %1, 'complaint-rate', 2, 'a', '%2T10:00:00Z', '%2T10:00:00Z'), "
             "(902, %1, 'hard-bounces', 4, 'b', '%2T11:00:00Z', '%2T11:00:00Z'), "
             "(903, %1, 'legal', 1, 'c', '%3T23:59:59Z', '%3T23:59:59Z')"_s.arg(customer)
                 .arg(m_from.toString(Qt::ISODate), lastDay.toString(Qt::ISODate)));
        exec(u"INSERT INTO time_entries (case_id, at, minutes) VALUES (901, '%1T12:00:00Z', 60), "
             "(902, '%1T13:00:00Z', 30), (903, '%2T23:00:00Z', 30)"_s.arg(
                 m_from.toString(Qt::ISODate), lastDay.toString(Qt::ISODate)));
        // Another customer's case and time do not count.
        exec(u"INSERT INTO cases (id, customer_id, category, severity, title, opened_at, updated_at) VALUES "
             "(904, %1, 'other', 1, 'd', '%2T10:00:00Z', '%2T10:00:00Z')"_s.arg(m_ids.value(u"c002"_s))
                 .arg(m_from.toString(Qt::ISODate)));
        exec(u"INSERT INTO time_entries (case_id, at, minutes) VALUES (904, '%1T12:00:00Z', 600)"_s.arg(
            m_from.toString(Qt::ISODate)));

        const DashboardData week = compute(customer, Granularity::Week);
        const DashboardBucket &first = week.buckets.constFirst();
        const DashboardBucket &last = week.buckets.constLast();
        QCOMPARE(first.casesBySeverity, (std::array<qint64, 4> { 0, 1, 0, 1 }));
        QCOMPARE(last.casesBySeverity, (std::array<qint64, 4> { 1, 0, 0, 0 }));
        QCOMPARE(first.minutes, 90);
        QCOMPARE(last.minutes, 30);
        const qint64 hourly = week.policy.hourlyCostCents;
        QCOMPARE(hourly, 6000);
        QCOMPARE(first.costCents, 90 * hourly / 60);
        QCOMPARE(week.totals.costCents, 120 * hourly / 60);
        QCOMPARE(week.totals.cases(), 3);
        // Revenue: the month's revenue spread over its days.
        const DashboardData day = compute(customer, Granularity::Day);
        QCOMPARE(day.buckets.constFirst().revenueCents, qRound64(double(revenue) / m_from.daysInMonth()));
        double expected = 0;
        for (QDate d = m_from; d <= m_until; d = d.addDays(1))
            expected += double(revenue) / d.daysInMonth();
        QVERIFY(std::abs(double(week.totals.revenueCents) - expected) <= double(week.buckets.size()));
        const DashboardData month = compute(customer, Granularity::Month);
        QCOMPARE(month.buckets.constFirst().revenueCents,
            qRound64(double(revenue)
                * (m_from.daysTo(QDate(m_from.year(), m_from.month(), m_from.daysInMonth())) + 1)
                / m_from.daysInMonth()));
        QCOMPARE(month.totals.cases(), 3);
        QVERIFY(week.policy.complaintRatePercent > 0.0999 && week.policy.complaintRatePercent < 0.1001);
        QCOMPARE(week.policy.hardBounceRatePercent, 5.0);
        exec(u"DELETE FROM cases WHERE id >= 901"_s);
    }

    void seedPlacementIsTheDemos()
    {
        const QJsonObject deliveries = m_expected.value(u"deliveries"_s).toObject();
        // Per customer and week: the planted placements of the days in the week.
        QHash<QString, QMap<QDate, std::array<qint64, 3>>> planted;
        for (const QJsonValue &v : deliveries.value(u"seed_days"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const QDate day = QDate::fromString(o.value(u"day"_s).toString(), Qt::ISODate);
            QVERIFY(day >= m_from && day <= m_until);
            auto &week = planted[o.value(u"customer"_s).toString()]
                                [DashboardData::bucketStart(day, Granularity::Week)];
            week[0] += o.value(u"inbox"_s).toInteger();
            week[1] += o.value(u"junk"_s).toInteger();
            week[2] += o.value(u"missing"_s).toInteger();
        }
        int compared = 0;
        qint64 junk = 0, missing = 0;
        for (const QJsonValue &v : deliveries.value(u"totals"_s).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(u"customer"_s).isNull())
                continue;
            const QString external = t.value(u"customer"_s).toString();
            const QJsonObject seeds = t.value(u"seed_placement"_s).toObject();
            const qint64 customer = m_ids.value(external);
            const DashboardData d = compute(customer, Granularity::Week);
            QVERIFY2(d.totals.seedInbox == seeds.value(u"inbox"_s).toInteger(), qPrintable(external));
            QVERIFY2(d.totals.seedJunk == seeds.value(u"junk"_s).toInteger(), qPrintable(external));
            QVERIFY2(d.totals.seedMissing == seeds.value(u"missing"_s).toInteger(), qPrintable(external));
            QVERIFY2(d.totals.seeds() > 0, qPrintable(external));
            QVERIFY(d.hasData());
            for (const DashboardBucket &b : d.buckets) {
                const auto p
                    = planted.value(external).value(DashboardData::bucketStart(b.first, Granularity::Week));
                QVERIFY2(b.seedInbox == p[0] && b.seedJunk == p[1] && b.seedMissing == p[2],
                    qPrintable(external + u" week of "_s + b.first.toString(Qt::ISODate)));
            }
            // Receiver by receiver, the seeds add up to the whole: each seed result has the
            // receiver its seed address's mail went to.
            qint64 byReceiver = 0;
            for (const QString &receiver : DashboardData::receiversOf(*m_db, customer))
                byReceiver += compute(customer, Granularity::Month, receiver).totals.seeds();
            QVERIFY2(byReceiver == d.totals.seeds(), qPrintable(external));
            junk += d.totals.seedJunk;
            missing += d.totals.seedMissing;
            ++compared;
        }
        QVERIFY(compared >= 10);
        QVERIFY(junk > 0 && missing > 0);
    }

    void noCustomerOrNoDataIsEmpty()
    {
        DashboardRequest r;
        r.customerId = 999999;
        r.from = m_from;
        r.until = m_until;
        QString error;
        const DashboardData none = DashboardData::compute(*m_db, r, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(!none.hasData());
        r.customerId = m_ids.value(u"c001"_s);
        r.from = QDate(2001, 1, 1);
        r.until = QDate(2001, 3, 31);
        r.granularity = Granularity::Month;
        const DashboardData before = DashboardData::compute(*m_db, r, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(!before.hasData());
        QCOMPARE(before.buckets.size(), 3);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QJsonObject m_expected;
    QHash<QString, qint64> m_ids; // external id → database id
    QDate m_from;
    QDate m_until;
};

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"
