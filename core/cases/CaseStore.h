// SPDX-License-Identifier: GPL-2.0-or-later
// Cases (design.md §2 "Case", M3AAWG §V.C): one per problem of a customer, with its linked
// evidence and a timeline of everything that happened — notes, communications, checklist
// answers, status and severity changes, ladder decisions, time entries. Every change writes its
// timeline entry in the same transaction.
#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::cases {

struct CaseRecord
{
    qint64 id = 0;
    qint64 customerId = 0; ///< 0: not (yet) tied to a customer
    QString customerName;
    QString category; ///< design.md §2 vocabulary ("complaint-rate" …)
    int severity = 3; ///< 1 (most severe) to 4
    QString status = QStringLiteral("open"); ///< open, waiting-on-customer, resolved, closed
    QString outcome; ///< educated, warned, suspended, terminated, no-action; empty while open
    QString title;
    QString owner;
    QString findingKey; ///< the automatic finding it was opened from, if any
    QDateTime openedAt;
    QDateTime updatedAt;
    QDateTime closedAt;
    qint64 evidenceCount = 0;
    qint64 minutes = 0; ///< time entries, summed
};

struct CaseEvent
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime at;
    QString author;
    QString type; ///< opened, note, communication, checklist, status, severity, evidence, time, ladder,
                  ///< attribution, undo
    QString text; ///< in words, as the timeline shows it
    QJsonObject data;
};

struct TimeEntry
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime at;
    QString author;
    int minutes = 0;
    QString activity;
};

struct NewCase
{
    qint64 customerId = 0;
    QString category = QStringLiteral("other");
    int severity = 3;
    QString title;
    QString owner;
    QString findingKey;
    QList<qint64> evidenceIds;
    QString note; ///< a first note, optional
    QJsonObject findingData; ///< the finding's numbers, kept in the "opened" entry
};

struct CaseFilter
{
    qint64 customerId = -1; ///< -1: any customer
    bool openOnly = false; ///< open and waiting-on-customer
    int limit = 5000;
};

class CaseStore
{
public:
    explicit CaseStore(
        const storage::Database &database, const common::Clock &clock = common::Clock::system());

    [[nodiscard]] static const QStringList &categories();
    [[nodiscard]] static const QStringList &statuses();
    [[nodiscard]] static const QStringList &outcomes();
    /// In words for the analyst ("Complaint rate", "Waiting on customer" …).
    [[nodiscard]] static QString categoryLabel(const QString &category);
    [[nodiscard]] static QString statusLabel(const QString &status);
    [[nodiscard]] static QString outcomeLabel(const QString &outcome);
    [[nodiscard]] static QString severityLabel(int severity);

    /// Opens a case with its evidence (which leaves the triage queue as "in-case"). Returns the
    /// id, or 0 with lastError().
    [[nodiscard]] qint64 open(const NewCase &c, const QString &author);
    /// Links evidence to a case (already linked items are left as they are). Returns how many
    /// were added, -1 on failure.
    [[nodiscard]] int attach(qint64 caseId, const QList<qint64> &evidenceIds, const QString &author);
    /// Unlinks evidence (undo of attach); items linked to no other case wait in triage again.
    [[nodiscard]] bool detach(qint64 caseId, const QList<qint64> &evidenceIds, const QString &author);
    [[nodiscard]] bool addNote(qint64 caseId, const QString &author, const QString &text);
    /// A message exchanged with the customer or a complainant: direction "in" or "out".
    [[nodiscard]] bool addCommunication(qint64 caseId, const QString &author, const QString &direction,
        const QString &summary, const QJsonObject &data = {});
    /// data: more to keep with the answer (the question's key, where the answer came from).
    [[nodiscard]] bool addChecklistAnswer(qint64 caseId, const QString &author, const QString &question,
        const QString &answer, const QJsonObject &data = {});
    /// A status change; resolved and closed need an outcome. reason may be empty.
    [[nodiscard]] bool setStatus(qint64 caseId, const QString &status, const QString &outcome,
        const QString &author, const QString &reason = {});
    [[nodiscard]] bool setSeverity(
        qint64 caseId, int severity, const QString &author, const QString &reason = {});
    [[nodiscard]] bool setOwner(qint64 caseId, const QString &owner, const QString &author);
    /// Time spent on the case (minutes > 0). Returns the entry id, or 0.
    [[nodiscard]] qint64 addTimeEntry(
        qint64 caseId, const QString &author, int minutes, const QString &activity);
    /// An entry written by another part of the program (ladder decisions, undo).
    [[nodiscard]] bool addEvent(qint64 caseId, const QString &type, const QString &author,
        const QString &text, const QJsonObject &data = {});
    /// Deletes a case that was opened by mistake (the undo of "open a case"); its evidence waits
    /// in triage again.
    [[nodiscard]] bool remove(qint64 caseId);

    [[nodiscard]] std::optional<CaseRecord> find(qint64 caseId) const;
    /// Newest activity first.
    [[nodiscard]] QList<CaseRecord> cases(const CaseFilter &filter = {}) const;
    /// Oldest first.
    [[nodiscard]] QList<CaseEvent> timeline(qint64 caseId) const;
    [[nodiscard]] QList<TimeEntry> timeEntries(qint64 caseId) const;
    [[nodiscard]] QList<qint64> evidenceOf(qint64 caseId) const;
    /// The open case (open or waiting) opened from a finding, or 0.
    [[nodiscard]] qint64 openCaseForFinding(const QString &findingKey) const;

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    [[nodiscard]] bool event(qint64 caseId, const QString &type, const QString &author, const QString &text,
        const QJsonObject &data);
    [[nodiscard]] bool touch(qint64 caseId);
    bool failed(const QString &error) const; ///< sets lastError, returns false
    [[nodiscard]] QString nowText() const;

    const storage::Database &m_database;
    const common::Clock &m_clock;
    mutable QString m_lastError;
};

} // namespace abusedesk::cases
