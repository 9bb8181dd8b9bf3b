// SPDX-License-Identifier: GPL-2.0-or-later
#include "PolicyCommand.h"

#include "CommandLine.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace abusedesk::cli {

int runPolicy(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("policy"), arguments, out, err);
    cl.addDatabaseOption(QCoreApplication::translate("cli", "The case database file."));
    cl.parser().addOption({ QStringLiteral("set"),
        QCoreApplication::translate(
            "cli", "Set KEY to a JSON value, e.g. 'trusted_reporters=[\"spamhaus.org\"]'. Repeatable."),
        QStringLiteral("KEY=JSON") });
    cl.parser().addOption(
        { QStringLiteral("json"), QCoreApplication::translate("cli", "Print the policy as JSON.") });
    if (const int code = cl.parse(QCoreApplication::translate("cli",
            "Show or change the policy. After changing role_accounts, trusted_reporters or customer_headers, "
            "run 'abusedesk-cli reclassify' to apply it to the evidence already imported; after changing "
            "own_domains or own_networks, run 'abusedesk-cli attribute' to find the mentions again."));
        code >= 0)
        return code;
    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;

    for (const QString &assignment : cl.parser().values(QStringLiteral("set"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return cl.fail(
                QCoreApplication::translate("cli", "--set needs KEY=JSON, not \"%1\".").arg(assignment),
                ExitUsage);
        QString error;
        if (!db->setPolicy(assignment.left(eq).trimmed(), assignment.mid(eq + 1).toUtf8(), &error))
            return cl.fail(error);
    }

    const QMap<QString, QByteArray> policy = db->policy();
    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonObject object;
        for (auto it = policy.cbegin(); it != policy.cend(); ++it)
            object.insert(it.key(), QJsonDocument::fromJson("[" + it.value() + "]").array().at(0));
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    for (auto it = policy.cbegin(); it != policy.cend(); ++it)
        out << it.key() << " = " << QString::fromUtf8(it.value()) << '\n';
    return ExitOk;
}

} // namespace abusedesk::cli
