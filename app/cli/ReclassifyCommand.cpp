// SPDX-License-Identifier: GPL-2.0-or-later
#include "ReclassifyCommand.h"

#include "CommandLine.h"
#include "importing/MailImport.h"
#include "importing/Reclassification.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace abusedesk::cli {

int runReclassify(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("reclassify"), arguments, out, err);
    cl.addDatabaseOption(QCoreApplication::translate("cli", "The case database file."));
    cl.parser().addOption(
        { QStringLiteral("json"), QCoreApplication::translate("cli", "Print the report as JSON.") });
    if (const int code = cl.parse(QCoreApplication::translate("cli",
            "Classify the stored evidence again with the current policy (the evidence itself never "
            "changes)."));
        code >= 0)
        return code;
    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;

    importing::Reclassification reclassification(*db, importing::MailImport::policyFrom(*db));
    const importing::ReclassificationReport report = reclassification.run();
    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonObject kinds;
        for (auto it = report.changedToKind.cbegin(); it != report.changedToKind.cend(); ++it)
            kinds.insert(it.key(), it.value());
        QJsonObject root { { QStringLiteral("examined"), report.examined },
            { QStringLiteral("changed"), report.changed }, { QStringLiteral("changed_to_kind"), kinds } };
        if (!report.error.isEmpty())
            root.insert(QStringLiteral("error"), report.error);
        out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << QCoreApplication::translate("cli", "Classified %1 messages again: %2 changed.")
                   .arg(report.examined)
                   .arg(report.changed)
            << '\n';
        for (auto it = report.changedToKind.cbegin(); it != report.changedToKind.cend(); ++it)
            out << "  " << QCoreApplication::translate("cli", "now %1: %2").arg(it.key()).arg(it.value())
                << '\n';
    }
    out.flush();
    return report.error.isEmpty() ? ExitOk : cl.fail(report.error);
}

} // namespace abusedesk::cli
