// SPDX-License-Identifier: GPL-2.0-or-later
#include "reports/PortfolioData.h"

#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <bit>

namespace abusedesk::reports {

namespace {

// "YYYY-MM-DD…" as a Julian day, or -1 when the text is not a date.
qint64 julianOf(QByteArrayView text)
{
    const QDate day = DashboardData::dayOf(text);
    return day.isValid() ? day.toJulianDay() : -1;
}

// Runs a query over the period (?1 its first day, ?2 the day after its last, or its last day when
// inclusive) and hands each row to row(); the first failure is kept in failure.
template<typename Row>
void forEachRow(const QSqlDatabase &connection, const char *sql, const QString &first, const QString &second,
    QString &failure, Row &&row)
{
    storage::SqliteStatement q(connection, sql);
    if (!q.isValid()) {
        failure = q.lastError();
        return;
    }
    q.bindText(1, first);
    q.bindText(2, second);
    while (q.next())
        row(q);
    if (!q.lastError().isEmpty() && failure.isEmpty())
        failure = q.lastError();
}

// A second half of the period whose complaint rate is at least this many times the first half's,
// and at least half the policy line, with a few complaints behind it, is "rising".
constexpr double RisingFactor = 1.5;
constexpr qint64 RisingMinimumComplaints = 3;

} // namespace

int PortfolioData::concerns(const PortfolioCustomer &c) const
{
    int out = 0;
    if (c.totals.delivered > 0 && c.totals.complaintRatePercent() > policy.complaintRatePercent)
        out |= int(Concern::AboveComplaintLine);
    if (c.totals.sent > 0 && c.totals.hardBounceRatePercent() > policy.hardBounceRatePercent)
        out |= int(Concern::AboveBounceLine);
    const double later = c.later.complaintRatePercent();
    // A customer without mail in the first half is new, not rising.
    if (c.earlier.delivered > 0 && c.later.complaints >= RisingMinimumComplaints
        && later >= policy.complaintRatePercent / 2
        && later > RisingFactor * c.earlier.complaintRatePercent())
        out |= int(Concern::Rising);
    if (c.revenueKnown && c.totals.costCents > c.totals.revenueCents)
        out |= int(Concern::CostsMoreThanRevenue);
    return out;
}

int PortfolioData::count(Concern concern) const
{
    return int(std::count_if(customers.cbegin(), customers.cend(),
        [&](const PortfolioCustomer &c) { return concerns(c) & int(concern); }));
}

void PortfolioData::sortByConcern()
{
    QHash<qint64, int> weight;
    for (const PortfolioCustomer &c : std::as_const(customers)) {
        const int flags = concerns(c);
        weight.insert(c.customerId, std::popcount(unsigned(flags)));
    }
    std::stable_sort(
        customers.begin(), customers.end(), [&](const PortfolioCustomer &a, const PortfolioCustomer &b) {
            const int wa = weight.value(a.customerId);
            const int wb = weight.value(b.customerId);
            if (wa != wb)
                return wa > wb;
            const double ra = a.totals.complaintRatePercent();
            const double rb = b.totals.complaintRatePercent();
            if (ra != rb)
                return ra > rb;
            return a.name.localeAwareCompare(b.name) < 0;
        });
}

PortfolioData PortfolioData::compute(
    const storage::Database &database, const PortfolioRequest &request, QString *error)
{
    PortfolioData out;
    out.request = request;
    out.policy = DashboardPolicy::of(database);
    if (!request.from.isValid() || !request.until.isValid() || request.until < request.from)
        return out;

    out.buckets = DashboardData::bucketsOf(request.from, request.until, request.granularity);
    const qsizetype n = out.buckets.size();
    const qint64 firstJulian = request.from.toJulianDay();
    const qint64 days = request.until.toJulianDay() - firstJulian + 1;
    const qint64 middleJulian = firstJulian + days / 2; // first day of the later half
    QList<int> bucketOfDay(days);
    // The share of a month's revenue each bucket carries: its days, each 1/days-in-its-month.
    QList<double> monthShare(n);
    for (qsizetype i = 0; i < n; ++i) {
        const DashboardBucket &b = out.buckets.at(i);
        for (QDate d = b.first; d <= b.last; d = d.addDays(1)) {
            bucketOfDay[d.toJulianDay() - firstJulian] = int(i);
            monthShare[i] += 1.0 / d.daysInMonth();
        }
    }
    auto bucketAt = [&](qint64 julian) -> int {
        const qint64 i = julian - firstJulian;
        return i >= 0 && i < days ? bucketOfDay.at(i) : -1;
    };

    const storage::CustomerStore store(database);
    QHash<qint64, qsizetype> indexOf;
    for (const attribution::CustomerRecord &r : store.customers()) {
        PortfolioCustomer c;
        c.customerId = r.id;
        c.externalId = r.externalId;
        c.name = r.name;
        c.status = r.status;
        c.ladderStep = r.ladderStep;
        c.currency = r.currency;
        c.revenueKnown = r.revenueCents >= 0;
        c.buckets = out.buckets;
        if (c.revenueKnown)
            for (qsizetype i = 0; i < n; ++i)
                c.buckets[i].revenueCents = qRound64(double(r.revenueCents) * monthShare.at(i));
        indexOf.insert(c.customerId, out.customers.size());
        out.customers.append(c);
    }
    auto customerAt = [&](qint64 id) -> PortfolioCustomer * {
        const auto it = indexOf.constFind(id);
        return it == indexOf.constEnd() ? nullptr : &out.customers[*it];
    };

    const QSqlDatabase connection = database.connection();
    const QString first = request.from.toString(Qt::ISODate);
    const QString last = request.until.toString(Qt::ISODate);
    const QString end = request.until.addDays(1).toString(Qt::ISODate);
    QString failure;

    // Delivery counts: the period's days of the aggregates, every customer's rows, in key order
    // (day, customer): the grouping needs no sort.
    forEachRow(connection,
        "SELECT day, customer_id, sum(sent), sum(delivered), sum(deferred), sum(hard), sum(soft), "
        "sum(spam), sum(expired), sum(opt_outs) FROM daily_aggregates WHERE day >= ?1 AND day <= ?2 "
        "AND customer_id != 0 GROUP BY day, customer_id",
        first, last, failure, [&](const storage::SqliteStatement &q) {
            const qint64 julian = julianOf(q.columnUtf8(0));
            const int i = bucketAt(julian);
            PortfolioCustomer *c = customerAt(q.columnInt(1));
            if (i < 0 || !c)
                return;
            DashboardBucket row;
            row.sent = q.columnInt(2);
            row.delivered = q.columnInt(3);
            row.deferred = q.columnInt(4);
            row.hard = q.columnInt(5);
            row.soft = q.columnInt(6);
            row.spam = q.columnInt(7);
            row.expired = q.columnInt(8);
            row.optOuts = q.columnInt(9);
            c->buckets[i].add(row);
            (julian < middleJulian ? c->earlier : c->later).add(row);
        });

    // Complaints: feedback reports of type abuse, by the day they were sent.
    forEachRow(connection,
        "SELECT substr(sent_at, 1, 10), customer_id, count(*) FROM messages WHERE sent_at >= ?1 AND "
        "sent_at < ?2 AND kind = 'feedback-report' AND customer_id IS NOT NULL AND "
        "json_extract(facts, '$.feedback.type') = 'abuse' GROUP BY 1, 2",
        first, end, failure, [&](const storage::SqliteStatement &q) {
            const qint64 julian = julianOf(q.columnUtf8(0));
            const int i = bucketAt(julian);
            PortfolioCustomer *c = customerAt(q.columnInt(1));
            if (i < 0 || !c)
                return;
            const qint64 count = q.columnInt(2);
            c->buckets[i].complaints += count;
            (julian < middleJulian ? c->earlier : c->later).complaints += count;
        });

    // Cases opened in the period by severity; cases still open whenever opened.
    forEachRow(connection,
        "SELECT substr(opened_at, 1, 10), customer_id, severity, count(*) FROM cases WHERE opened_at >= "
        "?1 AND opened_at < ?2 AND customer_id IS NOT NULL GROUP BY 1, 2, 3",
        first, end, failure, [&](const storage::SqliteStatement &q) {
            const int i = bucketAt(julianOf(q.columnUtf8(0)));
            PortfolioCustomer *c = customerAt(q.columnInt(1));
            const qint64 severity = q.columnInt(2);
            if (i >= 0 && c && severity >= 1 && severity <= 4)
                c->buckets[i].casesBySeverity[size_t(severity - 1)] += q.columnInt(3);
        });
    {
        storage::SqliteStatement open(connection,
            "SELECT customer_id, count(*) FROM cases WHERE status NOT IN ('resolved', 'closed') AND "
            "customer_id IS NOT NULL GROUP BY 1");
        while (open.next())
            if (PortfolioCustomer *c = customerAt(open.columnInt(0)))
                c->openCases = open.columnInt(1);
        if (!open.lastError().isEmpty())
            failure = open.lastError();
    }

    // Time on each customer's cases, by the day it was entered.
    forEachRow(connection,
        "SELECT substr(t.at, 1, 10), c.customer_id, sum(t.minutes) FROM time_entries t JOIN cases c ON "
        "c.id = t.case_id WHERE t.at >= ?1 AND t.at < ?2 AND c.customer_id IS NOT NULL GROUP BY 1, 2",
        first, end, failure, [&](const storage::SqliteStatement &q) {
            const int i = bucketAt(julianOf(q.columnUtf8(0)));
            if (PortfolioCustomer *c = customerAt(q.columnInt(1)); c && i >= 0)
                c->buckets[i].minutes += q.columnInt(2);
        });

    // Cost per bucket (rounded per bucket, as the dashboard does), the totals.
    for (PortfolioCustomer &c : out.customers) {
        for (qsizetype i = 0; i < n; ++i) {
            DashboardBucket &b = c.buckets[i];
            b.costCents = qRound64(double(b.minutes) * double(out.policy.hourlyCostCents) / 60.0);
            c.totals.add(b);
            out.buckets[i].add(b);
        }
        c.totals.first = request.from;
        c.totals.last = request.until;
    }
    for (const DashboardBucket &b : std::as_const(out.buckets))
        out.totals.add(b);
    out.totals.first = request.from;
    out.totals.last = request.until;
    // Revenues in different currencies do not add up: the portfolio's total keeps none.
    out.totals.revenueCents = 0;
    for (DashboardBucket &b : out.buckets)
        b.revenueCents = 0;

    out.sortByConcern();
    if (error)
        *error = failure;
    return out;
}

} // namespace abusedesk::reports
