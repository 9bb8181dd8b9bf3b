// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/FieldText.h"

namespace abusedesk::delivery {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Where a code ends: the text ends, or white space or punctuation follows.
bool endsCode(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return true;
    const QChar c = text[at];
    return c.isSpace() || c == u'-' || c == u'(' || c == u';' || c == u',' || c == u':';
}

} // namespace

QString FieldText::address(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'<') && text.endsWith(u'>'))
        text = text.sliced(1, text.size() - 2).trimmed();
    return text.toString().toLower();
}

QString FieldText::enhancedStatus(QStringView text)
{
    text = text.trimmed();
    // class "." subject (1–3 digits) "." detail (1–3 digits), class 2, 4 or 5
    if (text.size() < 5 || (text[0] != u'2' && text[0] != u'4' && text[0] != u'5') || text[1] != u'.')
        return {};
    qsizetype at = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype from = at;
        while (at < text.size() && at - from < 4 && isDigit(text[at]))
            ++at;
        if (at == from || at - from > 3)
            return {};
        if (part == 0) {
            if (at >= text.size() || text[at] != u'.')
                return {};
            ++at;
        }
    }
    if (!endsCode(text, at) || (at < text.size() && text[at] == u'-'))
        return {};
    return text.first(at).toString();
}

QString FieldText::replyCode(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 3 || text[0].unicode() < u'2' || text[0].unicode() > u'5' || !isDigit(text[1])
        || !isDigit(text[2]) || !endsCode(text, 3))
        return {};
    return text.first(3).toString();
}

QString FieldText::statusAfterReplyCode(QStringView text)
{
    text = text.trimmed();
    if (replyCode(text).isEmpty() || text.size() < 5)
        return {};
    return enhancedStatus(text.sliced(4));
}

} // namespace abusedesk::delivery
