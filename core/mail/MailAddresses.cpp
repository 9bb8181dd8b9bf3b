// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/MailAddresses.h"

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
    QStringList uris;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(u'<', from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'>', open + 1);
        if (close < 0)
            break;
        // "<>" holds nothing; "<<x>" is the URI "<x" (what the pattern <([^>]+)> found).
        if (close > open + 1)
            uris.append(QStringView(text).sliced(open + 1, close - open - 1).trimmed().toString());
        from = close + 1;
    }
    return uris;
}

} // namespace abusedesk::mail
