// SPDX-License-Identifier: GPL-2.0-or-later
// Reads the human-readable bounce notices that MTAs and mailbox providers send instead of (or
// besides) an RFC 3464 delivery-status part: Postfix, Sendmail, Exim, qmail, Courier, Exchange
// and Office 365, Domino, Gmail, Yahoo, Outlook.com, Amazon SES and others. It finds which
// recipients failed (or were delayed) and what the remote side said; classification is left to
// BounceClassifier.
#pragma once

#include <QList>
#include <QString>

namespace abusedesk::mail {

struct BounceTextRecipient
{
    QString address; ///< the failed recipient, lower-cased, without <>
    QString diagnostic; ///< what the remote server or the MTA said about it, joined into one line
    QString remoteMta; ///< the remote host named in the text, if any ("mx.example.com")
    bool delayed = false; ///< a delay warning ("still trying"), not a failure
};

struct BounceTextReport
{
    QString format; ///< which notice it recognised: "qmail", "exim", "postfix", "sendmail",
                    ///< "exchange", "gmail", "yahoo", "domino", "courier", "ses", "generic" …; empty if none
    QList<BounceTextRecipient> recipients;
};

class BounceTextParser
{
public:
    /// subject and fromAddress of the bounce help recognise the sender; body is the decoded
    /// text of the notice (the first text/plain part, or the whole body of a single-part mail),
    /// with LF line ends. Returns an empty format when the text is not a bounce notice.
    [[nodiscard]] static BounceTextReport parse(
        const QString &subject, const QString &fromAddress, const QString &body);
};

} // namespace abusedesk::mail
