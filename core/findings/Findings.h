// SPDX-License-Identifier: GPL-2.0-or-later
// Automatic findings (issue 6, design.md §4.2): problems the data shows without anyone writing
// in, each proposing a case with its numbers and the evidence behind them. Computed on demand
// from the attributed history over a period (whole UTC days):
//   complaint-rate         feedback-loop complaints (type abuse) of a customer above the policy line
//                          (0.1 %) of its delivered mail, with enough volume to mean something
//   hard-bounces           hard bounces above the policy line (5 %) of its mail that ended
//   blocklist              a listing of an address or domain the customer held when it was listed
//   mailing-after-opt-out  mail that reached a recipient after the recipient opted out from that
//                          customer (suppression memory)
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::findings {

struct Finding
{
    QString kind; ///< "complaint-rate", "hard-bounces", "blocklist", "mailing-after-opt-out"
    qint64 customerId = 0;
    QString customerName;
    QString customerExternalId;
    qint64 count = 0; ///< what is counted (complaints, hard bounces, listings, deliveries)
    qint64 volume = 0; ///< what it is counted against (delivered, ended), 0 when not a rate
    double ratePercent = -1; ///< count of volume, -1 when not a rate
    double thresholdPercent = -1; ///< the policy line, -1 when none
    qint64 evidenceCount = 0; ///< items behind it (messages, deliveries, listings)
    QString summary; ///< in words, for the analyst
    QString key; ///< the problem's identity, the same when it is found again (kind, customer, receiver)
    QString receiver; ///< the receiver it is about, where it is about one
    QString target; ///< the address or domain it is about (listings, reputation)
    QList<qint64> evidenceIds; ///< the messages behind it, where there are messages
};

struct FindingsOptions
{
    QDate from; ///< first UTC day; invalid: 29 days before until
    QDate until; ///< last UTC day; invalid: the last day with data
    qint64 minimumDelivered = 200; ///< a complaint rate over less mail than this means nothing yet
};

class FindingsEngine
{
public:
    explicit FindingsEngine(const storage::Database &database);

    /// The findings over the period, by customer name then kind. The period used is in
    /// from()/until() afterwards.
    [[nodiscard]] QList<Finding> run(const FindingsOptions &options);
    [[nodiscard]] QDate from() const { return m_from; }
    [[nodiscard]] QDate until() const { return m_until; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    const storage::Database &m_database;
    QDate m_from;
    QDate m_until;
    QString m_lastError;
};

} // namespace abusedesk::findings
