// SPDX-License-Identifier: GPL-2.0-or-later
// Automatic findings (issue 6, design.md §4.2): problems the data shows without anyone writing
// in, each proposing a case with its numbers and the evidence behind them. Computed on demand
// from the attributed history over a period (whole UTC days). The daily aggregates answer most;
// per sending address and for suppression memory the period's deliveries are read (about 6 s for
// 10 million deliveries and 1 million messages; QT_LOGGING_RULES=abusedesk.findings.debug=true
// times each statement).
//   complaint-rate           feedback-loop complaints (type abuse) of a customer above the policy
//                            line (0.1 %) of its delivered mail, with enough volume to mean something
//   hard-bounces             hard bounces above the policy line (5 %) of its mail that ended
//   spam-bounces             one customer's mail refused as spam at one receiver above the line
//                            (policy spam_bounce_rate_threshold, 5 % by default; at least 10
//                            refusals), not counting what it sent from addresses that have an
//                            ip-reputation finding at that receiver. When the other customers
//                            sending to that receiver from the addresses its refused mail left
//                            from are fine, the problem is its content or its domains (M3AAWG
//                            §IV.B); the summary says whether they were fine, also refused, or
//                            unknown (no other customer there, or the logs do not name the
//                            sending address: Postfix logs do not).
//   ip-reputation            every customer (at least two, each with at least 3 messages there)
//                            that sent from one address to one receiver had its mail refused as
//                            spam above the line, at least 10 refusals in all: the address's
//                            reputation, a problem of the sender's infrastructure. customerId is
//                            0; affectedCustomerIds lists the customers. Only deliveries whose log
//                            names the sending address count.
//   blocklist                a listing of an address, range or domain the customer held when it
//                            was listed, overlapping the period: one finding per target
//   spam-trap                the customer's mail reached spam traps, as imported data says: a
//                            listing of its (overlapping the period) whose note names a trap, or
//                            a blocklist notice or (escalated) complaint attributed to it and
//                            dated in the period whose subject or text speaks of spam traps
//                            ("spam trap(s)", "spam-trap", "spamtrap(s)", "trap address(es)"),
//                            as the full-text index holds it (decoded; messages stored before
//                            schema 5 have their text indexed once reclassified).
//   mailing-after-opt-out    mail that ended at a recipient after the recipient opted out from that
//                            customer (suppression memory)
//   mailing-after-complaint  mail that ended (delivered or bounced, in the period) at a recipient
//                            after that recipient complained about the same customer: a feedback
//                            report of type abuse naming it as Original-Rcpt-To, or a complaint or
//                            escalated complaint it wrote (its From address), at any earlier time
//                            (suppression memory, M3AAWG §IV.D.1)
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::findings {

struct Finding
{
    QString kind; ///< one of the kinds above
    /// The same problem found again has the same key, whatever the period: "kind|customer id|
    /// receiver|target" (empty fields stay empty; customer id 0 for ip-reputation).
    QString key;
    qint64 customerId = 0; ///< 0: about the sender's own infrastructure (ip-reputation)
    QString customerName;
    QString customerExternalId;
    QString receiver; ///< the receiver (mailbox provider or domain) it is about; empty when none
    QString target; ///< the address, range or domain it is about; empty when none
    QList<qint64> affectedCustomerIds; ///< ip-reputation: the customers whose mail was refused
    QStringList affectedCustomers; ///< their external ids (their names when they have none)
    qint64 count = 0; ///< what is counted (complaints, bounces, listings, deliveries, reports)
    qint64 volume = 0; ///< what it is counted against (delivered, ended), 0 when not a rate
    double ratePercent = -1; ///< count of volume, -1 when not a rate
    double thresholdPercent = -1; ///< the policy line, -1 when none
    qint64 evidenceCount = 0; ///< items behind it (messages, deliveries, listings)
    /// The stored messages behind it (evidence ids, ascending; at most
    /// FindingsOptions::maximumEvidenceIds): feedback reports, bounces, notices, complaints.
    /// Empty when only log records are behind it (opt-outs, ip-reputation).
    QList<qint64> evidenceIds;
    QString summary; ///< in words, for the analyst
};

struct FindingsOptions
{
    QDate from; ///< first UTC day; invalid: 29 days before until
    QDate until; ///< last UTC day; invalid: the last day with data
    qint64 minimumDelivered = 200; ///< a complaint rate over less mail than this means nothing yet
    qint64 minimumSpamBounces = 10; ///< fewer spam refusals than this at a receiver mean nothing yet
    /// A customer with fewer messages than this from one address to one receiver says nothing
    /// about that address's reputation there.
    qint64 minimumAddressVolume = 3;
    int maximumEvidenceIds = 1000;
};

class FindingsEngine
{
public:
    explicit FindingsEngine(const storage::Database &database);

    /// The findings over the period: by customer name, then kind in the order above (spam-bounces
    /// by receiver, blocklist by target); ip-reputation findings last, by address and receiver.
    /// The period used is in from()/until() afterwards.
    [[nodiscard]] QList<Finding> run(const FindingsOptions &options);
    [[nodiscard]] QDate from() const { return m_from; }
    [[nodiscard]] QDate until() const { return m_until; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// The kinds, in the order run() lists them within a customer.
    [[nodiscard]] static const QStringList &kinds();

private:
    const storage::Database &m_database;
    QDate m_from;
    QDate m_until;
    QString m_lastError;
};

} // namespace abusedesk::findings
