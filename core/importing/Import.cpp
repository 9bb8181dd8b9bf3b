// SPDX-License-Identifier: GPL-2.0-or-later
#include "importing/Import.h"

#include "importing/DeliveryImport.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace abusedesk::importing {

ImportOptions ImportOptions::fromPolicy(const storage::Database &database)
{
    ImportOptions options;
    const QString zone
        = QJsonDocument::fromJson("[" + database.policy().value(QStringLiteral("log_time_zone")) + "]")
              .array()
              .at(0)
              .toString();
    if (zone.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0)
        options.logTimeZone = QTimeZone(QTimeZone::UTC);
    else if (!zone.isEmpty() && QTimeZone(zone.toUtf8()).isValid())
        options.logTimeZone = QTimeZone(zone.toUtf8());
    return options;
}

ImportReport importPaths(const storage::Database &database, const QStringList &paths,
    const ImportOptions &options, const MailImport::ProgressSink &progress,
    const MailImport::CancelCheck &cancelled)
{
    const RoutedSources routed = DeliveryImport::route(database, paths, options.extraProfiles);
    ImportReport report;
    if (!routed.mail.isEmpty()) {
        MailImport import(database, MailImport::policyFrom(database));
        report = import.run(routed.mail, progress, cancelled);
    }
    for (const LogRejection &r : routed.unreadable)
        report.unmappedTables.append(r.path);
    if (routed.logs.isEmpty() || !report.error.isEmpty() || report.cancelled)
        return report;

    // The mail's messages and the logs' records count on, for one progress bar.
    const qint64 mailUnits = report.stored + report.duplicates;
    DeliveryImport import(database, options.logTimeZone);
    const LogImportReport logs = import.run(
        routed.logs,
        [&](const ImportProgress &p) {
            if (!progress)
                return;
            ImportProgress combined = p;
            combined.messages += mailUnits;
            progress(combined);
        },
        cancelled);
    if (report.batchId < 0)
        report.batchId = logs.batchId;
    report.logLines = logs.linesRead;
    report.logStored = logs.stored;
    report.logDuplicates = logs.duplicates;
    report.logRejectedLines = logs.rejectedLines;
    for (const LogRejection &r : logs.rejected)
        report.rejected.append({ r.path, 0, r.reason, r.line });
    report.cancelled = logs.cancelled;
    if (report.error.isEmpty())
        report.error = logs.error;
    return report;
}

} // namespace abusedesk::importing
