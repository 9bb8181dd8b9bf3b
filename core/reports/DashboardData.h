// SPDX-License-Identifier: GPL-2.0-or-later
// The figures of one customer's dashboard (design.md §4.4, issue 7) over a period, in buckets of a
// day, a week (Monday to Sunday) or a calendar month: what the charts plot and the policy lines
// they are held against. Read from the daily aggregates (never the deliveries), the feedback
// reports, the seed-test results, the cases and their time entries; the rates are those of the
// findings and the Customers view: complaint rate = feedback-loop complaints (type abuse) ÷
// delivered, hard bounce rate = hard bounces ÷ mail that ended (delivered or bounced).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <array>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::reports {

enum class Granularity { Day, Week, Month };

/// What the dashboard shows: one customer, the days [from, until] (UTC, inclusive), and all of
/// its mail or only its mail to one receiver (the mailbox provider's name, as the logs' receiver).
struct DashboardRequest
{
    qint64 customerId = 0;
    QDate from;
    QDate until;
    Granularity granularity = Granularity::Day;
    QString receiver; ///< empty: every receiver
    int topReceivers = 5; ///< receivers of their own in the per-receiver breakdown; the rest are "others"
};

/// The counts of one bucket (or of the whole period).
struct DashboardBucket
{
    QDate first; ///< first day of the bucket inside the period
    QDate last; ///< last day of the bucket inside the period
    qint64 sent = 0; ///< mail that ended: delivered, bounced or expired
    qint64 delivered = 0;
    qint64 deferred = 0;
    qint64 hard = 0;
    qint64 soft = 0;
    qint64 spam = 0; ///< bounces refused as spam
    qint64 expired = 0;
    qint64 optOuts = 0;
    qint64 complaints = 0; ///< feedback-loop reports of type abuse
    std::array<qint64, 4> casesBySeverity {}; ///< cases opened, severity 1 (index 0) to 4
    qint64 minutes = 0; ///< time entered on the customer's cases (not receiver-specific)
    qint64 costCents = 0; ///< minutes × the policy's hourly cost
    qint64 revenueCents = 0; ///< the monthly revenue, prorated to the bucket's days
    // Seed-test placement (M3AAWG §III.F): the customer's seed-test results checked in the
    // bucket, by where the seed address found the campaign.
    qint64 seedInbox = 0;
    qint64 seedJunk = 0; ///< in the junk or spam folder
    qint64 seedMissing = 0; ///< nowhere: refused, or lost on the way

    [[nodiscard]] double complaintRatePercent() const
    {
        return delivered ? 100.0 * double(complaints) / double(delivered) : 0;
    }
    [[nodiscard]] double hardBounceRatePercent() const
    {
        return sent ? 100.0 * double(hard) / double(sent) : 0;
    }
    [[nodiscard]] qint64 cases() const
    {
        return casesBySeverity[0] + casesBySeverity[1] + casesBySeverity[2] + casesBySeverity[3];
    }
    [[nodiscard]] qint64 seeds() const { return seedInbox + seedJunk + seedMissing; }
    /// Adds another bucket's counts to this one's (the days stay this bucket's).
    void add(const DashboardBucket &other);
};

/// One receiver's (or the others') delivered mail and complaints per bucket.
struct ReceiverTrend
{
    QString receiver; ///< empty: all the other receivers together
    QList<qint64> delivered; ///< per bucket, in the order of DashboardData::buckets
    QList<qint64> complaints;
    qint64 totalDelivered = 0;
    qint64 totalComplaints = 0;

    [[nodiscard]] double complaintRatePercent(qsizetype bucket) const
    {
        const qint64 d = delivered.value(bucket);
        return d ? 100.0 * double(complaints.value(bucket)) / double(d) : 0;
    }
};

/// The policy lines the charts draw.
struct DashboardPolicy
{
    double complaintRatePercent = 0.1;
    double hardBounceRatePercent = 5;
    qint64 hourlyCostCents = 6000;

    /// The lines of a case database's policy (complaint_rate_threshold, hard_bounce_rate_threshold,
    /// hourly_cost_cents), the defaults where it holds none or no positive number.
    [[nodiscard]] static DashboardPolicy of(const storage::Database &database);
};

/// A feedback report behind a point of the complaint-rate chart.
struct ComplaintEvidence
{
    qint64 evidenceId = 0;
    QDateTime sentAt;
    QString receiver;
    QString from;
    QString subject; ///< the original message's subject where the report carries it
    QString campaign;
};

struct DashboardData
{
    DashboardRequest request;
    QString customerName;
    QString currency; ///< of the revenue and the cost
    bool revenueKnown = false; ///< the customer has a monthly revenue
    DashboardPolicy policy;
    QList<DashboardBucket> buckets; ///< in time order, covering the period without gaps
    DashboardBucket totals; ///< the whole period
    QList<ReceiverTrend> receivers; ///< the top receivers by delivered mail, then "others" if any
    QMap<QString, qint64> optOutReasons; ///< reason ("" when none was given) → opt-outs in the period

    /// Whether the period holds any mail, complaint, opt-out, seed-test result or case of the customer.
    [[nodiscard]] bool hasData() const
    {
        return totals.sent || totals.deferred || totals.complaints || totals.optOuts || totals.cases()
            || totals.minutes || totals.seeds();
    }
    /// The bucket a day falls in, or -1 outside the period.
    [[nodiscard]] qsizetype bucketOf(QDate day) const;

    /// Computes the dashboard; on a database error the figures stay empty and error (if given)
    /// says why.
    [[nodiscard]] static DashboardData compute(
        const storage::Database &database, const DashboardRequest &request, QString *error = nullptr);
    /// The receivers the customer's mail went to (any time), by name.
    [[nodiscard]] static QStringList receiversOf(const storage::Database &database, qint64 customerId);
    /// The customer's feedback reports of type abuse sent on the days [first, last] (UTC), to one
    /// receiver or (empty) any, oldest first.
    [[nodiscard]] static QList<ComplaintEvidence> complaintsIn(const storage::Database &database,
        qint64 customerId, QDate first, QDate last, const QString &receiver = {});
    /// "YYYY-MM-DD…" as a date, read without QDate::fromString's machinery (the aggregates hold
    /// one row per day, customer and receiver: millions of them); invalid when it is not one.
    [[nodiscard]] static QDate dayOf(QByteArrayView text);
    /// The first day of the bucket a day falls in.
    [[nodiscard]] static QDate bucketStart(QDate day, Granularity granularity);
    /// The empty buckets that tile the days [from, until]: whole days, weeks (Monday to Sunday) or
    /// calendar months, the first and last cut to the period.
    [[nodiscard]] static QList<DashboardBucket> bucketsOf(QDate from, QDate until, Granularity granularity);
};

} // namespace abusedesk::reports
