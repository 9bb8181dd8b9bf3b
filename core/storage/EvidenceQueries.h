// SPDX-License-Identifier: GPL-2.0-or-later
// Reads the evidence list and one evidence item for the views; page by page, newest first, so a
// list of a million messages opens at once.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace abusedesk::storage {

class Database;

struct EvidenceRow
{
    qint64 id = 0;
    QString sha256;
    QString importedAt;
    QString sentAt;
    QString kind;
    bool legal = false;
    QString roleAccount;
    QString fromAddress;
    QString subject;
    QString sourcePath;
    qint64 sourceOffset = 0;
    qint64 size = 0;
    QString customer; ///< the name of the customer it is attributed to; empty when none
    qint64 batchId = 0; ///< the import that stored it
};

/// One import run (a drop, a menu import, a command-line import).
struct ImportBatchRow
{
    qint64 id = 0;
    QString origin; ///< what was imported, as the import named it
    QString startedAt;
    QString finishedAt;
};

struct EvidenceItem
{
    EvidenceRow row;
    QByteArray raw;
    QByteArray factsJson;
};

class EvidenceQueries
{
public:
    explicit EvidenceQueries(const Database &database);

    [[nodiscard]] qint64 count() const;
    /// Up to limit rows with an id below beforeId (0: from the newest), newest first.
    [[nodiscard]] QList<EvidenceRow> page(qint64 beforeId, int limit) const;
    /// Up to limit rows of the messages linked to a case, oldest id first (one query; no bytes).
    [[nodiscard]] QList<EvidenceRow> rowsOfCase(qint64 caseId, int limit) const;
    /// Up to limit items with an id above afterId, oldest first, with their bytes (for
    /// classifying the stored evidence again).
    [[nodiscard]] QList<EvidenceItem> itemsAfter(qint64 afterId, int limit) const;

    /// One item with its bytes and facts; id 0 when there is none.
    [[nodiscard]] EvidenceItem item(qint64 id) const;
    /// One import batch; id 0 when there is none.
    [[nodiscard]] ImportBatchRow batch(qint64 id) const;

private:
    const Database &m_database;
};

} // namespace abusedesk::storage
