// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/PostfixLogParser.h"

#include "delivery/LogClock.h"
#include "delivery/LogLineScan.h"
#include "delivery/QueueTable.h"
#include "delivery/SmtpReply.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <utility>
#include <vector>

namespace abusedesk::delivery {

namespace {

using scan::isAlnum;
using scan::isDigit;
using scan::lowerCaseAddress;
using scan::withoutNulPadding;

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::delivery::PostfixLogParser)
};

// "Jan" … "Dec" → 1 … 12, anything else 0. text holds at least three bytes.
int monthNumber(const char *text)
{
    const char a = text[0], b = text[1], c = text[2];
    switch (a) {
    case 'J':
        if (b == 'a' && c == 'n')
            return 1;
        if (b == 'u' && c == 'n')
            return 6;
        if (b == 'u' && c == 'l')
            return 7;
        return 0;
    case 'F':
        return b == 'e' && c == 'b' ? 2 : 0;
    case 'M':
        if (b == 'a' && c == 'r')
            return 3;
        return b == 'a' && c == 'y' ? 5 : 0;
    case 'A':
        if (b == 'p' && c == 'r')
            return 4;
        return b == 'u' && c == 'g' ? 8 : 0;
    case 'S':
        return b == 'e' && c == 'p' ? 9 : 0;
    case 'O':
        return b == 'c' && c == 't' ? 10 : 0;
    case 'N':
        return b == 'o' && c == 'v' ? 11 : 0;
    case 'D':
        return b == 'e' && c == 'c' ? 12 : 0;
    default:
        return 0;
    }
}

// "HH:MM:SS" with an optional fraction at text[at]; the position after it, or -1.
qsizetype readClock(QByteArrayView text, qsizetype at, CivilTime &time)
{
    time.hour = scan::numberAt(text, at, 2);
    time.minute = scan::numberAt(text, at + 3, 2);
    time.second = scan::numberAt(text, at + 6, 2);
    if (time.hour < 0 || time.minute < 0 || time.second < 0 || text[at + 2] != ':' || text[at + 5] != ':')
        return -1;
    at += 8;
    time.millisecond = 0;
    if (at < text.size() && text[at] == '.') {
        ++at;
        int scale = 100;
        const qsizetype start = at;
        for (; at < text.size() && isDigit(text[at]); ++at, scale /= 10)
            time.millisecond += (text[at] - '0') * scale; // digits past milliseconds add 0
        if (at == start)
            return -1;
    }
    return at;
}

// The syslog frame of a line, as rsyslog, syslog-ng, journald's short formats and Postfix's
// own postlogd write it.
struct SyslogLine
{
    CivilTime time;
    bool hasOffset = false; ///< RFC 3339 time with its own offset; else local time without a year
    int offsetSeconds = 0;
    QByteArrayView program; ///< "postfix/smtp", "postfix-out/smtp", without "[pid]"
    QByteArrayView message; ///< what the program logged
};

bool readSyslogLine(QByteArrayView line, SyslogLine &out)
{
    qsizetype at = 0;
    if (line.size() >= 16 && !isDigit(line[0])) {
        // "Nov  2 10:00:00", "Nov 02 10:00:00.123456"
        out.time.month = monthNumber(line.data());
        if (out.time.month == 0 || line[3] != ' ')
            return false;
        at = line[4] == ' ' ? 5 : 4;
        out.time.day = 0;
        const qsizetype dayStart = at;
        for (; at < line.size() && at - dayStart < 2 && isDigit(line[at]); ++at)
            out.time.day = out.time.day * 10 + (line[at] - '0');
        if (at == dayStart || at + 9 > line.size() || line[at] != ' ')
            return false;
        at = readClock(line, at + 1, out.time);
        out.hasOffset = false;
    } else if (line.size() >= 21) {
        // "2026-11-02T10:00:00.123456+01:00", "…Z", "…+0100"
        out.time.year = scan::numberAt(line, 0, 4);
        out.time.month = scan::numberAt(line, 5, 2);
        out.time.day = scan::numberAt(line, 8, 2);
        if (out.time.year < 0 || out.time.month < 0 || out.time.day < 0 || line[4] != '-' || line[7] != '-'
            || line[10] != 'T')
            return false;
        at = readClock(line, 11, out.time);
        if (at < 0 || at >= line.size())
            return false;
        if (line[at] == 'Z') {
            out.offsetSeconds = 0;
            ++at;
        } else if (line[at] == '+' || line[at] == '-') {
            const int sign = line[at] == '-' ? -1 : 1;
            const int hours = scan::numberAt(line, at + 1, 2);
            at += 3;
            if (at < line.size() && line[at] == ':')
                ++at;
            const int minutes = scan::numberAt(line, at, 2);
            if (hours < 0 || minutes < 0)
                return false;
            at += 2;
            out.offsetSeconds = sign * (hours * 3600 + minutes * 60);
        } else {
            return false;
        }
        out.hasOffset = true;
    } else {
        return false;
    }
    if (at < 0 || at >= line.size() || line[at] != ' ')
        return false;
    const qsizetype hostEnd = line.indexOf(' ', at + 1);
    if (hostEnd <= at + 1)
        return false;
    qsizetype programEnd = line.indexOf(' ', hostEnd + 1);
    if (programEnd < 0)
        programEnd = line.size();
    QByteArrayView program = line.sliced(hostEnd + 1, programEnd - hostEnd - 1);
    if (program.size() < 2 || program.back() != ':')
        return false;
    program.chop(1);
    if (program.back() == ']') {
        const qsizetype bracket = program.lastIndexOf('[');
        if (bracket <= 0)
            return false;
        program.truncate(bracket);
    }
    out.program = program;
    out.message = programEnd < line.size() ? line.sliced(programEnd + 1) : QByteArrayView();
    return true;
}

// Any syslog_name Postfix is given: "postfix", "postfix-out", "postfix/submission".
bool isPostfix(QByteArrayView program)
{
    return program.startsWith("postfix") || program.contains("postfix");
}

// Short ids are upper-case hexadecimal ("3F2A81C0D4"); long ids (enable_long_queue_ids) use
// digits and consonants only ("4Xk9Lq2vZnz1xyz"), which tells them from "warning" or
// "NOQUEUE" in the same place.
bool isQueueId(QByteArrayView id)
{
    if (id.size() < 5 || id.size() > 20)
        return false;
    bool hex = true;
    bool vowelFree = true;
    for (const char c : id) {
        if (!isAlnum(c))
            return false;
        if (!isDigit(c) && (c < 'A' || c > 'F'))
            hex = false;
        switch (c) {
        case 'a':
        case 'e':
        case 'i':
        case 'o':
        case 'u':
        case 'A':
        case 'E':
        case 'I':
        case 'O':
        case 'U':
            vowelFree = false;
            break;
        default:
            break;
        }
    }
    return hex || (vowelFree && id.size() >= 10);
}

// "<address>" or "address>, …" from text[at] (just after the '<'): the position of the closing
// '>', or -1.
qsizetype addressEnd(QByteArrayView text, qsizetype at)
{
    const qsizetype end = text.indexOf(">, ", at);
    if (end >= 0)
        return end;
    const qsizetype last = text.lastIndexOf('>');
    return last >= at ? last : -1;
}

// ", name=value" within fields: the value up to the next ", ", else empty.
QByteArrayView fieldValue(QByteArrayView fields, QByteArrayView name)
{
    const qsizetype at = fields.indexOf(name);
    if (at < 0)
        return {};
    const qsizetype start = at + name.size();
    qsizetype end = fields.indexOf(", ", start);
    if (end < 0)
        end = fields.size();
    return fields.sliced(start, end - start);
}

// relay=mx.example.net[192.0.2.1]:25 → "mx.example.net"; relay=none → "".
QByteArrayView relayHost(QByteArrayView relay)
{
    const qsizetype bracket = relay.indexOf('[');
    if (bracket >= 0)
        relay.truncate(bracket);
    return relay == "none" ? QByteArrayView() : relay;
}

// Classic syslog lines carry no year: the reference's year, the one before for a first line
// from a later month, and the next after the months wrap from December to January.
class SyslogYear
{
public:
    explicit SyslogYear(QDate reference)
        : m_referenceYear(reference.year())
        , m_referenceMonth(reference.month())
    { }

    int of(int month)
    {
        if (m_lastMonth == 0) {
            m_year = month > m_referenceMonth ? m_referenceYear - 1 : m_referenceYear;
        } else if (month < m_lastMonth - 6) {
            ++m_year; // December → January (or a gap of months across the new year)
        } else if (month > m_lastMonth + 6) {
            return m_year - 1; // a late line from before the new year: not a step back in time
        }
        m_lastMonth = month;
        return m_year;
    }

private:
    int m_referenceYear;
    int m_referenceMonth;
    int m_year = 0;
    int m_lastMonth = 0;
};

// A recipient deferred and not yet delivered or bounced: the expiry of its message reports it
// with the reason of its last deferral, as the bounce notice to the sender does.
struct DeferredRecipient
{
    QString address;
    QString status;
    QString replyCode;
    QString diagnostic;
    QString remoteMta;
    quint64 order = 0; ///< when it was first deferred, among its message's recipients
};

// The deferred recipients of one message, in the order they were first deferred. Most messages
// have one or none; a mailing list's may have tens of thousands, hence the index from some size
// on (a linear search per status line would be quadratic).
class DeferredRecipients
{
public:
    [[nodiscard]] bool isEmpty() const { return m_list.empty(); }

    DeferredRecipient &deferred(const QString &address)
    {
        if (DeferredRecipient *known = find(address))
            return *known;
        m_list.push_back({ address, {}, {}, {}, {}, m_nextOrder++ });
        if (!m_index.isEmpty() || m_list.size() > IndexFrom)
            reindexFrom(m_index.isEmpty() ? 0 : m_list.size() - 1);
        return m_list.back();
    }

    void remove(const QString &address)
    {
        const qsizetype at = indexOf(address);
        if (at < 0)
            return;
        const bool indexed = !m_index.isEmpty();
        if (indexed)
            m_index.remove(address);
        // The last one takes its place: O(1), the order is restored by take().
        if (size_t(at) + 1 != m_list.size()) {
            m_list[size_t(at)] = std::move(m_list.back());
            if (indexed)
                m_index.insert(m_list[size_t(at)].address, at);
        }
        m_list.pop_back();
    }

    /// All of them, in the order they were first deferred; afterwards there are none.
    std::vector<DeferredRecipient> take()
    {
        m_index.clear();
        std::vector<DeferredRecipient> all = std::exchange(m_list, {});
        std::sort(all.begin(), all.end(),
            [](const DeferredRecipient &a, const DeferredRecipient &b) { return a.order < b.order; });
        return all;
    }

private:
    static constexpr size_t IndexFrom = 16;

    qsizetype indexOf(const QString &address) const
    {
        if (!m_index.isEmpty())
            return m_index.value(address, -1);
        for (size_t i = 0; i < m_list.size(); ++i) {
            if (m_list[i].address == address)
                return qsizetype(i);
        }
        return -1;
    }

    DeferredRecipient *find(const QString &address)
    {
        const qsizetype at = indexOf(address);
        return at < 0 ? nullptr : &m_list[size_t(at)];
    }

    void reindexFrom(size_t from)
    {
        for (size_t i = from; i < m_list.size(); ++i)
            m_index.insert(m_list[i].address, qsizetype(i));
    }

    std::vector<DeferredRecipient> m_list;
    QHash<QString, qsizetype> m_index;
    quint64 m_nextOrder = 0;
};

struct QueuedMessage
{
    QString queueId;
    QString sender;
    QString messageId;
    QString customer;
    QString campaign;
    bool campaignFromJobId = false; ///< an X-Campaign-ID header takes precedence over X-Job-ID
    DeferredRecipients deferred;
};

} // namespace

struct PostfixLogParser::Private
{
    Private(ParserSinks sinks, QDateTime reference, QTimeZone timeZone)
        : sinks(std::move(sinks))
        , clock(std::move(timeZone), std::move(reference))
        , year(clock.reference().toTimeZone(clock.zone()).date())
    { }

    void addLine(QByteArrayView line, qint64 number);
    std::optional<qint64> usableTime(QByteArrayView line, const SyslogLine &syslog, qint64 number);
    void deliveryStatus(
        QByteArrayView line, const SyslogLine &syslog, QByteArrayView id, QByteArrayView text, qint64 number);
    void queueManager(
        QByteArrayView line, const SyslogLine &syslog, QByteArrayView id, QByteArrayView text, qint64 number);
    void expired(QByteArrayView line, qint64 msecs, QByteArrayView id, QByteArrayView sender, qint64 number);
    void messageId(
        QByteArrayView line, const SyslogLine &syslog, QByteArrayView id, QByteArrayView text, qint64 number);
    bool headerCheck(
        QByteArrayView line, const SyslogLine &syslog, QByteArrayView id, QByteArrayView text, qint64 number);
    bool notification(
        QByteArrayView line, const SyslogLine &syslog, QByteArrayView id, QByteArrayView text, qint64 number);
    void reject(qint64 number, QString reason);
    void handOn(DeliveryRecord &&record);

    ParserSinks sinks;
    LogClock clock;
    SyslogYear year;
    QueueTable<QueuedMessage> queue;
};

void PostfixLogParser::Private::addLine(QByteArrayView line, qint64 number)
{
    line = withoutNulPadding(line);
    SyslogLine syslog;
    if (!readSyslogLine(line, syslog)) {
        if (line.contains("postfix") && line.contains(", status="))
            reject(number, Tr::tr("the time stamp cannot be read"));
        return;
    }
    if (!syslog.hasOffset)
        syslog.time.year = year.of(syslog.time.month); // noise lines too: they also cross the new year
    if (!isPostfix(syslog.program))
        return;

    // "QUEUEID: …"; lines without one (connect from, NOQUEUE: reject, anvil statistics) are
    // not about a message that left.
    const QByteArrayView message = syslog.message;
    qsizetype idEnd = 0;
    while (idEnd < message.size() && idEnd <= 20 && isAlnum(message[idEnd]))
        ++idEnd;
    if (idEnd + 1 >= message.size() || message[idEnd] != ':' || message[idEnd + 1] != ' ')
        return;
    const QByteArrayView id = message.first(idEnd);
    if (!isQueueId(id))
        return;
    const QByteArrayView text = message.sliced(idEnd + 2);
    if (text.isEmpty())
        return;

    switch (text.front()) {
    case 't':
        if (text.startsWith("to=<"))
            return deliveryStatus(line, syslog, id, text, number);
        break;
    case 'f':
        if (text.startsWith("from=<"))
            return queueManager(line, syslog, id, text, number);
        break;
    case 'm':
        if (text.startsWith("message-id="))
            return messageId(line, syslog, id, text, number);
        break;
    case 'r':
        if (text == "removed") {
            queue.remove(id);
            return;
        }
        break;
    case 's':
        if (notification(line, syslog, id, text, number))
            return;
        break;
    default:
        break;
    }
    if (headerCheck(line, syslog, id, text, number))
        return;
    if (text.contains(", status="))
        reject(number, Tr::tr("a delivery status without the recipient (to=<…>)"));
}

// The UTC time of a line to be used, or nothing when it is rejected.
std::optional<qint64> PostfixLogParser::Private::usableTime(
    QByteArrayView line, const SyslogLine &syslog, qint64 number)
{
    QString whyNot;
    const std::optional<qint64> msecs = clock.usableTime(
        line,
        [&] {
            return syslog.hasOffset ? LogClock::fromOffset(syslog.time, syslog.offsetSeconds)
                                    : clock.fromLocal(syslog.time);
        },
        &whyNot);
    if (!msecs)
        reject(number, whyNot);
    return msecs;
}

// "to=<rcpt>, orig_to=<…>, relay=mx[ip]:25, delay=…, delays=…, dsn=5.1.1, status=bounced (…)"
void PostfixLogParser::Private::deliveryStatus(
    QByteArrayView line, const SyslogLine &syslog, QByteArrayView id, QByteArrayView text, qint64 number)
{
    const qsizetype recipientEnd = addressEnd(text, 4);
    const qsizetype statusAt = recipientEnd < 0 ? -1 : text.indexOf(", status=", recipientEnd);
    if (statusAt < 0) {
        reject(number, Tr::tr("the delivery line ends before its status (cut off?)"));
        return;
    }
    const QByteArrayView recipient = text.sliced(4, recipientEnd - 4);
    const QByteArrayView fields = text.sliced(recipientEnd + 1, statusAt - recipientEnd - 1);
    QByteArrayView rest = text.sliced(statusAt + 9);
    qsizetype wordEnd = 0;
    while (wordEnd < rest.size() && rest[wordEnd] != ' ' && rest[wordEnd] != ',')
        ++wordEnd;
    const QByteArrayView word = rest.first(wordEnd);
    DeliveryResult result;
    if (word == "sent")
        result = DeliveryResult::Delivered;
    else if (word == "deferred" || word == "SOFTBOUNCE") // soft_bounce turns bounces into deferrals
        result = DeliveryResult::Deferred;
    else if (word == "bounced")
        result = DeliveryResult::Bounced;
    else if (word == "expired")
        result = DeliveryResult::Expired;
    else if (word == "deliverable" || word == "undeliverable")
        return; // address verification probes: no mail was delivered
    else {
        reject(number,
            Tr::tr("unknown delivery status '%1'").arg(QString::fromUtf8(word.first(qMin(wordEnd, 40)))));
        return;
    }
    if (recipient.isEmpty()) {
        reject(number, Tr::tr("the delivery line names no recipient (to=<>)"));
        return;
    }
    const std::optional<qint64> msecs = usableTime(line, syslog, number);
    if (!msecs)
        return;

    // "(host mx[ip] said: 550 … (in reply to RCPT TO command))" without the outer parentheses;
    // a line cut short (syslog's message size limit) keeps what there is.
    rest = rest.sliced(wordEnd);
    if (rest.startsWith(", "))
        rest = rest.sliced(2);
    rest = rest.trimmed();
    if (rest.startsWith('(')) {
        rest = rest.sliced(1);
        if (rest.endsWith(')'))
            rest.chop(1);
    }
    const QByteArrayView dsn = fieldValue(fields, ", dsn=");
    const SmtpReply reply = SmtpReply::find(rest);

    QueuedMessage &message = queue.touchNamed(id, *msecs);
    DeliveryRecord record;
    record.time = QDateTime::fromMSecsSinceEpoch(*msecs, QTimeZone::UTC);
    record.queueId = message.queueId;
    record.envelopeSender = message.sender;
    record.recipient = lowerCaseAddress(recipient);
    record.customer = message.customer;
    record.campaign = message.campaign;
    record.messageId = message.messageId;
    record.result = result;
    record.status = QString::fromUtf8(dsn.isEmpty() ? reply.enhancedStatus : dsn);
    record.replyCode = QString::fromLatin1(reply.code);
    record.diagnostic = QString::fromUtf8(rest);
    record.remoteMta = QString::fromUtf8(relayHost(fieldValue(fields, ", relay=")));
    record.line = number;
    record.key = recordKey(line);

    if (result == DeliveryResult::Deferred) {
        DeferredRecipient &pending = message.deferred.deferred(record.recipient);
        pending.status = record.status;
        pending.replyCode = record.replyCode;
        pending.diagnostic = record.diagnostic;
        pending.remoteMta = record.remoteMta;
    } else {
        message.deferred.remove(record.recipient);
    }
    handOn(std::move(record));
}

// qmgr: "from=<sender>, size=1234, nrcpt=2 (queue active)" or
// "from=<sender>, status=expired, returned to sender".
void PostfixLogParser::Private::queueManager(
    QByteArrayView line, const SyslogLine &syslog, QByteArrayView id, QByteArrayView text, qint64 number)
{
    const qsizetype senderEnd = addressEnd(text, 6);
    if (senderEnd < 0)
        return; // cut off before anything we use
    const QByteArrayView sender = text.sliced(6, senderEnd - 6);
    const bool isExpiry = text.sliced(senderEnd).startsWith(">, status=expired");
    const std::optional<qint64> msecs = usableTime(line, syslog, number);
    if (!msecs)
        return;
    if (isExpiry)
        return expired(line, *msecs, id, sender, number);
    QueuedMessage &message = queue.touchNamed(id, *msecs);
    // qmgr logs the line again each time a deferred message returns to the active queue.
    if (message.sender.size() != sender.size() || message.sender != lowerCaseAddress(sender))
        message.sender = lowerCaseAddress(sender);
}

// The line names no recipient: every recipient still deferred gave up, each a record of its
// own. Their keys add the recipient to the line, which is the same for all of them.
void PostfixLogParser::Private::expired(
    QByteArrayView line, qint64 msecs, QByteArrayView id, QByteArrayView sender, qint64 number)
{
    queue.advanceTo(msecs);
    QueuedMessage *message = queue.find(id);
    if (!message || message->deferred.isEmpty())
        return;
    QueuedMessage &known = queue.touchNamed(id, msecs);
    if (known.sender.isEmpty() && !sender.isEmpty())
        known.sender = lowerCaseAddress(sender);
    for (DeferredRecipient &recipient : known.deferred.take()) {
        DeliveryRecord record;
        record.time = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
        record.queueId = known.queueId;
        record.envelopeSender = known.sender;
        record.customer = known.customer;
        record.campaign = known.campaign;
        record.messageId = known.messageId;
        record.result = DeliveryResult::Expired;
        record.status = std::move(recipient.status);
        record.replyCode = std::move(recipient.replyCode);
        record.diagnostic = std::move(recipient.diagnostic);
        record.remoteMta = std::move(recipient.remoteMta);
        record.line = number;
        record.key = recordKey(line.toByteArray() + '\n' + recipient.address.toUtf8());
        record.recipient = std::move(recipient.address);
        handOn(std::move(record));
    }
}

// cleanup: "message-id=<20261102100000.1234@mail.example.com>"
void PostfixLogParser::Private::messageId(
    QByteArrayView line, const SyslogLine &syslog, QByteArrayView id, QByteArrayView text, qint64 number)
{
    QByteArrayView value = text.sliced(11).trimmed();
    if (value.startsWith('<'))
        value = value.sliced(1);
    if (value.endsWith('>'))
        value.chop(1);
    const std::optional<qint64> msecs = usableTime(line, syslog, number);
    if (!msecs)
        return;
    queue.touchNamed(id, *msecs).messageId = QString::fromUtf8(value.trimmed());
}

// header_checks with INFO or WARN: "info: header X-Customer-ID: c042 from
// client.example[192.0.2.9]; from=<a@b> to=<c@d> proto=ESMTP helo=<client.example>".
bool PostfixLogParser::Private::headerCheck(
    QByteArrayView line, const SyslogLine &syslog, QByteArrayView id, QByteArrayView text, qint64 number)
{
    qsizetype action = 0;
    while (action < text.size() && action < 12 && text[action] >= 'a' && text[action] <= 'z')
        ++action;
    if (action == 0 || !text.sliced(action).startsWith(": header "))
        return false;
    const QByteArrayView header = text.sliced(action + 9);
    const qsizetype nameEnd = header.indexOf(':');
    if (nameEnd <= 0)
        return true;
    const QByteArrayView name = header.first(nameEnd);
    const bool customer = name.compare("X-Customer-ID", Qt::CaseInsensitive) == 0;
    const bool campaign = name.compare("X-Campaign-ID", Qt::CaseInsensitive) == 0;
    const bool job = name.compare("X-Job-ID", Qt::CaseInsensitive) == 0;
    if (!customer && !campaign && !job)
        return true;
    // The value runs to " from client[ip];" before the "; from=<" context Postfix adds; the
    // last " from " wins, as a value may itself contain the word.
    QByteArrayView value = header.sliced(nameEnd + 1);
    const qsizetype context = value.indexOf("; from=<");
    if (context >= 0) {
        value.truncate(context);
        const qsizetype client = value.lastIndexOf(" from ");
        if (client >= 0)
            value.truncate(client);
    }
    value = value.trimmed();
    const std::optional<qint64> msecs = usableTime(line, syslog, number);
    if (!msecs)
        return true;
    QueuedMessage &message = queue.touchNamed(id, *msecs);
    if (customer) {
        message.customer = QString::fromUtf8(value);
    } else if (campaign || message.campaign.isEmpty() || message.campaignFromJobId) {
        message.campaign = QString::fromUtf8(value);
        message.campaignFromJobId = job;
    }
    return true;
}

// bounce: "sender non-delivery notification: 5B2D81C0F3" (also delay and success notices):
// the notice is a message of its own, sent back for the customer's message, and is credited to
// the same customer and campaign.
bool PostfixLogParser::Private::notification(
    QByteArrayView line, const SyslogLine &syslog, QByteArrayView id, QByteArrayView text, qint64 number)
{
    if (!text.startsWith("sender ") || !text.contains(" notification: "))
        return false;
    const QByteArrayView notice = text.sliced(text.lastIndexOf(": ") + 2).trimmed();
    if (!isQueueId(notice))
        return true;
    const std::optional<qint64> msecs = usableTime(line, syslog, number);
    if (!msecs)
        return true;
    queue.advanceTo(*msecs);
    const QueuedMessage *original = queue.find(id);
    if (!original || (original->customer.isEmpty() && original->campaign.isEmpty()))
        return true;
    const QString customer = original->customer;
    const QString campaign = original->campaign;
    queue.touchNamed(id, *msecs);
    QueuedMessage &bounce = queue.touchNamed(notice, *msecs);
    if (bounce.customer.isEmpty())
        bounce.customer = customer;
    if (bounce.campaign.isEmpty())
        bounce.campaign = campaign;
    return true;
}

void PostfixLogParser::Private::reject(qint64 number, QString reason)
{
    if (sinks.rejection)
        sinks.rejection(LineRejection { number, std::move(reason) });
}

void PostfixLogParser::Private::handOn(DeliveryRecord &&record)
{
    if (sinks.delivery)
        sinks.delivery(std::move(record));
}

PostfixLogParser::PostfixLogParser(ParserSinks sinks, QDateTime reference, QTimeZone timeZone)
    : d(new Private(std::move(sinks), std::move(reference), std::move(timeZone)))
{ }

PostfixLogParser::~PostfixLogParser() = default;

void PostfixLogParser::addLine(QByteArrayView line, qint64 number)
{
    d->addLine(line, number);
}

void PostfixLogParser::finish()
{
    // Every record was handed on at its status line; what is left are messages whose later
    // lines are in the next file, and without them there is nothing more to say.
    d->queue.clear();
}

bool PostfixLogParser::recognises(const QList<QByteArray> &firstLines)
{
    int lines = 0;
    int postfix = 0;
    for (const QByteArray &text : firstLines) {
        QByteArrayView line = withoutNulPadding(text);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (++lines > 50)
            break;
        SyslogLine syslog;
        if (readSyslogLine(line, syslog) && isPostfix(syslog.program))
            ++postfix;
    }
    // A mail log holds other programs too (dovecot, opendkim, amavis): a quarter is enough.
    return postfix > 0 && postfix * 4 >= qMin(lines, 50);
}

} // namespace abusedesk::delivery
