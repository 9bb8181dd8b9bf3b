// SPDX-License-Identifier: GPL-2.0-or-later
#include "TemplatesCommand.h"

#include "CommandLine.h"
#include "replies/ReplyComposer.h"
#include "replies/ReplyTemplateStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace abusedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runTemplates(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("templates"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    cl.parser().addOption({ QStringLiteral("json"), Tr::tr("Print the templates as JSON.") });
    cl.parser().addOption({ QStringLiteral("export"), Tr::tr("Write this template to the --out file."),
        QStringLiteral("NAME") });
    cl.parser().addOption(
        { QStringLiteral("out"), Tr::tr("The file --export writes."), QStringLiteral("FILE") });
    cl.parser().addOption({ QStringLiteral("import"),
        Tr::tr("Read a template file into the database (replacing one of the same name)."),
        QStringLiteral("FILE") });
    cl.parser().addOption({ QStringLiteral("reset"), Tr::tr("Bring back the shipped text of a template."),
        QStringLiteral("NAME") });
    if (const int code = cl.parse(Tr::tr("The reply templates: list, export, import or reset them."));
        code >= 0)
        return code;
    const bool exporting = cl.parser().isSet(QStringLiteral("export"));
    if (exporting && !cl.parser().isSet(QStringLiteral("out")))
        return cl.fail(Tr::tr("--export NAME needs --out FILE."), ExitUsage);

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;
    replies::ReplyTemplateStore store(*db);
    if (exporting) {
        if (!store.exportTo(
                cl.parser().value(QStringLiteral("export")), cl.parser().value(QStringLiteral("out"))))
            return cl.fail(store.lastError());
        return ExitOk;
    }
    if (cl.parser().isSet(QStringLiteral("import"))) {
        const QString name = store.importFrom(cl.parser().value(QStringLiteral("import")));
        if (name.isEmpty())
            return cl.fail(store.lastError());
        const std::optional<replies::ReplyTemplate> t = store.find(name);
        const QStringList problems = t ? replies::ReplyComposer::renderer().problems(*t) : QStringList();
        out << Tr::tr("Imported “%1”.").arg(name) << '\n';
        for (const QString &p : problems)
            err << "abusedesk-cli templates: " << p << '\n';
        return problems.isEmpty() ? ExitOk : ExitFailure;
    }
    if (cl.parser().isSet(QStringLiteral("reset"))) {
        if (!store.reset(cl.parser().value(QStringLiteral("reset"))))
            return cl.fail(store.lastError());
        return ExitOk;
    }

    const QList<replies::ReplyTemplate> list = store.templates();
    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const replies::ReplyTemplate &t : list)
            items.append(QJsonObject { { QStringLiteral("name"), t.name },
                { QStringLiteral("title"), t.title }, { QStringLiteral("audience"), t.audience },
                { QStringLiteral("categories"), QJsonArray::fromStringList(t.categories) },
                { QStringLiteral("subject"), t.subject }, { QStringLiteral("shipped"), t.shipped },
                { QStringLiteral("problems"),
                    QJsonArray::fromStringList(replies::ReplyComposer::renderer().problems(t)) } });
        out << QJsonDocument(QJsonObject { { QStringLiteral("templates"), items } })
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const replies::ReplyTemplate &t : list) {
        const QStringList problems = replies::ReplyComposer::renderer().problems(t);
        out << t.name.leftJustified(34) << ' ' << t.audience.leftJustified(12) << ' ' << t.title
            << (t.shipped ? QString() : Tr::tr(" (edited)"))
            << (problems.isEmpty() ? QString() : Tr::tr(" — %n problem(s)", nullptr, int(problems.size())))
            << '\n';
    }
    return ExitOk;
}

} // namespace abusedesk::cli
