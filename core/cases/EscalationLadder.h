// SPDX-License-Identifier: GPL-2.0-or-later
// The escalation ladder as written policy (design.md §2, M3AAWG §V.C, §V.F): notice → warning →
// suspension → termination, each step with the customer status it carries and what moves a
// customer on to the next. Changing a customer's status or step is a recorded decision with a
// reason, kept as the customer's history and in the case it was taken in.
#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::cases {

struct LadderStep
{
    int number = 0; ///< 1 … 4 (0 is good standing, before the ladder)
    QString name; ///< "notice", "warning", "suspension", "termination"
    QString status; ///< the customer status the step carries
    QString nextWhen; ///< what moves a customer from this step to the next, in words
};

struct LadderPosition
{
    qint64 customerId = 0;
    int step = 0;
    QString status;
    QString stepLabel; ///< "Good standing", "Warning" …
    QString nextLabel; ///< the next step, empty at the top
    QString movesOn; ///< what moves the customer to the next step
};

struct CustomerDecision
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime at;
    QString author;
    QString fromStatus;
    QString toStatus;
    int fromStep = 0;
    int toStep = 0;
    QString reason;
    qint64 caseId = 0;
};

class EscalationLadder
{
public:
    explicit EscalationLadder(
        const storage::Database &database, const common::Clock &clock = common::Clock::system());

    /// The policy's steps (escalation_ladder), in order.
    [[nodiscard]] QList<LadderStep> steps() const;
    [[nodiscard]] static QString stepLabel(const QString &name);
    /// A customer status in words for the analyst ("warned" → "warned", translated).
    [[nodiscard]] static QString customerStatusLabel(const QString &status);
    [[nodiscard]] LadderPosition positionOf(qint64 customerId) const;
    /// Moves a customer to a step (0 … 4) with the status given, or the step's own when empty.
    /// reason must not be empty. caseId, when given, gets a "ladder" entry in its timeline.
    [[nodiscard]] bool decide(qint64 customerId, int toStep, const QString &toStatus, const QString &reason,
        const QString &author, qint64 caseId = 0);
    /// Oldest first.
    [[nodiscard]] QList<CustomerDecision> history(qint64 customerId) const;

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    const storage::Database &m_database;
    const common::Clock &m_clock;
    QString m_lastError;
};

} // namespace abusedesk::cases
