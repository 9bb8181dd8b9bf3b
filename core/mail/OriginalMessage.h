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
    /// Values written into the facts that the import reads again (the text index, attribution),
    /// handed over as they are so that it need not parse the facts. Empty: not in the facts.
    struct Summary
    {
        QString subject;
        QString from; ///< the address
        QString returnPath;
        QStringList dkimDomains;
        QString listId;
        QString feedbackId;
        qint64 date = 0; ///< Unix seconds; 0 when the facts have no date
        QList<std::pair<QString, QString>> headers; ///< the customer headers, in the facts' order
    };

    /// customerHeaders: the header names the sender configures for customers and campaigns.
    /// summary, when given, receives what Summary lists.
    [[nodiscard]] static JsonObjectWriter facts(
        const KMime::Content &headers, const QStringList &customerHeaders, Summary *summary = nullptr);

    /// True when List-Unsubscribe-Post is "List-Unsubscribe=One-Click", List-Unsubscribe holds an
    /// https URI, and one DKIM signature's h= covers both headers (RFC 8058 §4).
    [[nodiscard]] static bool isOneClick(const KMime::Content &headers);
};

} // namespace abusedesk::mail
