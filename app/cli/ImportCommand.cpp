// SPDX-License-Identifier: GPL-2.0-or-later
#include "ImportCommand.h"

#include "CommandLine.h"
#include "importing/DeliveryImport.h"
#include "importing/Import.h"
#include "importing/MailImport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace abusedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("import"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    cl.parser().addOption({ QStringLiteral("json"), Tr::tr("Print the report as JSON.") });
    cl.parser().addOption({ QStringLiteral("profile"),
        Tr::tr("A column mapping (JSON) for CSV/TSV send logs or other tables whose columns no saved profile "
               "maps; it is saved in the case database under its name."),
        QStringLiteral("FILE") });
    cl.parser().addOption({ QStringLiteral("log-time-zone"),
        Tr::tr("The time zone of MTA log times written without one, e.g. UTC or Europe/Berlin (default: the "
               "policy's log_time_zone, else this computer's)."),
        QStringLiteral("ZONE") });
    cl.parser().addPositionalArgument(QStringLiteral("path"),
        Tr::tr(
            "EML files, mbox files, Maildir folders, Postfix and Exim logs, PowerMTA accounting files, send "
            "logs, opt-out, seed-test and blocklist CSVs (also .gz, .bz2, .xz), or folders of them."));
    if (const int code
        = cl.parse(Tr::tr("Import mail and delivery data into a case database."), QStringLiteral("PATH…"));
        code >= 0)
        return code;
    const QStringList paths = cl.parser().positionalArguments();
    if (paths.isEmpty())
        return cl.fail(Tr::tr("give at least one file or folder to import."), ExitUsage);

    QTimeZone zone; // from the case database's policy unless given here
    if (cl.parser().isSet(QStringLiteral("log-time-zone"))) {
        const QString name = cl.parser().value(QStringLiteral("log-time-zone"));
        zone = name.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ? QTimeZone(QTimeZone::UTC)
                                                                            : QTimeZone(name.toUtf8());
        if (!zone.isValid())
            return cl.fail(Tr::tr("--log-time-zone: unknown time zone '%1'.").arg(name), ExitUsage);
    }

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;
    if (!zone.isValid())
        zone = importing::ImportOptions::fromPolicy(*db).logTimeZone;

    QList<delivery::CsvProfile> profiles;
    if (cl.parser().isSet(QStringLiteral("profile"))) {
        const QString file = cl.parser().value(QStringLiteral("profile"));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return cl.fail(Tr::tr("cannot read the profile %1: %2").arg(file, f.errorString()));
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        QString problem;
        const auto profile
            = doc.isObject() ? delivery::CsvProfile::fromJson(doc.object(), &problem) : std::nullopt;
        if (!profile)
            return cl.fail(Tr::tr("the profile %1 is not a column mapping: %2")
                    .arg(file, doc.isObject() ? problem : parseError.errorString()));
        if (!importing::DeliveryImport::saveProfile(*db, *profile, &problem))
            return cl.fail(Tr::tr("cannot save the profile %1: %2").arg(file, problem));
        profiles.append(*profile);
    }

    importing::ImportOptions options;
    options.logTimeZone = zone;
    options.extraProfiles = profiles;
    importing::ImportDetails details;
    const importing::ImportReport combined = importing::importPaths(*db, paths, options, {}, {}, &details);
    const importing::RoutedSources &routed = details.routed;
    const importing::ImportReport &mail = details.mail;
    const importing::LogImportReport &logs = details.logs;
    const qint64 rejectedFiles = routed.unreadable.size();
    QList<mail::MailRejection> customerProblems;
    for (const importing::CustomerImportReport &c : details.customers) {
        if (!c.error.isEmpty())
            customerProblems.append({ c.path, 0, c.error, 0 });
        for (const attribution::CsvProblem &p : c.problems)
            customerProblems.append({ c.path, 0,
                p.column.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(p.column, p.message), p.line });
    }

    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonArray rejected;
        for (const auto &r : mail.rejected)
            rejected.append(QJsonObject { { QStringLiteral("source"), r.sourcePath },
                { QStringLiteral("position"), r.position }, { QStringLiteral("reason"), r.reason } });
        for (const auto &r : customerProblems)
            rejected.append(
                QJsonObject { { QStringLiteral("source"), r.sourcePath }, { QStringLiteral("position"), 0 },
                    { QStringLiteral("line"), r.line }, { QStringLiteral("reason"), r.reason } });
        for (const auto &r : routed.unreadable + logs.rejected)
            rejected.append(
                QJsonObject { { QStringLiteral("source"), r.path }, { QStringLiteral("position"), 0 },
                    { QStringLiteral("line"), r.line }, { QStringLiteral("reason"), r.reason } });
        QJsonObject kinds;
        for (auto it = mail.storedByKind.cbegin(); it != mail.storedByKind.cend(); ++it)
            kinds.insert(it.key(), it.value());
        QJsonArray files;
        for (const auto &f : logs.files)
            files.append(QJsonObject { { QStringLiteral("path"), f.path },
                { QStringLiteral("format"), f.format }, { QStringLiteral("lines"), f.lines },
                { QStringLiteral("stored"), f.stored }, { QStringLiteral("duplicates"), f.duplicates },
                { QStringLiteral("rejected"), f.rejected } });
        QJsonObject root { { QStringLiteral("batch"), mail.batchId >= 0 ? mail.batchId : logs.batchId },
            { QStringLiteral("read"), mail.unitsRead + logs.linesRead },
            { QStringLiteral("stored"), mail.stored + logs.stored },
            { QStringLiteral("duplicates"), mail.duplicates + logs.duplicates },
            { QStringLiteral("rejected"), rejected }, { QStringLiteral("stored_by_kind"), kinds },
            { QStringLiteral("mail"),
                QJsonObject { { QStringLiteral("batch"), mail.batchId },
                    { QStringLiteral("read"), mail.unitsRead }, { QStringLiteral("stored"), mail.stored },
                    { QStringLiteral("duplicates"), mail.duplicates },
                    { QStringLiteral("rejected"), qint64(mail.rejected.size()) } } },
            { QStringLiteral("logs"),
                QJsonObject { { QStringLiteral("batch"), logs.batchId },
                    { QStringLiteral("lines"), logs.linesRead }, { QStringLiteral("stored"), logs.stored },
                    { QStringLiteral("duplicates"), logs.duplicates },
                    { QStringLiteral("rejected_lines"), logs.rejectedLines },
                    { QStringLiteral("rejected_files"), rejectedFiles },
                    { QStringLiteral("files"), files } } },
            { QStringLiteral("customers"),
                QJsonObject { { QStringLiteral("added"), combined.customersAdded },
                    { QStringLiteral("updated"), combined.customersUpdated },
                    { QStringLiteral("rejected_rows"), qint64(customerProblems.size()) },
                    { QStringLiteral("history_moved"), combined.attributionMoved } } } };
        if (!combined.error.isEmpty())
            root.insert(QStringLiteral("error"), combined.error);
        out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
    } else {
        if (!routed.customers.isEmpty()) {
            out << Tr::tr("Customers: %1 added, %2 updated, %3 rows rejected.")
                       .arg(combined.customersAdded)
                       .arg(combined.customersUpdated)
                       .arg(customerProblems.size())
                << '\n';
            for (const auto &r : customerProblems)
                out << Tr::tr("  rejected %1 line %2: %3").arg(r.sourcePath).arg(r.line).arg(r.reason)
                    << '\n';
            if (combined.attributionMoved)
                out << Tr::tr("  %1 earlier items now belong to another customer.")
                           .arg(combined.attributionMoved)
                    << '\n';
        }
        if (!routed.mail.isEmpty() || (routed.logs.isEmpty() && routed.customers.isEmpty())) {
            out << Tr::tr("Read %1 messages: %2 stored, %3 duplicates, %4 rejected.")
                       .arg(mail.unitsRead)
                       .arg(mail.stored)
                       .arg(mail.duplicates)
                       .arg(mail.rejected.size())
                << '\n';
            for (auto it = mail.storedByKind.cbegin(); it != mail.storedByKind.cend(); ++it)
                out << "  " << it.key() << ": " << it.value() << '\n';
            for (const auto &r : mail.rejected)
                out << Tr::tr("  rejected %1 at byte %2: %3").arg(r.sourcePath).arg(r.position).arg(r.reason)
                    << '\n';
        }
        if (!routed.logs.isEmpty()) {
            out << Tr::tr("Read %1 log lines: %2 records stored, %3 duplicates, %4 lines rejected.")
                       .arg(logs.linesRead)
                       .arg(logs.stored)
                       .arg(logs.duplicates)
                       .arg(logs.rejectedLines)
                << '\n';
            for (const auto &f : logs.files)
                out << Tr::tr("  %1 (%2): %3 lines, %4 stored, %5 duplicates, %6 rejected")
                           .arg(f.path, f.format)
                           .arg(f.lines)
                           .arg(f.stored)
                           .arg(f.duplicates)
                           .arg(f.rejected)
                    << '\n';
            for (const auto &r : logs.rejected)
                out << Tr::tr("  rejected %1 line %2: %3").arg(r.path).arg(r.line).arg(r.reason) << '\n';
            if (logs.rejectedLines > logs.rejected.size())
                out << Tr::tr("  … and %1 more rejected lines (all are in the case database).")
                           .arg(logs.rejectedLines - logs.rejected.size())
                    << '\n';
        }
        for (const auto &r : routed.unreadable)
            out << Tr::tr("  not read %1: %2").arg(r.path, r.reason) << '\n';
    }
    out.flush();
    if (!combined.error.isEmpty())
        return cl.fail(combined.error);
    return ExitOk;
}

} // namespace abusedesk::cli
