// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/DemoPerson.h"

#include <QStringList>

namespace abusedesk::demo {

namespace {

struct Names
{
    const char *language;
    QStringList first;
    QStringList last;
};

const QList<Names> &names()
{
    static const QList<Names> all {
        { "en",
            { QStringLiteral("Alice"), QStringLiteral("Ben"), QStringLiteral("Chloe"),
                QStringLiteral("David"), QStringLiteral("Emma"), QStringLiteral("Frank"),
                QStringLiteral("Grace"), QStringLiteral("Henry"), QStringLiteral("Isla"),
                QStringLiteral("Jack"), QStringLiteral("Karen"), QStringLiteral("Liam"),
                QStringLiteral("Megan"), QStringLiteral("Nathan"), QStringLiteral("Olivia"),
                QStringLiteral("Peter") },
            { QStringLiteral("Walker"), QStringLiteral("Hughes"), QStringLiteral("Bennett"),
                QStringLiteral("Fisher"), QStringLiteral("Morgan"), QStringLiteral("Price"),
                QStringLiteral("Reid"), QStringLiteral("Shaw"), QStringLiteral("Turner"),
                QStringLiteral("Ward"), QStringLiteral("Young"), QStringLiteral("Ellis") } },
        { "de",
            { QStringLiteral("J\u00fcrgen"), QStringLiteral("Anna"), QStringLiteral("Lukas"),
                QStringLiteral("Sabine"), QStringLiteral("Tobias"), QStringLiteral("Katrin"),
                QStringLiteral("Matthias"), QStringLiteral("J\u00f6rg"), QStringLiteral("Ulrike"),
                QStringLiteral("Stefan"), QStringLiteral("Birgit"), QStringLiteral("Felix") },
            { QStringLiteral("Wei\u00df"), QStringLiteral("M\u00fcller"), QStringLiteral("Schr\u00f6der"),
                QStringLiteral("Becker"), QStringLiteral("Hoffmann"), QStringLiteral("Krause"),
                QStringLiteral("Lange"), QStringLiteral("Vogel"), QStringLiteral("Brandt"),
                QStringLiteral("Kr\u00fcger") } },
        { "fr",
            { QStringLiteral("Am\u00e9lie"), QStringLiteral("Julien"), QStringLiteral("C\u00e9line"),
                QStringLiteral("Mathieu"), QStringLiteral("H\u00e9l\u00e8ne"), QStringLiteral("Nicolas"),
                QStringLiteral("Sophie"), QStringLiteral("Fran\u00e7ois"), QStringLiteral("Claire"),
                QStringLiteral("Yves") },
            { QStringLiteral("Lef\u00e8vre"), QStringLiteral("Moreau"), QStringLiteral("Girard"),
                QStringLiteral("Rousseau"), QStringLiteral("Fontaine"), QStringLiteral("Mercier"),
                QStringLiteral("Dupont"), QStringLiteral("Lambert") } },
        { "es",
            { QStringLiteral("Luc\u00eda"), QStringLiteral("Javier"), QStringLiteral("Mar\u00eda"),
                QStringLiteral("Andr\u00e9s"), QStringLiteral("Carmen"), QStringLiteral("Pablo"),
                QStringLiteral("In\u00e9s"), QStringLiteral("Sergio"), QStringLiteral("Elena"),
                QStringLiteral("Ra\u00fal") },
            { QStringLiteral("Garc\u00eda"), QStringLiteral("Mart\u00ednez"), QStringLiteral("L\u00f3pez"),
                QStringLiteral("S\u00e1nchez"), QStringLiteral("Romero"), QStringLiteral("Navarro"),
                QStringLiteral("Ortega"), QStringLiteral("Castillo") } },
    };
    return all;
}

// "Jürgen" → "juergen", "Hélène" → "helene": what people type for their mailbox name.
QString mailboxName(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        switch (c.unicode()) {
        case 0x00e4:
            out += QStringLiteral("ae");
            break;
        case 0x00f6:
            out += QStringLiteral("oe");
            break;
        case 0x00fc:
            out += QStringLiteral("ue");
            break;
        case 0x00df:
            out += QStringLiteral("ss");
            break;
        default: {
            const QString plain = QString(c).normalized(QString::NormalizationForm_D);
            if (!plain.isEmpty() && plain.at(0).unicode() < 0x80 && plain.at(0).isLetterOrNumber())
                out += plain.at(0);
        }
        }
    }
    return out;
}

} // namespace

DemoPerson DemoPerson::random(DemoRandom &random, const QString &language)
{
    const QList<Names> &all = names();
    const Names *set = &all.at(qsizetype(random.below(quint64(all.size()))));
    for (const Names &n : all) {
        if (QLatin1String(n.language) == language)
            set = &n;
    }
    DemoPerson person;
    person.language = QString::fromLatin1(set->language);
    person.firstName = random.pick(set->first);
    const QString last = random.pick(set->last);
    person.displayName = person.firstName + QLatin1Char(' ') + last;
    const QString first = mailboxName(person.firstName);
    const QString family = mailboxName(last);
    switch (random.below(4)) {
    case 0:
        person.localPart = first + QLatin1Char('.') + family;
        break;
    case 1:
        person.localPart = first.left(1) + family + QString::number(random.between(1, 99));
        break;
    case 2:
        person.localPart = first + QString::number(random.between(60, 99));
        break;
    default:
        person.localPart = first + QLatin1Char('_') + family + QString::number(random.between(1, 9));
        break;
    }
    return person;
}

} // namespace abusedesk::demo
