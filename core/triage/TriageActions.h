// SPDX-License-Identifier: GPL-2.0-or-later
// The analyst's bulk actions on triage items (design.md §4.2): acknowledge, mark as noise,
// attribute to a customer by hand, open a case, attach to a case. Each is recorded (the triage
// log, and the case timeline for case actions) and the last one can be undone until the next.
#pragma once

#include "cases/CaseStore.h"
#include "common/Clock.h"

#include <QList>
#include <QString>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::triage {

class TriageActions
{
public:
    TriageActions(const storage::Database &database, QString author,
        const common::Clock &clock = common::Clock::system());
    ~TriageActions();

    [[nodiscard]] bool acknowledge(const QList<qint64> &evidenceIds);
    [[nodiscard]] bool markNoise(const QList<qint64> &evidenceIds);
    /// Sends items back to the queue (acknowledged or noise by mistake).
    [[nodiscard]] bool reopen(const QList<qint64> &evidenceIds);
    /// Attributes messages to a customer by hand; re-attribution leaves them there (rule -1).
    [[nodiscard]] bool attribute(const QList<qint64> &evidenceIds, qint64 customerId);
    /// Returns the new case's id, or 0.
    [[nodiscard]] qint64 openCase(const cases::NewCase &c);
    [[nodiscard]] bool attachToCase(const QList<qint64> &evidenceIds, qint64 caseId);

    [[nodiscard]] bool canUndo() const;
    /// "Undo acknowledge of 3 reports", for the menu.
    [[nodiscard]] QString undoText() const;
    [[nodiscard]] bool undo();

    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// What the last action did, in words (for the status bar).
    [[nodiscard]] QString lastDescription() const { return m_lastDescription; }

private:
    struct Previous;
    [[nodiscard]] bool setState(const QList<qint64> &ids, const QString &state, const QString &action);
    [[nodiscard]] bool remember(const QString &action, const QList<qint64> &ids);
    [[nodiscard]] qint64 log(const QString &action, const QList<qint64> &ids, const QJsonObject &data);

    const storage::Database &m_database;
    QString m_author;
    const common::Clock &m_clock;
    std::unique_ptr<Previous> m_previous;
    QString m_lastError;
    QString m_lastDescription;
};

} // namespace abusedesk::triage
