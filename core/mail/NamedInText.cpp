// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/NamedInText.h"

#include <QHostAddress>

namespace abusedesk::mail {

namespace {

bool isHostChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
        || c == u'.';
}

bool isIpChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u':'
        || c == u'.';
}

/// A dotted IPv4 address ("192.0.2.7") with every part 0 … 255.
bool isIpv4(QStringView token)
{
    int parts = 0;
    int digits = 0;
    int value = 0;
    for (QChar c : token) {
        if (c == u'.') {
            if (digits == 0)
                return false;
            ++parts;
            digits = 0;
            value = 0;
        } else if (c >= u'0' && c <= u'9') {
            value = value * 10 + (c.unicode() - u'0');
            if (++digits > 3 || value > 255)
                return false;
        } else {
            return false;
        }
    }
    return digits > 0 && parts == 3;
}

/// A host name with at least two labels, the last alphabetic (a top-level domain).
bool isDomain(QStringView token)
{
    const qsizetype dot = token.lastIndexOf(u'.');
    if (dot <= 0 || token.size() - dot - 1 < 2 || token.size() > 253)
        return false;
    for (QChar c : token.sliced(dot + 1))
        if (!c.isLetter())
            return false;
    qsizetype label = 0;
    for (QChar c : token) {
        if (c == u'.') {
            if (label == 0)
                return false;
            label = 0;
        } else if (++label > 63) {
            return false;
        }
    }
    return !token.startsWith(u'-') && !token.endsWith(u'-');
}

} // namespace

NamedInText NamedInText::scan(QStringView text, int limit)
{
    NamedInText out;
    text = text.left(256 * 1024);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && (out.domains.size() < limit || out.ips.size() < limit)) {
        const QChar c = text.at(i);
        if (!isHostChar(c) && c != u':') {
            ++i;
            continue;
        }
        // An IPv6 address: hex digits and colons (and a dotted tail), at least two colons.
        qsizetype end = i;
        int colons = 0;
        while (end < n && isIpChar(text.at(end))) {
            if (text.at(end) == u':')
                ++colons;
            ++end;
        }
        if (colons >= 2 && out.ips.size() < limit) {
            QStringView token = text.sliced(i, end - i);
            while (token.endsWith(u'.') || token.endsWith(u':'))
                token.chop(1);
            const QHostAddress address(token.toString());
            if (!address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol) {
                const QString canonical = address.toString();
                if (!out.ips.contains(canonical))
                    out.ips.append(canonical);
                i = end;
                continue;
            }
        }
        if (!isHostChar(c)) {
            ++i;
            continue;
        }
        end = i;
        while (end < n && isHostChar(text.at(end)))
            ++end;
        QStringView token = text.sliced(i, end - i);
        while (token.endsWith(u'.') || token.endsWith(u'-'))
            token.chop(1);
        while (token.startsWith(u'.') || token.startsWith(u'-'))
            token = token.sliced(1);
        if (isIpv4(token)) {
            if (out.ips.size() < limit && !out.ips.contains(token.toString()))
                out.ips.append(token.toString());
        } else if (isDomain(token)) {
            const QString domain = token.toString().toLower();
            if (out.domains.size() < limit && !out.domains.contains(domain))
                out.domains.append(domain);
        }
        i = end;
    }
    return out;
}

} // namespace abusedesk::mail
