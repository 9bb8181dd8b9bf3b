// SPDX-License-Identifier: GPL-2.0-or-later
// One import of mail into a case database: reads the paths, classifies every message with the
// one engine, stores new evidence, counts duplicates and records every rejection with its reason.
// Commits in small transactions, so a killed import leaves a consistent database and running it
// again completes it.
#pragma once

#include "mail/MailUnit.h"
#include "mail/MessageAnalyzer.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <functional>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::importing {

struct ImportReport
{
    qint64 batchId = -1;
    qint64 unitsRead = 0;
    qint64 stored = 0;
    qint64 duplicates = 0;
    QList<mail::MailRejection> rejected;
    QMap<QString, qint64> storedByKind;
    bool cancelled = false;
    QString error; ///< set when the database refused to store (disk full, …)

    // Delivery data read in the same import (importing::importPaths): MTA logs, send logs,
    // opt-outs, seed results, listings. Their rejected lines are in `rejected` with a line number.
    qint64 logLines = 0;
    qint64 logStored = 0;
    qint64 logDuplicates = 0;
    qint64 logRejectedLines = 0;
    QStringList unmappedTables; ///< CSV/TSV files no profile maps: the analyst maps their columns first

    // customers.csv files read in the same import (their bad rows are in `rejected`).
    QStringList customerFiles; ///< the customers.csv files read
    int customersAdded = 0;
    int customersUpdated = 0;
    qint64 attributionMoved = 0; ///< items of earlier imports that moved to another customer
};

struct ImportProgress
{
    QString currentFile; ///< the file being read (inside a folder: the file itself)
    qint64 bytesInFile = 0;
    qint64 messages = 0;
};

class MailImport
{
public:
    using ProgressSink = std::function<void(const ImportProgress &)>;
    using CancelCheck = std::function<bool()>;

    MailImport(const storage::Database &database, mail::AnalysisPolicy policy);

    [[nodiscard]] ImportReport run(
        const QStringList &paths, const ProgressSink &progress = {}, const CancelCheck &cancelled = {});

    /// The analysis policy stored in the case database (role accounts, trusted reporters …).
    [[nodiscard]] static mail::AnalysisPolicy policyFrom(const storage::Database &database);

private:
    const storage::Database &m_database;
    mail::AnalysisPolicy m_policy;
};

} // namespace abusedesk::importing
