// SPDX-License-Identifier: GPL-2.0-or-later
#include "replies/ReplyTemplate.h"

#include "cases/CaseStore.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace abusedesk::replies {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyTemplate)
};

QList<ReplyTemplate> readShipped()
{
    // The order the analyst meets them in: the complainant first, then education per problem,
    // then the ladder, then the contract.
    static const char *const Names[] = { "acknowledgement", "education-direct-complaint",
        "education-complaint-rate", "education-hard-bounces", "education-purchased-list",
        "education-blocklist", "education-spam-trap", "education-mailing-after-opt-out",
        "education-unsubscribe-failure", "warning", "suspension", "termination", "contract-requirements" };
    // English, then each language the program ships (resources/templates/LANG/NAME.txt), whose
    // templates are named NAME-LANG in the case database.
    QList<ReplyTemplate> list;
    for (const QString &language : common::Translations::available()) {
        const bool english = language == u"en";
        for (const char *name : Names) {
            QFile file(english ? QStringLiteral(":/templates/%1.txt").arg(QLatin1String(name))
                               : QStringLiteral(":/templates/%1/%2.txt").arg(language, QLatin1String(name)));
            QString error;
            std::optional<ReplyTemplate> t;
            if (file.open(QIODevice::ReadOnly))
                t = ReplyTemplate::fromFile(file.readAll(), &error);
            else
                error = file.errorString();
            // A shipped template that does not read is a build defect, caught by the tests.
            if (!t) {
                qWarning("shipped reply template %s (%s): %s", name, qPrintable(language), qPrintable(error));
                continue;
            }
            if (!english)
                t->name = t->name + QLatin1Char('-') + language;
            t->shipped = true;
            list.append(*t);
        }
    }
    return list;
}

} // namespace

const QList<ReplyTemplate> &ReplyTemplate::shippedTemplates()
{
    static const QList<ReplyTemplate> list = readShipped();
    return list;
}

QString ReplyTemplate::languageOf(const QString &name)
{
    for (const ReplyTemplate &t : shippedTemplates()) {
        if (t.name != name)
            continue;
        const qsizetype dash = name.lastIndexOf(QLatin1Char('-'));
        const QString suffix = dash > 0 ? name.mid(dash + 1) : QString();
        return suffix.size() == 2 && common::Translations::available().contains(suffix)
            ? suffix
            : QStringLiteral("en");
    }
    return {};
}

const QStringList &ReplyTemplate::audiences()
{
    static const QStringList list { QStringLiteral("complainant"), QStringLiteral("list-owner") };
    return list;
}

QByteArray ReplyTemplate::toFile() const
{
    QString text;
    text += QStringLiteral("Name: ") + name + QLatin1Char('\n');
    text += QStringLiteral("Title: ") + title + QLatin1Char('\n');
    text += QStringLiteral("Audience: ") + audience + QLatin1Char('\n');
    text += QStringLiteral("Categories: ") + categories.join(QStringLiteral(", ")) + QLatin1Char('\n');
    text += QStringLiteral("Subject: ") + subject + QLatin1Char('\n');
    text += QLatin1Char('\n') + body;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text.toUtf8();
}

std::optional<ReplyTemplate> ReplyTemplate::fromFile(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ReplyTemplate> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const qsizetype end = text.indexOf(QLatin1String("\n\n"));
    if (end < 0)
        return fail(Tr::tr("no empty line between the header lines and the body"));
    ReplyTemplate t;
    const QStringList lines = text.left(end).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(Tr::tr("line %1 is not \"Field: value\"").arg(i + 1));
        const QString field = line.left(colon).trimmed().toLower();
        const QString value = line.mid(colon + 1).trimmed();
        if (field == QLatin1String("name"))
            t.name = value;
        else if (field == QLatin1String("title"))
            t.title = value;
        else if (field == QLatin1String("audience"))
            t.audience = value;
        else if (field == QLatin1String("categories"))
            t.categories = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (field == QLatin1String("subject"))
            t.subject = value;
        else
            return fail(Tr::tr("line %1: unknown field \"%2\" (Name, Title, Audience, Categories, Subject)")
                    .arg(i + 1)
                    .arg(line.left(colon)));
    }
    for (QString &c : t.categories)
        c = c.trimmed();
    t.body = text.mid(end + 2);
    if (const QString why = t.problem(); !why.isEmpty())
        return fail(why);
    return t;
}

QString ReplyTemplate::problem() const
{
    static const QRegularExpression nameForm(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!nameForm.match(name).hasMatch())
        return Tr::tr("the name \"%1\" is not lower-case letters, digits and dashes").arg(name);
    if (title.trimmed().isEmpty())
        return Tr::tr("the template has no title");
    if (!audiences().contains(audience))
        return Tr::tr("the audience \"%1\" is neither \"complainant\" nor \"list-owner\"").arg(audience);
    for (const QString &c : categories)
        if (!cases::CaseStore::categories().contains(c))
            return Tr::tr("unknown case category \"%1\"").arg(c);
    if (subject.trimmed().isEmpty())
        return Tr::tr("the template has no subject");
    if (body.trimmed().isEmpty())
        return Tr::tr("the template has no body");
    return {};
}

} // namespace abusedesk::replies
