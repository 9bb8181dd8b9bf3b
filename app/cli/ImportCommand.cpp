// SPDX-License-Identifier: GPL-2.0-or-later
#include "ImportCommand.h"

#include "CommandLine.h"
#include "importing/MailImport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace abusedesk::cli {

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("import"), arguments, out, err);
    cl.addDatabaseOption(QCoreApplication::translate("cli", "The case database file."));
    cl.parser().addOption(
        { QStringLiteral("json"), QCoreApplication::translate("cli", "Print the report as JSON.") });
    cl.parser().addPositionalArgument(QStringLiteral("path"),
        QCoreApplication::translate("cli", "EML files, mbox files (also .gz) or Maildir folders."));
    if (const int code = cl.parse(
            QCoreApplication::translate("cli", "Import mail into a case database."), QStringLiteral("PATH…"));
        code >= 0)
        return code;
    const QStringList paths = cl.parser().positionalArguments();
    if (paths.isEmpty())
        return cl.fail(
            QCoreApplication::translate("cli", "give at least one file or folder to import."), ExitUsage);

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;

    importing::MailImport import(*db, importing::MailImport::policyFrom(*db));
    const importing::ImportReport report = import.run(paths);

    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonArray rejected;
        for (const auto &r : report.rejected)
            rejected.append(QJsonObject { { QStringLiteral("source"), r.sourcePath },
                { QStringLiteral("position"), r.position }, { QStringLiteral("reason"), r.reason } });
        QJsonObject kinds;
        for (auto it = report.storedByKind.cbegin(); it != report.storedByKind.cend(); ++it)
            kinds.insert(it.key(), it.value());
        QJsonObject root { { QStringLiteral("batch"), report.batchId },
            { QStringLiteral("read"), report.unitsRead }, { QStringLiteral("stored"), report.stored },
            { QStringLiteral("duplicates"), report.duplicates }, { QStringLiteral("rejected"), rejected },
            { QStringLiteral("stored_by_kind"), kinds } };
        if (!report.error.isEmpty())
            root.insert(QStringLiteral("error"), report.error);
        out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << QCoreApplication::translate("cli", "Read %1 messages: %2 stored, %3 duplicates, %4 rejected.")
                   .arg(report.unitsRead)
                   .arg(report.stored)
                   .arg(report.duplicates)
                   .arg(report.rejected.size())
            << '\n';
        for (auto it = report.storedByKind.cbegin(); it != report.storedByKind.cend(); ++it)
            out << "  " << it.key() << ": " << it.value() << '\n';
        for (const auto &r : report.rejected)
            out << QCoreApplication::translate("cli", "  rejected %1 at byte %2: %3")
                       .arg(r.sourcePath)
                       .arg(r.position)
                       .arg(r.reason)
                << '\n';
    }
    out.flush();
    if (!report.error.isEmpty())
        return cl.fail(report.error);
    return ExitOk;
}

} // namespace abusedesk::cli
