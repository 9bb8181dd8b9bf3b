// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/EximLogParser.h"

#include "delivery/LogClock.h"
#include "delivery/LogLineScan.h"
#include "delivery/QueueTable.h"
#include "delivery/SmtpReply.h"

#include <QCoreApplication>

namespace abusedesk::delivery {

namespace {

using scan::isAlnum;
using scan::isDigit;
using scan::lowerCaseAddress;
using scan::withoutNulPadding;

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::delivery::EximLogParser)
};

// The length of the run of letters and digits at text[at].
qsizetype alnumRun(QByteArrayView text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && isAlnum(text[end]))
        ++end;
    return end - at;
}

// "1qAbCd-000123-Xy" (16 characters) or Exim 4.97's longer "1tAbCd-00000012-AbCd" at the start
// of text, followed by a space or the end: its length, else 0.
qsizetype eximIdLength(QByteArrayView text)
{
    const qsizetype first = alnumRun(text, 0);
    if (first != 6 || first >= text.size() || text[first] != '-')
        return 0;
    const qsizetype second = alnumRun(text, first + 1);
    const qsizetype secondEnd = first + 1 + second;
    if (second < 6 || second > 11 || secondEnd >= text.size() || text[secondEnd] != '-')
        return 0;
    const qsizetype third = alnumRun(text, secondEnd + 1);
    const qsizetype end = secondEnd + 1 + third;
    if (third < 2 || third > 4 || (end < text.size() && text[end] != ' '))
        return 0;
    return end;
}

struct EximLine
{
    CivilTime time;
    bool hasOffset = false; ///< log_timezone: "+0100" after the time
    int offsetSeconds = 0;
    QByteArrayView text; ///< after the time, zone and pid
};

// "2026-11-02 10:00:00[.123][ +0100][ [4711]] text"
bool readEximLine(QByteArrayView line, EximLine &out)
{
    out.time.year = scan::numberAt(line, 0, 4);
    out.time.month = scan::numberAt(line, 5, 2);
    out.time.day = scan::numberAt(line, 8, 2);
    out.time.hour = scan::numberAt(line, 11, 2);
    out.time.minute = scan::numberAt(line, 14, 2);
    out.time.second = scan::numberAt(line, 17, 2);
    if (out.time.year < 0 || out.time.month < 0 || out.time.day < 0 || out.time.hour < 0
        || out.time.minute < 0 || out.time.second < 0 || line[4] != '-' || line[7] != '-' || line[10] != ' '
        || line[13] != ':' || line[16] != ':')
        return false;
    qsizetype at = 19;
    out.time.millisecond = 0;
    if (at < line.size() && line[at] == '.') { // log_selector +millisec
        const int millisecond = scan::numberAt(line, at + 1, 3);
        if (millisecond < 0)
            return false;
        out.time.millisecond = millisecond;
        at += 4;
    }
    if (at >= line.size() || line[at] != ' ')
        return false;
    ++at;
    out.hasOffset = false;
    if (at < line.size() && (line[at] == '+' || line[at] == '-')) {
        const int hours = scan::numberAt(line, at + 1, 2);
        const int minutes = scan::numberAt(line, at + 3, 2);
        if (hours >= 0 && minutes >= 0 && (at + 5 == line.size() || line[at + 5] == ' ')) {
            out.hasOffset = true;
            out.offsetSeconds = (line[at] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
            at = qMin(at + 6, line.size());
        }
    }
    if (at < line.size() && line[at] == '[') { // log_selector +pid
        const qsizetype close = line.indexOf("] ", at);
        if (close > at + 1 && close - at <= 12) {
            bool digits = true;
            for (qsizetype i = at + 1; i < close; ++i)
                digits = digits && isDigit(line[i]);
            if (digits)
                at = close + 2;
        }
    }
    out.text = line.sliced(at);
    return true;
}

// One space-separated token of a delivery line; NAME="quoted value" stays one token, with
// backslash escapes inside the quotes.
qsizetype tokenEnd(QByteArrayView text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && text[end] != ' ') {
        if (text[end] == '"') {
            for (++end; end < text.size() && text[end] != '"'; ++end) {
                if (text[end] == '\\')
                    ++end;
            }
        }
        if (end < text.size())
            ++end;
    }
    return qMin(end, text.size());
}

// C="250 2.0.0 OK id=…" → 250 2.0.0 OK id=…
QByteArrayView unquoted(QByteArrayView value)
{
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        return value.sliced(1, value.size() - 2);
    if (value.startsWith('"'))
        return value.sliced(1); // cut off inside the quotes
    return value;
}

// "[192.0.2.7]:25" → "192.0.2.7"
QByteArrayView insideBrackets(QByteArrayView value)
{
    if (!value.startsWith('['))
        return value;
    const qsizetype close = value.indexOf(']');
    return close < 0 ? value.sliced(1) : value.sliced(1, close - 1);
}

// A line whose time cannot be read but that says it is a delivery ("1qAbCd-000123-Xy => …").
bool claimsDelivery(QByteArrayView line)
{
    for (const char *marker : { " => ", " -> ", " ** ", " == " }) {
        const qsizetype at = line.indexOf(marker);
        if (at < 16)
            continue;
        const qsizetype start = line.lastIndexOf(' ', at - 1) + 1;
        if (eximIdLength(line.sliced(start, at - start)) == at - start)
            return true;
    }
    return false;
}

struct QueuedMessage
{
    QString queueId;
    QString sender;
    QString messageId;
};

} // namespace

struct EximLogParser::Private
{
    Private(ParserSinks sinks, QDateTime reference, QTimeZone timeZone)
        : sinks(std::move(sinks))
        , clock(std::move(timeZone), std::move(reference))
    { }

    void addLine(QByteArrayView line, qint64 number);
    std::optional<qint64> usableTime(QByteArrayView line, const EximLine &exim, qint64 number);
    void arrival(
        QByteArrayView line, const EximLine &exim, QByteArrayView id, QByteArrayView text, qint64 number);
    void delivery(QByteArrayView line, const EximLine &exim, QByteArrayView id, QByteArrayView marker,
        QByteArrayView text, qint64 number);
    void reject(qint64 number, QString reason);

    ParserSinks sinks;
    LogClock clock;
    QueueTable<QueuedMessage> queue;
};

void EximLogParser::Private::addLine(QByteArrayView line, qint64 number)
{
    line = withoutNulPadding(line);
    EximLine exim;
    if (!readEximLine(line, exim)) {
        if (claimsDelivery(line))
            reject(number, Tr::tr("the time stamp cannot be read"));
        return;
    }
    // "<id> <= …", "<id> => …"; lines without an id (queue runs, connections, rejected RCPT,
    // cwd=) and other lines about a message (Frozen, SMTP error …) say nothing we keep.
    const qsizetype idLength = eximIdLength(exim.text);
    if (idLength == 0 || idLength + 3 > exim.text.size())
        return;
    const QByteArrayView id = exim.text.first(idLength);
    const QByteArrayView text = exim.text.sliced(idLength + 1);
    const QByteArrayView marker = text.first(2);
    if (text.size() >= 3 && text[2] == ' ') {
        if (marker == "<=")
            return arrival(line, exim, id, text.sliced(3), number);
        if (marker == "=>" || marker == "->" || marker == "**" || marker == "==")
            return delivery(line, exim, id, marker, text.sliced(3), number);
    }
    if (text.startsWith("Completed") && (text.size() == 9 || text[9] == ' '))
        queue.remove(id);
}

std::optional<qint64> EximLogParser::Private::usableTime(
    QByteArrayView line, const EximLine &exim, qint64 number)
{
    QString whyNot;
    const std::optional<qint64> msecs = clock.usableTime(
        line,
        [&] {
            return exim.hasOffset ? LogClock::fromOffset(exim.time, exim.offsetSeconds)
                                  : clock.fromLocal(exim.time);
        },
        &whyNot);
    if (!msecs)
        reject(number, whyNot);
    return msecs;
}

// "<= sender@example.com H=client [192.0.2.5] P=esmtp S=1234 id=msgid@example.com"; "<= <>" is
// the null sender (a bounce Exim made).
void EximLogParser::Private::arrival(
    QByteArrayView line, const EximLine &exim, QByteArrayView id, QByteArrayView text, qint64 number)
{
    qsizetype end = tokenEnd(text, 0);
    QByteArrayView sender = text.first(end);
    if (sender == "<>")
        sender = {};
    QByteArrayView messageId;
    for (qsizetype at = end + 1; at < text.size(); at = end + 1) {
        end = tokenEnd(text, at);
        const QByteArrayView token = text.sliced(at, end - at);
        if (token.startsWith("id=")) {
            messageId = token.sliced(3);
            if (messageId.startsWith('<') && messageId.endsWith('>'))
                messageId = messageId.sliced(1, messageId.size() - 2);
            break;
        }
    }
    const std::optional<qint64> msecs = usableTime(line, exim, number);
    if (!msecs)
        return;
    QueuedMessage &message = queue.touchNamed(id, *msecs);
    message.sender = lowerCaseAddress(sender);
    message.messageId = QString::fromUtf8(messageId);
}

// "=> rcpt@x.com R=dnslookup T=remote_smtp H=mx.x.com [192.0.2.1] I=[192.0.2.7]:25 C=\"250 …\"",
// "=> alias <rcpt@x.com> R=…", "** rcpt@x.com R=… T=… H=mx [ip]: SMTP error from …: 550 5.1.1 …",
// "== rcpt@x.com R=… T=… defer (-44) H=mx [ip]: SMTP error from …: 451 4.7.1 …".
void EximLogParser::Private::delivery(QByteArrayView line, const EximLine &exim, QByteArrayView id,
    QByteArrayView marker, QByteArrayView text, qint64 number)
{
    const bool delivered = marker == "=>" || marker == "->";
    // The address, then "(parent)" and "<original address>" when routing changed it: the
    // original is the one the sender gave. A token that ends in ':' ends the fields; what
    // follows is the reason (** and ==).
    qsizetype end = tokenEnd(text, 0);
    QByteArrayView recipient = text.first(end);
    bool reasonFollows = false;
    if (recipient.endsWith(':') && !delivered) {
        recipient.chop(1);
        reasonFollows = true;
    }
    while (!reasonFollows && end + 1 < text.size() && (text[end + 1] == '<' || text[end + 1] == '(')) {
        const qsizetype at = end + 1;
        end = tokenEnd(text, at);
        QByteArrayView token = text.sliced(at, end - at);
        if (token.endsWith(':') && !delivered) {
            token.chop(1);
            reasonFollows = true;
        }
        if (token.startsWith('<') && token.endsWith('>'))
            recipient = token.sliced(1, token.size() - 2);
    }
    if (recipient.isEmpty() || recipient == "<>") {
        reject(number, Tr::tr("the delivery line names no recipient"));
        return;
    }

    QByteArrayView host, hostAddress, interface, reply, deliverySender, reason;
    bool hostAddressFollows = false;
    bool routed = false;
    for (qsizetype at = end + 1; !reasonFollows && at < text.size(); at = end + 1) {
        end = tokenEnd(text, at);
        QByteArrayView token = text.sliced(at, end - at);
        if (token.endsWith(':') && !delivered) {
            token.chop(1);
            reasonFollows = true;
        }
        if (hostAddressFollows && token.startsWith('['))
            hostAddress = insideBrackets(token);
        hostAddressFollows = false;
        if (token.size() < 2 || token[1] != '=')
            continue;
        switch (token[0]) {
        case 'H':
            host = token.sliced(2);
            hostAddressFollows = !host.startsWith('[');
            if (!hostAddressFollows)
                host = insideBrackets(host);
            break;
        case 'I':
            interface = insideBrackets(token.sliced(2));
            break;
        case 'C':
            reply = unquoted(token.sliced(2));
            break;
        case 'R':
            routed = true;
            break;
        case 'F':
            deliverySender = token.sliced(2);
            if (deliverySender.startsWith('<') && deliverySender.endsWith('>'))
                deliverySender = deliverySender.sliced(1, deliverySender.size() - 2);
            break;
        default:
            break;
        }
    }
    if (reasonFollows && end + 1 < text.size())
        reason = text.sliced(end + 1).trimmed();
    // Every delivery names the router that chose it; a line without one was cut off.
    if (delivered && !routed) {
        reject(number, Tr::tr("the delivery line ends before its router (R=), cut off?"));
        return;
    }

    const std::optional<qint64> msecs = usableTime(line, exim, number);
    if (!msecs)
        return;

    DeliveryResult result = DeliveryResult::Delivered;
    if (marker == "==") {
        result = DeliveryResult::Deferred;
    } else if (marker == "**") {
        // Exim gives up on an address whose retry time ran out with the same "**" as on a
        // refusal; that is an expiry (Postfix status=expired), not a verdict of the receiver.
        const bool gaveUp = reason.contains("retry timeout exceeded")
            || reason.contains("retry time not reached for any host after a long failure period");
        result = gaveUp ? DeliveryResult::Expired : DeliveryResult::Bounced;
    }
    const QByteArrayView diagnostic = delivered ? reply : reason;
    const SmtpReply smtp = SmtpReply::find(diagnostic);

    QueuedMessage &message = queue.touchNamed(id, *msecs);
    DeliveryRecord record;
    record.time = QDateTime::fromMSecsSinceEpoch(*msecs, QTimeZone::UTC);
    record.queueId = message.queueId;
    if (message.sender.isEmpty() && !deliverySender.isEmpty())
        message.sender = lowerCaseAddress(deliverySender);
    record.envelopeSender = message.sender;
    record.recipient = lowerCaseAddress(recipient);
    record.sendingIp = QString::fromLatin1(interface);
    record.messageId = message.messageId;
    record.result = result;
    record.status = QString::fromLatin1(smtp.enhancedStatus);
    record.replyCode = QString::fromLatin1(smtp.code);
    record.diagnostic = QString::fromUtf8(diagnostic);
    record.remoteMta = QString::fromUtf8(host.isEmpty() ? hostAddress : host);
    record.line = number;
    record.key = recordKey(line);
    if (sinks.delivery)
        sinks.delivery(std::move(record));
}

void EximLogParser::Private::reject(qint64 number, QString reason)
{
    if (sinks.rejection)
        sinks.rejection(LineRejection { number, std::move(reason) });
}

EximLogParser::EximLogParser(ParserSinks sinks, QDateTime reference, QTimeZone timeZone)
    : d(new Private(std::move(sinks), std::move(reference), std::move(timeZone)))
{ }

EximLogParser::~EximLogParser() = default;

void EximLogParser::addLine(QByteArrayView line, qint64 number)
{
    d->addLine(line, number);
}

void EximLogParser::finish()
{
    // Every record was handed on at its own line; messages not yet completed have their later
    // lines in the next file.
    d->queue.clear();
}

bool EximLogParser::recognises(const QList<QByteArray> &firstLines)
{
    // Lines Exim writes without a message id; together with the id lines they make a main log.
    static constexpr const char *phrases[]
        = { "Start queue run", "End queue run", "SMTP connection from", "SMTP connection lost",
              "SMTP command timeout", "SMTP protocol", "SMTP syntax error", "Connection from",
              "H=", "cwd=", "exim ", "TLS error", "no host name found", "unexpected disconnection" };
    int lines = 0;
    int exim = 0;
    int withId = 0;
    for (const QByteArray &text : firstLines) {
        QByteArrayView line = withoutNulPadding(text);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (++lines > 50)
            break;
        EximLine parsed;
        if (!readEximLine(line, parsed))
            continue;
        if (eximIdLength(parsed.text) > 0) {
            ++exim;
            ++withId;
            continue;
        }
        for (const char *phrase : phrases) {
            if (parsed.text.startsWith(phrase)) {
                ++exim;
                break;
            }
        }
    }
    // A quiet server's log may begin with nothing but queue runs and connections: then all
    // but a few lines must be Exim's.
    return exim > 0 && exim * 4 >= qMin(lines, 50) && (withId > 0 || exim * 4 >= qMin(lines, 50) * 3);
}

} // namespace abusedesk::delivery
