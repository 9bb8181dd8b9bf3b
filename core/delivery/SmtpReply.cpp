// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/SmtpReply.h"

namespace abusedesk::delivery {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isReplyClass(char c)
{
    return c >= '2' && c <= '5';
}

// Three digits at text[at] that end there: a reply code.
bool isCodeAt(QByteArrayView text, qsizetype at)
{
    if (at + 3 > text.size() || !isReplyClass(text[at]) || !isDigit(text[at + 1]) || !isDigit(text[at + 2]))
        return false;
    return at + 3 == text.size() || text[at + 3] == ' ' || text[at + 3] == '-';
}

// Up to three digits from text[at]; the position after them, or -1 when there are none.
qsizetype skipDigits(QByteArrayView text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && end - at < 3 && isDigit(text[end]))
        ++end;
    return end > at ? end : -1;
}

} // namespace

QByteArrayView SmtpReply::enhancedStatusAt(QByteArrayView text)
{
    if (text.size() < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.')
        return {};
    const qsizetype subjectEnd = skipDigits(text, 2);
    if (subjectEnd < 0 || subjectEnd >= text.size() || text[subjectEnd] != '.')
        return {};
    const qsizetype detailEnd = skipDigits(text, subjectEnd + 1);
    if (detailEnd < 0)
        return {};
    if (detailEnd < text.size() && text[detailEnd] != ' ' && text[detailEnd] != ';' && text[detailEnd] != ',')
        return {};
    return text.first(detailEnd);
}

SmtpReply SmtpReply::find(QByteArrayView text)
{
    qsizetype at = 0;
    while (!isCodeAt(text, at)) {
        const qsizetype colon = text.indexOf(": ", at);
        if (colon < 0)
            return {};
        at = colon + 2;
    }
    SmtpReply reply;
    reply.code = text.sliced(at, 3);
    if (at + 4 < text.size())
        reply.enhancedStatus = enhancedStatusAt(text.sliced(at + 4));
    return reply;
}

} // namespace abusedesk::delivery
