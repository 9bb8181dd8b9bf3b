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
    cl.parser().addOption({QStringLiteral("db"), QCoreApplication::translate("cli", "The case database file."),
                           QStringLiteral("FILE")});
    cl.parser().addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    if (const int code = cl.parse(QCoreApplication::translate("cli", "Show the number of rows in each table of a case database.")); code >= 0)
        return code;
    const QString path = cl.requiredDatabasePath();
    if (path.isEmpty())
        return ExitUsage;

    storage::DatabaseError error;
    const auto db = storage::Database::open(path, storage::Database::OpenMode::OpenExisting, &error);
    if (!db)
        return cl.fail(error.message());

    const QList<storage::TableCount> counts = db->tableCounts();
    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonObject tables;
        for (const auto &count : counts)
            tables.insert(count.table, count.rows);
        const QJsonObject root{{QStringLiteral("database"), db->path()},
                               {QStringLiteral("schema_version"), db->schemaVersion()},
                               {QStringLiteral("tables"), tables}};
        out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    qsizetype width = 0;
    for (const auto &count : counts)
        width = std::max(width, count.table.size());
    out << QCoreApplication::translate("cli", "%1 (schema %2)").arg(db->path()).arg(db->schemaVersion()) << '\n';
    for (const auto &count : counts)
        out << "  " << count.table.leftJustified(width) << "  " << count.rows << '\n';
    return ExitOk;
}

} // namespace abusedesk::cli
