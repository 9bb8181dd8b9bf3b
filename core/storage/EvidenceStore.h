// SPDX-License-Identifier: GPL-2.0-or-later
// Writes imported evidence, its parsed message and the import's bookkeeping; reads the stored
// bytes back. Evidence is immutable and deduplicated by SHA-256.
#pragma once

#include "mail/MessageAnalyzer.h"
#include "storage/SqliteStatement.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QString>

namespace abusedesk::storage {

class Database;

struct NewEvidence
{
    QString sha256;
    QByteArray bytes;
    QString sourcePath;
    qint64 offset = 0;
    QString roleAccount;
    QString kind;
    bool legal = false;
    QString messageId;
    QString subject;
    QString fromAddress;
    QString sentAt;
    QByteArray factsJson;
    QString searchText; ///< for the free-text index (message_text)
    QString originalSubject; ///< searched with the subject
    QString originalFrom; ///< searched with the sender
    mail::MessageAnalysis::Customer customer; ///< the attribution made on import (evaluated: stored)
};

struct BatchTotals
{
    qint64 unitsRead = 0;
    qint64 stored = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
};

class EvidenceStore
{
public:
    enum class Outcome { Stored, Duplicate, Failed };

    explicit EvidenceStore(const Database &database);

    [[nodiscard]] qint64 beginBatch(const QString &origin);
    void finishBatch(qint64 batchId, const QString &status, const BatchTotals &totals);

    /// Call inside a Transaction on this thread's connection.
    [[nodiscard]] Outcome store(qint64 batchId, const NewEvidence &evidence);
    void recordRejection(qint64 batchId, const QString &sourcePath, qint64 position, const QString &reason);

    /// Replaces the parsed view of an evidence item after the policy changed (the evidence itself
    /// is immutable). Call inside a Transaction. Returns false when the database refused.
    [[nodiscard]] bool updateAnalysis(qint64 evidenceId, const NewEvidence &analysis);
    /// Whether the last updateAnalysis changed the kind, the legal flag or the facts.
    [[nodiscard]] bool lastUpdateChanged() const { return m_lastUpdateChanged; }

    /// The bytes stored for a hash (lower-case hex), or a null array when there is none.
    [[nodiscard]] QByteArray originalBytes(const QString &sha256) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    [[nodiscard]] bool indexText(qint64 evidenceId, const NewEvidence &evidence);

    const Database &m_database;
    SqliteStatement m_insertEvidence;
    SqliteStatement m_insertRaw;
    SqliteStatement m_insertMessage;
    SqliteStatement m_insertText;
    SqliteStatement m_insertMention;
    QSqlQuery m_insertRejection;
    SqliteStatement m_updateMessage;
    QSqlQuery m_updateRoleAccount;
    QString m_lastError;
    bool m_lastUpdateChanged = false;
    QString m_now;
    QByteArray m_nowUtf8;
    QElapsedTimer m_clockTick;
};

} // namespace abusedesk::storage
