// SPDX-License-Identifier: GPL-2.0-or-later
#include "importing/Import.h"

#include "attribution/AttributionRun.h"
#include "importing/CustomerImport.h"
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

namespace {

// Mail, then logs, each attributed as it is stored; the customers are in already.
void importEvidence(const storage::Database &database, const RoutedSources &routed,
    const ImportOptions &options, const MailImport::ProgressSink &progress,
    const MailImport::CancelCheck &cancelled, ImportReport &report, ImportDetails &details)
{
    if (!routed.mail.isEmpty()) {
        MailImport import(database, MailImport::policyFrom(database));
        details.mail = import.run(routed.mail, progress, cancelled);
        const ImportReport &mail = details.mail;
        report.batchId = mail.batchId;
        report.unitsRead = mail.unitsRead;
        report.stored = mail.stored;
        report.duplicates = mail.duplicates;
        report.rejected += mail.rejected;
        report.storedByKind = mail.storedByKind;
        report.cancelled = mail.cancelled;
        report.error = mail.error;
    }
    for (const LogRejection &r : routed.unreadable)
        report.unmappedTables.append(r.path);
    if (routed.logs.isEmpty() || !report.error.isEmpty() || report.cancelled)
        return;

    // The mail's messages and the logs' records count on, for one progress bar.
    const qint64 mailUnits = report.stored + report.duplicates;
    DeliveryImport import(database, options.logTimeZone);
    details.logs = import.run(
        routed.logs,
        [&](const ImportProgress &p) {
            if (!progress)
                return;
            ImportProgress combined = p;
            combined.messages += mailUnits;
            progress(combined);
        },
        cancelled);
    const LogImportReport &logs = details.logs;
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
}

} // namespace

ImportReport importPaths(const storage::Database &database, const QStringList &paths,
    const ImportOptions &options, const MailImport::ProgressSink &progress,
    const MailImport::CancelCheck &cancelled, ImportDetails *detailsOut)
{
    ImportDetails localDetails;
    ImportDetails &details = detailsOut ? *detailsOut : localDetails;
    details.routed = DeliveryImport::route(database, paths, options.extraProfiles);
    const RoutedSources &routed = details.routed;
    ImportReport report;
    // Customers first: what the same import brings is attributed to them as it is stored.
    const bool hadHistory = database.evidenceCount() > 0 || database.holdsDeliveryData();
    bool customersChanged = false;
    for (const QString &path : routed.customers) {
        details.customers.append(importCustomers(database, path));
        report.customerFiles.append(path);
        const CustomerImportReport &c = details.customers.constLast();
        report.customersAdded += c.added;
        report.customersUpdated += c.updated;
        customersChanged = customersChanged || c.changedAnything();
        if (!c.error.isEmpty())
            report.rejected.append({ path, 0, c.error, 0 });
        for (const attribution::CsvProblem &p : c.problems)
            report.rejected.append({ path, 0,
                p.column.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(p.column, p.message), p.line });
    }
    // New identifiers change who the earlier history belongs to: then everything is attributed
    // again at the end (this import's mail with it).
    const bool reattribute = customersChanged && hadHistory;
    importEvidence(database, routed, options, progress, cancelled, report, details);
    if (reattribute && report.error.isEmpty() && !report.cancelled) {
        const attribution::RunReport run = attribution::AttributionRun(database).run(
            { QStringLiteral("customers imported") }, {}, cancelled);
        report.attributionMoved = run.moved;
        report.error = run.error;
    }
    return report;
}

} // namespace abusedesk::importing
