// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/BounceClassifier.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <vector>

namespace abusedesk::mail {

namespace {

struct TextRule
{
    QString reason;
    QRegularExpression pattern;
};

QRegularExpression compile(const QString &pattern, QRegularExpression::PatternOptions extra = {})
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption | extra);
    // Compile (and JIT) now, once, rather than on the first log line of an import.
    re.optimize();
    Q_ASSERT_X(re.isValid(), "BounceClassifier", qPrintable(re.errorString() + u' ' + pattern));
    return re;
}

TextRule rule(const QString &reason, const QStringList &alternatives)
{
    return { reason, compile(alternatives.join(u'|'), QRegularExpression::DontCaptureOption) };
}

// What the receiver said, checked in this order; the first rule that matches decides. The order
// is the point: receivers put misleading codes on their replies ("550 5.7.1 … No such user",
// "552 5.1.1 … Recipient overquota"), and one reply often names several things ("user unknown"
// inside a failed *sender* verification, "spam" inside a rate limit explanation), so the more
// specific and the more telling rules come first and the catch-all words come last.
const std::vector<TextRule> &textRules()
{
    static const std::vector<TextRule> rules = {
        // List hygiene facts that borrow other words: Amazon SES suppressions ("blacklist of
        // recent hard bounces") and Office 365 directory-based edge blocking, whose 5.4.1
        // "Access denied" means the tenant has no such recipient.
        rule(QStringLiteral("user-unknown"),
            { QStringLiteral(R"(suppression list)"), QStringLiteral(R"(recent history of bouncing)"),
                QStringLiteral(R"(blacklist of recent hard bounces)"),
                QStringLiteral(R"(5\.4\.1 recipient address rejected: access denied)"),
                QStringLiteral(R"(access denied\. as\(201806281\))") }),
        // Gmail's 4.7.28 names the "DKIM domain" it counted, which is no authentication failure.
        rule(QStringLiteral("rate-limited"), { QStringLiteral(R"(unusual rate of unsolicited)") }),
        // A listed URL is about the content, not about the sending IP.
        rule(QStringLiteral("spam-content"),
            { QStringLiteral(R"(\bur[il]s?\b[^.;\n]{0,60}?\b(?:listed|blacklisted|blocklisted|blocked)\b)"),
                QStringLiteral(R"(\b(?:uribl|surbl)\b)") }),
        // A block list the recipient or its organisation keeps is their policy, not a public list.
        rule(QStringLiteral("policy"),
            { QStringLiteral(R"(customer block ?list)"), QStringLiteral(R"(blocked senders)"),
                QStringLiteral(R"((?:user|recipient)'?s? (?:personal )?block ?list)") }),
        rule(QStringLiteral("blocklisted"),
            { QStringLiteral(R"(spamhaus)"), QStringLiteral(R"(spamcop)"), QStringLiteral(R"(\bsorbs\b)"),
                QStringLiteral(R"(uceprotect)"), QStringLiteral(R"(barracuda ?(?:reputation|central))"),
                QStringLiteral(R"(barracudacentral)"), QStringLiteral(R"(\bpsbl\b)"),
                QStringLiteral(R"(mailspike)"), QStringLiteral(R"(invaluement)"),
                QStringLiteral(R"(abuseat)"), QStringLiteral(R"(\bcbl\b)"), QStringLiteral(R"(\bdnsbls?\b)"),
                QStringLiteral(R"(\b[rd]bl\b)"), QStringLiteral(R"(blocked using)"),
                QStringLiteral(R"(block ?list)"), QStringLiteral(R"(black ?list)"),
                QStringLiteral(R"(listed (?:in|on|at|by) (?:the )?\S{0,40}?(?:bl|block|black|spam))"),
                QStringLiteral(R"((?:rejected|blocked) due to listing)"),
                QStringLiteral(R"(banned send(?:er|ing ip))"), QStringLiteral(R"(\bs31[45]0\b)"),
                QStringLiteral(R"(rtr:bl)"), QStringLiteral(R"(\bbl0000\d\d)"), QStringLiteral(R"(\(bl\))"),
                QStringLiteral(R"(ipcheck\.proofpoint)"), QStringLiteral(R"(proofpoint\.com/dnsbl)") }),
        rule(QStringLiteral("authentication-failed"),
            { QStringLiteral(R"(\bspf\b)"), QStringLiteral(R"(\bdkim\b)"), QStringLiteral(R"(\bdmarc\b)"),
                QStringLiteral(R"(unauthenticated)"), QStringLiteral(R"(authentication checks)"),
                QStringLiteral(R"(fails? to pass authentication)"),
                QStringLiteral(R"(sender policy framework)"), QStringLiteral(R"(domainkeys)"),
                QStringLiteral(R"(openspf)"), QStringLiteral(R"(required authentication level)") }),
        // Refusals about our own sender address or HELO name: they may quote "user unknown" or
        // "does not exist", but about the sender, so they must never make the recipient hard.
        rule(QStringLiteral("policy"),
            { QStringLiteral(R"(domain of sender address\b)"), QStringLiteral(R"(sender verify failed)"),
                QStringLiteral(R"(verification failed for <)"),
                QStringLiteral(
                    R"(sender (?:address|domain|mailbox)\b[^.;\n]{0,40}?(?:rejected|invalid|unknown|not found|does not exist|doesn't exist|not verified|unverified|must exist|must resolve|not resolvable))"),
                QStringLiteral(R"(unresolvable rfc\.?5321 from domain)"),
                QStringLiteral(R"(helo command rejected)"),
                QStringLiteral(R"((?:sender|from) address has null mx)"),
                QStringLiteral(R"(email address is not verified)"),
                QStringLiteral(R"(identities failed the check)"),
                QStringLiteral(R"(client was not authenticated)") }),
        // A broken scanner on their side is not a virus in our mail.
        rule(QStringLiteral("system-error"),
            { QStringLiteral(
                  R"((?:virus|malware|content|spam) ?scan(?:ner|ning)? (?:failure|failed|error|unavailable|timed out|timeout))"),
                QStringLiteral(R"(anti-?virus (?:failure|error|unavailable))"),
                QStringLiteral(R"(mailbox (?:is )?temporarily (?:unavailable|locked|busy))") }),
        rule(QStringLiteral("virus"),
            { QStringLiteral(R"(virus)"), QStringLiteral(R"(malware)"), QStringLiteral(R"(trojan)"),
                QStringLiteral(R"(\beicar\b)"), QStringLiteral(R"(\binfected\b)"),
                QStringLiteral(R"(potential security issue)"),
                QStringLiteral(R"(harmful (?:content|attachment))"),
                QStringLiteral(R"(dangerous attachment)") }),
        rule(QStringLiteral("reverse-dns"),
            { QStringLiteral(R"(reverse[ -](?:dns|hostname|lookup|mapping|name))"),
                QStringLiteral(R"(\brdns\b)"), QStringLiteral(R"(\bptr\b)"),
                QStringLiteral(R"(cannot find your (?:reverse )?hostname)"), QStringLiteral(R"(rtr:rd)"),
                QStringLiteral(R"(dns:nr)"), QStringLiteral(R"(forward dns)"),
                QStringLiteral(R"(no reverse)") }),
        // Yahoo's [TSxx]/[GL01] deferrals, Microsoft's IP reputation, GMX's Nemesis and T-Online's
        // tosa refusals all judge the sender's history rather than this message.
        rule(QStringLiteral("reputation-block"),
            { QStringLiteral(R"(reputation)"), QStringLiteral(R"(complaints?\b)"),
                QStringLiteral(R"(\[tss?\d\d\])"), QStringLiteral(R"(\[gl01\])"),
                QStringLiteral(R"(nemesis esmtp service not available)"),
                QStringLiteral(R"(tosa@rx\.t-online\.de)"),
                QStringLiteral(R"(traffic not accepted from this ip)"),
                QStringLiteral(R"(bad outbound sender)"), QStringLiteral(R"(sender ?score)") }),
        // Greylisting is here too: a "come back later" that says nothing about the recipient or the
        // content, which is what a rate limit is for the analyst.
        rule(QStringLiteral("rate-limited"),
            { QStringLiteral(R"(rate[ -]?limit)"), QStringLiteral(R"(unusual rate)"),
                QStringLiteral(R"(receiving mail (?:at a rate|too quickly))"),
                QStringLiteral(
                    R"(too (?:many|much) (?:(?:concurrent|simultaneous|smtp|incoming|unique) ){0,2}(?:connections?|messages|mails?|e-?mails|recipients|rcpt|sessions|requests|volume|invalid recipients))"),
                QStringLiteral(R"(too fast)"), QStringLiteral(R"(throttl)"),
                QStringLiteral(R"((?:sending|submission) (?:quota|limit))"),
                QStringLiteral(R"((?:connection|message|sending) rate)"),
                QStringLiteral(R"(exceeded (?:the |their |your )?(?:message |hourly |daily )?rate)"),
                QStringLiteral(R"(\brp-00\d\b)"), QStringLiteral(R"(\brl0000\d\d)"),
                QStringLiteral(R"(limits for how many messages)"), QStringLiteral(R"(gr[ea]ylist)"),
                QStringLiteral(R"(dyn:t1)"), QStringLiteral(R"(server busy\. please try again later from)"),
                QStringLiteral(R"(resolver\.adr\.reciplimit)"), QStringLiteral(R"(connection limit)") }),
        rule(QStringLiteral("spam-content"),
            { QStringLiteral(R"(likely unsolicited)"),
                QStringLiteral(
                    R"((?:identified|detected|classified|flagged|considered|rejected|blocked|marked|recognized) as (?:spam|junk|bulk))"),
                QStringLiteral(R"(suspicion of spam)"), QStringLiteral(R"(looks like spam)"),
                QStringLiteral(
                    R"(spam (?:score|content|detected|message|filter|rejected|signature|characteristics))"),
                QStringLiteral(R"(spamassassin)"), QStringLiteral(R"(message content rejected)"),
                QStringLiteral(R"(content (?:restriction|filter|policy|rejected))"),
                QStringLiteral(R"(rejected due to content)"), QStringLiteral(R"(spam-like)"),
                QStringLiteral(R"(phish)") }),
        rule(QStringLiteral("relay-denied"),
            { QStringLiteral(
                  R"(relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed|authori[sz]ed)|prohibited|refused|rejected))"),
                QStringLiteral(R"((?:not|isn't|is not) (?:allowed|permitted|authori[sz]ed) to relay)"),
                QStringLiteral(R"(unable to relay)"), QStringLiteral(R"(cannot relay)"),
                QStringLiteral(R"(we do not relay)"), QStringLiteral(R"(rcpthosts)"),
                QStringLiteral(R"(no relaying)") }),
        rule(QStringLiteral("tls-required"),
            { QStringLiteral(R"(starttls)"), QStringLiteral(R"(tls (?:is )?(?:required|mandatory))"),
                QStringLiteral(
                    R"(requires? (?:a )?(?:tls|secure|encrypted) (?:connection|transport|channel))"),
                QStringLiteral(R"((?:encryption|secure connection) (?:is )?required)"),
                QStringLiteral(R"(must use tls)") }),
        // Before the size rules: "mailbox size limit exceeded" is a full mailbox, and Postfix's
        // "File too large" while writing a mailbox is its mailbox_size_limit.
        rule(QStringLiteral("mailbox-full"),
            { QStringLiteral(R"(mailbox (?:is )?full)"), QStringLiteral(R"(full mailbox)"),
                QStringLiteral(R"(mailbox (?:has )?exceeded)"),
                QStringLiteral(R"(\b(?:over|exceed(?:ed|s|ing)?|reached) (?:\w+ ){0,3}?quota)"),
                QStringLiteral(R"(overquota)"),
                QStringLiteral(R"(quota(?:exceeded| exceeded| exceeds| full| violation))"),
                QStringLiteral(R"(exceeded storage allocation)"),
                QStringLiteral(R"(mailbox (?:size )?limit)"), QStringLiteral(R"(mailfolder is over)"),
                QStringLiteral(R"(mailbox is over)"),
                QStringLiteral(R"(error writing message: file too large)"),
                QStringLiteral(
                    R"(insufficient (?:mailbox )?(?:storage|space) (?:for|in) (?:the )?(?:user|mailbox|recipient))"),
                QStringLiteral(R"(boite (?:du destinataire )?pleine)"),
                QStringLiteral(R"(postfach (?:ist )?voll)"), QStringLiteral(R"(disk quota)") }),
        rule(QStringLiteral("message-too-large"),
            { QStringLiteral(R"(message (?:size|length) (?:\w+ ){0,3}?(?:exceed|too|limit|larger))"),
                QStringLiteral(R"(message (?:is )?too (?:big|large))"),
                QStringLiteral(R"((?:size|length) exceeds)"),
                QStringLiteral(
                    R"(exceed(?:s|ed)? (?:the )?(?:\w+ ){0,2}?(?:maximum |max )?(?:message )?size)"),
                QStringLiteral(R"(maximum message size)"), QStringLiteral(R"(databytes)"),
                QStringLiteral(R"(too (?:large|big))"), QStringLiteral(R"((?:recip|send)sizelimit)"),
                QStringLiteral(R"(larger than (?:the |my )?(?:\w+ ){0,2}?(?:maximum|limit|allowed))"),
                QStringLiteral(R"(size limit)") }),
        rule(QStringLiteral("mailbox-disabled"),
            { QStringLiteral(
                  R"((?:mailbox|account|user|recipient) (?:\w+ ){0,6}?(?:is|has been|was|is currently) (?:disabled|inactive|deactivated|suspended|locked|closed|frozen|terminated|expired|not active))"),
                QStringLiteral(
                    R"((?:mailbox|account) (?:disabled|inactive|deactivated|suspended|closed|locked|expired))"),
                QStringLiteral(R"(no longer (?:accepts|accepting|active|in use|receives))"),
                QStringLiteral(
                    R"((?:inactive|disabled|deactivated|suspended) (?:user|account|mailbox|recipient))"),
                QStringLiteral(R"(archived recipient)"),
                QStringLiteral(R"((?:account|mailbox) not active)") }),
        // Before the user rules: "domain … does not exist" would otherwise read as a user.
        rule(QStringLiteral("domain-unknown"),
            { QStringLiteral(R"(\bdomain\b(?: [^ ]{1,100}){0,4}? (?:does not|doesn't|did not) exist)"),
                QStringLiteral(R"(infodomainnonexistent)"),
                QStringLiteral(R"((?:no such|unknown|invalid|nonexistent|non-existent|non existent) domain)"),
                QStringLiteral(R"(nonexistentdomain)"),
                QStringLiteral(R"(domain (?:not found|unknown|name not found|lookup failed))"),
                QStringLiteral(R"(host (?:or domain name )?not found)"), QStringLiteral(R"(host unknown)"),
                QStringLiteral(R"(name service error)"), QStringLiteral(R"(\bno mx\b)"),
                QStringLiteral(R"(no (?:valid )?mx (?:record|host))"),
                QStringLiteral(R"(mx (?:record )?lookup failed)"),
                QStringLiteral(R"(couldn't find any host)"), QStringLiteral(R"(could not find any host)"),
                QStringLiteral(R"(couldn't find a mail exchanger)"), QStringLiteral(R"(unroute?able)"),
                QStringLiteral(R"(unable to route)"), QStringLiteral(R"(\bnxdomain\b)"),
                QStringLiteral(R"(mx records point to non-existent hosts)") }),
        rule(QStringLiteral("syntax-error"),
            { QStringLiteral(R"(syntax error)"),
                QStringLiteral(R"((?:bad|invalid|illegal|malformed) (?:\w+ ){0,2}?(?:address )?syntax)"),
                QStringLiteral(R"(address syntax)"),
                QStringLiteral(R"(malformed (?:recipient |e-?mail )?address)"),
                QStringLiteral(R"(invalid (?:recipient |e-?mail )?address format)"),
                QStringLiteral(R"(unbalanced)"), QStringLiteral(R"(invalid route address)"),
                QStringLiteral(R"(user address required)"), QStringLiteral(R"(fully-qualified address)"),
                QStringLiteral(R"(bare (?:lf|linefeed|<lf>))"), QStringLiteral(R"(barelinefeed)"),
                QStringLiteral(R"(command (?:not recognized|unrecognized))"),
                QStringLiteral(R"(rfc ?5322 compliant)"),
                QStringLiteral(R"(missing a valid address in from)") }),
        rule(QStringLiteral("user-unknown"),
            { QStringLiteral(
                  R"((?:user|recipient|mailbox|addressee|account|address)(?: name)? (?:is )?(?:unknown|not found|not listed|invalid|not valid))"),
                QStringLiteral(
                    R"(unknown (?:user|recipient|mailbox|local[- ]part|alias|e-?mail address|addressee))"),
                QStringLiteral(R"(no such (?:user|recipient|mailbox|account|person|address|local user))"),
                QStringLiteral(
                    R"((?:invalid|non-?existent|non-?existing) (?:recipient|mailbox|user|account))"),
                QStringLiteral(R"(recip(?:ient)?notfound)"),
                QStringLiteral(
                    R"((?:mailbox|recipient|user|address) (?:\w+ ){0,3}?(?:not found|couldn't be found|could not be found))"),
                QStringLiteral(R"(does not exist)"), QStringLiteral(R"(doesn't exist)"),
                QStringLiteral(R"(doesn't have an? [\w.-]{1,64} account)"),
                QStringLiteral(R"(not our customer)"), QStringLiteral(R"(no mailbox here)"),
                QStringLiteral(R"(mailbox unavailable)"),
                QStringLiteral(R"(not listed in (?:the )?(?:\w+ )?directory)"),
                QStringLiteral(R"(#5\.1\.0 address rejected)"),
                QStringLiteral(R"(not a valid (?:user|recipient|mailbox))"),
                QStringLiteral(R"(unknown local)") }),
        // After the recipient facts (a full mailbox that timed out is still a full mailbox) but
        // before the network: what the analyst needs to know is that the retries gave up.
        rule(QStringLiteral("expired"),
            { QStringLiteral(R"(retry timeout exceeded)"), QStringLiteral(R"(message expired)"),
                QStringLiteral(R"(delivery time expired)"), QStringLiteral(R"(in (?:the )?queue too long)"),
                QStringLiteral(
                    R"((?:could not|couldn't|cannot|can't|unable to) (?:be )?(?:delivered|deliver|send)(?: message)? for \d+ (?:days|hours))"),
                QStringLiteral(R"(status=expired)"), QStringLiteral(R"(queue\.expired)"),
                QStringLiteral(R"(after a long failure period)"),
                QStringLiteral(R"(have been failing for a long time)"), QStringLiteral(R"(giving up)"),
                QStringLiteral(R"(\bexpired\b)") }),
        rule(QStringLiteral("network-error"),
            { QStringLiteral(
                  R"(connection (?:timed out|refused|reset|dropped|closed|lost|died|failure|failed))"),
                QStringLiteral(R"(timed out)"), QStringLiteral(R"(time-?out)"),
                QStringLiteral(R"(no route to host)"),
                QStringLiteral(R"((?:network|host) (?:is )?unreachable)"),
                QStringLiteral(R"(lost connection)"), QStringLiteral(R"(broken pipe)"),
                QStringLiteral(
                    R"((?:unable|could not|couldn't|can't|cannot|failed) to (?:connect|establish))"),
                QStringLiteral(R"(wasn't able to establish)"), QStringLiteral(R"(connection died)"),
                QStringLiteral(R"((?:read|write|socket) error)"),
                QStringLiteral(R"(dns (?:query |lookup )?(?:failed|failure|error|timeout))"),
                QStringLiteral(R"(temporary (?:dns|lookup) failure)"),
                QStringLiteral(R"(no route found to domain)"),
                QStringLiteral(R"(handshake (?:failure|failed))"),
                QStringLiteral(R"(error communicating with target host)") }),
        rule(QStringLiteral("policy"),
            { QStringLiteral(R"(\bpolic(?:y|ies)\b)"), QStringLiteral(R"(administrative prohibition)"),
                QStringLiteral(R"(access denied)"), QStringLiteral(R"(not authori[sz]ed)"),
                QStringLiteral(R"(prohibited)"), QStringLiteral(R"(not permitted)"),
                QStringLiteral(R"(dynamic(?:ally)?[- ]assigned)"), QStringLiteral(R"(dynamic ip)"),
                QStringLiteral(R"(residential)"), QStringLiteral(R"(client host rejected)"),
                QStringLiteral(R"(blocked by (?:the )?recipient)"),
                QStringLiteral(R"(unregistered domains?)"), QStringLiteral(R"(external forwarding)"),
                QStringLiteral(R"(mail refused)"), QStringLiteral(R"(refused to accept)") }),
        rule(QStringLiteral("system-error"),
            { QStringLiteral(R"(local error)"),
                QStringLiteral(R"(temporary (?:local |system )?(?:problem|failure|error))"),
                QStringLiteral(R"(internal (?:server )?error)"), QStringLiteral(R"(system error)"),
                QStringLiteral(R"(insufficient system storage)"), QStringLiteral(R"(out of memory)"),
                QStringLiteral(R"(resources? (?:temporarily )?unavailable)"),
                QStringLiteral(R"(loops? back to myself)"), QStringLiteral(R"(mail loop)"),
                QStringLiteral(R"(routing loop)"), QStringLiteral(R"(loop detected)"),
                QStringLiteral(R"(hop count exceeded)"), QStringLiteral(R"(too many hops)"),
                QStringLiteral(R"(best-preference mx)"), QStringLiteral(R"(unknown mailer error)"),
                QStringLiteral(R"(storedrv)"), QStringLiteral(R"(configuration error)"),
                QStringLiteral(R"(server busy)"),
                QStringLiteral(R"(service (?:is )?(?:temporarily )?(?:not available|unavailable))"),
                QStringLiteral(R"(try again later)"), QStringLiteral(R"(local problem)"),
                QStringLiteral(R"(database error)"), QStringLiteral(R"(i/o error)") }),
        // The last resort: "spam" on its own, once every more telling rule has had its turn
        // (Gmail's rate limit and reputation replies also say "to protect our users from spam").
        rule(QStringLiteral("spam-content"),
            { QStringLiteral(R"(\bspam\b)"), QStringLiteral(R"(\bjunk\b)"),
                QStringLiteral(R"(\bunsolicited\b)") }),
    };
    return rules;
}

// Multi-line replies arrive with line breaks inside phrases and with their continuation prefixes
// ("… does not exist. Please try 550-5.1.1 double-checking …"); the rules see one line of single
// spaces without those prefixes, so that they can be written as the phrases they look for.
QString normalisedText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text[i];
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        // Valid UTF-16 only (a lone surrogate becomes U+FFFD), so that the rules can skip
        // PCRE2's validity check, which cost as much as the rules themselves.
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out.append(c);
            c = text[++i];
        } else if (c.isSurrogate()) {
            c = QChar::ReplacementCharacter;
        }
        out.append(c);
    }
    if (!out.contains(u'-'))
        return out;

    // "550-5.1.1 " inside the text is a continuation; so is "550 5.1.1 " (the last line of the
    // block), but only once a "550-" has shown that there is a block.
    static const QRegularExpression prefix
        = compile(QStringLiteral(R"((?<= )([2-5]\d\d)([ -])(?:[245]\.\d{1,3}\.\d{1,3} )?)"));
    QString stripped;
    stripped.reserve(out.size());
    QSet<QStringView> blockCodes;
    qsizetype copied = 0;
    for (auto it = prefix.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView code = m.capturedView(1);
        if (m.capturedView(2) == u"-")
            blockCodes.insert(code);
        else if (!blockCodes.contains(code) || m.capturedLength(0) == 4)
            continue;
        stripped.append(QStringView(out).sliced(copied, m.capturedStart(0) - copied));
        copied = m.capturedEnd(0);
    }
    if (copied == 0)
        return out;
    stripped.append(QStringView(out).sliced(copied));
    return stripped;
}

QString reasonForText(QStringView diagnostic)
{
    if (diagnostic.isEmpty())
        return {};
    const QString text = normalisedText(diagnostic);
    for (const TextRule &r : textRules()) {
        if (r.pattern
                .matchView(text, 0, QRegularExpression::NormalMatch,
                    QRegularExpression::DontCheckSubjectStringMatchOption)
                .hasMatch())
            return r.reason;
    }
    return {};
}

// RFC 3463 (and its extensions in RFC 4954, 7372, 7505, 8689) for when the text names nothing
// the rules know. Returns empty for codes that say nothing specific (X.0.0, X.1.0 …).
QString reasonForStatus(QStringView status)
{
    const QList<QStringView> parts = status.split(u'.');
    if (parts.size() != 3)
        return {};
    const int subject = parts.at(1).toInt();
    const int detail = parts.at(2).toInt();
    switch (subject) {
    case 1:
        switch (detail) {
        case 1:
        case 10: // null MX for the recipient domain (RFC 7505)
            return QStringLiteral("user-unknown");
        case 2:
            return QStringLiteral("domain-unknown");
        case 3:
        case 7:
            return QStringLiteral("syntax-error");
        case 6:
            return QStringLiteral("mailbox-disabled");
        case 8: // the sender's domain, not the recipient's
            return QStringLiteral("policy");
        default:
            return {};
        }
    case 2:
        switch (detail) {
        case 1:
            return QStringLiteral("mailbox-disabled");
        case 2:
            return QStringLiteral("mailbox-full");
        case 3:
            return QStringLiteral("message-too-large");
        case 4:
            return QStringLiteral("system-error");
        default:
            return {};
        }
    case 3:
        return detail == 4 ? QStringLiteral("message-too-large") : QStringLiteral("system-error");
    case 4:
        switch (detail) {
        case 4:
            return QStringLiteral("domain-unknown");
        case 5: // congestion
        case 6: // routing loop: a configuration fault, not a retry that gave up
            return QStringLiteral("system-error");
        case 7:
            return QStringLiteral("expired");
        default:
            return QStringLiteral("network-error");
        }
    case 5:
        switch (detail) {
        case 1:
        case 2:
        case 4:
        case 6:
            return QStringLiteral("syntax-error");
        case 3:
            return QStringLiteral("rate-limited"); // too many recipients
        default:
            return QStringLiteral("system-error");
        }
    case 6: // the message itself could not be handled (MIME, conversion, line length)
        return QStringLiteral("syntax-error");
    case 7:
        switch (detail) {
        case 5:
        case 6:
        case 7:
        case 9:
        case 20:
        case 21:
        case 22:
        case 23:
        case 24:
        case 26:
            return QStringLiteral("authentication-failed");
        case 10:
        case 11:
            return QStringLiteral("tls-required");
        case 25:
            return QStringLiteral("reverse-dns");
        case 28:
            return QStringLiteral("rate-limited");
        default: // X.7.27 (the sender's domain has a null MX) included
            return QStringLiteral("policy");
        }
    default:
        return {};
    }
}

// The DSN Status field as given: the code, optionally followed by a comment in parentheses.
QString wellFormedStatus(QStringView status)
{
    static const QRegularExpression re
        = compile(QStringLiteral(R"(^\s*([245]\.\d{1,3}\.\d{1,3})\s*(?:\([^)\n]*\)\s*)?$)"));
    const QRegularExpressionMatch m = re.matchView(status);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isHardReason(const QString &reason)
{
    return reason == u"user-unknown" || reason == u"domain-unknown";
}

bool isSpamReason(const QString &reason)
{
    static const QSet<QString> spam = {
        QStringLiteral("reputation-block"),
        QStringLiteral("blocklisted"),
        QStringLiteral("spam-content"),
        QStringLiteral("virus"),
        QStringLiteral("authentication-failed"),
        QStringLiteral("reverse-dns"),
        QStringLiteral("policy"),
    };
    return spam.contains(reason);
}

} // namespace

BounceVerdict BounceClassifier::classify(QStringView status, QStringView diagnostic, bool delayed)
{
    BounceVerdict verdict;
    verdict.status = wellFormedStatus(status);
    if (verdict.status.isEmpty())
        verdict.status = findStatus(diagnostic);
    verdict.replyCode = findReplyCode(diagnostic);
    verdict.urls = findUrls(diagnostic);

    verdict.reason = reasonForText(diagnostic);
    if (verdict.reason.isEmpty())
        verdict.reason = reasonForStatus(verdict.status);
    if (verdict.reason.isEmpty())
        verdict.reason = QStringLiteral("other");

    // A receiver that only defers has not said the address is gone, whatever words it used.
    const bool temporary = delayed || verdict.status.startsWith(u'4') || verdict.replyCode.startsWith(u'4');
    if (isHardReason(verdict.reason))
        verdict.bounceClass = temporary ? BounceClass::Soft : BounceClass::Hard;
    else if (isSpamReason(verdict.reason))
        verdict.bounceClass = BounceClass::Spam;
    else
        verdict.bounceClass = BounceClass::Soft;
    return verdict;
}

QString BounceClassifier::className(BounceClass bounceClass)
{
    switch (bounceClass) {
    case BounceClass::Hard:
        return QStringLiteral("hard");
    case BounceClass::Spam:
        return QStringLiteral("spam");
    case BounceClass::Soft:
        break;
    }
    return QStringLiteral("soft");
}

QString BounceClassifier::findStatus(QStringView text)
{
    // Not inside a dotted quad or a longer version number: no digit, letter or dot on either
    // side ("10.5.1.1", "4.16.55.1" and "5.1.1.1" are not statuses).
    static const QRegularExpression re
        = compile(QStringLiteral(R"((?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?!\w|\.\d))"));
    const QRegularExpressionMatch m = re.matchView(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

QString BounceClassifier::findReplyCode(QStringView text)
{
    // A code counts at the start of a line (after quoting or "#"), or right after the words MTAs
    // put before a quoted reply: Postfix and qmail "said:", Exchange "returned '" and "smtp;",
    // Exim "host … [1.2.3.4]: ", and "error:"/"reply:"/"response:".
    static const QRegularExpression re = compile(
        QStringLiteral(
            R"((?:^[ \t>#'"(<\[]*|(?:said|returned|error|reply|response|answered|replied|smtp)[ \t]*[:;]?[ \t]*['"<(\[]?[ \t]*|\]:[ \t]*)([2-5]\d\d)(?=[\s-]|$))"),
        QRegularExpression::MultilineOption);
    // Most of the work is ruling out texts without any three-digit number starting 2-5.
    bool candidate = false;
    for (qsizetype i = 0; i + 2 < text.size() && !candidate; ++i)
        candidate = text[i] >= u'2' && text[i] <= u'5' && text[i + 1].isDigit() && text[i + 2].isDigit();
    if (!candidate)
        return {};
    const QRegularExpressionMatch m = re.matchView(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QStringList BounceClassifier::findUrls(QStringView text)
{
    static const QRegularExpression re = compile(QStringLiteral(R"(\bhttps?://[^\s<>"'\[\]{}|\\^`]+)"));
    QStringList urls;
    if (!text.contains(u"://"))
        return urls; // most replies name no URL: no search
    QSet<QString> seen;
    for (auto it = re.globalMatchView(text); it.hasNext();) {
        QStringView url = it.next().capturedView(0);
        while (!url.isEmpty() && QStringView(u").,;:'\">").contains(url.back()))
            url.chop(1);
        // "http://" followed only by punctuation is no address.
        if (url.size() <= url.indexOf(u"://") + 3)
            continue;
        QString s = url.toString();
        if (!seen.contains(s)) {
            seen.insert(s);
            urls.append(std::move(s));
        }
    }
    return urls;
}

} // namespace abusedesk::mail
