// SPDX-License-Identifier: GPL-2.0-or-later
#include "ClassifyCommand.h"

#include "CommandLine.h"
#include "mail/MailClassifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace abusedesk::cli {

int runClassify(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("classify"), arguments, out, err);
    cl.parser().addOption(
        { QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object per message.") });
    cl.parser().addOption({ QStringLiteral("role-account"),
        QCoreApplication::translate("cli",
            "Another role account (local part or address), besides postmaster, abuse, "
            "hostmaster, privacy, legal and webmaster. Repeatable."),
        QStringLiteral("ACCOUNT") });
    cl.parser().addOption({ QStringLiteral("trusted-reporter"),
        QCoreApplication::translate(
            "cli", "An address or domain whose complaints are escalated. Repeatable."),
        QStringLiteral("REPORTER") });
    cl.parser().addPositionalArgument(QStringLiteral("path"),
        QCoreApplication::translate("cli", "EML files, mbox files or Maildir folders."));
    if (const int code
        = cl.parse(QCoreApplication::translate("cli", "Classify mail without touching a database."),
            QStringLiteral("PATH…"));
        code >= 0)
        return code;
    const QStringList paths = cl.parser().positionalArguments();
    if (paths.isEmpty())
        return cl.fail(QCoreApplication::translate("cli", "give at least one file or folder."), ExitUsage);

    const bool json = cl.parser().isSet(QStringLiteral("json"));
    int rejected = 0;
    mail::AnalysisPolicy policy = mail::AnalysisPolicy::defaults();
    policy.roleAccounts += cl.parser().values(QStringLiteral("role-account"));
    policy.trustedReporters += cl.parser().values(QStringLiteral("trusted-reporter"));
    mail::MailClassifier classifier(
        policy,
        [&](const mail::MailUnit &unit, const mail::MessageAnalysis &analysis) {
            if (json) {
                out << analysis.factsJson << '\n';
            } else {
                out << unit.source() << '\t' << analysis.kind;
                if (analysis.legal)
                    out << " legal";
                if (!analysis.roleAccount.isEmpty())
                    out << '\t' << analysis.roleAccount;
                out << '\t' << analysis.subject << '\n';
            }
            return true;
        },
        [&](const mail::MailRejection &rejection) {
            ++rejected;
            err << "abusedesk-cli classify: " << rejection.source() << ": " << rejection.reason << '\n';
        });
    for (const QString &path : paths)
        classifier.read(path);
    classifier.finish();
    out.flush();
    err.flush();
    return rejected > 0 ? ExitFailure : ExitOk;
}

} // namespace abusedesk::cli
