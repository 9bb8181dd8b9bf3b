// SPDX-License-Identifier: GPL-2.0-or-later
// The shipped languages are complete (issue 9): every message of every shipped catalogue has a
// finished translation that keeps the source's placeholders (%1 … %9, %n) and its keyboard
// accelerator if it had one; the compiled catalogues in the resources translate a message of the
// program, and install() follows the system's language or the one chosen.
#include "common/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using abusedesk::common::Translations;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or the plural forms
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS")
                *language = xml.attributes().value(u"language"_s).toString();
            else if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message") {
                current = {};
                current.context = context;
                current.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"translation") {
                const auto type = xml.attributes().value(u"type"_s);
                current.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
                if (!current.numerus)
                    current.translations = { xml.readElementText() };
            } else if (name == u"numerusform")
                current.translations.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:n|L?[1-9])"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

bool hasAccelerator(const QString &text)
{
    // "&File" but not "&&" nor an HTML entity.
    static const QRegularExpression pattern(u"(?<!&)&(?![&#a-z]+;)(?!&)[^\\s&]"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QStringLiteral(ABUSEDESK_TS_FILES).split(u',', Qt::SkipEmptyParts);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f.section(u'/', -1))) << f;
    }

    void shippedCataloguesAreComplete()
    {
        QFETCH(QString, path);
        QString language;
        QString error;
        const QList<Message> messages = readTs(path, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + u": "_s + error));
        QVERIFY2(!messages.isEmpty(), qPrintable(path));
        QVERIFY2(!language.isEmpty(), qPrintable(path + u": no language attribute"_s));
        const bool pluralsOnly = language == u"en";
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + u": \""_s + m.source.left(60) + u"\""_s;
            if (pluralsOnly && !m.numerus)
                continue;
            if (m.unfinished) {
                problems.append(where + u" is unfinished"_s);
                continue;
            }
            if (m.translations.isEmpty()
                || std::any_of(m.translations.cbegin(), m.translations.cend(),
                    [](const QString &t) { return t.trimmed().isEmpty(); })) {
                problems.append(where + u" has no translation"_s);
                continue;
            }
            for (const QString &t : m.translations) {
                QStringList wanted = placeholders(m.source);
                QStringList got = placeholders(t);
                // A plural form may leave out %n ("one item" for "%n item(s)").
                if (m.numerus) {
                    wanted.removeAll(u"%n"_s);
                    got.removeAll(u"%n"_s);
                }
                if (wanted != got)
                    problems.append(where + u" keeps placeholders "_s + got.join(u' ') + u" instead of "_s
                        + wanted.join(u' '));
                if (hasAccelerator(m.source) && !hasAccelerator(t))
                    problems.append(where + u" lost its keyboard accelerator (&)"_s);
            }
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(u"%1: %2 problems:\n  "_s.arg(path).arg(problems.size())
                + problems.mid(0, 40).join(u"\n  "_s)));
    }

    void cataloguesAreInTheResources()
    {

        for (const QString &language : Translations::available()) {
            QVERIFY2(QFile::exists(Translations::catalogueFolder() + u"/abusedesk_%1.qm"_s.arg(language)),
                qPrintable(language));
            QCOMPARE(Translations::install(language), language);
            QCOMPARE(Translations::current(), language);
        }
        // English plurals come from their catalogue.
        Translations::install(u"en"_s);
        QCOMPARE(
            QCoreApplication::translate("CaseStore", "%n minute(s) spent", nullptr, 1), u"1 minute spent"_s);
        QCOMPARE(
            QCoreApplication::translate("CaseStore", "%n minute(s) spent", nullptr, 5), u"5 minutes spent"_s);
        // A language that does not ship falls back to the system's, then English.
        QCOMPARE(Translations::install(u"xx"_s), Translations::systemLanguage());
        QCOMPARE(Translations::systemLanguage(QLocale(QLocale::Japanese)), u"en"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
