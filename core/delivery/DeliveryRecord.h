// SPDX-License-Identifier: GPL-2.0-or-later
// What the delivery-data parsers produce (design.md §2 "Delivery"): one record per recipient
// attempt read from an MTA log or a send log, and the other tabular evidence (opt-outs, seed
// tests, blocklist listings). Parsers only read; bounce class and reason come later from the
// one shared BounceClassifier, the receiver from the ReceiverDirectory, the customer from
// attribution.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace abusedesk::delivery {

enum class DeliveryResult {
    Delivered, ///< accepted by the receiving server (Postfix status=sent, Exim =>/->, PowerMTA d)
    Deferred, ///< a temporary failure; the MTA will try again (status=deferred, Exim ==, PowerMTA t)
    Bounced, ///< a permanent failure (status=bounced, Exim **, PowerMTA b/rb)
    Expired, ///< retries gave up (Postfix status=expired, PowerMTA bounce after a queue timeout)
};

[[nodiscard]] QString resultName(DeliveryResult result); ///< "delivered", "deferred", "bounced", "expired"

/// A record key from the bytes that define it: the first 16 bytes of their SHA-256.
[[nodiscard]] QByteArray recordKey(QByteArrayView bytes);

struct DeliveryRecord
{
    QDateTime time; ///< UTC, of the line that told the outcome
    QString queueId; ///< MTA queue id / PowerMTA jobId+envId, empty if none
    QString envelopeSender; ///< MAIL FROM, lower-case, without <>; empty for the null sender
    QString recipient; ///< RCPT TO, lower-case, without <>
    QString
        sendingIp; ///< our IP the mail left from, if the log says (Exim I=, PowerMTA dlvSourceIp, send logs)
    QString customer; ///< the customer as the log names it (send logs, PowerMTA vmta/jobId mapping,
                      ///< X-Customer-ID header lines), else empty
    QString campaign; ///< campaign / job as the log names it, else empty
    QString messageId; ///< Message-ID without <>, when the log has it (Postfix cleanup, Exim id=)
    DeliveryResult result = DeliveryResult::Delivered;
    QString status; ///< RFC 3463 enhanced status ("5.1.1") as logged (Postfix dsn=), else empty
    QString replyCode; ///< SMTP reply code ("550") when the log shows it, else empty
    QString diagnostic; ///< the receiver's reply or the MTA's reason text, as logged
    QString remoteMta; ///< the receiving host (Postfix relay=, Exim H=, PowerMTA dlvDestinationIp/host)
    qint64 line = 0; ///< 1-based number of the line that told the outcome
    /// Identity for de-duplication: the same attempt read again (the same file imported twice,
    /// overlapping rotated files) gives the same key; different attempts give different keys.
    /// Parsers build it from the text of the line(s) that define the attempt, never from the
    /// file name or the line number.
    QByteArray key;
};

/// A line that could not be used: counted and reported, never fatal.
struct LineRejection
{
    qint64 line = 0; ///< 1-based
    QString reason; ///< for the analyst: what was wrong ("no timestamp", "unknown record type 'x'")
};

struct OptOutRecord
{
    QDateTime time; ///< UTC
    QString customer;
    QString recipient; ///< lower-case
    QString reason; ///< as given ("too many emails", "never signed up")
    QString source; ///< where the opt-out came from ("link", "list-unsubscribe", "support")
    qint64 line = 0;
    QByteArray key;
};

enum class SeedPlacement { Inbox, Junk, Missing };

struct SeedResult
{
    QDateTime time; ///< UTC; invalid when the CSV has no time column
    QString campaign;
    QString customer;
    QString receiver; ///< the mailbox provider of the seed ("gmail.com", "Yahoo")
    SeedPlacement placement = SeedPlacement::Inbox;
    qint64 line = 0;
    QByteArray key;
};

struct BlocklistListing
{
    QString list; ///< "Spamhaus SBL", "Spamcop", …
    QString target; ///< an IPv4/IPv6 address or CIDR, or a domain, lower-case
    QDateTime listed; ///< UTC
    QDateTime delisted; ///< UTC; invalid while still listed
    QString note;
    qint64 line = 0;
    QByteArray key;
};

} // namespace abusedesk::delivery
