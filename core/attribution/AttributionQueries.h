// SPDX-License-Identifier: GPL-2.0-or-later
// What the views and the command line ask about attribution: why an item belongs to its
// customer, the queue of items no rule could attribute (with the facts that could identify
// them), the mail that mentions a customer, and the recent attribution runs.
#pragma once

#include "attribution/AttributionRun.h"

#include <QDateTime>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::attribution {

struct Explanation
{
    qint64 itemId = 0; ///< evidence id, or delivery id
    bool found = false;
    qint64 customerId = 0;
    QString customerName; ///< empty when unattributed
    QString customerExternalId;
    QStringList lines; ///< Attributor::explain: the decision, disagreements, undecisive values
    QStringList clues; ///< what the item offers (shown for unattributed items)
    bool stale = false; ///< the stored attribution differs from what the rules say now
};

/// What a list of messages shows of each.
struct MessageSummary
{
    qint64 evidenceId = 0;
    QString kind;
    QString sentAt;
    QString fromAddress;
    QString subject;
};

struct QueueItem : MessageSummary
{
    QStringList clues;
    bool ambiguous = false; ///< a value several customers held at once
};

/// A message attributed although another rule named someone else.
struct DisagreementItem : MessageSummary
{
    QString customerName; ///< the customer it is attributed to
    QStringList lines; ///< the decision, then each disagreeing rule, in words
};

struct MentionRow
{
    qint64 evidenceId = 0;
    QString value; ///< the names it mentions, joined
    QString kind;
    QString sentAt;
    QString fromAddress;
    QString subject;
};

struct RunRow
{
    qint64 id = 0;
    QString startedAt;
    QString reason;
    qint64 examined = 0;
    qint64 moved = 0;
    QList<Move> moves;
};

class AttributionQueries
{
public:
    explicit AttributionQueries(const storage::Database &database);

    [[nodiscard]] Explanation explainEvidence(qint64 evidenceId) const;
    [[nodiscard]] Explanation explainDelivery(qint64 deliveryId) const;
    /// Messages no rule attributed, noise left out, newest first.
    [[nodiscard]] QList<QueueItem> unattributed(int limit = 1000) const;
    [[nodiscard]] qint64 unattributedCount() const;
    /// Messages whose rules disagree (attributed, yet another rule named someone else).
    [[nodiscard]] qint64 disagreementCount() const;
    /// Those messages, newest first, with the rules' words.
    [[nodiscard]] QList<DisagreementItem> disagreements(int limit = 1000) const;
    /// Mail that names the customer's domains or addresses and is not its own evidence (posts
    /// on mailing lists, notices, replies), newest first, one row per message.
    [[nodiscard]] QList<MentionRow> mentionsOf(qint64 customerId, int limit = 1000) const;
    [[nodiscard]] QList<RunRow> recentRuns(int limit = 20) const;

private:
    const storage::Database &m_database;
    const Attributor m_attributor;
};

} // namespace abusedesk::attribution
