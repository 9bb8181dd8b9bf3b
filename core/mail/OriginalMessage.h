// SPDX-License-Identifier: GPL-2.0-or-later
// The facts of the message that was complained about or bounced (design.md §3 "original"):
// the identifiers that attribute it to a customer and the unsubscribe headers the checklist asks about.
#pragma once

#include "common/JsonWriter.h"

#include <KMime/Message>
#include <QString>
#include <QStringList>

namespace abusedesk::mail {

class OriginalMessage
{
public:
    /// customerHeaders: the header names the sender configures for customers and campaigns.
    [[nodiscard]] static JsonObjectWriter facts(
        const KMime::Content &headers, const QStringList &customerHeaders);

    /// True when List-Unsubscribe-Post is "List-Unsubscribe=One-Click", List-Unsubscribe holds an
    /// https URI, and one DKIM signature's h= covers both headers (RFC 8058 §4).
    [[nodiscard]] static bool isOneClick(const KMime::Content &headers);
};

} // namespace abusedesk::mail
