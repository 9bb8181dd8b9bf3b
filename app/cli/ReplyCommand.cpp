// SPDX-License-Identifier: GPL-2.0-or-later
#include "ReplyCommand.h"

#include "CommandLine.h"
#include "cases/CaseStore.h"
#include "replies/ReplyComposer.h"
#include "replies/ReplyTemplateStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace abusedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runReply(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("reply"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    cl.parser().addOption({ QStringLiteral("case"), Tr::tr("The case to reply for."), QStringLiteral("ID") });
    cl.parser().addOption({ QStringLiteral("template"),
        Tr::tr("The reply template's name (see 'abusedesk-cli templates')."), QStringLiteral("NAME") });
    cl.parser().addOption({ QStringLiteral("out"),
        Tr::tr("Write the draft to this .eml file (default: standard output)."), QStringLiteral("FILE") });
    cl.parser().addOption({ QStringLiteral("include-identifying"),
        Tr::tr("Include the complainant's address, name and identifying headers (withheld by default).") });
    cl.parser().addOption({ QStringLiteral("deadline-days"),
        Tr::tr("Days the list owner has to act (default 7)."), QStringLiteral("N"), QStringLiteral("7") });
    cl.parser().addOption({ QStringLiteral("analyst"),
        Tr::tr("Who signs the reply (default: the login name)."), QStringLiteral("NAME") });
    if (const int code
        = cl.parse(Tr::tr("A case's reply as an .eml draft, filled from the case; kept in its timeline."));
        code >= 0)
        return code;
    bool caseOk = false;
    const qint64 caseId = cl.parser().value(QStringLiteral("case")).toLongLong(&caseOk);
    if (!caseOk || caseId <= 0)
        return cl.fail(Tr::tr("--case ID is required (a case number)."), ExitUsage);
    const QString name = cl.parser().value(QStringLiteral("template")).trimmed();
    if (name.isEmpty())
        return cl.fail(Tr::tr("--template NAME is required."), ExitUsage);
    bool daysOk = false;
    const int days = cl.parser().value(QStringLiteral("deadline-days")).toInt(&daysOk);
    if (!daysOk || days < 0 || days > 365)
        return cl.fail(Tr::tr("--deadline-days: a number of days from 0 to 365."), ExitUsage);

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;
    const replies::ReplyTemplateStore templates(*db);
    const std::optional<replies::ReplyTemplate> t = templates.find(name);
    if (!t)
        return cl.fail(
            Tr::tr("there is no template “%1”; 'abusedesk-cli templates --db FILE' lists them.").arg(name));

    const QString analyst = cl.parser().isSet(QStringLiteral("analyst"))
        ? cl.parser().value(QStringLiteral("analyst"))
        : CommandLine::analystName();
    replies::ReplyOptions options;
    options.analyst = analyst;
    options.includeIdentifying = cl.parser().isSet(QStringLiteral("include-identifying"));
    options.deadlineDays = days;
    const replies::ComposedReply reply = replies::ReplyComposer(*db).compose(caseId, *t, options);
    if (!reply.ok())
        return cl.fail(reply.errors.join(QStringLiteral("; ")));

    QString messageId;
    const QByteArray eml = reply.draft.toEml(&messageId);
    if (cl.parser().isSet(QStringLiteral("out"))) {
        const QString path = cl.parser().value(QStringLiteral("out"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(eml) != eml.size() || !file.commit())
            return cl.fail(Tr::tr("%1 could not be written: %2").arg(path, file.errorString()));
    } else {
        out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(eml) != eml.size())
            return cl.fail(Tr::tr("the draft could not be written to standard output"));
    }
    cases::CaseStore store(*db);
    if (!replies::ReplyComposer::record(store, caseId, analyst, reply, QStringLiteral("eml"), messageId))
        return cl.fail(
            Tr::tr("the reply was written but not kept in the case timeline: %1").arg(store.lastError()));
    return ExitOk;
}

} // namespace abusedesk::cli
