// SPDX-License-Identifier: GPL-2.0-or-later
// The domains and IP addresses a text names ("I keep getting mail from acme.example",
// "192.0.2.7 was added to our list"): what attribution and mentions look up in the customers'
// identifiers. A plain scan, no regular expressions: it runs over every complaint and notice.
#pragma once

#include <QString>
#include <QStringList>

namespace abusedesk::mail {

struct NamedInText
{
    QStringList domains; ///< lower-case, distinct, in order of appearance
    QStringList ips; ///< canonical text, distinct, in order of appearance

    /// At most limit of each; the text is read up to its first 256 KB.
    [[nodiscard]] static NamedInText scan(QStringView text, int limit = 64);
};

} // namespace abusedesk::mail
