// SPDX-License-Identifier: GPL-2.0-or-later
// The one bounce classifier (design.md §1, §2 "Bounce reasons"): turns what a receiving MTA said
// about one recipient — an RFC 3463 status and/or free diagnostic text — into a class and a reason.
// Used for DSN mail, non-standard bounce mail and MTA log lines alike.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace abusedesk::mail {

enum class BounceClass {
    Hard, ///< the address or the domain does not exist
    Soft, ///< temporary or not about the recipient (full mailbox, network, size …)
    Spam, ///< refused for reputation, content or policy
};

struct BounceVerdict
{
    BounceClass bounceClass = BounceClass::Soft;
    QString reason; ///< one word of the design.md vocabulary: "user-unknown", "blocklisted", …
    QString status; ///< RFC 3463 enhanced status ("5.1.1"), given or found in the text; empty if none
    QString replyCode; ///< SMTP reply code ("550") found in the text; empty if none
    QStringList urls; ///< http(s) URLs in the diagnostic (postmaster pages, delisting forms)
};

class BounceClassifier
{
public:
    /// status: the DSN Status field (may be empty or malformed); diagnostic: the Diagnostic-Code
    /// text without its "smtp;" type prefix, or the reply quoted in a bounce or a log line.
    /// delayed: the report says the delivery is only delayed (DSN action "delayed", deferred
    /// log line); the reason is still given but the class is never Hard.
    [[nodiscard]] static BounceVerdict classify(
        QStringView status, QStringView diagnostic, bool delayed = false);

    /// "hard", "soft" or "spam".
    [[nodiscard]] static QString className(BounceClass bounceClass);

    /// The enhanced status code in a text ("550 5.1.1 …" → "5.1.1"), or empty.
    [[nodiscard]] static QString findStatus(QStringView text);
    /// The SMTP reply code at the start of a text or of one of its lines ("550-5.7.1 …" → "550"), or empty.
    [[nodiscard]] static QString findReplyCode(QStringView text);
    /// http and https URLs in a text, without trailing punctuation, in order, without duplicates.
    [[nodiscard]] static QStringList findUrls(QStringView text);
};

} // namespace abusedesk::mail
