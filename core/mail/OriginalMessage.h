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
    /// What the free-text search finds the original by, besides its facts.
    struct Searchable
    {
        QString subject;
        QString from; ///< the address, as in the facts
    };

    /// customerHeaders: the header names the sender configures for customers and campaigns.
    /// searchable, when given, receives the subject and sender written into the facts.
    [[nodiscard]] static JsonObjectWriter facts(
        const KMime::Content &headers, const QStringList &customerHeaders, Searchable *searchable = nullptr);

    /// True when List-Unsubscribe-Post is "List-Unsubscribe=One-Click", List-Unsubscribe holds an
    /// https URI, and one DKIM signature's h= covers both headers (RFC 8058 §4).
    [[nodiscard]] static bool isOneClick(const KMime::Content &headers);
};

} // namespace abusedesk::mail
