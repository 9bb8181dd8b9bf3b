// SPDX-License-Identifier: GPL-2.0-or-later
// One import of delivery data into a case database: MTA logs, send logs, opt-outs, seed results
// and blocklist listings. A reading thread parses (rotated files of one log in time order, so
// that a queue id spanning two files is joined), classifies failures with the one
// BounceClassifier and finds each recipient's receiver; the calling thread writes in
// transactions that also keep the daily aggregates, so a killed import leaves a consistent
// database and importing again completes it without counting anything twice.
#pragma once

#include "delivery/LogSniffer.h"
#include "importing/MailImport.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace abusedesk::importing {

struct LogSource
{
    QString path;
    delivery::LogFormat format = delivery::LogFormat::Postfix;
    std::optional<delivery::CsvProfile> profile; ///< for LogFormat::Tabular
};

struct LogFileReport
{
    QString path;
    QString format; ///< "postfix", "exim", "powermta", "send-log", "opt-out", "seed", "blocklist"
    qint64 lines = 0;
    qint64 stored = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
};

struct LogRejection
{
    QString path;
    qint64 line = 0; ///< 1-based; 0 for the file as a whole
    QString reason;
};

struct LogImportReport
{
    qint64 batchId = -1;
    QList<LogFileReport> files;
    /// The first rejections (all of them are in the database's import_rejections).
    QList<LogRejection> rejected;
    qint64 linesRead = 0;
    qint64 stored = 0;
    qint64 duplicates = 0;
    qint64 rejectedLines = 0;
    bool cancelled = false;
    QString error; ///< set when the database refused to store
};

/// Which of the given paths (folders searched) are delivery data and which are mail.
struct RoutedSources
{
    QList<LogSource> logs;
    QStringList mail; ///< files for MailImport
    QList<LogRejection> unreadable; ///< tables without a mapping, files that cannot be opened
    QStringList customers; ///< customers.csv files (attribution::CustomerCsv)
};

class DeliveryImport
{
public:
    static constexpr int MaxListedRejections = 1000;

    explicit DeliveryImport(
        const storage::Database &database, QTimeZone logTimeZone = QTimeZone::systemTimeZone());

    [[nodiscard]] LogImportReport run(const QList<LogSource> &sources,
        const MailImport::ProgressSink &progress = {}, const MailImport::CancelCheck &cancelled = {});

    /// Sorts files by content into logs and mail; tables are read with the saved CSV profiles
    /// (plus extraProfiles, e.g. one given on the command line).
    [[nodiscard]] static RoutedSources route(const storage::Database &database, const QStringList &paths,
        const QList<delivery::CsvProfile> &extraProfiles = {});

    /// The order in which rotated files of one log are read: oldest first ("mail.log.2.gz",
    /// "mail.log.1", "mail.log"; "maillog-20261101", "maillog-20261102"), grouped by log.
    [[nodiscard]] static QList<QList<LogSource>> rotationGroups(const QList<LogSource> &sources);

    [[nodiscard]] static QList<delivery::CsvProfile> savedProfiles(const storage::Database &database);
    [[nodiscard]] static bool saveProfile(
        const storage::Database &database, const delivery::CsvProfile &profile, QString *error = nullptr);

private:
    const storage::Database &m_database;
    QTimeZone m_logTimeZone;
};

} // namespace abusedesk::importing
