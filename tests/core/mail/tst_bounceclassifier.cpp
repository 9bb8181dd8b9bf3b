// SPDX-License-Identifier: GPL-2.0-or-later
// The bounce classifier on what receiving MTAs and mailbox providers actually say: class, reason,
// enhanced status and reply code for each reply, the delayed and 4xx rules that keep deferrals
// soft, malformed input, URLs, and strings that look like codes but are not.
#include "mail/BounceClassifier.h"

#include <QElapsedTimer>
#include <QTest>

using abusedesk::mail::BounceClass;
using abusedesk::mail::BounceClassifier;
using abusedesk::mail::BounceVerdict;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// One reply as a failure report (DSN action "failed", bounced log line).
void bounce(const char *name, const char *status, const char *diagnostic, const char *cls, const char *reason,
    const char *expectedStatus, const char *expectedReply)
{
    QTest::newRow(name) << s(status) << s(diagnostic) << false << s(cls) << s(reason) << s(expectedStatus)
                        << s(expectedReply);
}

// One reply as a delay report (DSN action "delayed", deferred log line).
void deferral(const char *name, const char *status, const char *diagnostic, const char *cls,
    const char *reason, const char *expectedStatus, const char *expectedReply)
{
    QTest::newRow(name) << s(status) << s(diagnostic) << true << s(cls) << s(reason) << s(expectedStatus)
                        << s(expectedReply);
}

// design.md §2 "Bounce reasons".
const QStringList &vocabulary()
{
    static const QStringList words = {
        QStringLiteral("user-unknown"),
        QStringLiteral("domain-unknown"),
        QStringLiteral("mailbox-full"),
        QStringLiteral("mailbox-disabled"),
        QStringLiteral("message-too-large"),
        QStringLiteral("rate-limited"),
        QStringLiteral("reputation-block"),
        QStringLiteral("blocklisted"),
        QStringLiteral("spam-content"),
        QStringLiteral("virus"),
        QStringLiteral("authentication-failed"),
        QStringLiteral("reverse-dns"),
        QStringLiteral("policy"),
        QStringLiteral("relay-denied"),
        QStringLiteral("tls-required"),
        QStringLiteral("network-error"),
        QStringLiteral("expired"),
        QStringLiteral("system-error"),
        QStringLiteral("syntax-error"),
        QStringLiteral("other"),
    };
    return words;
}

} // namespace

class TestBounceClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("diagnostic");
        QTest::addColumn<bool>("delayed");
        QTest::addColumn<QString>("bounceClass");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("expectedStatus");
        QTest::addColumn<QString>("expectedReply");

        // --- Gmail / Google Workspace ---------------------------------------------------------
        bounce("gmail no such user", "",
            "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
            "550-5.1.1 double-checking the recipient's email address for typos or\n"
            "550-5.1.1 unnecessary spaces. Learn more at\n"
            "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.12 - gsmtp",
            "hard", "user-unknown", "5.1.1", "550");
        bounce("gmail no such user, folded into one line", "5.1.1",
            "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 "
            "double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces.",
            "hard", "user-unknown", "5.1.1", "550");
        bounce("gmail disabled", "",
            "550-5.2.1 The email account that you tried to reach is disabled. Learn more at\n"
            "550 5.2.1  https://support.google.com/mail/?p=DisabledUser x12si - gsmtp",
            "soft", "mailbox-disabled", "5.2.1", "550");
        bounce("gmail over quota", "",
            "452-4.2.2 The email account that you tried to reach is over quota. Please direct\n"
            "452-4.2.2 the recipient to\n"
            "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp b5si - gsmtp",
            "soft", "mailbox-full", "4.2.2", "452");
        bounce("gmail over quota and inactive", "",
            "552-5.2.2 The email account that you tried to reach is over quota and inactive. Please\n"
            "552 5.2.2 direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm c3si - gsmtp",
            "soft", "mailbox-full", "5.2.2", "552");
        bounce("gmail message size", "",
            "552-5.2.3 Your message exceeded Google's message size limits. Please visit\n"
            "552 5.2.3  https://support.google.com/mail/?p=MaxSizeError d6si - gsmtp",
            "soft", "message-too-large", "5.2.3", "552");
        bounce("gmail recipient receiving at a rate", "",
            "550-5.2.1 The user you are trying to contact is receiving mail at a rate that\n"
            "550-5.2.1 prevents additional messages from being delivered. Please resend your\n"
            "550 5.2.1 message at a later time. e7si - gsmtp",
            "soft", "rate-limited", "5.2.1", "550");
        bounce("gmail recipient receiving too quickly", "",
            "450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please\n"
            "450 4.2.1 resend your message at a later time.",
            "soft", "rate-limited", "4.2.1", "450");
        bounce("gmail unusual rate 4.7.0", "",
            "421-4.7.0 [203.0.113.9      15] Our system has detected an unusual rate of\n"
            "421-4.7.0 unsolicited mail originating from your IP address. To protect our\n"
            "421-4.7.0 users from spam, mail sent from your IP address has been temporarily\n"
            "421 4.7.0 rate limited. Please visit "
            "https://support.google.com/mail/?p=UnsolicitedRateLimitError",
            "soft", "rate-limited", "4.7.0", "421");
        bounce("gmail unusual rate 4.7.28 names the DKIM domain", "",
            "421-4.7.28 [203.0.113.9] Gmail has detected an unusual rate of unsolicited mail\n"
            "421-4.7.28 originating from your DKIM domain [example.com]. To protect our users\n"
            "421 4.7.28 from spam, mail sent from your domain has been temporarily rate limited.",
            "soft", "rate-limited", "4.7.28", "421");
        bounce("gmail likely unsolicited", "",
            "550-5.7.1 [203.0.113.9      12] Our system has detected that this message is\n"
            "550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n"
            "550-5.7.1 this message has been blocked. Please visit\n"
            "550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError f8si - gsmtp",
            "spam", "spam-content", "5.7.1", "550");
        bounce("gmail unauthenticated", "",
            "550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n"
            "550-5.7.26 sender and Gmail users, and has been blocked. The sender must\n"
            "550-5.7.26 authenticate with at least one of SPF or DKIM. For this message,\n"
            "550 5.7.26 DKIM checks did not pass and SPF check for [example.com] did not pass.",
            "spam", "authentication-failed", "5.7.26", "550");
        bounce("gmail dmarc", "",
            "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\n"
            "550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if\n"
            "550 5.7.26 this was a legitimate mail.",
            "spam", "authentication-failed", "5.7.26", "550");
        bounce("gmail blocked because the sender is unauthenticated", "",
            "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires "
            "all senders to authenticate with either SPF or DKIM.",
            "spam", "authentication-failed", "5.7.26", "550");
        bounce("gmail ptr", "",
            "550-5.7.25 [2001:db8::25] The IP address sending this message does not have a\n"
            "550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n"
            "550 5.7.25 point to the sending IP.",
            "spam", "reverse-dns", "5.7.25", "550");
        bounce("gmail tls required", "", "421-4.7.0 TLS required for RCPT domain, closing connection.",
            "soft", "tls-required", "4.7.0", "421");
        bounce("gmail relay denied", "",
            "550 5.7.0 Mail relay denied [203.0.113.9]. Invalid credentials for relay for one of the "
            "domains in: example.com (as obtained from HELO and MAIL FROM).",
            "soft", "relay-denied", "5.7.0", "550");
        bounce("gmail potential security issue", "",
            "552-5.7.0 This message was blocked because its content presents a potential\n"
            "552-5.7.0 security issue. Please visit\n"
            "552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our\n"
            "552 5.7.0 message content and attachment content guidelines.",
            "spam", "virus", "5.7.0", "552");
        bounce("gmail very low reputation", "",
            "421-4.7.0 [203.0.113.9      15] Our system has detected that this message is suspicious due "
            "to the very low reputation of the sending IP address. To best protect our users from spam, the "
            "message has been blocked.",
            "spam", "reputation-block", "4.7.0", "421");
        bounce("gmail IP not authorized to send directly", "",
            "550-5.7.1 [203.0.113.9] The IP you're using to send mail is not authorized to\n"
            "550-5.7.1 send email directly to our servers. Please use the SMTP relay at your\n"
            "550 5.7.1 service provider instead.",
            "spam", "policy", "5.7.1", "550");
        bounce("gmail recipient domain policy", "",
            "550-5.7.1 The user or domain that you are sending to (or from) has a policy that\n"
            "550 5.7.1 prohibited the mail that you sent. Please contact your domain administrator.",
            "spam", "policy", "5.7.1", "550");
        bounce("gmail missing From header", "",
            "550-5.7.1 [203.0.113.9] Messages missing a valid address in From: header, or having no\n"
            "550 5.7.1 From: header, are not accepted.",
            "soft", "syntax-error", "5.7.1", "550");
        bounce("gmail temporary system problem", "",
            "421-4.3.0 Temporary System Problem.  Try again later (10). d9si - gsmtp", "soft", "system-error",
            "4.3.0", "421");
        bounce("google workspace sending limit", "",
            "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to "
            "https://support.google.com/a/answer/166852",
            "soft", "rate-limited", "5.4.5", "550");

        // --- Yahoo / AOL -----------------------------------------------------------------------
        bounce("yahoo dd no account", "",
            "554 delivery error: dd This user doesn't have a yahoo.com account (jane.doe@yahoo.com) [0] - "
            "mta1047.mail.gq1.yahoo.com",
            "hard", "user-unknown", "", "554");
        bounce("aol dd no account", "",
            "554 delivery error: dd This user doesn't have a aol.com account (john@aol.com) [-9] - "
            "mta6031.aol.mail.ne1.yahoo.com",
            "hard", "user-unknown", "", "554");
        bounce("yahoo mailbox disabled", "",
            "554 delivery error: dd Sorry your message to old.user@yahoo.com cannot be delivered. This "
            "mailbox "
            "is disabled (554.30). - mta1288.mail.bf1.yahoo.com",
            "soft", "mailbox-disabled", "", "554");
        bounce("yahoo TSS04 complaints", "",
            "421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or "
            "user "
            "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
            "spam", "reputation-block", "4.7.0", "421");
        bounce("yahoo TSS09 permanently deferred", "",
            "553 5.7.2 [TSS09] All messages from 203.0.113.9 will be permanently deferred; Retrying will NOT "
            "succeed. See https://postmaster.yahooinc.com/error-codes",
            "spam", "reputation-block", "5.7.2", "553");
        bounce("yahoo GL01", "",
            "421 4.7.0 [GL01] Message from (203.0.113.9) temporarily deferred - 4.16.50. Please refer to "
            "https://postmaster.yahooinc.com/error-codes",
            "spam", "reputation-block", "4.7.0", "421");
        bounce("yahoo TSS11 unknown recipients is reputation", "",
            "421 4.7.0 [TSS11] Excessive unknown recipients - https://postmaster.yahooinc.com/error-codes",
            "spam", "reputation-block", "4.7.0", "421");
        bounce("yahoo policy reasons 5.7.9", "",
            "554 5.7.9 Message not accepted for policy reasons.  See "
            "https://postmaster.yahooinc.com/error-codes",
            "spam", "policy", "5.7.9", "554");
        bounce("yahoo PH01", "",
            "554 Message not allowed - [PH01] Email not accepted for policy reasons.  Please visit "
            "https://postmaster.yahooinc.com/error-codes",
            "spam", "policy", "", "554");
        bounce("yahoo unresolvable from domain is about the sender", "",
            "451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see "
            "https://postmaster.yahooinc.com/error-codes",
            "spam", "policy", "", "451");
        bounce("yahoo legacy mailbox not found", "", "552 1 Requested mail action aborted, mailbox not found",
            "hard", "user-unknown", "", "552");
        bounce("aol RTR:BL", "", "554- (RTR:BL) https://postmaster.info.aol.com/errors/554rtrbl.html", "spam",
            "blocklisted", "", "554");
        bounce("aol DYN:T1", "", "421 4.7.1 : (DYN:T1) https://postmaster.info.aol.com/errors/421dynt1.html",
            "soft", "rate-limited", "4.7.1", "421");
        bounce("aol RTR:RD", "", "554- (RTR:RD) https://postmaster.info.aol.com/errors/554rtrrd.html", "spam",
            "reverse-dns", "", "554");

        // --- Microsoft: Exchange, Office 365, Outlook.com, Hotmail ------------------------------
        bounce("exchange RecipNotFound", "",
            "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", "hard",
            "user-unknown", "5.1.1", "550");
        bounce("exchange ExRecipNotFound", "", "#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##",
            "hard", "user-unknown", "5.1.1", "550");
        bounce("o365 RecipientNotFound 5.1.10", "",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nobody@example.com not found by SMTP "
            "address "
            "lookup",
            "hard", "user-unknown", "5.1.10", "550");
        bounce("o365 directory based edge blocking", "",
            "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) "
            "[DM6NAM12FT045.eop-nam12.prod.protection.outlook.com 2024-03-04T10:00:00.000Z 08DC3B7A1B2C3D4E]",
            "hard", "user-unknown", "5.4.1", "550");
        bounce("outlook mailbox unavailable 5.5.0", "",
            "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
            "[AM4PEPF00025F9A.EURPRD83.prod.outlook.com 2024-05-06T07:08:09.123Z 08DC6C2A12345678]",
            "hard", "user-unknown", "5.5.0", "550");
        bounce("hotmail mailbox unavailable", "",
            "550 Requested action not taken: mailbox unavailable (-2147467259:2222:-2147467259)", "hard",
            "user-unknown", "", "550");
        bounce("outlook S3140", "",
            "550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet "
            "service provider since part of their network is on our block list (S3140). You can also refer "
            "your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. "
            "[DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]",
            "spam", "blocklisted", "5.7.1", "550");
        bounce("outlook S3150", "",
            "550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet "
            "service provider since part of their network is on our block list (S3150).",
            "spam", "blocklisted", "5.7.1", "550");
        bounce("o365 banned sender 5.7.511", "",
            "550 5.7.511 Access denied, banned sender[203.0.113.9]. To request removal from this list, "
            "forward "
            "this message to delist@microsoft.com. For more information please go to "
            "http://go.microsoft.com/fwlink/?LinkId=526653. AS(1430)",
            "spam", "blocklisted", "5.7.511", "550");
        bounce("o365 banned sending IP 5.7.606", "",
            "550 5.7.606 Access denied, banned sending IP [203.0.113.9]. To request removal from this list "
            "please visit https://sender.office.com/ and follow the directions.",
            "spam", "blocklisted", "5.7.606", "550");
        bounce("o365 blocked using Spamhaus", "",
            "550 5.7.1 Service unavailable, Client host [203.0.113.9] blocked using Spamhaus. To request "
            "removal from this list see https://www.spamhaus.org/query/ip/203.0.113.9 (AS3130). "
            "[BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]",
            "spam", "blocklisted", "5.7.1", "550");
        bounce("o365 customer block list is the tenant's policy", "",
            "550 5.7.1 Service unavailable, Client host [203.0.113.9] blocked using Customer Block list "
            "(AS16012607). [CO1NAM11FT033.eop-nam11.prod.protection.outlook.com]",
            "spam", "policy", "5.7.1", "550");
        bounce("o365 traffic not accepted 5.7.708", "",
            "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more "
            "information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(1235)",
            "spam", "reputation-block", "5.7.708", "550");
        bounce("o365 unregistered domains 5.7.750", "",
            "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For "
            "more "
            "information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(1130)",
            "spam", "policy", "5.7.750", "550");
        bounce("outlook 4.7.650 rate limited due to IP reputation", "",
            "451 4.7.650 The mail server [203.0.113.9] has been temporarily rate limited due to IP "
            "reputation. "
            "For e-mail delivery information, see https://postmaster.live.com (S775)",
            "spam", "reputation-block", "4.7.650", "451");
        bounce("o365 4.7.500 server busy from IP", "",
            "451 4.7.500 Server busy. Please try again later from [203.0.113.9]. (S77719) "
            "[BN3NAM04FT059.eop-NAM04.prod.protection.outlook.com]",
            "soft", "rate-limited", "4.7.500", "451");
        bounce("hotmail RP-001", "",
            "421 RP-001 (BAY004-MC1F13) Unfortunately, some messages from 203.0.113.9 weren't sent. Please "
            "try "
            "again. We have limits for how many messages can be sent per hour and per day.",
            "soft", "rate-limited", "", "421");
        bounce("hotmail SC-001 block list", "",
            "550 SC-001 (BAY004-MC3F25) Unfortunately, messages from 203.0.113.9 weren't sent. Please "
            "contact "
            "your Internet service provider since part of their network is on our block list.",
            "spam", "blocklisted", "", "550");
        bounce("hotmail DY-001 dynamic range", "",
            "550 DY-001 (SNT004-MC1F43) Unfortunately, messages from 203.0.113.9 weren't sent. Please "
            "contact "
            "your Internet service provider. You can tell them that Hotmail does not relay "
            "dynamically-assigned IP ranges.",
            "spam", "policy", "", "550");
        bounce("hotmail SC-004 complaints", "",
            "550 SC-004 (COL004-MC5F12) Mail rejected by Windows Live Hotmail for policy reasons. A block "
            "has "
            "been placed against your IP address because we have received complaints concerning mail coming "
            "from that IP address.",
            "spam", "reputation-block", "", "550");
        bounce("o365 DMARC 5.7.509", "",
            "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has "
            "a "
            "DMARC policy of reject.",
            "spam", "authentication-failed", "5.7.509", "550");
        bounce("outlook required authentication level 5.7.515", "",
            "550 5.7.515 Access denied, sending domain [example.com] doesn't meet the required "
            "authentication "
            "level. The sender's domain in the 5322.From address doesn't meet the authentication "
            "requirements.",
            "spam", "authentication-failed", "5.7.515", "550");
        bounce("exchange quota exceeded exception", "",
            "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
            "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception",
            "soft", "mailbox-full", "5.2.2", "554");
        bounce("exchange message size", "", "552 5.3.4 Message size exceeds fixed maximum message size",
            "soft", "message-too-large", "5.3.4", "552");
        bounce("exchange RecipSizeLimit", "",
            "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "soft",
            "message-too-large", "5.2.3", "550");
        bounce("exchange AuthRequired falls back to 5.7.1", "",
            "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "spam", "policy", "5.7.1", "550");
        bounce("exchange NotAuthorized", "", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", "spam",
            "policy", "5.7.1", "550");
        bounce("exchange RecipLimit", "", "550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients", "soft",
            "rate-limited", "5.5.3", "550");
        bounce("exchange hop count", "", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34", "soft",
            "system-error", "5.4.14", "554");
        bounce("exchange QUEUE.Expired", "", "550 4.4.7 QUEUE.Expired; message expired", "soft", "expired",
            "4.4.7", "550");
        bounce("exchange expired with connection refused", "",
            "550 5.4.316 Message expired, connection refused(Socket error code 10061)", "soft", "expired",
            "5.4.316", "550");
        bounce("exchange DNS domain does not exist", "",
            "550 5.4.310 DNS domain example.invalid does not exist [Message=InfoDomainNonexistent] "
            "[LastAttemptedServerName=example.invalid]",
            "hard", "domain-unknown", "5.4.310", "550");
        bounce("exchange NonExistentDomain", "",
            "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", "hard", "domain-unknown", "5.4.4",
            "550");
        bounce("exchange unable to route", "", "550 5.4.4 Unable to route", "hard", "domain-unknown", "5.4.4",
            "550");
        deferral("exchange DNS query failed", "",
            "451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry", "soft",
            "network-error", "4.4.0", "451");
        deferral("exchange error communicating", "",
            "451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped due to "
            "SocketError",
            "soft", "network-error", "4.4.397", "451");
        bounce("o365 TenantAttribution relay", "", "550 5.7.64 TenantAttribution; Relay Access Denied",
            "soft", "relay-denied", "5.7.64", "550");
        bounce("o365 relay access denied 5.4.1", "", "550 5.4.1 Relay Access Denied ATTR35", "soft",
            "relay-denied", "5.4.1", "550");
        bounce("exchange content filter", "", "550 5.7.1 Message rejected as spam by Content Filtering.",
            "spam", "spam-content", "5.7.1", "550");
        bounce("o365 external forwarding", "",
            "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact "
            "your administrator for further assistance. AS(7555)",
            "spam", "policy", "5.7.520", "550");
        bounce("outlook bad outbound sender", "", "550 5.1.8 Access denied, bad outbound sender. AS(42170)",
            "spam", "reputation-block", "5.1.8", "550");
        bounce("exchange bare linefeeds", "",
            "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be "
            "sent "
            "via DATA",
            "soft", "syntax-error", "5.6.11", "550");
        bounce("o365 client not authenticated 5.7.57", "",
            "530 5.7.57 Client not authenticated to send mail.", "spam", "policy", "5.7.57", "530");
        bounce("exchange NDR with hash codes", "",
            "#< #5.1.1 smtp;550 5.1.1 <nobody@example.com>... User unknown> #SMTP#", "hard", "user-unknown",
            "5.1.1", "550");
        bounce("exchange nested remote reply", "",
            "Remote Server returned '<mx.example.com #5.0.0 smtp; 550 Requested action not taken: mailbox "
            "unavailable>'",
            "hard", "user-unknown", "5.0.0", "550");

        // --- Apple iCloud ----------------------------------------------------------------------
        bounce("icloud user does not exist", "", "550 5.1.1 <nobody@icloud.com>: user does not exist", "hard",
            "user-unknown", "5.1.1", "550");
        bounce("icloud CS01 local policy", "",
            "554 5.7.1 [CS01] Message rejected due to local policy. Please visit "
            "https://support.apple.com/en-us/HT204137",
            "spam", "policy", "5.7.1", "554");
        bounce("icloud over quota", "", "552 5.2.2 <jane@me.com>: user is over quota", "soft", "mailbox-full",
            "5.2.2", "552");
        bounce("icloud proofpoint block", "",
            "550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.9", "spam", "blocklisted",
            "5.7.0", "550");
        deferral("icloud HM08 deferral", "",
            "421 4.7.0 [HM08] Message rejected due to local policy. Please visit "
            "https://support.apple.com/en-us/HT204137",
            "spam", "policy", "4.7.0", "421");
        bounce("icloud Spamhaus SBL listing", "",
            "550 5.7.1 Mail from IP 203.0.113.9 was rejected due to listing in Spamhaus SBL. For details "
            "please "
            "see http://www.spamhaus.org/query/bl?ip=203.0.113.9",
            "spam", "blocklisted", "5.7.1", "550");

        // --- Comcast ---------------------------------------------------------------------------
        bounce("comcast DNSBL", "",
            "554 resimta-po-27v.sys.comcast.net comcast 203.0.113.9 found on one or more DNSBLs, see "
            "http://postmaster.comcast.net/smtp-error-codes.php#BL000001",
            "spam", "blocklisted", "", "554");
        bounce("comcast not our customer", "", "551 5.1.1 <gone@comcast.net> Not our Customer", "hard",
            "user-unknown", "5.1.1", "551");
        bounce("comcast rate limited", "",
            "421 resimta-h1p-037598.sys.comcast.net comcast 203.0.113.9 Rate limited, see "
            "http://postmaster.comcast.net/smtp-error-codes.php#RL000001",
            "soft", "rate-limited", "", "421");
        bounce("comcast PTR", "",
            "554 resimta-ch2-03v.sys.comcast.net comcast 203.0.113.9 Comcast requires that all mail servers "
            "must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill "
            "that requirement.",
            "spam", "reverse-dns", "", "554");

        // --- GMX / Web.de / T-Online / Orange / Mail.ru / Yandex --------------------------------
        bounce("gmx bad PTR", "",
            "554-gmx.net (mxgmx016) Nemesis ESMTP Service not available\n554-No SMTP service\n"
            "554-Bad DNS PTR resource record.\n554 For explanation visit "
            "https://postmaster.gmx.net/en/case?c=r0601&i=ip&v=203.0.113.9&r=1MxYzZ-1abcdE0fGh",
            "spam", "reverse-dns", "", "554");
        bounce("gmx black listed", "",
            "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available\n554-No SMTP service\n"
            "554-IP address is black listed.\n554 For explanation visit "
            "https://postmaster.gmx.net/en/case?c=bl",
            "spam", "blocklisted", "", "554");
        bounce("gmx Nemesis local error", "",
            "554-gmx.net (mxgmx117) Nemesis ESMTP Service not available\n554-No SMTP service\n"
            "554-Requested action aborted: local error in processing\n554 For explanation visit "
            "https://postmaster.gmx.net/en/case?c=hi",
            "spam", "reputation-block", "", "554");
        bounce("web.de Nemesis policy restrictions", "",
            "554-web.de (mxweb110) Nemesis ESMTP Service not available\n554-No SMTP service\n"
            "554-Reject due to policy restrictions.\n554 For explanation visit "
            "https://web.de/email/senderguidelines?ip=203.0.113.9&c=hi",
            "spam", "reputation-block", "", "554");
        bounce("gmx mailbox unavailable", "", "550 Requested action not taken: mailbox unavailable", "hard",
            "user-unknown", "", "550");
        bounce("gmx exceeded storage allocation", "",
            "552 Requested mail action aborted: exceeded storage allocation", "soft", "mailbox-full", "",
            "552");
        bounce("t-online tosa", "",
            "554 IP=203.0.113.9 - A problem occurred. (Ask your postmaster for help or to contact "
            "tosa@rx.t-online.de to clarify.)",
            "spam", "reputation-block", "", "554");
        bounce("t-online tosa BL", "",
            "554 IP=203.0.113.9 - A problem occurred. (Ask your postmaster for help or to contact "
            "tosa@rx.t-online.de to clarify.) (BL)",
            "spam", "blocklisted", "", "554");
        bounce("t-online user unknown", "",
            "550 5.1.1 <nobody@t-online.de>: Recipient address rejected: User unknown", "hard",
            "user-unknown", "5.1.1", "550");
        bounce("orange invalid recipient", "",
            "550 5.1.1 <nobody@orange.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. "
            "OFR_416 [416]",
            "hard", "user-unknown", "5.1.1", "550");
        bounce("orange overquota with a 5.1.1 status", "",
            "552 5.1.1 <full@orange.fr>: Boite du destinataire pleine. Recipient overquota. OFR_417 [417]",
            "soft", "mailbox-full", "5.1.1", "552");
        deferral("orange too many connections", "",
            "421 mwinf5c20 ME Trop de connexions, veuillez verifier votre configuration. Too many "
            "connections, slow down. OFR005_104 [104]",
            "soft", "rate-limited", "", "421");
        bounce("mail.ru user not found", "",
            "550 Message was not accepted -- invalid mailbox.  Local mailbox nobody@mail.ru is unavailable: "
            "user "
            "not found",
            "hard", "user-unknown", "", "550");
        bounce("mail.ru spam", "",
            "550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=AbCdEfGh or "
            "report details to abuse@corp.mail.ru. Error code: 1A2B3C4D. ID: 0123456789ABCDEF.",
            "spam", "spam-content", "", "550");
        deferral("mail.ru ratelimit", "", "421 Ratelimit exceeded for mailbox busy@mail.ru. Try again later.",
            "soft", "rate-limited", "", "421");
        bounce("mail.ru mailbox full", "", "452 Message was not accepted -- mailbox is full", "soft",
            "mailbox-full", "", "452");
        bounce("yandex no such user with 5.7.1", "", "550 5.7.1 No such user!", "hard", "user-unknown",
            "5.7.1", "550");
        bounce("yandex suspicion of spam", "",
            "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc "
            "1712345678-AbCdEfGh12",
            "spam", "spam-content", "5.7.1", "554");
        bounce("yandex mailbox size limit", "", "552 5.2.2 Mailbox size limit exceeded", "soft",
            "mailbox-full", "5.2.2", "552");
        bounce("yandex policy rejection", "", "550 5.7.1 Policy rejection on Target address", "spam",
            "policy", "5.7.1", "550");

        // --- Block lists ------------------------------------------------------------------------
        bounce("postfix zen.spamhaus.org", "",
            "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; "
            "https://www.spamhaus.org/query/ip/203.0.113.9",
            "spam", "blocklisted", "5.7.1", "554");
        bounce("barracuda reputation", "",
            "554 Service unavailable; Client host [203.0.113.9] blocked using Barracuda Reputation; "
            "http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.9",
            "spam", "blocklisted", "", "554");
        bounce("spamcop", "",
            "550 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using bl.spamcop.net; Blocked "
            "- "
            "see https://www.spamcop.net/bl.shtml?203.0.113.9",
            "spam", "blocklisted", "5.7.1", "550");
        bounce("sorbs", "", "550 5.7.1 Rejected: 203.0.113.9 listed at dnsbl.sorbs.net", "spam",
            "blocklisted", "5.7.1", "550");
        bounce("uceprotect", "",
            "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using dnsbl-1.uceprotect.net; "
            "IP "
            "203.0.113.9 is UCEPROTECT-Level 1 listed. See "
            "http://www.uceprotect.net/rblcheck.php?ipr=203.0.113.9",
            "spam", "blocklisted", "5.7.1", "554");
        bounce("spamhaus DBL sender domain", "",
            "554 5.7.1 Service unavailable; Sender address [bulk@example.com] blocked using "
            "dbl.spamhaus.org; "
            "https://www.spamhaus.org/query/domain/example.com",
            "spam", "blocklisted", "5.7.1", "554");
        bounce("exim black list", "",
            "550 rejected because 203.0.113.9 is in a black list at zen.spamhaus.org", "spam", "blocklisted",
            "", "550");
        bounce("sendmail refused see spamhaus", "",
            "550 5.7.1 Mail from 203.0.113.9 refused - see http://www.spamhaus.org/query/bl?ip=203.0.113.9",
            "spam", "blocklisted", "5.7.1", "550");
        bounce("invaluement listing", "", "554 5.7.1 Rejected: 203.0.113.9 is listed by ivmSIP (invaluement)",
            "spam", "blocklisted", "5.7.1", "554");
        bounce("URL in message is listed", "",
            "554 5.7.1 Message rejected because a URL in the message is listed in a domain blocklist", "spam",
            "spam-content", "5.7.1", "554");
        bounce("URIBL", "", "550 5.7.1 Message contains a domain listed on multi.uribl.com", "spam",
            "spam-content", "5.7.1", "550");

        // --- Proofpoint / Mimecast / IronPort / Amazon SES / Domino / Zimbra --------------------
        bounce("proofpoint ipcheck", "",
            "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.9", "spam", "blocklisted",
            "5.7.1", "554");
        bounce(
            "proofpoint user unknown", "", "550 5.1.1 User Unknown", "hard", "user-unknown", "5.1.1", "550");
        bounce("mimecast invalid recipient", "",
            "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf1234.us299]",
            "hard", "user-unknown", "", "550");
        bounce("mimecast security policies", "",
            "554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 "
            "[AbC12.uk43]",
            "spam", "policy", "", "554");
        bounce("mimecast anti-spoofing", "",
            "550 Rejected by header based Anti-Spoofing policy: ceo@example.com - "
            "https://community.mimecast.com/docs/DOC-1369#550 [aBc.uk57]",
            "spam", "policy", "", "550");
        bounce("mimecast blocked senders", "",
            "550 Rejected by header based Blocked Senders - Block policy for Header From - "
            "https://community.mimecast.com/docs/DOC-1369#550 [xyz.us12]",
            "spam", "policy", "", "550");
        bounce("mimecast administrative prohibition", "",
            "550 Administrative prohibition - envelope blocked - "
            "https://community.mimecast.com/docs/DOC-1369#550",
            "spam", "policy", "", "550");
        bounce("mimecast open relay", "",
            "451 Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451", "soft",
            "relay-denied", "", "451");
        bounce("ironport address rejected", "", "550 #5.1.0 Address rejected nobody@example.com", "hard",
            "user-unknown", "5.1.0", "550");
        bounce("content restrictions", "", "554 5.7.1 Message rejected due to content restrictions", "spam",
            "spam-content", "5.7.1", "554");
        bounce("ironport poor reputation", "",
            "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. "
            "If "
            "you believe that this failure is in error, please contact the intended recipient via alternate "
            "means.",
            "spam", "reputation-block", "", "554");
        deferral("ironport too many concurrent connections", "",
            "421 Too many concurrent SMTP connections from this IP address; please try again later.", "soft",
            "rate-limited", "", "421");
        bounce("ironport too many recipients this hour", "", "452 Too many recipients received this hour",
            "soft", "rate-limited", "", "452");
        bounce("amazon ses suppression list", "",
            "Amazon SES has suppressed sending to this address because it has a recent history of bouncing "
            "as "
            "an invalid address. For more information about how to remove an address from the suppression "
            "list, see the Amazon SES Developer Guide: "
            "https://docs.aws.amazon.com/ses/latest/DeveloperGuide/remove-from-suppression-list.html",
            "hard", "user-unknown", "", "");
        bounce("amazon ses sender not verified", "",
            "554 Message rejected: Email address is not verified. The following identities failed the check "
            "in "
            "region US-EAST-1: sender@example.com",
            "spam", "policy", "", "554");
        bounce("domino not listed in directory", "",
            "550 5.0.0 User nobody@example.com not listed in Domino Directory", "hard", "user-unknown",
            "5.0.0", "550");
        bounce("domino hop count", "",
            "Router: Maximum hop count exceeded.  Message probably in a routing loop.", "soft",
            "system-error", "", "");
        bounce("domino no route", "",
            "No route found to domain example.org from server MAIL01/Acme. Check Server, Connection and "
            "Domain "
            "documents in Domino Directory.",
            "soft", "network-error", "", "");
        bounce("zimbra rejected with only a status", "",
            "550 5.1.1 <nobody@example.com>: Recipient address rejected: example.com", "hard", "user-unknown",
            "5.1.1", "550");
        bounce("zimbra over quota", "", "552 5.2.2 Over quota", "soft", "mailbox-full", "5.2.2", "552");
        bounce("zimbra account not active", "", "550 5.2.1 Account is not active", "soft", "mailbox-disabled",
            "5.2.1", "550");

        // --- Postfix ---------------------------------------------------------------------------
        bounce("postfix virtual mailbox table", "",
            "host mx.example.com[192.0.2.10] said: 550 5.1.1 <nobody@example.com>: Recipient address "
            "rejected: "
            "User unknown in virtual mailbox table (in reply to RCPT TO command)",
            "hard", "user-unknown", "5.1.1", "550");
        bounce("postfix local recipient table", "",
            "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient "
            "table",
            "hard", "user-unknown", "5.1.1", "550");
        bounce("postfix NXDOMAIN", "",
            "Host or domain name not found. Name service error for name=example.invalid type=A: Host not "
            "found",
            "hard", "domain-unknown", "", "");
        deferral("postfix DNS try again", "",
            "Host or domain name not found. Name service error for name=example.invalid type=MX: Host not "
            "found, "
            "try again",
            "soft", "domain-unknown", "", "");
        bounce("postfix connect timed out", "",
            "connect to mx.example.com[192.0.2.10]:25: Connection timed out", "soft", "network-error", "",
            "");
        deferral("postfix connect refused", "",
            "connect to mx.example.com[192.0.2.10]:25: Connection refused", "soft", "network-error", "", "");
        deferral("postfix no route to host", "",
            "delivery temporarily suspended: connect to mx.example.com[192.0.2.10]:25: No route to host",
            "soft", "network-error", "", "");
        bounce("postfix relay access denied", "", "554 5.7.1 <someone@example.net>: Relay access denied",
            "soft", "relay-denied", "5.7.1", "554");
        bounce("postfix reverse hostname", "",
            "450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.9]", "spam",
            "reverse-dns", "4.7.1", "450");
        bounce("postfix hostname 4.7.25", "",
            "450 4.7.25 Client host rejected: cannot find your hostname, [203.0.113.9]", "spam",
            "reverse-dns", "4.7.25", "450");
        bounce("postfix sender domain not found", "",
            "450 4.1.8 <bounce@example.invalid>: Sender address rejected: Domain not found", "spam", "policy",
            "4.1.8", "450");
        bounce("postfix recipient domain not found 4xx", "",
            "450 4.1.2 <user@example.invalid>: Recipient address rejected: Domain not found", "soft",
            "domain-unknown", "4.1.2", "450");
        bounce("postfix recipient domain not found 5xx", "",
            "550 5.1.2 <user@example.invalid>: Recipient address rejected: Domain not found", "hard",
            "domain-unknown", "5.1.2", "550");
        bounce("postfix helo fqdn", "",
            "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname", "spam", "policy",
            "5.5.2", "504");
        bounce("postfix helo host not found is no domain-unknown", "",
            "450 4.7.1 <mail.example.invalid>: Helo command rejected: Host not found", "spam", "policy",
            "4.7.1", "450");
        deferral("postgrey", "",
            "450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see "
            "http://postgrey.schweikert.ch/help/example.com.html",
            "soft", "rate-limited", "4.2.0", "450");
        bounce("policyd-spf", "",
            "550 5.7.23 <user@example.com>: Recipient address rejected: Message rejected due to: SPF fail - "
            "not "
            "authorized. Please see http://www.openspf.net/Why?s=mfrom;id=bounce@example.net;ip=203.0.113.9",
            "spam", "authentication-failed", "5.7.23", "550");
        bounce("postfix TLS not offered", "",
            "TLS is required, but was not offered by host mx.example.com[192.0.2.10]", "soft", "tls-required",
            "", "");
        bounce("STARTTLS first", "", "530 5.7.0 Must issue a STARTTLS command first", "soft", "tls-required",
            "5.7.0", "530");
        bounce("postfix loops back to myself", "", "mail for example.com loops back to myself", "soft",
            "system-error", "", "");
        bounce("postfix size fixed limit", "", "552 5.3.4 Message size exceeds fixed limit", "soft",
            "message-too-large", "5.3.4", "552");
        bounce("postfix mailbox_size_limit", "",
            "cannot update mailbox /var/mail/jane for user jane. error writing message: File too large",
            "soft", "mailbox-full", "", "");
        deferral("postfix insufficient system storage", "", "452 4.3.1 Insufficient system storage", "soft",
            "system-error", "4.3.1", "452");
        deferral("postfix lost connection", "",
            "lost connection with mx.example.com[192.0.2.10] while receiving the initial server greeting",
            "soft", "network-error", "", "");
        deferral("postfix conversation timed out", "",
            "conversation with mx.example.com[192.0.2.10] timed out while receiving the initial server "
            "greeting",
            "soft", "network-error", "", "");
        bounce("postfix unverified sender quotes user unknown", "",
            "450 4.1.7 <bounce@example.net>: Sender address rejected: unverified address: host "
            "mx.example.net[198.51.100.7] said: 550 5.1.1 <bounce@example.net>: Recipient address rejected: "
            "User "
            "unknown in local recipient table (in reply to RCPT TO command)",
            "spam", "policy", "4.1.7", "450");
        bounce("postfix unverified recipient", "",
            "450 4.1.1 <user@example.com>: Recipient address rejected: unverified address: host "
            "mx.example.com[192.0.2.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
            "soft", "user-unknown", "4.1.1", "450");
        bounce("postfix recipient access denied", "",
            "554 5.7.1 <user@example.com>: Recipient address rejected: Access denied", "spam", "policy",
            "5.7.1", "554");
        deferral("postfix too many recipients", "", "452 4.5.3 Error: too many recipients", "soft",
            "rate-limited", "4.5.3", "452");
        bounce("postfix status=expired", "", "status=expired, returned to sender", "soft", "expired", "", "");
        bounce("postfix bad address syntax", "", "501 5.1.3 Bad recipient address syntax", "soft",
            "syntax-error", "5.1.3", "501");
        bounce("postfix local unknown user", "", "unknown user: \"jdoe\"", "hard", "user-unknown", "", "");

        // --- Sendmail --------------------------------------------------------------------------
        bounce("sendmail user unknown", "", "550 5.1.1 <nobody@example.com>... User unknown", "hard",
            "user-unknown", "5.1.1", "550");
        bounce("sendmail host unknown", "",
            "550 5.1.2 <user@example.invalid>... Host unknown (Name server: example.invalid: host not found)",
            "hard", "domain-unknown", "5.1.2", "550");
        bounce("sendmail domain of sender", "",
            "553 5.1.8 <bounce@example.invalid>... Domain of sender address bounce@example.invalid does not "
            "exist",
            "spam", "policy", "5.1.8", "553");
        bounce("sendmail relaying denied forged", "",
            "550 5.7.1 <user@example.org>... Relaying denied. IP name possibly forged [203.0.113.9]", "soft",
            "relay-denied", "5.7.1", "550");
        bounce("sendmail relaying denied auth", "",
            "550 5.7.1 <user@example.org>... Relaying denied. Proper authentication required.", "soft",
            "relay-denied", "5.7.1", "550");
        bounce("sendmail mailbox full", "", "552 5.2.2 <jane@example.com>... Mailbox full", "soft",
            "mailbox-full", "5.2.2", "552");
        bounce("sendmail five days", "",
            "Message could not be delivered for 5 days\nMessage will be deleted from queue", "soft",
            "expired", "", "");
        deferral("sendmail read error", "", "451 4.4.1 reply: read error from mx.example.com.", "soft",
            "network-error", "4.4.1", "451");
        deferral("sendmail deferred connection refused", "",
            "Deferred: Connection refused by mx.example.com.", "soft", "network-error", "", "");
        bounce("sendmail unknown mailer error", "", "554 5.3.0 unknown mailer error 75", "soft",
            "system-error", "5.3.0", "554");
        bounce("sendmail invalid route address", "", "553 5.1.3 <@bad:user>... Invalid route address", "soft",
            "syntax-error", "5.1.3", "553");
        bounce("sendmail too many hops", "",
            "554 5.4.6 Too many hops 26 (25 max): from <a@example.net> via localhost, to <user@example.com>",
            "soft", "system-error", "5.4.6", "554");
        deferral("sendmail warning still undelivered", "",
            "Warning: message still undelivered after 4 hours. Will keep trying until message is 5 days old",
            "soft", "other", "", "");

        // --- Exim / cPanel ---------------------------------------------------------------------
        bounce("exim unrouteable", "", "Unrouteable address", "hard", "domain-unknown", "", "");
        bounce("exim sender verify", "",
            "550-Verification failed for <bounce@example.net>\n550-Unrouteable address\n550 Sender verify "
            "failed",
            "spam", "policy", "", "550");
        bounce("exim retry timeout", "", "retry timeout exceeded", "soft", "expired", "", "");
        bounce("exim SMTP error host line", "",
            "SMTP error from remote mail server after RCPT TO:<nobody@example.com>:\n"
            "    host mx.example.com [192.0.2.10]: 550 5.1.1 <nobody@example.com>: Recipient address "
            "rejected: "
            "User unknown in relay recipient table",
            "hard", "user-unknown", "5.1.1", "550");
        bounce("exim message size", "", "552 Message size exceeds maximum permitted", "soft",
            "message-too-large", "", "552");
        bounce("exim virus", "",
            "550 This message contains a virus (Eicar-Test-Signature) and has been rejected", "spam", "virus",
            "", "550");
        bounce("exim administrative prohibition", "", "550 Administrative prohibition", "spam", "policy", "",
            "550");
        bounce("exim mailbox full then retry timeout", "",
            "mailbox is full (MTA-imposed quota exceeded while writing to "
            "tmp/1700000000.H123P456.mail.example.com): "
            "retry timeout exceeded",
            "soft", "mailbox-full", "", "");
        bounce("exim all hosts failing", "",
            "all hosts for 'example.com' have been failing for a long time (and retry time not reached)",
            "soft", "expired", "", "");
        bounce("cpanel no such user here", "", "550 No Such User Here", "hard", "user-unknown", "", "550");
        bounce("cpanel detected as spam", "",
            "550 The mail server detected your message as spam and has prevented delivery.", "spam",
            "spam-content", "", "550");
        bounce("exim spam score", "", "550 Rejected: spam score 12.3 exceeds threshold 5.0", "spam",
            "spam-content", "", "550");
        deferral("exim temporary local problem", "", "451 Temporary local problem - please try later", "soft",
            "system-error", "", "451");
        bounce("exim MX to non-existent hosts", "", "all relevant MX records point to non-existent hosts",
            "hard", "domain-unknown", "", "");
        bounce("exim malware", "", "550 Malware detected in message (Win.Trojan.Agent-123456)", "spam",
            "virus", "", "550");

        // --- qmail / vpopmail / Courier ---------------------------------------------------------
        bounce("qmail no mailbox here", "", "Sorry, no mailbox here by that name. (#5.1.1)", "hard",
            "user-unknown", "5.1.1", "");
        bounce("qmail remote host said", "",
            "203.0.113.25 does not like recipient.\nRemote host said: 550 5.1.1 <nobody@example.com>... User "
            "unknown\nGiving up on 203.0.113.25.",
            "hard", "user-unknown", "5.1.1", "550");
        bounce("qmail no host", "", "Sorry, I couldn't find any host named example.invalid. (#5.1.2)", "hard",
            "domain-unknown", "5.1.2", "");
        deferral("qmail no SMTP connection", "",
            "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", "soft", "network-error",
            "4.4.1", "");
        bounce("qmail queue too long", "",
            "I'm not going to try again; this message has been in the queue too long.", "soft", "expired", "",
            "");
        bounce("qmail best-preference MX is not a listing", "",
            "Sorry. Although I'm listed as a best-preference MX or A for that host,\nit isn't in my "
            "control/locals file, so I don't treat it as local. (#5.4.6)",
            "soft", "system-error", "5.4.6", "");
        bounce("qmail databytes", "", "Sorry, that message size exceeds my databytes limit (#5.3.4)", "soft",
            "message-too-large", "5.3.4", "");
        bounce("qmail rcpthosts", "", "Sorry, that domain isn't in my list of allowed rcpthosts. (#5.7.1)",
            "soft", "relay-denied", "5.7.1", "");
        bounce("vpopmail over quota", "", "The users mailfolder is over the allowed quota (size). (#5.2.2)",
            "soft", "mailbox-full", "5.2.2", "");
        bounce("vpopmail no longer accepts mail", "", "This address no longer accepts mail. (#5.2.1)", "soft",
            "mailbox-disabled", "5.2.1", "");
        deferral("qmail connection died", "", "Connected to 192.0.2.10 but connection died. (#4.4.2)", "soft",
            "network-error", "4.4.2", "");
        bounce("qmail no mail exchanger", "",
            "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", "hard", "domain-unknown",
            "5.4.4", "");
        bounce("courier user unknown", "", "550 User unknown.", "hard", "user-unknown", "", "550");
        bounce("courier maildir over quota", "", "maildrop: maildir over quota.", "soft", "mailbox-full", "",
            "");

        // --- Generic wording --------------------------------------------------------------------
        bounce("generic no such user", "", "550 No such user - psmtp", "hard", "user-unknown", "", "550");
        bounce("generic upper case", "", "550 5.1.1 USER UNKNOWN", "hard", "user-unknown", "5.1.1", "550");
        bounce("generic unknown user", "", "550 5.1.1 unknown user: \"jdoe\"", "hard", "user-unknown",
            "5.1.1", "550");
        bounce("generic mailbox not found", "", "550 Mailbox not found", "hard", "user-unknown", "", "550");
        bounce("generic invalid mailbox", "", "550 5.1.1 Invalid mailbox: nobody@example.com", "hard",
            "user-unknown", "5.1.1", "550");
        bounce("generic account does not exist", "",
            "550 5.1.1 The email account nobody@example.com does not exist", "hard", "user-unknown", "5.1.1",
            "550");
        bounce("generic domain does not exist", "", "550 5.1.2 The domain example.invalid does not exist",
            "hard", "domain-unknown", "5.1.2", "550");
        bounce(
            "generic no MX", "", "No MX or A records for example.invalid", "hard", "domain-unknown", "", "");
        bounce("generic quota exceeded", "", "452 4.2.2 Quota exceeded (mailbox for user is full)", "soft",
            "mailbox-full", "4.2.2", "452");
        bounce("amavis virus", "", "554 5.7.0 Reject, id=12345-01 - VIRUS: Eicar-Signature", "spam", "virus",
            "5.7.0", "554");
        bounce("generic spam score", "",
            "554 5.7.1 Rejected: message has a spam score of 15.2, over the limit of 5", "spam",
            "spam-content", "5.7.1", "554");
        bounce("generic message content rejected", "", "554 5.7.1 Message content rejected", "spam",
            "spam-content", "5.7.1", "554");
        bounce("spamassassin", "",
            "550 5.7.1 Message rejected: classified as spam by SpamAssassin (score 9.8)", "spam",
            "spam-content", "5.7.1", "550");
        deferral("virus scanner failure is their problem", "",
            "451 4.3.0 Virus scanner failure, try again later", "soft", "system-error", "4.3.0", "451");

        // --- The delayed flag and 4xx codes keep a "user unknown" soft ---------------------------
        deferral("delayed user unknown with 5xx codes", "5.1.1", "550 5.1.1 User unknown", "soft",
            "user-unknown", "5.1.1", "550");
        deferral("delayed domain unknown", "5.1.2", "550 5.1.2 Host unknown", "soft", "domain-unknown",
            "5.1.2", "550");
        deferral("delayed spam stays spam", "",
            "421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred", "spam", "reputation-block",
            "4.7.0", "421");
        deferral("delayed with status only", "4.4.7", "", "soft", "expired", "4.4.7", "");
        bounce(
            "4xx status and 5xx reply", "4.1.1", "550 User unknown", "soft", "user-unknown", "4.1.1", "550");
        bounce("5xx status and 4xx reply", "5.1.1", "450 mailbox unknown, try later", "soft", "user-unknown",
            "5.1.1", "450");
        bounce("4.x.x user unknown in text", "",
            "450 4.1.1 <user@example.com>: Recipient address rejected: User unknown", "soft", "user-unknown",
            "4.1.1", "450");

        // --- Status field only: the RFC 3463 fallback -------------------------------------------
        bounce("status 5.1.1", "5.1.1", "", "hard", "user-unknown", "5.1.1", "");
        bounce("status 5.1.2", "5.1.2", "", "hard", "domain-unknown", "5.1.2", "");
        bounce("status 5.1.3", "5.1.3", "", "soft", "syntax-error", "5.1.3", "");
        bounce("status 5.1.6", "5.1.6", "", "soft", "mailbox-disabled", "5.1.6", "");
        bounce("status 5.1.10 null MX", "5.1.10", "", "hard", "user-unknown", "5.1.10", "");
        bounce("status 5.2.1", "5.2.1", "", "soft", "mailbox-disabled", "5.2.1", "");
        bounce("status 5.2.2", "5.2.2", "", "soft", "mailbox-full", "5.2.2", "");
        bounce("status 5.2.3", "5.2.3", "", "soft", "message-too-large", "5.2.3", "");
        bounce("status 5.3.4", "5.3.4", "", "soft", "message-too-large", "5.3.4", "");
        bounce("status 5.3.0", "5.3.0", "", "soft", "system-error", "5.3.0", "");
        bounce("status 4.4.1", "4.4.1", "", "soft", "network-error", "4.4.1", "");
        bounce("status 4.4.2", "4.4.2", "", "soft", "network-error", "4.4.2", "");
        bounce("status 5.4.4", "5.4.4", "", "hard", "domain-unknown", "5.4.4", "");
        bounce("status 4.4.4", "4.4.4", "", "soft", "domain-unknown", "4.4.4", "");
        bounce("status 4.4.5", "4.4.5", "", "soft", "system-error", "4.4.5", "");
        bounce("status 5.4.6 routing loop", "5.4.6", "", "soft", "system-error", "5.4.6", "");
        bounce("status 4.4.7", "4.4.7", "", "soft", "expired", "4.4.7", "");
        bounce("status 5.5.2", "5.5.2", "", "soft", "syntax-error", "5.5.2", "");
        bounce("status 5.7.0", "5.7.0", "", "spam", "policy", "5.7.0", "");
        bounce("status 5.7.1", "5.7.1", "", "spam", "policy", "5.7.1", "");
        bounce("status 5.7.25", "5.7.25", "", "spam", "reverse-dns", "5.7.25", "");
        bounce("status 5.7.26", "5.7.26", "", "spam", "authentication-failed", "5.7.26", "");
        bounce("status 5.7.23", "5.7.23", "", "spam", "authentication-failed", "5.7.23", "");
        bounce("status 5.7.9", "5.7.9", "", "spam", "authentication-failed", "5.7.9", "");
        bounce("status 4.7.28", "4.7.28", "", "soft", "rate-limited", "4.7.28", "");
        bounce("status 5.7.10", "5.7.10", "", "soft", "tls-required", "5.7.10", "");
        bounce("status 5.0.0 says nothing", "5.0.0", "", "soft", "other", "5.0.0", "");
        bounce("status with a comment", "5.1.1 (user unknown)", "", "hard", "user-unknown", "5.1.1", "");
        bounce("status with spaces", "  5.2.2  ", "", "soft", "mailbox-full", "5.2.2", "");
        bounce("given status wins over the text's", "5.1.1", "452 4.2.2 mailbox full", "soft", "mailbox-full",
            "5.1.1", "452");
        bounce("text wins over the status code", "5.1.1",
            "550 5.1.1 Service unavailable; Client host [203.0.113.9] "
            "blocked using zen.spamhaus.org",
            "spam", "blocklisted", "5.1.1", "550");

        // --- Malformed and empty input ----------------------------------------------------------
        bounce("malformed status 5.1 falls back to the text", "5.1", "550 5.1.1 User unknown", "hard",
            "user-unknown", "5.1.1", "550");
        bounce("malformed status abc falls back to the text", "abc", "452 4.2.2 Mailbox full", "soft",
            "mailbox-full", "4.2.2", "452");
        bounce("malformed status and no text", "5.1", "", "soft", "other", "", "");
        bounce("status class 6 is not a status", "6.1.1", "", "soft", "other", "", "");
        bounce("status with four parts", "5.1.1.1", "", "soft", "other", "", "");
        bounce("status with a four digit detail", "5.1.1000", "", "soft", "other", "", "");
        bounce("empty", "", "", "soft", "other", "", "");
        bounce("whitespace only", "", "  \n\t  ", "soft", "other", "", "");
        bounce("unrecognised 5xx text", "", "550 Computer says no", "soft", "other", "", "550");
        bounce("yahoo-style internal code is not a status", "",
            "421 Messages from 203.0.113.9 temporarily deferred - 4.16.55.1", "soft", "other", "", "421");

        // --- Things that look like codes --------------------------------------------------------
        bounce("IP address that contains 5.1.1", "", "connect to 10.5.1.1[10.5.1.1]:25: Connection refused",
            "soft", "network-error", "", "");
        bounce("IP address that starts with 5.1.1", "",
            "Client host [5.1.1.1] blocked using zen.spamhaus.org", "spam", "blocklisted", "", "");
        bounce("IP address before the real status", "",
            "host mx.example.com[198.51.100.5] said: 550 5.1.1 No such user here", "hard", "user-unknown",
            "5.1.1", "550");
        bounce("IP address that starts with 250", "", "250.1.2.3 does not like recipient", "soft", "other",
            "", "");
        bounce("port number after an IP", "", "connect to [192.0.2.4]:587: Connection timed out", "soft",
            "network-error", "", "");
    }

    void classify()
    {
        QFETCH(QString, status);
        QFETCH(QString, diagnostic);
        QFETCH(bool, delayed);
        QFETCH(QString, bounceClass);
        QFETCH(QString, reason);
        QFETCH(QString, expectedStatus);
        QFETCH(QString, expectedReply);

        // A typo in the table would otherwise pass as long as the classifier made the same one.
        QVERIFY2(vocabulary().contains(reason), qPrintable(reason));

        const BounceVerdict verdict = BounceClassifier::classify(status, diagnostic, delayed);
        QCOMPARE(verdict.reason, reason);
        QCOMPARE(BounceClassifier::className(verdict.bounceClass), bounceClass);
        QCOMPARE(verdict.status, expectedStatus);
        QCOMPARE(verdict.replyCode, expectedReply);
    }

    void className()
    {
        QCOMPARE(BounceClassifier::className(BounceClass::Hard), QStringLiteral("hard"));
        QCOMPARE(BounceClassifier::className(BounceClass::Soft), QStringLiteral("soft"));
        QCOMPARE(BounceClassifier::className(BounceClass::Spam), QStringLiteral("spam"));
    }

    void findStatus_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("reply and status") << s("550 5.1.1 user unknown") << s("5.1.1");
        QTest::newRow("continuation line") << s("550-5.7.26 unauthenticated") << s("5.7.26");
        QTest::newRow("qmail hash") << s("no mailbox here by that name. (#5.1.1)") << s("5.1.1");
        QTest::newRow("three digit detail") << s("550 5.1.10 RESOLVER.ADR.RecipientNotFound") << s("5.1.10");
        QTest::newRow("end of sentence") << s("status was 5.2.2.") << s("5.2.2");
        QTest::newRow("after an IP") << s("[203.0.113.9] 5.7.1 blocked") << s("5.7.1");
        QTest::newRow("success class") << s("2.0.0 Ok: queued") << s("2.0.0");
        QTest::newRow("first of two") << s("4.4.7 after 5.1.1") << s("4.4.7");
        QTest::newRow("inside an IP") << s("host 10.5.1.1 refused") << s("");
        QTest::newRow("start of an IP") << s("host 5.1.1.1 refused") << s("");
        QTest::newRow("yahoo internal code") << s("deferred - 4.16.55.1; see") << s("");
        QTest::newRow("version number") << s("v2.5.1 build") << s("");
        QTest::newRow("four digit detail") << s("5.7.1234") << s("");
        QTest::newRow("glued to a letter") << s("x5.1.1") << s("");
        QTest::newRow("class 6") << s("6.1.1") << s("");
        QTest::newRow("class 1") << s("1.2.3") << s("");
        QTest::newRow("two parts") << s("5.1 only") << s("");
        QTest::newRow("empty") << s("") << s("");
    }

    void findStatus()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(BounceClassifier::findStatus(text), expected);
    }

    void findReplyCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("continuation") << s("550-5.1.1 The email account") << s("550");
        QTest::newRow("space") << s("550 5.1.1 User unknown") << s("550");
        QTest::newRow("code alone") << s("550") << s("550");
        QTest::newRow("postfix said")
            << s("host mx.example.com[192.0.2.1] said: 550 5.1.1 unknown") << s("550");
        QTest::newRow("exchange returned")
            << s("Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound'") << s("550");
        QTest::newRow("exchange smtp;")
            << s("Remote Server returned '<mx #5.0.0 smtp; 554 5.7.1 denied>'") << s("554");
        QTest::newRow("exim host line")
            << s("SMTP error from remote mail server after RCPT TO:<a@b.example>:\n"
                 "    host mx.b.example [192.0.2.1]: 451 4.7.1 Greylisted")
            << s("451");
        QTest::newRow("error:") << s("Delivery error: 421 too busy") << s("421");
        QTest::newRow("second line") << s("first line\n452 4.2.2 mailbox full") << s("452");
        QTest::newRow("hash prefix") << s("#550 5.1.1 RESOLVER") << s("550");
        QTest::newRow("indented") << s("   421-mx.example.com busy") << s("421");
        QTest::newRow("quoted") << s("> 554 5.7.1 quoted") << s("554");
        QTest::newRow("status only") << s("5.1.1 User unknown") << s("");
        QTest::newRow("IP and port") << s("connect to 203.0.113.9[203.0.113.9]:25: Connection refused")
                                     << s("");
        QTest::newRow("number in prose") << s("The message was 550 bytes long") << s("");
        QTest::newRow("class 6") << s("650 not a reply") << s("");
        QTest::newRow("four digits") << s("5500 things") << s("");
        QTest::newRow("IP at line start") << s("250.1.2.3 does not like recipient") << s("");
        QTest::newRow("empty") << s("") << s("");
    }

    void findReplyCode()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(BounceClassifier::findReplyCode(text), expected);
    }

    void findUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("gmail") << s("550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si - gsmtp")
                               << QStringList { s("https://support.google.com/mail/?p=NoSuchUser") };
        QTest::newRow("trailing dot")
            << s("refer to http://mail.live.com/mail/troubleshooting.aspx#errors. [x]")
            << QStringList { s("http://mail.live.com/mail/troubleshooting.aspx#errors") };
        QTest::newRow("parentheses") << s("(see https://example.com/a)")
                                     << QStringList { s("https://example.com/a") };
        QTest::newRow("quotes and semicolon")
            << s("'https://example.com/x';") << QStringList { s("https://example.com/x") };
        QTest::newRow("angle brackets")
            << s("<https://example.com/y>") << QStringList { s("https://example.com/y") };
        QTest::newRow("double quote")
            << s("\"https://example.com/z\"") << QStringList { s("https://example.com/z") };
        QTest::newRow("square brackets")
            << s("[https://example.com/q?a=1&b=2]") << QStringList { s("https://example.com/q?a=1&b=2") };
        QTest::newRow("colon and comma")
            << s("see https://example.com/c:, then") << QStringList { s("https://example.com/c") };
        QTest::newRow("duplicates") << s("https://a.example/ and https://a.example/ again")
                                    << QStringList { s("https://a.example/") };
        QTest::newRow("order") << s("first http://b.example/1 then https://a.example/2")
                               << QStringList { s("http://b.example/1"), s("https://a.example/2") };
        QTest::newRow("upper case kept")
            << s("HTTP://EXAMPLE.COM/UP") << QStringList { s("HTTP://EXAMPLE.COM/UP") };
        QTest::newRow("comcast fragment")
            << s("see http://postmaster.comcast.net/smtp-error-codes.php#BL000001")
            << QStringList { s("http://postmaster.comcast.net/smtp-error-codes.php#BL000001") };
        QTest::newRow("ftp is not http") << s("ftp://example.com/file") << QStringList {};
        QTest::newRow("scheme only") << s("http://.") << QStringList {};
        QTest::newRow("none") << s("550 5.1.1 User unknown") << QStringList {};
        QTest::newRow("empty") << s("") << QStringList {};
    }

    void findUrls()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(BounceClassifier::findUrls(text), expected);
    }

    void classifyKeepsUrls()
    {
        const BounceVerdict verdict = BounceClassifier::classify({},
            QStringLiteral("554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using "
                           "zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9"));
        QCOMPARE(
            verdict.urls, QStringList { QStringLiteral("https://www.spamhaus.org/query/ip/203.0.113.9") });
        QVERIFY(BounceClassifier::classify({}, QStringLiteral("550 5.1.1 User unknown")).urls.isEmpty());
    }

    void megabyteInputs_data()
    {
        // Inputs built to make a careless pattern backtrack: long runs of what a rule starts with
        // and never finishes. Each must still come back, and with the right answer.
        QTest::addColumn<QString>("diagnostic");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<int>("urlCount");
        const int mb = 1 << 20;
        QTest::newRow("spaces then a reply") << QString(mb, u' ') + QStringLiteral("550 5.1.1 User unknown")
                                             << s("user-unknown") << s("5.1.1") << s("550") << 0;
        QTest::newRow("dotted digits")
            << QStringLiteral("5.").repeated(mb / 2) << s("other") << s("") << s("") << 0;
        QTest::newRow("repeated domain")
            << QStringLiteral("domain ").repeated(mb / 7) << s("other") << s("") << s("") << 0;
        QTest::newRow("repeated user")
            << QStringLiteral("user ").repeated(mb / 5) << s("other") << s("") << s("") << 0;
        QTest::newRow("one long word after user")
            << QStringLiteral("user ") + QString(mb, u'a') << s("other") << s("") << s("") << 0;
        QTest::newRow("repeated said")
            << QStringLiteral("said: ").repeated(mb / 6) << s("other") << s("") << s("") << 0;
        QTest::newRow("one long URL")
            << QStringLiteral("http://") + QString(mb, u'a') << s("other") << s("") << s("") << 1;
        QTest::newRow("many URLs") << QStringLiteral("http://a.example/x ").repeated(mb / 19) << s("other")
                                   << s("") << s("") << 1;
        QTest::newRow("continuation prefixes")
            << QStringLiteral("550-5.1.1 ").repeated(mb / 10) + QStringLiteral("550 5.1.1 does not exist")
            << s("user-unknown") << s("5.1.1") << s("550") << 0;
        QTest::newRow("a real reply many times") << QStringLiteral(
            "550-5.7.1 Our system has detected that this message is likely unsolicited mail. ")
                                                        .repeated(mb / 80)
                                                 << s("spam-content") << s("5.7.1") << s("550") << 0;
    }

    void megabyteInputs()
    {
        QFETCH(QString, diagnostic);
        QFETCH(QString, reason);
        QFETCH(QString, status);
        QFETCH(QString, reply);
        QFETCH(int, urlCount);
        QVERIFY(diagnostic.size() >= (1 << 20) - 80);

        QElapsedTimer timer;
        timer.start();
        const BounceVerdict verdict = BounceClassifier::classify({}, diagnostic);
        qInfo("%lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(verdict.reason, reason);
        QCOMPARE(verdict.status, status);
        QCOMPARE(verdict.replyCode, reply);
        QCOMPARE(verdict.urls.size(), urlCount);
    }
};

QTEST_GUILESS_MAIN(TestBounceClassifier)
#include "tst_bounceclassifier.moc"
