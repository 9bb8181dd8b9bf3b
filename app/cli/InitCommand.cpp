// SPDX-License-Identifier: GPL-2.0-or-later
#include "InitCommand.h"

#include "CommandLine.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace abusedesk::cli {

int runInit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("init"), arguments, out, err);
    cl.addDatabaseOption(
        QCoreApplication::translate("cli", "The case database file to create (must not exist)."));
    if (const int code
        = cl.parse(QCoreApplication::translate("cli", "Create an empty AbuseDesk case database."));
        code >= 0)
        return code;
    const QString path = cl.requiredDatabasePath();
    if (path.isEmpty())
        return ExitUsage;

    storage::DatabaseError error;
    const auto db = storage::Database::open(path, storage::Database::OpenMode::CreateNew, &error);
    if (!db)
        return cl.fail(error.message());
    out << QCoreApplication::translate("cli", "Created case database %1 (schema %2).")
               .arg(db->path())
               .arg(db->schemaVersion())
        << '\n';
    return ExitOk;
}

} // namespace abusedesk::cli
