// SPDX-License-Identifier: GPL-2.0-or-later
// Finds addresses and <URIs> in header and report text, which is hostile and often malformed:
// a plain scan, lower-cased, rather than a strict RFC 5322 parse that gives up on the first error.
#pragma once

#include <QString>
#include <QStringList>

namespace abusedesk::mail {

class MailAddresses
{
public:
    /// The first address in a text ("Jane <Jane@Example.com>" → "jane@example.com"), or empty.
    [[nodiscard]] static QString first(const QString &text);
    /// Every address in a text, in order.
    [[nodiscard]] static QStringList all(const QString &text);
    /// The URIs between angle brackets ("<https://…>, <mailto:…>"), as List-Unsubscribe writes them.
    [[nodiscard]] static QStringList angleUris(const QString &text);
};

} // namespace abusedesk::mail
