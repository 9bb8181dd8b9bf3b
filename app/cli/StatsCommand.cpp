// SPDX-License-Identifier: GPL-2.0-or-later
#include "StatsCommand.h"

#include "CommandLine.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace abusedesk::cli {

int runStats(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("stats"), arguments, out, err);
    cl.addDatabaseOption(QCoreApplication::translate("cli", "The case database file."));
    cl.parser().addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.") });
    if (const int code = cl.parse(
            QCoreApplication::translate("cli", "Show the number of rows in each table of a case database."));
        code >= 0)
        return code;

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;

    const QList<storage::TableCount> counts = db->tableCounts();
    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonObject tables;
        for (const auto &count : counts)
            tables.insert(count.table, count.rows);
        const QJsonObject root { { QStringLiteral("database"), db->path() },
            { QStringLiteral("schema_version"), db->schemaVersion() }, { QStringLiteral("tables"), tables } };
        out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    qsizetype width = 0;
    for (const auto &count : counts)
        width = std::max(width, count.table.size());
    out << QCoreApplication::translate("cli", "%1 (schema %2)").arg(db->path()).arg(db->schemaVersion())
        << '\n';
    for (const auto &count : counts)
        out << "  " << count.table.leftJustified(width) << "  " << count.rows << '\n';
    return ExitOk;
}

} // namespace abusedesk::cli
