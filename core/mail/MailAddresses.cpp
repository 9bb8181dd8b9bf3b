// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/MailAddresses.h"

#include <QRegularExpression>

namespace abusedesk::mail {

namespace {

// An address is a run of characters that are none of white space and <>"(),;:[] holding an "@"
// with something on both sides. A hand-written scan: the regular expression it replaces,
// ([^\s<>"(),;:\[\]]+@[^\s<>"(),;:\[\]]+), cost more than parsing the header it was used on.
bool isDelimiter(QChar c)
{
    switch (c.unicode()) {
    case u'<':
    case u'>':
    case u'"':
    case u'(':
    case u')':
    case u',':
    case u';':
    case u':':
    case u'[':
    case u']':
        return true;
    default:
        return c.isSpace();
    }
}

// Calls found(start, length) for every address in text, in order, until it returns false.
template<typename Found> void scan(QStringView text, Found found)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && isDelimiter(text[i]))
            ++i;
        const qsizetype start = i;
        qsizetype firstInnerAt = -1;
        for (; i < size && !isDelimiter(text[i]); ++i) {
            if (firstInnerAt < 0 && i > start && text[i] == u'@')
                firstInnerAt = i;
        }
        // An address when an "@" has at least one character on each side.
        if (firstInnerAt > start && firstInnerAt < i - 1 && !found(start, i - start))
            return;
    }
}

QString cleaned(QStringView address)
{
    QString lower = address.toString().toLower();
    while (lower.endsWith(QLatin1Char('.')))
        lower.chop(1);
    return lower;
}

} // namespace

QString MailAddresses::first(const QString &text)
{
    QString result;
    scan(text, [&](qsizetype start, qsizetype length) {
        result = cleaned(QStringView(text).sliced(start, length));
        return false;
    });
    return result;
}

QStringList MailAddresses::all(const QString &text)
{
    QStringList out;
    scan(text, [&](qsizetype start, qsizetype length) {
        out.append(cleaned(QStringView(text).sliced(start, length)));
        return true;
    });
    return out;
}

QStringList MailAddresses::angleUris(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<([^>]+)>"));
    QStringList uris;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        uris.append(it.next().captured(1).trimmed());
    return uris;
}

} // namespace abusedesk::mail
