// SPDX-License-Identifier: GPL-2.0-or-later
// Byte-level reading of MTA log lines, shared by the log parsers: they read millions of lines
// a second and convert to QString only the fields they keep.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace abusedesk::delivery::scan {

[[nodiscard]] inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

[[nodiscard]] inline bool isAlnum(char c)
{
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/// count decimal digits at text[at] as a number; -1 if they are not all there.
[[nodiscard]] inline int numberAt(QByteArrayView text, qsizetype at, int count)
{
    if (at < 0 || at + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

/// A crash of the syslog daemon (or of the disk under it) leaves blocks of NUL bytes, which the
/// next line written then follows: that padding is no part of the line, before it or after it.
[[nodiscard]] inline QByteArrayView withoutNulPadding(QByteArrayView line)
{
    qsizetype start = 0;
    while (start < line.size() && line[start] == '\0')
        ++start;
    qsizetype end = line.size();
    while (end > start && line[end - 1] == '\0')
        --end;
    return line.sliced(start, end - start);
}

/// Addresses are stored in lower case, so that one mailbox is one address.
[[nodiscard]] inline QString lowerCaseAddress(QByteArrayView address)
{
    return QString::fromUtf8(address).toLower();
}

} // namespace abusedesk::delivery::scan
