// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/BounceGenerator.h"

#include "demo/DemoPerson.h"
#include "demo/MailDate.h"
#include "demo/MailboxProvider.h"
#include "demo/MboxWriter.h"
#include "demo/OutgoingMail.h"
#include "demo/Receiver.h"

#include <QJsonArray>

namespace abusedesk::demo {

namespace {

constexpr qint64 Hour = 3600;

enum class Origin {
    Remote, ///< a permanent SMTP reply of the receiving server
    RemoteTemporary, ///< a temporary SMTP reply: the mail is still queued
    Local, ///< the sending MTA gave up by itself (no such domain, retries expired)
    LocalTemporary, ///< the sending MTA could not reach the receiver and keeps trying
};

// What a receiver (or the sending MTA) said and what the generator means by it. Placeholders:
// %1 recipient, %2 sending IP, %3 recipient domain, %4 MX host, %5 MX address, %6 From domain.
struct Diagnostic
{
    const char *reason;
    const char *bounceClass;
    const char *status;
    Origin origin;
    const char *text;
};

const Diagnostic HardDiagnostics[] = {
    { "user-unknown", "hard", "5.1.1", Origin::Remote,
        "550 5.1.1 <%1>: Recipient address rejected: no such user here" },
    { "user-unknown", "hard", "5.1.1", Origin::Remote,
        "550 5.1.1 The mailbox %1 does not exist here. Check the spelling and send again." },
    { "user-unknown", "hard", "5.1.1", Origin::Remote, "550 5.1.1 <%1>: unknown recipient" },
    { "user-unknown", "hard", "5.1.1", Origin::Remote,
        "550 5.1.1 Recipient not found in the directory of %3" },
    { "domain-unknown", "hard", "5.1.2", Origin::Local,
        "Host or domain name not found. DNS lookup for %3 returned NXDOMAIN" },
};

const Diagnostic SpamDiagnostics[] = {
    { "blocklisted", "spam", "5.7.1", Origin::Remote,
        "554 5.7.1 Service unavailable; client host [%2] blocked using dnsbl.blockwatch.example" },
    { "blocklisted", "spam", "5.7.1", Origin::Remote,
        "550 5.7.1 Mail from %2 refused: the address is listed in the Spamhaus SBL" },
    { "reputation-block", "spam", "5.7.1", Origin::Remote,
        "550 5.7.1 Mail from %2 refused because of the poor reputation of the sending address, see "
        "https://postmaster.%3/reputation" },
    { "reputation-block", "spam", "4.7.1", Origin::RemoteTemporary,
        "421 4.7.1 Messages from %2 are temporarily deferred because of user complaints, see "
        "https://postmaster.%3/deferrals" },
    { "spam-content", "spam", "5.7.1", Origin::Remote,
        "554 5.7.1 Message rejected: the content was identified as spam" },
    { "spam-content", "spam", "5.7.1", Origin::Remote,
        "550 5.7.1 Message rejected: spam score 9.2 is above the limit of 5.0" },
    { "authentication-failed", "spam", "5.7.26", Origin::Remote,
        "550 5.7.26 Message fails the DMARC policy of %6" },
    { "virus", "spam", "5.7.1", Origin::Remote,
        "554 5.7.1 Rejected: the message contains a virus (Demo.Test.Sample)" },
};

const Diagnostic SoftDiagnostics[] = {
    { "mailbox-full", "soft", "5.2.2", Origin::Remote,
        "552 5.2.2 <%1>: mailbox full, cannot accept new messages" },
    { "mailbox-full", "soft", "4.2.2", Origin::RemoteTemporary,
        "452 4.2.2 %1 is over its storage quota, try again later" },
    { "mailbox-disabled", "soft", "5.2.1", Origin::Remote,
        "550 5.2.1 <%1>: this account has been disabled due to inactivity" },
    { "message-too-large", "soft", "5.3.4", Origin::Remote,
        "552 5.3.4 Message size exceeds the limit of 20 MB for this server" },
    { "rate-limited", "soft", "4.7.0", Origin::RemoteTemporary,
        "421 4.7.0 Too many connections from %2, slow down and retry later" },
    { "network-error", "soft", "4.4.1", Origin::LocalTemporary,
        "connect to %4[%5]:25: Connection timed out" },
    { "network-error", "soft", "4.4.2", Origin::LocalTemporary,
        "lost connection with %4[%5] while sending end of data" },
    { "expired", "soft", "4.4.7", Origin::Local,
        "delivery time expired: connect to %4[%5]:25: Connection refused" },
};

enum class Format {
    PostfixDsn,
    RemoteDsn,
    Qmail,
    Exim,
    EximDelay,
    PostfixText,
    Exchange,
    Webmail,
    GermanGateway
};

struct Destination
{
    QString domain;
    QString mx;
    QString mxIp;
    bool corporate = false;
};

struct Recipient
{
    QString address;
    const Diagnostic *diagnostic = nullptr;
    QString text; // the diagnostic with its placeholders filled
    Destination destination;
};

bool isTemporary(const Diagnostic &d)
{
    return d.origin == Origin::RemoteTemporary || d.origin == Origin::LocalTemporary;
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

QString fill(const Diagnostic &d, const Recipient &r, const QString &sendingIp, const QString &fromDomain)
{
    QString text = QString::fromLatin1(d.text);
    text.replace(QStringLiteral("%1"), r.address);
    text.replace(QStringLiteral("%2"), sendingIp);
    text.replace(QStringLiteral("%3"), r.destination.domain);
    text.replace(QStringLiteral("%4"), r.destination.mx);
    text.replace(QStringLiteral("%5"), r.destination.mxIp);
    text.replace(QStringLiteral("%6"), fromDomain);
    return text;
}

QJsonArray urlsIn(const QString &text)
{
    QJsonArray urls;
    qsizetype at = text.indexOf(QStringLiteral("https://"));
    while (at >= 0) {
        qsizetype end = at;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        QString url = text.mid(at, end - at);
        while (!url.isEmpty() && QStringLiteral(".,;:'\")>").contains(url.back()))
            url.chop(1);
        urls.append(url);
        at = text.indexOf(QStringLiteral("https://"), end);
    }
    return urls;
}

// Exchange's sentence for people, by reason.
QByteArray exchangeExplanation(const QString &reason)
{
    if (reason == QLatin1String("user-unknown"))
        return "We could not find this address at the receiving organisation. Check it for typing errors "
               "and send your message again.";
    if (reason == QLatin1String("mailbox-full"))
        return "The recipient's mailbox has no room for new messages at the moment. Try again later or "
               "reach the recipient another way.";
    if (reason == QLatin1String("message-too-large"))
        return "Your message is bigger than the receiving organisation accepts. Remove attachments and "
               "send it again.";
    if (reason == QLatin1String("mailbox-disabled"))
        return "This mailbox is no longer in use.";
    return "The receiving server did not accept your message. Ask the recipient's administrator for help "
           "and include the details below.";
}

} // namespace

BounceGenerator::BounceGenerator(
    const CustomerRoster &roster, qint64 periodStart, qint64 periodEnd, DemoRandom random)
    : m_roster(roster)
    , m_start(periodStart)
    , m_end(periodEnd)
    , m_random(random)
{ }

void BounceGenerator::write(int count, MboxWriter &mbox, const PlantSink &plant)
{
    DemoRandom &random = m_random;
    const QList<MailboxProvider> &providers = MailboxProvider::all();
    QList<int> providerWeights;
    for (const MailboxProvider &p : providers)
        providerWeights.append(p.recipientWeight);

    for (int n = 0; n < count; ++n) {
        // Backscatter: bounces of mail the ESP never sent, whose forger used a postmaster address.
        const bool backscatter = random.chance(4);
        const DemoCustomer &sender
            = backscatter ? m_roster.pickStranger(random) : m_roster.pickForBounce(random);

        // What went wrong decides which notices can say it.
        const int roll = int(random.below(100));
        const int spamShare = 12 + 5 * sender.blocklistWeight;
        const Diagnostic *first = nullptr;
        if (roll < sender.hardBouncePercent)
            first = &HardDiagnostics[random.weighted({ 30, 20, 20, 15, 10 })];
        else if (roll < sender.hardBouncePercent + spamShare)
            first = &SpamDiagnostics[random.weighted(
                { 10 + 4 * sender.blocklistWeight, 4 + 2 * sender.blocklistWeight, 8, 8, 10, 6, 4, 1 })];
        else
            first = &SoftDiagnostics[random.weighted({ 20, 10, 10, 8, 8, 10, 4, 6 })];

        Format format = Format::PostfixDsn;
        switch (first->origin) {
        case Origin::LocalTemporary:
            format = Format::PostfixDsn;
            break;
        case Origin::RemoteTemporary:
            format = random.chance(70) ? Format::PostfixDsn : Format::EximDelay;
            break;
        case Origin::Local:
            format = random.chance(75) ? Format::PostfixDsn : Format::PostfixText;
            break;
        case Origin::Remote: {
            static const Format remote[] = { Format::PostfixDsn, Format::RemoteDsn, Format::Qmail,
                Format::Exim, Format::PostfixText, Format::Exchange, Format::Webmail, Format::GermanGateway };
            format = remote[random.weighted({ 40, 14, 8, 9, 6, 9, 6, 5 })];
            break;
        }
        }
        const bool corporate = format == Format::RemoteDsn || format == Format::Qmail
            || format == Format::Exim || format == Format::EximDelay || format == Format::Exchange
            || format == Format::GermanGateway || (format != Format::Webmail && random.chance(25));
        Destination destination;
        if (first->reason == QByteArrayView("domain-unknown")) {
            destination.domain = QString::fromLatin1(Receiver::TypoDomains[random.below(5)]);
        } else if (format == Format::Webmail) {
            destination = { providers.first().domain, providers.first().mx, providers.first().mxIp, false };
        } else if (corporate) {
            const int k = int(random.below(Receiver::CorporateCount));
            destination.domain = QString::fromLatin1(Receiver::CorporateDomains[k]);
            destination.mx = QStringLiteral("mx.") + destination.domain;
            destination.mxIp = QStringLiteral("203.0.113.%1").arg(50 + k);
            destination.corporate = true;
        } else {
            const MailboxProvider &p = providers.at(random.weighted(providerWeights));
            destination = { p.domain, p.mx, p.mxIp, false };
        }

        // Several recipients of one message at one company, each with its own fate.
        QList<Recipient> recipients;
        const bool multi = destination.corporate && !isTemporary(*first) && first->origin == Origin::Remote
            && (format == Format::PostfixDsn || format == Format::RemoteDsn || format == Format::Qmail
                || format == Format::Exim)
            && random.chance(30);
        const int recipientCount = multi ? random.between(2, 3) : 1;
        QStringList addresses;
        for (int i = 0; i < recipientCount; ++i) {
            Recipient r;
            QString address;
            do {
                address = DemoPerson::random(random).localPart + QLatin1Char('@') + destination.domain;
            } while (addresses.contains(address));
            addresses.append(address);
            r.address = address;
            r.destination = destination;
            if (i == 0) {
                r.diagnostic = first;
            } else {
                static const Diagnostic *const others[] = { &HardDiagnostics[0], &HardDiagnostics[2],
                    &SoftDiagnostics[0], &SoftDiagnostics[2], &SpamDiagnostics[4] };
                r.diagnostic = others[random.below(5)];
            }
            recipients.append(r);
        }
        // A multi-recipient report from the receiving company also lists the one that got it.
        QString delivered;
        if (multi && format == Format::RemoteDsn && random.chance(50)) {
            delivered = DemoPerson::random(random).localPart + QLatin1Char('@') + destination.domain;
            if (!addresses.contains(delivered))
                addresses.append(delivered);
            else
                delivered.clear();
        }

        const qint64 sentAt = m_start + qint64(random.below(quint64(m_end - m_start - 6 * 86400)));
        const QString sourceIp = m_roster.sendingIp(sender, sentAt, random);
        const bool remoteGenerated = format == Format::RemoteDsn || format == Format::Qmail
            || format == Format::Exim || format == Format::EximDelay || format == Format::Exchange
            || format == Format::Webmail || format == Format::GermanGateway;
        const QString forged = backscatter ? QStringLiteral("postmaster@esp.example") : QString();
        OutgoingMail original = OutgoingMail::compose(sender, addresses, sentAt, sourceIp,
            remoteGenerated ? destination.mx : QString(), random, forged);
        for (Recipient &r : recipients)
            r.text = fill(*r.diagnostic, r, sourceIp, sender.fromDomain);

        const Diagnostic &d = *first;
        qint64 at = sentAt + random.between(5, 900);
        if (isTemporary(d))
            at = sentAt + 4 * Hour + random.between(0, 7200);
        if (format == Format::EximDelay)
            at = sentAt + 24 * Hour + random.between(0, 3600);
        if (d.reason == QByteArrayView("expired"))
            at = sentAt + 5 * 24 * Hour + random.between(0, 3600);
        const bool delayed = isTemporary(d);

        const QString espMta = QStringLiteral("mta%1.esp.example").arg(2 + random.below(7));
        QString reporter; // the host that wrote the notice
        switch (format) {
        case Format::PostfixDsn:
            reporter = espMta;
            break;
        case Format::PostfixText:
            reporter = QStringLiteral("relay%1.esp.example").arg(1 + random.below(2));
            break;
        case Format::Webmail:
            reporter = QStringLiteral("mailer.") + destination.domain;
            break;
        case Format::Exchange:
            reporter = QStringLiteral("EXCH0%1.").arg(1 + random.below(3)) + destination.domain;
            break;
        default:
            reporter = QStringLiteral("mail.") + destination.domain;
            break;
        }
        const QString returnPath = original.returnPath();
        const bool forwardedToPostmaster = !backscatter && random.chance(10);
        const QByteArray boundary = random.token(8) + '/' + utf8(reporter);
        const QByteArray date = MailDate::rfc2822(at, destination.corporate ? 60 : 0);
        const QByteArray messageId = "<" + utf8(MailDate::isoDay(at).remove(QLatin1Char('-')))
            + random.token(10) + "@" + utf8(reporter) + ">";
        QByteArray subjectOriginal = OutgoingMail::encodedText(original.subject());

        QByteArray h;
        if (forwardedToPostmaster)
            h += "Delivered-To: postmaster@esp.example\n";
        h += "Return-Path: <>\n";
        if (remoteGenerated)
            h += "Received: from " + utf8(reporter) + " (" + utf8(reporter) + " ["
                + utf8(destination.mxIp.isEmpty() ? QStringLiteral("203.0.113.60") : destination.mxIp)
                + "])\n\tby mx1.esp.example with ESMTPS id " + random.token(12) + "; " + date + '\n';
        QByteArray from;
        QByteArray subject;
        switch (format) {
        case Format::PostfixDsn:
            from = "MAILER-DAEMON@" + utf8(reporter) + " (Mail Delivery System)";
            subject = delayed ? "Delayed Mail (still being retried)" : "Undelivered Mail Returned to Sender";
            break;
        case Format::PostfixText:
            from = "MAILER-DAEMON@" + utf8(reporter) + " (Mail Delivery System)";
            subject = "Undelivered Mail Returned to Sender";
            break;
        case Format::RemoteDsn:
            from = "Mail Delivery Subsystem <MAILER-DAEMON@" + utf8(reporter) + ">";
            subject = "Returned mail: see transcript for details";
            break;
        case Format::Qmail:
            from = "MAILER-DAEMON@" + utf8(reporter);
            subject = "failure notice";
            break;
        case Format::Exim:
            from = "Mail Delivery System <Mailer-Daemon@" + utf8(reporter) + ">";
            subject = "Mail delivery failed: returning message to sender";
            break;
        case Format::EximDelay:
            from = "Mail Delivery System <Mailer-Daemon@" + utf8(reporter) + ">";
            subject = "Warning: message " + random.token(6) + "-" + random.token(6) + " delayed 24 hours";
            break;
        case Format::Exchange:
            from = "postmaster@" + utf8(destination.domain);
            subject = "Undeliverable: " + subjectOriginal;
            break;
        case Format::Webmail:
            from = "Mail Delivery Subsystem <mailer-daemon@" + utf8(destination.domain) + ">";
            subject = "Delivery Status Notification (Failure)";
            break;
        case Format::GermanGateway:
            from = "MAILER-DAEMON@" + utf8(reporter);
            subject = "Unzustellbar: " + subjectOriginal;
            break;
        }
        h += "From: " + from + "\nTo: " + utf8(returnPath) + "\nSubject: " + subject + "\nDate: " + date
            + "\nMessage-ID: " + messageId + '\n';
        if (format == Format::PostfixDsn || format == Format::PostfixText || format == Format::Exim
            || format == Format::EximDelay)
            h += "Auto-Submitted: auto-replied\n";
        h += "MIME-Version: 1.0\n";

        QByteArray body;
        QByteArray queueId; // the notice's X-Postfix-Queue-ID, which the Postfix log shows too
        QList<qint64> lastAttempts; // per recipient, in the notices that give it
        const QByteArray originalHeaders = original.headers();
        const bool isDsn = format == Format::PostfixDsn || format == Format::RemoteDsn;
        if (isDsn) {
            h += "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"" + boundary
                + "\"\n";
            body += "This is a MIME-encapsulated message.\n\n--" + boundary
                + "\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n";
            if (format == Format::PostfixDsn && delayed) {
                body += "This is the mail system at host " + utf8(reporter)
                    + ".\n\nThis is a warning only: your message has not been delivered yet to the\n"
                      "recipients below. It stays in the queue and delivery is retried for up to\n"
                      "five days. You do not need to send it again.\n\n";
            } else if (format == Format::PostfixDsn) {
                body += "This is the mail system at host " + utf8(reporter)
                    + ".\n\nYour message could not be delivered to one or more recipients; the\n"
                      "details are in the delivery report below, and the headers of the message\n"
                      "are attached.\n\nFor help, write to postmaster and include this report.\n\n";
            } else {
                body += "This is the mail delivery agent at " + utf8(reporter)
                    + ".\n\nYour message was accepted by this server but could not be handed to the\n"
                      "mailboxes named in the attached report. The message itself is attached too.\n\n";
            }
            body += "--" + boundary
                + "\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
                  "Reporting-MTA: dns; "
                + utf8(reporter) + '\n';
            if (format == Format::PostfixDsn) {
                queueId = random.hex(10);
                body += "X-Postfix-Queue-ID: " + queueId + "\nX-Postfix-Sender: rfc822; " + utf8(returnPath)
                    + '\n';
            }
            body += "Arrival-Date: " + MailDate::rfc2822(sentAt + 2, 0) + '\n';
            for (const Recipient &r : std::as_const(recipients)) {
                const Diagnostic &rd = *r.diagnostic;
                body += "\nFinal-Recipient: rfc822; " + utf8(r.address) + '\n';
                if (random.chance(50))
                    body += "Original-Recipient: rfc822;" + utf8(r.address) + '\n';
                body += QByteArray("Action: ") + (isTemporary(rd) ? "delayed" : "failed")
                    + "\nStatus: " + rd.status + '\n';
                if (!r.destination.mx.isEmpty()
                    && (rd.origin == Origin::Remote || rd.origin == Origin::RemoteTemporary))
                    body += "Remote-MTA: dns; " + utf8(r.destination.mx) + '\n';
                const bool smtp = rd.origin == Origin::Remote || rd.origin == Origin::RemoteTemporary;
                QByteArray diagnostic = (smtp ? "smtp; " : "X-Postfix; ") + utf8(r.text);
                // Long replies are folded as MTAs fold them.
                if (diagnostic.size() > 70) {
                    const qsizetype space = diagnostic.indexOf(' ', 50);
                    if (space > 0)
                        diagnostic = diagnostic.left(space) + "\n    " + diagnostic.mid(space + 1);
                }
                body += "Diagnostic-Code: " + diagnostic + '\n';
                const qint64 lastAttempt = at - random.between(1, 60);
                lastAttempts.append(lastAttempt);
                body += "Last-Attempt-Date: " + MailDate::rfc2822(lastAttempt, 0) + '\n';
                if (isTemporary(rd))
                    body += "Will-Retry-Until: " + MailDate::rfc2822(sentAt + 5 * 24 * Hour, 0) + '\n';
            }
            if (!delivered.isEmpty())
                body += "\nFinal-Recipient: rfc822; " + utf8(delivered)
                    + "\nAction: delivered\nStatus: 2.0.0\nRemote-MTA: dns; " + utf8(destination.mx) + '\n';
            if (format == Format::PostfixDsn)
                body += "\n--" + boundary
                    + "\nContent-Description: Undelivered Message Headers\n"
                      "Content-Type: text/rfc822-headers\n\n"
                    + originalHeaders + "\n--" + boundary + "--\n";
            else
                body += "\n--" + boundary + "\nContent-Type: message/rfc822\n\n" + original.message() + "\n--"
                    + boundary + "--\n";
        } else {
            QByteArray notice;
            const Recipient &r = recipients.first();
            const QByteArray rcpt = utf8(r.address);
            switch (format) {
            case Format::Qmail: {
                const QByteArray inner = "203.0.113." + QByteArray::number(90 + random.below(9));
                notice = "Hi. This is the qmail-send program at " + utf8(reporter)
                    + ".\nThe server behind this gateway refused your message for the addresses\n"
                      "below. This is a permanent error; there will be no further attempts.\n";
                for (const Recipient &each : std::as_const(recipients))
                    notice += "\n<" + utf8(each.address) + ">:\n" + inner
                        + " does not like recipient.\nRemote host said: " + utf8(each.text)
                        + "\nGiving up on " + inner + ".\n";
                notice += "\n--- Below this line is a copy of the message.\n\n" + original.message();
                break;
            }
            case Format::Exim:
                notice = "This message was created automatically by mail delivery software.\n\n"
                         "Your message could not be delivered to every recipient, and this server\n"
                         "has stopped trying. The following address(es) failed:\n";
                for (const Recipient &each : std::as_const(recipients))
                    notice += "\n  " + utf8(each.address) + "\n    host " + utf8(each.destination.mx) + " ["
                        + utf8(each.destination.mxIp)
                        + "]\n    SMTP error from remote mail server after RCPT TO:<" + utf8(each.address)
                        + ">:\n    " + utf8(each.text) + '\n';
                notice += "\n------ This is a copy of the message, including all the headers. ------\n\n"
                    + original.message();
                break;
            case Format::EximDelay:
                notice = "This message was created automatically by mail delivery software.\n"
                         "A message that you sent has not yet been delivered to one or more of its\n"
                         "recipients after more than 24 hours on the queue on "
                    + utf8(reporter) + ".\n\nThe subject of the message is: " + subjectOriginal
                    + "\n\nThe address to which the message has not yet been delivered is:\n\n  " + rcpt
                    + "\n    host " + utf8(r.destination.mx) + " [" + utf8(r.destination.mxIp)
                    + "]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<" + rcpt
                    + ">:\n    " + utf8(r.text)
                    + "\n\nNothing needs to be done on your side. This server keeps trying and will\n"
                      "let you know if it finally gives up.\n\n------ The headers of the message follow. "
                      "------\n\n"
                    + originalHeaders;
                break;
            case Format::PostfixText:
                notice = "This is the mail system at host " + utf8(reporter)
                    + ".\n\nI'm sorry to have to inform you that your message could not\n"
                      "be delivered to one or more recipients. The headers of the message are\n"
                      "attached.\n\n";
                if (r.diagnostic->origin == Origin::Remote)
                    notice += "<" + rcpt + ">: host " + utf8(r.destination.mx) + "["
                        + utf8(r.destination.mxIp) + "] said: " + utf8(r.text)
                        + " (in reply to RCPT TO command)\n";
                else
                    notice += "<" + rcpt + ">: " + utf8(r.text) + '\n';
                break;
            case Format::Exchange:
                notice = "Delivery has failed to these recipients or groups:\n\n" + rcpt + '\n'
                    + exchangeExplanation(QString::fromLatin1(r.diagnostic->reason))
                    + "\n\n\nDiagnostic information for administrators:\n\nGenerating server: "
                    + utf8(reporter) + "\n\n" + rcpt + "\nRemote Server returned '" + utf8(r.text)
                    + "'\n\nOriginal message headers:\n\n" + originalHeaders;
                break;
            case Format::Webmail: {
                const bool blocked = QByteArrayView(r.diagnostic->bounceClass) == "spam";
                notice = blocked ? "** Message blocked **\n\nYour message to " + rcpt
                        + " was refused by the receiving server. The details are below.\n"
                                 : "** Address not found **\n\nWe could not deliver your message to " + rcpt
                        + ": the receiving server says there is no such mailbox.\n";
                notice += "\nThe response from the remote server was:\n" + utf8(r.text) + '\n';
                break;
            }
            case Format::GermanGateway:
                notice = "Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpf\xc3\xa4nger: " + rcpt
                    + "\nGrund: " + utf8(r.text)
                    + "\n\nBei Fragen wenden Sie sich bitte an die IT-Abteilung des Empf\xc3\xa4ngers.\n";
                break;
            default:
                break;
            }
            if (format == Format::PostfixText || format == Format::Webmail
                || format == Format::GermanGateway) {
                // The notice as text, the original as an attachment.
                h += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n";
                body = "--" + boundary
                    + "\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                    + notice + "\n--" + boundary;
                if (format == Format::Webmail)
                    body += "\nContent-Type: message/rfc822\n\n" + original.message();
                else
                    body += "\nContent-Type: text/rfc822-headers\n\n" + originalHeaders;
                body += "\n--" + boundary + "--\n";
            } else {
                h += "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n";
                body = notice;
            }
        }

        PlantedMessage planted;
        planted.file = mbox.fileName();
        planted.index = mbox.count();
        planted.sha256 = mbox.append(h + '\n' + body, QByteArrayLiteral("MAILER-DAEMON"), at);
        planted.kind = QStringLiteral("bounce");
        planted.roleAccount
            = backscatter || forwardedToPostmaster ? QStringLiteral("postmaster@esp.example") : QString();
        planted.customer = sender.id;
        QJsonArray plantedRecipients;
        for (const Recipient &each : std::as_const(recipients)) {
            const Diagnostic &rd = *each.diagnostic;
            QJsonObject o { { QStringLiteral("address"), each.address },
                { QStringLiteral("action"),
                    isTemporary(rd) ? QStringLiteral("delayed") : QStringLiteral("failed") },
                { QStringLiteral("class"), QString::fromLatin1(rd.bounceClass) },
                { QStringLiteral("reason"), QString::fromLatin1(rd.reason) } };
            if (isDsn || each.text.contains(QString::fromLatin1(rd.status)))
                o.insert(QStringLiteral("status"), QString::fromLatin1(rd.status));
            const QJsonArray urls = urlsIn(each.text);
            if (!urls.isEmpty())
                o.insert(QStringLiteral("urls"), urls);
            plantedRecipients.append(o);
        }
        planted.facts.insert(QStringLiteral("recipients"), plantedRecipients);
        planted.facts.insert(QStringLiteral("original"), original.facts());
        // What the ESP's logs say about this message: a notice its own MTA wrote repeats what the
        // MTA logged; a notice a receiver wrote follows mail the MTA saw accepted.
        planted.sent = original.asSent(sender, addresses, sourceIp);
        if (!planted.sent.isEmpty()) {
            SentMail &sent = planted.sent.first();
            if (!remoteGenerated) {
                sent.noticeAt = at;
                sent.mtaHost = reporter;
                sent.queueId = QString::fromLatin1(queueId);
                if (isDsn)
                    sent.queuedAt = sentAt + 2; // its Arrival-Date
                for (qsizetype i = 0; i < recipients.size(); ++i) {
                    const Recipient &each = recipients.at(i);
                    const Diagnostic &rd = *each.diagnostic;
                    SentRecipient &r = sent.recipients[i];
                    r.refusedAtSmtp = true;
                    r.temporary = isTemporary(rd);
                    r.local = rd.origin == Origin::Local || rd.origin == Origin::LocalTemporary;
                    r.bounceClass = QString::fromLatin1(rd.bounceClass);
                    r.reason = QString::fromLatin1(rd.reason);
                    r.status = QString::fromLatin1(rd.status);
                    r.text = each.text;
                    r.mx = each.destination.mx;
                    r.mxIp = each.destination.mxIp;
                    r.lastAttempt = i < lastAttempts.size() ? lastAttempts.at(i) : at - 1;
                }
            }
        }
        plant(planted);
    }
}

} // namespace abusedesk::demo
