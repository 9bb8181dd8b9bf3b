// SPDX-License-Identifier: GPL-2.0-or-later
// Attributes the stored history to customers again (issue 5): after rules or identifiers changed
// (everything), or after the policy changed the messages' facts (the messages). Only what changes is
// written; deliveries and opt-outs that move take their daily aggregate counts with them in
// the same transaction. Every run is recorded with what moved (attribution_runs).
#pragma once

#include "attribution/Attributor.h"

#include <QDateTime>
#include <functional>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::attribution {

/// Items that moved from one customer to another (0: unattributed) in a run.
struct Move
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 messages = 0;
    qint64 deliveries = 0;
    qint64 optOuts = 0;
    qint64 listings = 0;
    QList<qint64> exampleEvidence; ///< up to five evidence ids that moved
};

struct RunReport
{
    qint64 runId = -1;
    qint64 examined = 0; ///< messages, deliveries, opt-outs, seed results and listings read
    qint64 changed = 0; ///< items whose attribution (customer, rule, value or disagreements) changed
    qint64 moved = 0; ///< of those, items that now belong to another customer
    QList<Move> moves; ///< by (from, to)
    bool cancelled = false;
    QString error;
    qint64 milliseconds = 0;
};

class AttributionRun
{
public:
    struct Options
    {
        QString reason; ///< why ("import", "rules changed", "identifiers of ACME changed" …)
        bool messagesOnly = false; ///< the messages only (their facts changed, the customers did not)
    };
    /// items done, items in all (an estimate until counted)
    using ProgressSink = std::function<void(qint64 done, qint64 total)>;
    using CancelCheck = std::function<bool()>;

    explicit AttributionRun(const storage::Database &database);

    [[nodiscard]] RunReport run(
        const Options &options, const ProgressSink &progress = {}, const CancelCheck &cancelled = {});

private:
    const storage::Database &m_database;
};

/// The moves of a run as stored in attribution_runs.summary.
[[nodiscard]] QByteArray movesJson(const QList<Move> &moves);

} // namespace abusedesk::attribution
