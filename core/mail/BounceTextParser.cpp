// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/BounceTextParser.h"

#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace abusedesk::mail {

namespace {

// The notice always comes first; whatever follows (quoted originals, pasted attachments, junk)
// cannot change the answer, and scanning it would let hostile input make the parser slow.
constexpr qsizetype MaxScannedChars = 64 * 1024;
// Real notice lines are short; capping them bounds the cost of every expression below.
constexpr qsizetype MaxLineChars = 2000;
// A recipient's reason sits within a few lines of its address; further away it belongs to
// something else.
constexpr int MaxRecordLines = 8;
// Wrapped replies rarely span more than this; it also bounds the joining of quoted text.
constexpr int MaxContinuationLines = 6;

// What one extractor found about one recipient, before the common clean-up.
struct Finding
{
    QString address;
    QString diagnostic;
    QString remoteMta;
    std::optional<bool> delayed; // only where the notice says it per recipient
};

// The scanned part of one notice.
struct Notice
{
    QString subject;
    QString fromAddress;
    QStringList lines;
    QString lower; // for marker look-ups only: lower-casing may change lengths, so no indexes

    [[nodiscard]] bool has(const QString &lowerMarker) const { return lower.contains(lowerMarker); }
    [[nodiscard]] bool hasAny(const QStringList &lowerMarkers) const
    {
        for (const QString &marker : lowerMarkers) {
            if (lower.contains(marker))
                return true;
        }
        return false;
    }
};

// --- patterns --------------------------------------------------------------------------------
// Every quantifier is bounded and no group repeats an unbounded group, so a match costs at most a
// constant times the (capped) line length: no catastrophic backtracking on hostile text.

QString addressPatternText()
{
    return QStringLiteral(
        "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8}");
}

const QRegularExpression &addressRe()
{
    static const QRegularExpression re(addressPatternText());
    return re;
}

const QRegularExpression &anchoredAddressRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\A(?:") + addressPatternText() + QStringLiteral(")\\z"));
    return re;
}

// An address at the start of a line, after a bullet or a label that introduces a recipient.
const QRegularExpression &leadingAddressRe()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\A\\s{0,8}(?:[-*\\x{2022}]\\s{0,3})?(?:(?:rcpt to|to|recipient(?: address)?|recipients|"
            "original recipient|address|adresse|empf\\x{e4}nger|destinataire|destinatario)"
            "\\s{0,3}:\\s{0,3})?[<\"']?(")
            + addressPatternText() + QStringLiteral(")"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "Display Name (user@example.net)" or "Display Name <user@example.net>", as Exchange lists them.
const QRegularExpression &displayNameAddressRe()
{
    static const QRegularExpression re(QStringLiteral("\\A[^@<>()\\[\\]]{1,80}[(<]\\s{0,2}(")
        + addressPatternText() + QStringLiteral(")\\s{0,2}[)>]\\s{0,2}\\z"));
    return re;
}

// An SMTP reply at the start of a text: "550 5.1.1 …", "550-5.1.1 …", "554: delivery error", "#550 …".
const QRegularExpression &replyStartRe()
{
    static const QRegularExpression re(QStringLiteral("\\A[#(]?[45]\\d\\d(?:[ :-]|\\z)"));
    return re;
}

// A reply inside a sentence, told apart from other numbers by its enhanced status code.
const QRegularExpression &replyWithStatusRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w.])[45]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d{1,3}(?![\\w.])"));
    return re;
}

// The first line of a multi-line reply, whose repeated prefix later lines drop.
const QRegularExpression &multiLineReplyRe()
{
    static const QRegularExpression re(QStringLiteral("\\A(\\d{3})-(?:(\\d\\.\\d{1,3}\\.\\d{1,3})\\s)?"));
    return re;
}

// "mx.example.net[192.0.2.1]" (Postfix), "mx.example.net [192.0.2.1]" (Exim, Courier).
const QRegularExpression &hostBracketIpRe()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\w.-])([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8})\\.? ?\\[([0-9A-Fa-f.:]{2,45})\\]"));
    return re;
}

// "mx.example.net (203.0.113.7)", as Exchange names the server it talked to.
const QRegularExpression &hostParenIpRe()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\w.-])([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8})\\.? \\(([0-9A-Fa-f.:]{2,45})\\)"));
    return re;
}

// "Remote server: mx.example.net", "Remote host: …", "Remote-MTA: dns; mx.example.net".
const QRegularExpression &remoteLabelRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\A\\s{0,8}(?:remote[ -](?:server|host|mta)|receiving server)"
                       "\\s{0,2}:\\s{0,12}(?:dns\\s{0,2};\\s{0,2})?"
                       "([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8})"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A label in front of a reason: "Reason: …", "Error: …", "Grund: …", "Raison : …".
const QRegularExpression &reasonLabelRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\A(?:reason|error|error details|diagnostic|diagnostic code|"
                       "remote server said|remote host said|server response|"
                       "response|reported error|details|grund|fehler|fehlermeldung|"
                       "raison|erreur|motivo|detalles)\\s{0,2}:\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Fields around a reason that are not part of it.
const QRegularExpression &otherFieldRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\A(?:remote[ -](?:server|host|mta)|receiving server|"
                       "generating server|server|host|date|time|subject|sender|"
                       "from|to|cc|attempts?|message[ -]id|queue[ -]id|status|"
                       "action|reporting[ -]mta|betreff|absender|datum|objet|"
                       "asunto)\\s{0,2}:"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Subjects that only a reply or a forward written by a person carries.
const QRegularExpression &replyOrForwardSubjectRe()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\A\\s{0,4}(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw|doorst)\\s{0,2}(?:\\[\\d{1,4}\\])?\\s{0,2}:"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Subjects of failure and delay notices, anchored at the start so that a person writing about
// "undeliverable mail" is not mistaken for the mail system.
const QRegularExpression &bounceSubjectRe()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\A[^\\p{L}]{0,6}(?:undeliver(?:ed|able)|returned mail|mail delivery (?:failed|failure|"
            "problem|delayed|system)|failure notice|delivery (?:status notification|failure|failed|"
            "problem|delayed|notification)|non-?delivery|message (?:not delivered|delivery failure|"
            "undeliverable|delayed|could not be delivered)|delayed mail|warning: could not send|"
            "returned to sender|unzustellbar|nicht zustellbar|zustellung (?:fehlgeschlagen|"
            "verz\\x{f6}gert)|nachricht (?:nicht zugestellt|konnte nicht zugestellt)|non remis|"
            "non distribuable|\\x{e9}chec de (?:la )?(?:remise|distribution)|no se puede entregar|"
            "no entregado|error de entrega|mensaje no entregado)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// --- small helpers ---------------------------------------------------------------------------

QString cleanAddress(QStringView raw)
{
    QString address = raw.trimmed().toString().toLower();
    if (address.startsWith(QStringLiteral("rcpt to:")))
        address.remove(0, 8);
    if (address.startsWith(QStringLiteral("mailto:")))
        address.remove(0, 7);
    static const QString edge = QStringLiteral("<>\"'`.,;:()[] ");
    while (!address.isEmpty() && edge.contains(address.front()))
        address.remove(0, 1);
    while (!address.isEmpty() && (edge.contains(address.back()) || address.back() == QLatin1Char('-')))
        address.chop(1);
    return address;
}

QString cleanHost(QStringView raw)
{
    QString host = raw.trimmed().toString().toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

QStringList addressesIn(QStringView text)
{
    QStringList found;
    auto it = addressRe().globalMatchView(text);
    while (it.hasNext()) {
        const QString address = cleanAddress(it.next().capturedView());
        if (address.contains(QLatin1Char('@')) && !found.contains(address))
            found.append(address);
    }
    return found;
}

// The address when a line holds nothing else (besides brackets, quotes, "RCPT TO:" and the
// "<mailto:…>" or "(same address)" that HTML-to-text conversion leaves behind).
QString addressOnly(QStringView line)
{
    QStringView text = line.trimmed();
    const qsizetype mailto = text.indexOf(QStringLiteral("<mailto:"), 0, Qt::CaseInsensitive);
    if (mailto > 0)
        text = text.left(mailto).trimmed();
    if (text.startsWith(QStringLiteral("rcpt to:"), Qt::CaseInsensitive))
        text = text.mid(8).trimmed();
    if (text.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
        text = text.mid(7);
    const qsizetype paren = text.indexOf(QLatin1Char('('));
    if (paren > 0 && text.endsWith(QLatin1Char(')')))
        text = text.left(paren).trimmed();
    static const QString leading = QStringLiteral("<\"'`");
    static const QString trailing = QStringLiteral(">\"'`:,;.");
    while (!text.isEmpty() && leading.contains(text.front()))
        text = text.mid(1);
    while (!text.isEmpty() && trailing.contains(text.back()))
        text.chop(1);
    if (!anchoredAddressRe().matchView(text).hasMatch())
        return {};
    return cleanAddress(text);
}

struct LeadingAddress
{
    QString address;
    QString rest; // what follows the address on the line, without separators
};

LeadingAddress leadingAddress(QStringView line)
{
    const auto match = leadingAddressRe().matchView(line);
    if (!match.hasMatch())
        return {};
    QStringView rest = line.mid(match.capturedEnd(1));
    static const QString separators = QStringLiteral(">\"': ,;");
    while (!rest.isEmpty() && separators.contains(rest.front()))
        rest = rest.mid(1);
    return { cleanAddress(match.capturedView(1)), rest.trimmed().toString() };
}

// "550-5.1.1 The account … Please try 550-5.1.1 double-checking … 550 5.1.1 … - gsmtp" reads
// as one reply once the repeated prefixes of its continuation lines are gone.
QString tidyReply(QString text)
{
    const auto match = multiLineReplyRe().match(text);
    if (!match.hasMatch())
        return text;
    const QString code = match.captured(1);
    const QString status = match.captured(2);
    text[3] = QLatin1Char(' ');
    QStringList repeats;
    if (status.isEmpty()) {
        repeats << QLatin1Char(' ') + code + QLatin1Char('-');
    } else {
        repeats << QLatin1Char(' ') + code + QLatin1Char('-') + status + QLatin1Char(' ')
                << QLatin1Char(' ') + code + QLatin1Char(' ') + status + QLatin1Char(' ')
                << QLatin1Char(' ') + code + QLatin1Char('-') + status;
    }
    for (const QString &repeat : std::as_const(repeats))
        text.replace(repeat, QStringLiteral(" "));
    return text.trimmed();
}

// Wrapped lines become one line with single spaces.
QString collapse(const QString &text)
{
    return tidyReply(text.simplified());
}

QString joinText(const QStringList &parts)
{
    return collapse(parts.join(QLatin1Char(' ')));
}

QString remoteHostIn(QStringView text)
{
    if (const auto match = hostBracketIpRe().matchView(text); match.hasMatch())
        return cleanHost(match.capturedView(1));
    if (const auto match = hostParenIpRe().matchView(text); match.hasMatch())
        return cleanHost(match.capturedView(1));
    if (const auto match = remoteLabelRe().matchView(text); match.hasMatch())
        return cleanHost(match.capturedView(1));
    return {};
}

bool startsWithAny(QStringView text, const QStringList &prefixes)
{
    for (const QString &prefix : prefixes) {
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool containsAny(QStringView text, const QStringList &markers)
{
    for (const QString &marker : markers) {
        if (text.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Where the notice ends and the copy of the original message (or a machine-readable part
// rendered as text) begins.
bool isStopLine(QStringView line)
{
    static const QStringList prefixes = {
        QStringLiteral("--- Below this line is a copy"),
        QStringLiteral("--- Enclosed are the original"),
        QStringLiteral("------ This is a copy of the message"),
        QStringLiteral("----- Original message"),
        QStringLiteral("-----Original Message"),
        QStringLiteral("Original message headers"),
        QStringLiteral("Reporting-MTA:"),
        QStringLiteral("Final-Recipient:"),
        QStringLiteral("Received:"),
        QStringLiteral("Return-Path:"),
    };
    return startsWithAny(line.trimmed(), prefixes);
}

int indentOf(QStringView line)
{
    int indent = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char(' '))
            ++indent;
        else if (c == QLatin1Char('\t'))
            indent += 4;
        else
            break;
    }
    return indent;
}

Notice prepare(const QString &subject, const QString &fromAddress, const QString &body)
{
    Notice notice;
    notice.subject = subject.simplified();
    const QStringList fromAddresses = addressesIn(fromAddress);
    notice.fromAddress = fromAddresses.isEmpty() ? fromAddress.trimmed().toLower() : fromAddresses.first();
    QString text = body.left(MaxScannedChars);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // HTML-to-text conversion leaves non-breaking spaces where the layout had tables.
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    notice.lower = text.toLower();
    notice.lines = text.split(QLatin1Char('\n'));
    for (QString &line : notice.lines) {
        if (line.size() > MaxLineChars)
            line.truncate(MaxLineChars);
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    return notice;
}

// --- "<user@example.net>: reason" blocks: Postfix, qmail, Courier, Yahoo ----------------------

// Only at the start of a line: Postfix indents the continuation of a wrapped reason, and that
// continuation often begins with the recipient in brackets too.
const QRegularExpression &angleStartRe()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\A<([^<>\\s]{1,320})>(?:\\s{1,4}\\(expanded from[^()]{0,330}\\))?\\s{0,2}:\\s{0,8}(.*)\\z"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &postfixSaidRe()
{
    static const QRegularExpression re(
        QStringLiteral("host ([A-Za-z0-9.-]{1,253})\\[[0-9A-Fa-f.:]{0,45}\\] said:\\s?"));
    return re;
}

const QRegularExpression &postfixDeliveryViaRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\Adelivery via ([A-Za-z0-9.-]{1,253})\\[[0-9A-Fa-f.:]{0,45}\\](?::\\d{1,5})?:\\s?"));
    return re;
}

const QRegularExpression &qmailIpRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?:Giving up on|Connected to)\\s([0-9]{1,3}(?:\\.[0-9]{1,3}){3})|"
                       "\\A([0-9]{1,3}(?:\\.[0-9]{1,3}){3}) does not like"));
    return re;
}

const QRegularExpression &hostIpLineRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\A\\s{0,12}([A-Za-z0-9.-]{1,253}) \\[[0-9A-Fa-f.:]{2,45}\\]:?\\z"));
    return re;
}

Finding interpretAngleBlock(const QString &address, const QStringList &block)
{
    Finding finding;
    finding.address = address;
    QStringList replies;
    for (const QString &line : block) {
        const QStringView text = QStringView(line).trimmed();
        if (text.startsWith(QStringLiteral("<<<"))) {
            replies.append(text.mid(3).toString());
        } else if (finding.remoteMta.isEmpty()) {
            if (const auto match = hostIpLineRe().matchView(line); match.hasMatch())
                finding.remoteMta = cleanHost(match.capturedView(1));
        }
    }
    if (!replies.isEmpty()) { // Courier quotes the dialogue
        finding.diagnostic = joinText(replies);
        return finding;
    }
    const QString text = block.join(QLatin1Char(' ')).simplified();
    if (const auto said = postfixSaidRe().match(text); said.hasMatch()) {
        finding.remoteMta = cleanHost(said.capturedView(1));
        finding.diagnostic = collapse(text.mid(said.capturedEnd()));
        return finding;
    }
    if (const auto via = postfixDeliveryViaRe().match(text); via.hasMatch()) {
        finding.remoteMta = cleanHost(via.capturedView(1));
        finding.diagnostic = collapse(text.mid(via.capturedEnd()));
        return finding;
    }
    const qsizetype said = text.indexOf(QStringLiteral("Remote host said:"), 0, Qt::CaseInsensitive);
    if (said >= 0) { // qmail and Yahoo
        QString reply = text.mid(said + 17);
        for (const QString &tail :
            { QStringLiteral(" Giving up on "), QStringLiteral(" I'm not going to try again") }) {
            const qsizetype at = reply.indexOf(tail);
            if (at >= 0)
                reply.truncate(at);
        }
        finding.diagnostic = collapse(reply);
    } else {
        finding.diagnostic = collapse(text);
    }
    if (const auto ip = qmailIpRe().match(text); ip.hasMatch())
        finding.remoteMta = ip.captured(1).isEmpty() ? ip.captured(2) : ip.captured(1);
    if (finding.remoteMta.isEmpty())
        finding.remoteMta = remoteHostIn(text);
    return finding;
}

QList<Finding> parseAngleBlocks(const Notice &notice)
{
    QList<Finding> findings;
    QString address;
    QStringList block;
    int blanks = 0;
    const auto flush = [&] {
        if (!address.isEmpty())
            findings.append(interpretAngleBlock(address, block));
        address.clear();
        block.clear();
        blanks = 0;
    };
    for (const QString &line : notice.lines) {
        if (isStopLine(line))
            break;
        if (const auto start = angleStartRe().matchView(line); start.hasMatch()) {
            const QString candidate = cleanAddress(start.capturedView(1));
            if (candidate.contains(QLatin1Char('@'))) {
                flush();
                address = candidate;
                if (!start.capturedView(2).trimmed().isEmpty())
                    block.append(start.captured(2));
                continue;
            }
        }
        if (address.isEmpty())
            continue;
        if (line.trimmed().isEmpty()) {
            if (!block.isEmpty() || ++blanks > 1)
                flush();
            continue;
        }
        if (block.size() >= MaxRecordLines * 2)
            flush();
        else
            block.append(line);
    }
    flush();
    return findings;
}

// --- SMTP transcripts: Sendmail, MDaemon ------------------------------------------------------

const QRegularExpression &transcriptLineRe()
{
    // An optional time stamp ("Mon 2026-10-05 10:00:00: "), then the direction.
    static const QRegularExpression re(
        QStringLiteral("\\A\\s{0,8}(?:[^<>]{0,40}?:\\s{1,4})?(>>>|<<<|-->|<--)\\s?(.*)\\z"));
    return re;
}

const QRegularExpression &rcptCommandRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\ARCPT TO:\\s{0,4}<?([^<>\\s]{1,320})"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &talkingToRe()
{
    static const QRegularExpression re(QStringLiteral("while talking to ([A-Za-z0-9.-]{1,253}):|Attempting "
                                                      "SMTP connection to \\[([A-Za-z0-9.-]{1,253})"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Sendmail's own summary of a recipient: "550 5.1.1 <user@example.net>... User unknown" or
// "<user@example.net>... Deferred: Connection timed out with mx.example.net."
const QRegularExpression &sendmailAddressLineRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\A\\s{0,8}(?:[45]\\d\\d[ "
                       "-](?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s{1,4})?)?<?([^<>\\s]{1,320})>?\\.\\.\\.\\s"));
    return re;
}

struct TranscriptEntry
{
    QString address;
    QString host;
    QStringList replies; // what the server answered to its RCPT TO
    QStringList summaries; // sendmail's "<user>... reason" lines
    int session = -1;
};

struct Transcript
{
    QList<TranscriptEntry> entries;
    QList<QStringList> sessionReplies; // failures after DATA, which hit every recipient of a session

    TranscriptEntry &entry(const QString &address)
    {
        for (TranscriptEntry &existing : entries) {
            if (existing.address == address)
                return existing;
        }
        entries.append({ address, {}, {}, {}, -1 });
        return entries.last();
    }
};

Transcript parseTranscript(const Notice &notice)
{
    Transcript transcript;
    QString host;
    QString current;
    bool afterData = false;
    int session = -1;
    for (const QString &line : notice.lines) {
        if (isStopLine(line))
            break;
        if (const auto talking = talkingToRe().matchView(line); talking.hasMatch()) {
            const QString named = cleanHost(
                talking.captured(1).isEmpty() ? talking.capturedView(2) : talking.capturedView(1));
            if (named != host || session < 0) {
                host = named;
                transcript.sessionReplies.append(QStringList());
                session = int(transcript.sessionReplies.size()) - 1;
            }
            current.clear();
            afterData = false;
            continue;
        }
        if (const auto step = transcriptLineRe().matchView(line); step.hasMatch()) {
            const QStringView direction = step.capturedView(1);
            const QStringView text = step.capturedView(2).trimmed();
            if (direction == QStringLiteral(">>>") || direction == QStringLiteral("-->")) {
                if (const auto rcpt = rcptCommandRe().matchView(text); rcpt.hasMatch()) {
                    current = cleanAddress(rcpt.capturedView(1));
                    if (session < 0) {
                        transcript.sessionReplies.append(QStringList());
                        session = int(transcript.sessionReplies.size()) - 1;
                    }
                    TranscriptEntry &entry = transcript.entry(current);
                    entry.host = host;
                    entry.session = session;
                    afterData = false;
                } else {
                    current.clear();
                    afterData = text.startsWith(QStringLiteral("DATA"), Qt::CaseInsensitive)
                        || text == QStringLiteral(".")
                        || text.startsWith(QStringLiteral("BDAT"), Qt::CaseInsensitive);
                }
            } else if (replyStartRe().matchView(text).hasMatch()) {
                if (!current.isEmpty())
                    transcript.entry(current).replies.append(text.toString());
                else if (afterData && session >= 0)
                    transcript.sessionReplies[session].append(text.toString());
            }
            continue;
        }
        if (const auto summary = sendmailAddressLineRe().matchView(line); summary.hasMatch()) {
            const QString address = cleanAddress(summary.capturedView(1));
            if (address.contains(QLatin1Char('@')))
                transcript.entry(address).summaries.append(line.trimmed());
        }
    }
    return transcript;
}

Finding fromTranscript(const Transcript &transcript, const TranscriptEntry &entry)
{
    Finding finding;
    finding.address = entry.address;
    finding.remoteMta = entry.host;
    if (!entry.replies.isEmpty())
        finding.diagnostic = joinText(entry.replies);
    else if (entry.session >= 0 && !transcript.sessionReplies.at(entry.session).isEmpty())
        finding.diagnostic = joinText(transcript.sessionReplies.at(entry.session));
    else if (!entry.summaries.isEmpty())
        finding.diagnostic = collapse(entry.summaries.first());
    return finding;
}

bool transcriptFailed(const Transcript &transcript, const TranscriptEntry &entry)
{
    if (!entry.replies.isEmpty())
        return true;
    if (entry.session >= 0 && !transcript.sessionReplies.at(entry.session).isEmpty())
        return true;
    return !entry.summaries.isEmpty();
}

QList<Finding> failedInTranscript(const Transcript &transcript)
{
    QList<Finding> findings;
    for (const TranscriptEntry &entry : transcript.entries) {
        if (transcriptFailed(transcript, entry))
            findings.append(fromTranscript(transcript, entry));
    }
    return findings;
}

// --- Sendmail ---------------------------------------------------------------------------------

const QRegularExpression &sendmailSectionRe()
{
    static const QRegularExpression re(QStringLiteral("\\A\\s{0,8}-{2,}\\s{0,4}The following address(?:es)? "
                                                      "had (permanent fatal|transient non-fatal) errors"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QList<Finding> parseSendmail(const Notice &notice)
{
    QList<Finding> listed;
    QStringList reasons;
    for (qsizetype i = 0; i < notice.lines.size(); ++i) {
        const auto section = sendmailSectionRe().matchView(notice.lines.at(i));
        if (!section.hasMatch())
            continue;
        const bool transient = section.capturedView(1).startsWith(QLatin1Char('t'), Qt::CaseInsensitive);
        bool inReason = false;
        for (qsizetype j = i + 1; j < notice.lines.size(); ++j) {
            const QStringView text = QStringView(notice.lines.at(j)).trimmed();
            if (text.isEmpty() || text.startsWith(QStringLiteral("---")))
                break;
            if (text.startsWith(QStringLiteral("(reason:"), Qt::CaseInsensitive) && !listed.isEmpty()) {
                reasons.last() = text.mid(8).toString();
                inReason = !text.endsWith(QLatin1Char(')'));
            } else if (text.startsWith(QStringLiteral("(expanded from"), Qt::CaseInsensitive)) {
                inReason = false;
            } else if (const LeadingAddress lead = leadingAddress(text); !lead.address.isEmpty()) {
                Finding finding;
                finding.address = lead.address;
                finding.delayed = transient;
                listed.append(finding);
                reasons.append(QString());
                inReason = false;
            } else if (inReason) {
                reasons.last() += QLatin1Char(' ') + text.toString();
                inReason = !text.endsWith(QLatin1Char(')'));
            }
            i = j;
        }
    }
    for (QString &reason : reasons) {
        reason = reason.trimmed();
        if (reason.endsWith(QLatin1Char(')')))
            reason.chop(1);
    }

    const Transcript transcript = parseTranscript(notice);
    if (listed.isEmpty())
        return failedInTranscript(transcript);
    for (qsizetype i = 0; i < listed.size(); ++i) {
        Finding &finding = listed[i];
        for (const TranscriptEntry &entry : transcript.entries) {
            if (entry.address != finding.address)
                continue;
            const Finding spoken = fromTranscript(transcript, entry);
            finding.remoteMta = spoken.remoteMta;
            // The server's own words beat sendmail's summary of them.
            if (!entry.replies.isEmpty() || reasons.at(i).isEmpty())
                finding.diagnostic = spoken.diagnostic;
        }
        if (finding.diagnostic.isEmpty())
            finding.diagnostic = collapse(reasons.at(i));
    }
    return listed;
}

// --- Exim and GMX: "  user@example.net" with the details indented below -----------------------

const QRegularExpression &eximHostRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?:\\A|\\s)host ([A-Za-z0-9.-]{1,253}) "
                       "\\[[0-9A-Fa-f.:]{2,45}\\](?::\\d{1,5})?:?\\s{0,4}(.*)\\z"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

Finding interpretEximDetails(const QString &address, const QStringList &details)
{
    Finding finding;
    finding.address = address;
    QStringList replies;
    QStringList other;
    bool inReply = false;
    for (const QString &detail : details) {
        const QString text = detail.trimmed();
        if (text.startsWith(QLatin1Char('('))
            && text.contains(QStringLiteral("generated from"), Qt::CaseInsensitive))
            continue;
        if (const auto host = eximHostRe().match(text); host.hasMatch()) {
            finding.remoteMta = cleanHost(host.capturedView(1));
            if (!host.capturedView(2).trimmed().isEmpty())
                replies.append(host.captured(2));
            inReply = true;
            continue;
        }
        // "SMTP error from remote mail server after RCPT TO:<…>:" introduces the reply; a wrapped
        // reply line may end with a colon too.
        if (text.endsWith(QLatin1Char(':')) && replies.isEmpty() && !replyStartRe().match(text).hasMatch()) {
            inReply = true;
            continue;
        }
        if (inReply || replyStartRe().match(text).hasMatch())
            replies.append(text);
        else
            other.append(text);
    }
    finding.diagnostic = joinText(replies + other);
    return finding;
}

QList<Finding> parseIndentedBlocks(const Notice &notice)
{
    QList<Finding> findings;
    const QStringList &lines = notice.lines;
    qsizetype start = -1;
    int addressIndent = 0;
    for (qsizetype i = 0; i < lines.size() && start < 0; ++i) {
        if (isStopLine(lines.at(i)))
            return findings;
        const int indent = indentOf(lines.at(i));
        if (indent == 0 || addressOnly(lines.at(i)).isEmpty())
            continue;
        // The list follows a line that announces it: "The following address(es) failed:".
        for (qsizetype k = i - 1; k >= 0; --k) {
            const QStringView previous = QStringView(lines.at(k)).trimmed();
            if (previous.isEmpty())
                continue;
            if (previous.endsWith(QLatin1Char(':'))) {
                start = i;
                addressIndent = indent;
            }
            break;
        }
    }
    if (start < 0)
        return findings;

    QString address;
    QStringList details;
    for (qsizetype i = start; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const int indent = indentOf(line);
        if (indent == 0 || isStopLine(line))
            break;
        if (indent <= addressIndent) {
            const QString next = addressOnly(line);
            if (next.isEmpty())
                break;
            if (!address.isEmpty())
                findings.append(interpretEximDetails(address, details));
            address = next;
            details.clear();
        } else if (details.size() < MaxRecordLines * 2) {
            details.append(line);
        }
    }
    if (!address.isEmpty())
        findings.append(interpretEximDetails(address, details));
    return findings;
}

// --- Exchange, Office 365, Outlook.com ---------------------------------------------------------

// "<mx.example.net #5.1.1 smtp;550 5.1.1 <user@…>: User unknown>" → the reply, and the host.
QString unwrapExchangeReply(QString text, QString *remote)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('#'))) {
        text.remove(0, 1);
        while (text.endsWith(QLatin1Char('#'))) {
            text.chop(1);
            if (text.endsWith(QStringLiteral("#SMTP"), Qt::CaseInsensitive))
                text.chop(5);
        }
        text = text.trimmed();
    }
    if (text.startsWith(QLatin1Char('<')) && text.endsWith(QLatin1Char('>')))
        text = text.mid(1, text.size() - 2).trimmed();
    static const QRegularExpression wrapped(
        QStringLiteral("\\A([A-Za-z0-9.-]{0,253})\\s{0,4}#([245]\\.\\d{1,3}\\.\\d{1,3})\\s{0,4}(?:smtp\\s{0,"
                       "2};\\s{0,4})?(.*)\\z"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = wrapped.match(text); match.hasMatch()) {
        if (match.capturedView(1).contains(QLatin1Char('.')) && remote && remote->isEmpty())
            *remote = cleanHost(match.capturedView(1));
        text = match.captured(3).trimmed().isEmpty() ? match.captured(2) : match.captured(3);
    }
    return collapse(text);
}

// One reply line of the administrators' section, in any language: the reply is quoted.
QString exchangeReplyLine(QStringView line, QString *remote)
{
    const qsizetype open = line.indexOf(QLatin1Char('\''));
    const qsizetype close = line.lastIndexOf(QLatin1Char('\''));
    if (open >= 0 && close > open) {
        if (remote && remote->isEmpty())
            *remote = remoteHostIn(line.left(open));
        return unwrapExchangeReply(line.mid(open + 1, close - open - 1).toString(), remote);
    }
    if (line.startsWith(QLatin1Char('#')) || replyStartRe().matchView(line).hasMatch())
        return unwrapExchangeReply(line.toString(), remote);
    return {};
}

QList<Finding> parseExchange(const Notice &notice)
{
    static const QStringList adminStart = {
        QStringLiteral("diagnostic information for administrators"),
        QStringLiteral("informations de diagnostic pour les administrateurs"),
        QStringLiteral("información de diagnóstico para administradores"),
        QStringLiteral("diagnoseinformationen für administratoren"),
        QStringLiteral("diagnostische gegevens voor beheerders"),
        QStringLiteral("informazioni di diagnostica per gli amministratori"),
    };
    static const QStringList adminEnd = {
        QStringLiteral("original message headers"),
        QStringLiteral("en-têtes de message d'origine"),
        QStringLiteral("en-têtes du message d'origine"),
        QStringLiteral("encabezados del mensaje original"),
        QStringLiteral("encabezados de mensajes originales"),
        QStringLiteral("ursprüngliche nachrichtenkopfzeilen"),
        QStringLiteral("kopfzeilen der ursprünglichen nachricht"),
        QStringLiteral("oorspronkelijke berichtkoppen"),
        QStringLiteral("intestazioni originali del messaggio"),
    };
    static const QStringList topList = {
        QStringLiteral("delivery has failed to these recipients or groups"),
        QStringLiteral("delivery is delayed to these recipients or groups"),
        QStringLiteral("la remise a échoué pour ces destinataires ou groupes"),
        QStringLiteral("la remise est retardée pour ces destinataires ou groupes"),
        QStringLiteral("error en la entrega a estos destinatarios o grupos"),
        QStringLiteral("la entrega a estos destinatarios o grupos se ha retrasado"),
        QStringLiteral("fehler bei der zustellung an folgende empfänger oder gruppen"),
        QStringLiteral("die zustellung an folgende empfänger oder gruppen verzögert sich"),
        QStringLiteral("the following recipient(s) could not be reached"),
        QStringLiteral("the following recipient(s) cannot be reached"),
        QStringLiteral("did not reach the following recipient(s)"),
    };
    static const QStringList generating = {
        QStringLiteral("generating server"),
        QStringLiteral("serveur de génération"),
        QStringLiteral("servidor de generación"),
        QStringLiteral("generierender server"),
        QStringLiteral("dsn generated by"),
    };
    static const QStringList receiving = {
        QStringLiteral("receiving server"),
        QStringLiteral("serveur de réception"),
        QStringLiteral("servidor de recepción"),
        QStringLiteral("empfangender server"),
    };
    static const QRegularExpression yourMessageTo(
        QStringLiteral(
            "(?:Your message to|Votre message (?:à|a|pour)|Su mensaje (?:a|para)|Ihre Nachricht an)\\s{1,4}(")
            + addressPatternText()
            + QStringLiteral(
                ")\\s{1,4}(?:couldn't|could not|can't|cannot|n'a pas pu|no se pudo|no pudo|konnte nicht)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression reportedError(
        QStringLiteral("\\AReported error:\\s{0,8}(.*)\\z"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression recipientAddress(
        QStringLiteral("\\ARecipient Address:\\s{0,8}(") + addressPatternText() + QStringLiteral(")"),
        QRegularExpression::CaseInsensitiveOption);

    enum class Section { None, Top, Admin };
    Section section = Section::None;
    QList<Finding> admin;
    QList<Finding> top;
    QList<QStringList> explanations;
    QStringList mentioned;
    QString defaultRemote;
    QString reported;
    QString reportedRemote;
    QString unassigned; // a reply Outlook.com shows without naming its recipient
    QString unassignedRemote;
    qsizetype current = -1;
    const QStringList &lines = notice.lines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QStringView text = QStringView(line).trimmed();
        if (containsAny(text, adminStart)) {
            section = Section::Admin;
            current = -1;
            continue;
        }
        if (containsAny(text, adminEnd) && section != Section::None) {
            if (section == Section::Admin)
                break;
            section = Section::None;
            continue;
        }
        if (containsAny(text, topList)) {
            section = Section::Top;
            current = -1;
            continue;
        }
        if (text.startsWith(QStringLiteral("Received:")) || text.startsWith(QStringLiteral("Return-Path:")))
            break;
        if (const auto to = yourMessageTo.matchView(text); to.hasMatch())
            mentioned.append(cleanAddress(to.capturedView(1)));
        if (const auto rcpt = recipientAddress.matchView(text); rcpt.hasMatch())
            mentioned.append(cleanAddress(rcpt.capturedView(1)));
        if (const auto error = reportedError.matchView(text); error.hasMatch())
            reported = collapse(error.captured(1));
        if (text.startsWith(QStringLiteral("Remote server:"), Qt::CaseInsensitive))
            reportedRemote = remoteHostIn(text);

        if (section == Section::Top) {
            if (text.isEmpty()) {
                current = -1;
                continue;
            }
            QString address = addressOnly(text);
            if (address.isEmpty()) {
                if (const auto named = displayNameAddressRe().matchView(text); named.hasMatch())
                    address = cleanAddress(named.capturedView(1));
            }
            if (address.isEmpty() && current < 0) {
                // Exchange 2003: "      user@example.net on 10/2/2026 10:00 AM"
                const LeadingAddress lead = leadingAddress(text);
                if (lead.rest.startsWith(QStringLiteral("on "), Qt::CaseInsensitive))
                    address = lead.address;
            }
            if (!address.isEmpty()) {
                Finding finding;
                finding.address = address;
                top.append(finding);
                explanations.append(QStringList());
                current = top.size() - 1;
            } else if (current >= 0 && explanations[current].size() < MaxRecordLines
                && !otherFieldRe().matchView(text).hasMatch()) {
                explanations[current].append(text.toString());
            }
            continue;
        }
        if (section == Section::Admin) {
            if (text.isEmpty() || startsWithAny(text, generating))
                continue;
            if (startsWithAny(text, receiving)) {
                defaultRemote = remoteHostIn(text);
                if (defaultRemote.isEmpty()) {
                    const qsizetype colon = text.indexOf(QLatin1Char(':'));
                    defaultRemote = cleanHost(text.mid(colon + 1).trimmed().split(QLatin1Char(' ')).value(0));
                }
                continue;
            }
            if (const QString address = addressOnly(text); !address.isEmpty()) {
                Finding finding;
                finding.address = address;
                admin.append(finding);
                current = admin.size() - 1;
                continue;
            }
            if ((current < 0 && !unassigned.isEmpty())
                || (current >= 0 && !admin.at(current).diagnostic.isEmpty()))
                continue;
            QString candidate = text.toString();
            // A quoted reply that wraps: gather lines until the closing quote.
            if (candidate.count(QLatin1Char('\'')) == 1) {
                for (qsizetype k = i + 1; k < lines.size() && k <= i + MaxContinuationLines; ++k) {
                    candidate += QLatin1Char(' ') + lines.at(k).trimmed();
                    if (lines.at(k).contains(QLatin1Char('\''))) {
                        i = k;
                        break;
                    }
                }
            }
            QString remote;
            const QString reply = exchangeReplyLine(candidate, &remote);
            if (current >= 0) {
                admin[current].diagnostic = reply;
                admin[current].remoteMta = remote;
            } else {
                unassigned = reply;
                unassignedRemote = remote;
            }
        }
    }

    QList<Finding> findings = admin;
    const auto indexOf = [&findings](const QString &address) -> qsizetype {
        for (qsizetype k = 0; k < findings.size(); ++k) {
            if (findings.at(k).address == address)
                return k;
        }
        return -1;
    };
    for (qsizetype k = 0; k < top.size(); ++k) {
        QString explanation = joinText(explanations.at(k));
        // Exchange 2003 ends the explanation with "<server #5.1.1 smtp;550 …>", naming itself.
        for (const QString &line : explanations.at(k)) {
            if (line.startsWith(QLatin1Char('<')) && line.contains(QLatin1Char('#')))
                explanation = unwrapExchangeReply(line, nullptr);
        }
        const qsizetype at = indexOf(top.at(k).address);
        if (at < 0) {
            Finding finding = top.at(k);
            finding.diagnostic = explanation;
            findings.append(finding);
        } else if (findings.at(at).diagnostic.isEmpty()) {
            findings[at].diagnostic = explanation;
        }
    }
    for (const QString &address : std::as_const(mentioned)) {
        if (indexOf(address) < 0) {
            Finding finding;
            finding.address = address;
            findings.append(finding);
        }
    }
    for (Finding &finding : findings) {
        const bool hasReply = replyStartRe().match(finding.diagnostic).hasMatch();
        if (!unassigned.isEmpty() && !hasReply) {
            finding.diagnostic = unassigned;
            finding.remoteMta = unassignedRemote;
        }
        // The new Office 365 notice states its one error in a table below the prose.
        if (!reported.isEmpty() && (finding.diagnostic.isEmpty() || findings.size() == 1)
            && (finding.diagnostic.isEmpty() || !replyStartRe().match(finding.diagnostic).hasMatch()))
            finding.diagnostic = reported;
        if (finding.remoteMta.isEmpty())
            finding.remoteMta = defaultRemote.isEmpty() ? reportedRemote : defaultRemote;
    }
    return findings;
}

// --- Domino --------------------------------------------------------------------------------------

QList<Finding> parseDomino(const Notice &notice)
{
    QList<Finding> findings;
    const QStringList &lines = notice.lines;
    static const QString notDelivered = QStringLiteral("was not delivered to:");
    static const QString because = QStringLiteral("because:");
    static const QStringList reasonEnds = {
        QStringLiteral("What should you do"),
        QStringLiteral("Routing path"),
        QStringLiteral("Your document"),
        QStringLiteral("Your message"),
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView text = QStringView(lines.at(i)).trimmed();
        const qsizetype at = text.indexOf(notDelivered, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        QStringList addresses = addressesIn(text.mid(at + notDelivered.size()));
        qsizetype j = i + 1;
        for (; j < lines.size() && j <= i + 40; ++j) {
            const QStringView next = QStringView(lines.at(j)).trimmed();
            if (next.startsWith(because, Qt::CaseInsensitive))
                break;
            for (const QString &address : addressesIn(next)) {
                if (!addresses.contains(address))
                    addresses.append(address);
            }
        }
        if (j >= lines.size() || j > i + 40)
            continue;
        QStringList reason;
        const QStringView sameLine = QStringView(lines.at(j)).trimmed().mid(because.size()).trimmed();
        if (!sameLine.isEmpty())
            reason.append(sameLine.toString());
        qsizetype k = j + 1;
        for (; k < lines.size() && reason.size() < MaxRecordLines; ++k) {
            const QStringView next = QStringView(lines.at(k)).trimmed();
            if (next.isEmpty()) {
                if (reason.isEmpty())
                    continue;
                break;
            }
            if (startsWithAny(next, reasonEnds) || next.contains(notDelivered, Qt::CaseInsensitive))
                break;
            reason.append(next.toString());
        }
        const QString diagnostic = joinText(reason);
        for (const QString &address : std::as_const(addresses)) {
            Finding finding;
            finding.address = address;
            finding.diagnostic = diagnostic;
            finding.remoteMta = remoteHostIn(diagnostic);
            findings.append(finding);
        }
        i = k - 1;
    }
    return findings;
}

// --- Gmail and Google Workspace --------------------------------------------------------------

QList<Finding> parseGmail(const Notice &notice)
{
    static const QStringList responseMarkers = {
        QStringLiteral("The error that the other server returned was:"),
        QStringLiteral("The response from the remote server was:"),
        QStringLiteral("The response was:"),
    };
    static const QStringList technicalMarkers = {
        QStringLiteral("Technical details of permanent failure:"),
        QStringLiteral("Technical details of temporary failure:"),
    };
    static const QRegularExpression bracketHost(
        QStringLiteral("\\[([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8})\\.?\\s{1,3}[0-9A-Fa-f.:]{2,45}("
                       "?:[:\\]]|\\z)"));
    static const QRegularExpression byHost(QStringLiteral(
        "\\bby ([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8})\\.?\\s{1,3}\\[[0-9A-Fa-f.:]{2,45}\\]"));
    const QStringList &lines = notice.lines;

    // The older notice has its technical details first and the server's words below them.
    qsizetype technicalAt = -1;
    qsizetype responseAt = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView text = QStringView(lines.at(i)).trimmed();
        if (technicalAt < 0 && startsWithAny(text, technicalMarkers))
            technicalAt = i;
        if (startsWithAny(text, responseMarkers)) {
            responseAt = i;
            break;
        }
        if (isStopLine(text))
            break;
    }
    qsizetype noticeEnd = technicalAt >= 0 ? technicalAt : responseAt;
    if (noticeEnd < 0)
        noticeEnd = qMin<qsizetype>(lines.size(), 40);

    QStringList addresses;
    for (qsizetype i = 0; i < noticeEnd; ++i) {
        for (const QString &address : addressesIn(lines.at(i))) {
            if (!addresses.contains(address))
                addresses.append(address);
        }
    }

    QStringList response;
    QStringList technical;
    if (responseAt >= 0) {
        for (qsizetype i = responseAt + 1; i < lines.size() && response.size() < MaxRecordLines; ++i) {
            const QStringView text = QStringView(lines.at(i)).trimmed();
            if (text.isEmpty()) {
                if (response.isEmpty())
                    continue;
                break;
            }
            if (isStopLine(text))
                break;
            response.append(text.toString());
        }
    }
    if (technicalAt >= 0) {
        for (qsizetype i = technicalAt + 1; i < lines.size() && i <= technicalAt + MaxRecordLines; ++i) {
            if (i == responseAt)
                break;
            technical.append(lines.at(i));
        }
    }
    const QString diagnostic = joinText(response.isEmpty() ? technical : response);
    QString remote;
    const QString context
        = technical.join(QLatin1Char(' ')) + QLatin1Char(' ') + response.join(QLatin1Char(' '));
    if (const auto match = bracketHost.match(context); match.hasMatch())
        remote = cleanHost(match.capturedView(1));
    else if (const auto by = byHost.match(context); by.hasMatch())
        remote = cleanHost(by.capturedView(1));

    QList<Finding> findings;
    for (const QString &address : std::as_const(addresses)) {
        Finding finding;
        finding.address = address;
        finding.diagnostic = diagnostic;
        finding.remoteMta = remote;
        findings.append(finding);
    }
    return findings;
}

// --- Amazon SES: a bare list of addresses ------------------------------------------------------

QList<Finding> parseAddressList(const Notice &notice, const QString &announcement)
{
    QList<Finding> findings;
    bool inList = false;
    for (const QString &line : notice.lines) {
        if (!inList) {
            inList = line.contains(announcement, Qt::CaseInsensitive);
            continue;
        }
        if (line.trimmed().isEmpty()) {
            if (findings.isEmpty())
                continue;
            break;
        }
        const QString address = addressOnly(line);
        if (address.isEmpty())
            break;
        Finding finding;
        finding.address = address;
        findings.append(finding);
    }
    return findings;
}

// --- records: an address, then its reason on the same or the next lines ------------------------
// Serves the providers whose notices are a short list (Mimecast, Proofpoint, iCloud) and, with a
// reply required, the generic fallback.

QList<Finding> parseRecords(const Notice &notice, bool requireReply)
{
    struct Record
    {
        QString address;
        QStringList parts;
    };
    QList<Record> records;
    qsizetype current = -1;
    int blanks = 0;
    for (const QString &line : notice.lines) {
        if (isStopLine(line))
            break;
        const QStringView text = QStringView(line).trimmed();
        if (text.isEmpty()) {
            if (current >= 0 && (!records.at(current).parts.isEmpty() || ++blanks > 1))
                current = -1;
            continue;
        }
        if (text.startsWith(QStringLiteral(">>>")) || text.startsWith(QStringLiteral("<<<")))
            continue; // transcripts are read on their own
        if (const LeadingAddress lead = leadingAddress(text); !lead.address.isEmpty()) {
            records.append({ lead.address, {} });
            current = records.size() - 1;
            blanks = 0;
            if (!lead.rest.isEmpty())
                records[current].parts.append(lead.rest);
            continue;
        }
        if (current < 0)
            continue;
        if (records.at(current).parts.size() >= MaxRecordLines)
            current = -1;
        else
            records[current].parts.append(text.toString());
    }

    QList<Finding> findings;
    for (const Record &record : std::as_const(records)) {
        Finding finding;
        finding.address = record.address;
        QStringList diagnostic;
        qsizetype replyAt = -1;
        for (qsizetype i = 0; i < record.parts.size() && replyAt < 0; ++i) {
            const QString &part = record.parts.at(i);
            const auto label = reasonLabelRe().match(part);
            const QString unlabelled = label.hasMatch() ? part.mid(label.capturedEnd()) : part;
            if (replyStartRe().match(unlabelled).hasMatch()) {
                replyAt = i;
                diagnostic.append(unlabelled);
            } else if (const auto inside = replyWithStatusRe().match(part); inside.hasMatch()) {
                replyAt = i;
                diagnostic.append(part.mid(inside.capturedStart()));
            }
        }
        if (replyAt < 0 && requireReply)
            continue;
        for (qsizetype i = 0; i < record.parts.size(); ++i) {
            const QString &part = record.parts.at(i);
            if (finding.remoteMta.isEmpty())
                finding.remoteMta = remoteHostIn(part);
            if (i == replyAt || otherFieldRe().match(part).hasMatch())
                continue;
            if (replyAt >= 0 && i < replyAt)
                continue;
            if (replyAt >= 0 && i > replyAt + MaxContinuationLines)
                break;
            const auto label = reasonLabelRe().match(part);
            if (replyAt >= 0 && label.hasMatch())
                break; // a second field, not a continuation of the reply
            diagnostic.append(label.hasMatch() ? part.mid(label.capturedEnd()) : part);
        }
        finding.diagnostic = joinText(diagnostic);
        findings.append(finding);
    }
    return findings;
}

// --- RFC 3464 fields that some notices show as text ------------------------------------------

void applyDeliveryStatusFields(const Notice &notice, QList<Finding> &findings, bool mayAdd)
{
    struct Field
    {
        QString address;
        QString diagnostic;
        QString remoteMta;
        QString action;
    };
    QList<Field> fields;
    const QStringList &lines = notice.lines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon > 20 || line.front().isSpace())
            continue;
        const QStringView name = line.left(colon);
        QStringView value = line.mid(colon + 1).trimmed();
        if (const qsizetype semicolon = value.indexOf(QLatin1Char(';')); semicolon >= 0 && semicolon < 12)
            value = value.mid(semicolon + 1).trimmed();
        if (name.compare(QStringLiteral("Final-Recipient"), Qt::CaseInsensitive) == 0) {
            fields.append({ cleanAddress(value), {}, {}, {} });
        } else if (fields.isEmpty()) {
            continue;
        } else if (name.compare(QStringLiteral("Action"), Qt::CaseInsensitive) == 0) {
            fields.last().action = value.toString().toLower();
        } else if (name.compare(QStringLiteral("Remote-MTA"), Qt::CaseInsensitive) == 0) {
            fields.last().remoteMta = cleanHost(value);
        } else if (name.compare(QStringLiteral("Diagnostic-Code"), Qt::CaseInsensitive) == 0) {
            QStringList parts { value.toString() };
            for (qsizetype k = i + 1; k < lines.size() && k <= i + MaxContinuationLines; ++k) {
                if (lines.at(k).isEmpty() || !lines.at(k).front().isSpace())
                    break;
                parts.append(lines.at(k));
                i = k;
            }
            fields.last().diagnostic = joinText(parts);
        }
    }
    for (const Field &field : std::as_const(fields)) {
        if (!field.address.contains(QLatin1Char('@')))
            continue;
        bool known = false;
        for (Finding &finding : findings) {
            if (finding.address != field.address)
                continue;
            known = true;
            if (finding.diagnostic.isEmpty())
                finding.diagnostic = field.diagnostic;
            if (finding.remoteMta.isEmpty())
                finding.remoteMta = field.remoteMta;
            if (!finding.delayed.has_value() && !field.action.isEmpty())
                finding.delayed = field.action == QStringLiteral("delayed");
        }
        const bool failedOrDelayed = field.action.isEmpty() || field.action == QStringLiteral("failed")
            || field.action == QStringLiteral("delayed");
        if (!known && mayAdd && failedOrDelayed) {
            Finding finding;
            finding.address = field.address;
            finding.diagnostic = field.diagnostic;
            finding.remoteMta = field.remoteMta;
            if (!field.action.isEmpty())
                finding.delayed = field.action == QStringLiteral("delayed");
            findings.append(finding);
        }
    }
}

// --- recognising the notice ---------------------------------------------------------------------

bool fromDomainContains(const Notice &notice, const QStringList &domains)
{
    const QStringView domain
        = QStringView(notice.fromAddress).mid(notice.fromAddress.indexOf(QLatin1Char('@')) + 1);
    for (const QString &candidate : domains) {
        if (domain == candidate || domain.endsWith(QLatin1Char('.') + candidate))
            return true;
    }
    return false;
}

bool isSuccessReport(const Notice &notice)
{
    static const QStringList subjects = {
        QStringLiteral("Successful Mail Delivery Report"),
        QStringLiteral("Delivered:"),
        QStringLiteral("Relayed:"),
        QStringLiteral("Delivery Status Notification (Success)"),
        QStringLiteral("Delivery Status Notification (Relay)"),
        QStringLiteral("Read:"),
    };
    if (startsWithAny(notice.subject, subjects))
        return true;
    return notice.has(QStringLiteral("your message was successfully delivered to the destination"));
}

QString recognise(const Notice &notice)
{
    const auto bodyHasAny = [&notice](std::initializer_list<QString> markers) {
        for (const QString &marker : markers) {
            if (notice.has(marker))
                return true;
        }
        return false;
    };

    if (fromDomainContains(notice, { QStringLiteral("amazonses.com") })
        || bodyHasAny({ QStringLiteral(
            "an error occurred while trying to deliver the mail to the following recipients") }))
        return QStringLiteral("ses");
    if (bodyHasAny({ QStringLiteral("--- session transcript ---"), QStringLiteral("mdaemon"),
            QStringLiteral("had permanent fatal delivery errors") }))
        return QStringLiteral("mdaemon");
    if (bodyHasAny({ QStringLiteral("diagnostic information for administrators"),
            QStringLiteral("delivery has failed to these recipients or groups"),
            QStringLiteral("delivery is delayed to these recipients or groups"),
            QStringLiteral("informations de diagnostic pour les administrateurs"),
            QStringLiteral("la remise a échoué pour ces destinataires ou groupes"),
            QStringLiteral("la remise est retardée pour ces destinataires ou groupes"),
            QStringLiteral("información de diagnóstico para administradores"),
            QStringLiteral("error en la entrega a estos destinatarios o grupos"),
            QStringLiteral("diagnoseinformationen für administratoren"),
            QStringLiteral("fehler bei der zustellung an folgende empfänger oder gruppen"),
            QStringLiteral("the following recipient(s) could not be reached"),
            QStringLiteral("did not reach the following recipient(s)"),
            QStringLiteral("more info for email admins"), QStringLiteral("remote server returned '") }))
        return QStringLiteral("exchange");
    if (bodyHasAny({ QStringLiteral("** address not found **"), QStringLiteral("** message not delivered **"),
            QStringLiteral("** delivery incomplete **"), QStringLiteral("** message blocked **"),
            QStringLiteral("the response from the remote server was:"),
            QStringLiteral("delivery to the following recipient failed permanently"),
            QStringLiteral("delivery to the following recipients failed permanently"),
            QStringLiteral("delivery to the following recipient has been delayed"),
            QStringLiteral("google tried to deliver your message") }))
        return QStringLiteral("gmail");
    if (notice.has(QStringLiteral("was not delivered to:")) && notice.has(QStringLiteral("because:")))
        return QStringLiteral("domino");
    if (bodyHasAny({ QStringLiteral("sorry, we were unable to deliver your message to the following address"),
            QStringLiteral("message from yahoo.com.") })
        || (fromDomainContains(notice, { QStringLiteral("yahoo.com"), QStringLiteral("yahoodns.net") })
            && !parseAngleBlocks(notice).isEmpty()))
        return QStringLiteral("yahoo");
    if (bodyHasAny(
            { QStringLiteral("running the courier mail server"), QStringLiteral("courier mail server at") }))
        return QStringLiteral("courier");
    if (bodyHasAny({ QStringLiteral("this is the qmail-send program"),
            QStringLiteral("i'm afraid i wasn't able to deliver your message to the following addresses") }))
        return QStringLiteral("qmail");
    if (bodyHasAny({ QStringLiteral("this is the mail system at host"),
            QStringLiteral("this is the postfix program at host") })
        || (notice.subject.startsWith(
                QStringLiteral("Undelivered Mail Returned to Sender"), Qt::CaseInsensitive)
            && !parseAngleBlocks(notice).isEmpty())
        || notice.subject.startsWith(
            QStringLiteral("Delayed Mail (still being retried)"), Qt::CaseInsensitive)) {
        static const QRegularExpression zimbraHost(QStringLiteral("mail system at host [^\\s]{0,200}zimbra"),
            QRegularExpression::CaseInsensitiveOption);
        const bool zimbra = zimbraHost.match(notice.lower).hasMatch()
            || notice.fromAddress.contains(QStringLiteral("zimbra")) || notice.has(QStringLiteral("]:7025:"));
        return zimbra ? QStringLiteral("zimbra") : QStringLiteral("postfix");
    }
    const bool gmxSender = fromDomainContains(notice,
        { QStringLiteral("gmx.net"), QStringLiteral("gmx.de"), QStringLiteral("gmx.com"),
            QStringLiteral("gmx.at"), QStringLiteral("gmx.ch"), QStringLiteral("web.de") });
    const bool eximWording
        = bodyHasAny({ QStringLiteral("this message was created automatically by mail delivery software"),
            QStringLiteral("could not be delivered to one or more of its recipients"),
            QStringLiteral("has not yet been delivered to one or more of its") });
    const bool germanWording = bodyHasAny({ QStringLiteral("diese nachricht wurde automatisch"),
        QStringLiteral("konnte nicht zugestellt werden"), QStringLiteral("noch nicht zugestellt werden") });
    if ((gmxSender && (eximWording || germanWording))
        || (germanWording && bodyHasAny({ QStringLiteral("gmx"), QStringLiteral("web.de") })))
        return QStringLiteral("gmx");
    if (eximWording)
        return QStringLiteral("exim");
    if (bodyHasAny({ QStringLiteral("----- the following addresses had"),
            QStringLiteral("----- transcript of session follows -----"),
            QStringLiteral("the original message was received at") })) {
        const bool proofpoint = notice.has(QStringLiteral("pphosted"))
            || notice.has(QStringLiteral("proofpoint"))
            || notice.fromAddress.contains(QStringLiteral("pphosted"));
        return proofpoint ? QStringLiteral("proofpoint") : QStringLiteral("sendmail");
    }
    if (notice.fromAddress.contains(QStringLiteral("mimecast")) || notice.has(QStringLiteral("mimecast")))
        return QStringLiteral("mimecast");
    if (notice.fromAddress.contains(QStringLiteral("proofpoint")) || notice.has(QStringLiteral("proofpoint")))
        return QStringLiteral("proofpoint");
    if (fromDomainContains(notice,
            { QStringLiteral("icloud.com"), QStringLiteral("me.com"), QStringLiteral("mac.com"),
                QStringLiteral("apple.com") })
        || notice.has(QStringLiteral("icloud mail")))
        return QStringLiteral("apple");
    const QString fromLocal = notice.fromAddress.section(QLatin1Char('@'), 0, 0);
    if (bounceSubjectRe().match(notice.subject).hasMatch() || fromLocal == QStringLiteral("mailer-daemon")
        || fromLocal == QStringLiteral("postmaster"))
        return QStringLiteral("generic");
    return {};
}

QList<Finding> extract(const QString &format, const Notice &notice)
{
    if (format == QStringLiteral("postfix") || format == QStringLiteral("zimbra")
        || format == QStringLiteral("qmail") || format == QStringLiteral("courier")
        || format == QStringLiteral("yahoo"))
        return parseAngleBlocks(notice);
    if (format == QStringLiteral("sendmail") || format == QStringLiteral("proofpoint")) {
        QList<Finding> findings = parseSendmail(notice);
        return findings.isEmpty() ? parseRecords(notice, false) : findings;
    }
    if (format == QStringLiteral("mdaemon"))
        return failedInTranscript(parseTranscript(notice));
    if (format == QStringLiteral("exim") || format == QStringLiteral("gmx"))
        return parseIndentedBlocks(notice);
    if (format == QStringLiteral("exchange"))
        return parseExchange(notice);
    if (format == QStringLiteral("domino"))
        return parseDomino(notice);
    if (format == QStringLiteral("gmail"))
        return parseGmail(notice);
    if (format == QStringLiteral("ses"))
        return parseAddressList(notice, QStringLiteral("following recipients:"));
    if (format == QStringLiteral("mimecast") || format == QStringLiteral("apple"))
        return parseRecords(notice, false);
    return {};
}

// A notice that only warns, for the whole notice. Recipients whose own entry says otherwise
// (Sendmail's sections, Action fields) keep what their entry says.
bool noticeIsDelay(const QString &format, const Notice &notice, const QList<Finding> &findings)
{
    static const QStringList subjectMarkers = {
        QStringLiteral("delayed mail"),
        QStringLiteral("(delay)"),
        QStringLiteral("delivery delayed"),
        QStringLiteral("delay notification"),
        QStringLiteral("warning: could not send message"),
        QStringLiteral("warning: message"),
        QStringLiteral("mail delivery delayed"),
        QStringLiteral("delivery delay"),
        QStringLiteral("verzögert"),
        QStringLiteral("retardé"),
        QStringLiteral("retrasad"),
    };
    static const QStringList bodyMarkers = {
        QStringLiteral("this is a warning only"),
        QStringLiteral("this is a warning message only"),
        QStringLiteral("delivery is delayed to these recipients or groups"),
        QStringLiteral("la remise est retardée pour ces destinataires ou groupes"),
        QStringLiteral("la entrega a estos destinatarios o grupos se ha retrasado"),
        QStringLiteral("die zustellung an folgende empfänger oder gruppen verzögert sich"),
        QStringLiteral("** delivery incomplete **"),
        QStringLiteral("has been delayed"),
        QStringLiteral("there was a temporary problem delivering"),
        QStringLiteral("technical details of temporary failure"),
        QStringLiteral("has not yet been delivered"),
        QStringLiteral("hasn't been delivered yet"),
        QStringLiteral("will continue to attempt"),
        QStringLiteral("will continue to try"),
        QStringLiteral("still being retried"),
        QStringLiteral("delivery attempts will continue"),
        QStringLiteral("could not send message for past"),
        QStringLiteral("wird weiterhin versucht"),
        QStringLiteral("noch nicht zugestellt werden"),
    };
    const QString subject = notice.subject.toLower();
    for (const QString &marker : subjectMarkers) {
        if (subject.contains(marker))
            return true;
    }
    if (notice.hasAny(bodyMarkers))
        return true;
    if (format == QStringLiteral("postfix") || format == QStringLiteral("zimbra")) {
        // A final bounce of mail that expired in the queue still quotes the last temporary
        // reason; only a notice that does not say it gave up is a warning.
        const bool final = subject.startsWith(QStringLiteral("undelivered mail returned to sender"))
            || notice.has(QStringLiteral("could not be delivered to one or more recipients"))
            || notice.has(QStringLiteral("i'm sorry to have to inform you"));
        if (final)
            return false;
        for (const Finding &finding : findings) {
            if (finding.diagnostic.contains(
                    QStringLiteral("delivery temporarily suspended"), Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

bool isBounceSender(const QString &address, const QString &fromAddress)
{
    if (address == fromAddress)
        return true;
    const QString local = address.section(QLatin1Char('@'), 0, 0);
    return local == QStringLiteral("mailer-daemon") || local == QStringLiteral("mailer_daemon")
        || local == QStringLiteral("postmaster");
}

} // namespace

BounceTextReport BounceTextParser::parse(
    const QString &subject, const QString &fromAddress, const QString &body)
{
    BounceTextReport report;
    // A person replying to or forwarding a notice wrote this message; it is not the notice.
    if (replyOrForwardSubjectRe().match(subject).hasMatch())
        return report;
    const Notice notice = prepare(subject, fromAddress, body);
    if (isSuccessReport(notice))
        return report;
    const QString format = recognise(notice);
    if (format.isEmpty())
        return report;

    QList<Finding> findings = extract(format, notice);
    if (findings.isEmpty()) {
        // An unfamiliar variant of a known notice, or the generic case: address plus reply.
        findings = parseRecords(notice, true);
        if (findings.isEmpty())
            findings = failedInTranscript(parseTranscript(notice));
    }
    applyDeliveryStatusFields(notice, findings, findings.isEmpty());
    if (findings.isEmpty() && format == QStringLiteral("generic"))
        return report;

    const bool delayed = noticeIsDelay(format, notice, findings);
    static const QRegularExpression success(QStringLiteral("\\A2\\d\\d[ -]"));
    for (const Finding &finding : std::as_const(findings)) {
        const QString address = cleanAddress(finding.address);
        if (!address.contains(QLatin1Char('@')) || isBounceSender(address, notice.fromAddress))
            continue;
        if (success.match(finding.diagnostic).hasMatch())
            continue; // a recipient that was delivered after all
        bool merged = false;
        for (BounceTextRecipient &known : report.recipients) {
            if (known.address != address)
                continue;
            merged = true;
            if (known.diagnostic.isEmpty())
                known.diagnostic = collapse(finding.diagnostic);
            if (known.remoteMta.isEmpty())
                known.remoteMta = cleanHost(finding.remoteMta);
        }
        if (merged)
            continue;
        BounceTextRecipient recipient;
        recipient.address = address;
        recipient.diagnostic = collapse(finding.diagnostic);
        recipient.remoteMta = cleanHost(finding.remoteMta);
        recipient.delayed = finding.delayed.value_or(delayed);
        report.recipients.append(recipient);
    }
    if (report.recipients.isEmpty() && format == QStringLiteral("generic"))
        return report;
    report.format = format;
    return report;
}

} // namespace abusedesk::mail
