// SPDX-License-Identifier: GPL-2.0-or-later
// PostfixLogParser against the Postfix logs of tests/data/logs (classic syslog with noise from
// other programs, RFC 3339, a new year, damaged lines, an overlapping rotation), lines one by
// one, the bounded memory for queue ids, and telling Postfix logs from other files.
#include "DeliveryLogChecks.h"
#include "delivery/PostfixLogParser.h"

#include <QTest>
#include <algorithm>

using namespace abusedesk::delivery;
using namespace deliverylog;
using namespace Qt::StringLiterals;

namespace {

// All fixtures were written in Europe/Berlin: CEST (+2) until 25 October 2026 03:00, then CET (+1).
const std::vector<ExpectedLog> &expectations()
{
    static const std::vector<ExpectedLog> table = {
        { "postfix-mail.log", "2026-11-03T00:00:00Z",
            {
                // A newsletter from the postfix-out instance with a long queue id: greylisted,
                // then one recipient delivered, the other deferred until the message expired.
                { 4, "2026-10-24T09:00:05Z", "4Xk9Lq2vZnz1xyz", "news@letters.example", "dora@example.net",
                    Deferred, "4.7.1", "451",
                    "host mx2.example.net[198.51.100.26] said: 451 4.7.1 Greylisted, please try again later "
                    "(in reply to RCPT TO command)",
                    "mx2.example.net", "nl-77@letters.example", "", "job-2026-10" },
                { 5, "2026-10-24T09:00:05Z", "4Xk9Lq2vZnz1xyz", "news@letters.example", "eve@example.net",
                    Deferred, "4.7.1", "451",
                    "host mx2.example.net[198.51.100.26] said: 451 4.7.1 Greylisted, please try again later "
                    "(in reply to RCPT TO command)",
                    "mx2.example.net", "nl-77@letters.example", "", "job-2026-10" },
                { 7, "2026-10-24T09:10:07Z", "4Xk9Lq2vZnz1xyz", "news@letters.example", "dora@example.net",
                    Delivered, "2.0.0", "250", "250 2.0.0 Ok: queued as 9F8E7D6C5B", "mx2.example.net",
                    "nl-77@letters.example", "", "job-2026-10" },
                { 8, "2026-10-24T09:10:07Z", "4Xk9Lq2vZnz1xyz", "news@letters.example", "eve@example.net",
                    Deferred, "4.2.2", "452",
                    "host mx2.example.net[198.51.100.26] said: 452 4.2.2 Mailbox full (in reply to RCPT TO "
                    "command)",
                    "mx2.example.net", "nl-77@letters.example", "", "job-2026-10" },
                { 10, "2026-10-28T22:40:00Z", "4Xk9Lq2vZnz1xyz", "news@letters.example", "eve@example.net",
                    Deferred, "4.4.1", "", "connect to mx2.example.net[198.51.100.26]:25: Connection refused",
                    "", "nl-77@letters.example", "", "job-2026-10" },
                // qmgr names no recipient: the one still deferred expires, with its last reason.
                { 11, "2026-10-29T10:00:30Z", "4Xk9Lq2vZnz1xyz", "news@letters.example", "eve@example.net",
                    Expired, "4.4.1", "", "connect to mx2.example.net[198.51.100.26]:25: Connection refused",
                    "", "nl-77@letters.example", "", "job-2026-10" },
                // The bounce notice to the sender: null sender, credited to the campaign.
                { 16, "2026-10-29T10:00:31Z", "6D2E03B1C8", "", "news@letters.example", Delivered, "2.0.0",
                    "250", "250 2.0.0 Ok: queued as 1A2B3C4D5E", "mx.letters.example",
                    "20261029100030.6D2E03B1C8@mta1.esp.example", "", "job-2026-10" },
                // Local delivery (line 18, an expiry of an unknown queue id, gives nothing).
                { 22, "2026-11-02T08:30:00Z", "8C3D5E7F90", "root@mta1.esp.example",
                    "postmaster@mta1.esp.example", Delivered, "2.0.0", "", "delivered to mailbox", "local",
                    "20261102083000.8C3D5E7F90@mta1.esp.example" },
                // A shop's mail through submission with header_checks naming customer and campaign.
                { 34, "2026-11-02T09:00:01Z", "3F2A81C0D4", "bounce+c042@mail.shop.example",
                    "anna@example.net", Delivered, "2.0.0", "250", "250 2.0.0 Ok: queued as 4B7C2D1E0F",
                    "mx1.example.net", "20261102090000.1@mail.shop.example", "c042",
                    "autumn sale from 2026" },
                { 36, "2026-11-02T09:00:02Z", "3F2A81C0D4", "bounce+c042@mail.shop.example",
                    "ben.miller@example.org", Bounced, "5.1.1", "550",
                    "host mx.example.org[203.0.113.5] said: 550 5.1.1 <ben.miller@example.org>: Recipient "
                    "address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
                    "mx.example.org", "20261102090000.1@mail.shop.example", "c042", "autumn sale from 2026" },
                { 41, "2026-11-02T09:00:03Z", "5C1D92A0B7", "", "bounce+c042@mail.shop.example", Delivered,
                    "2.0.0", "250", "250 2.0.0 OK 1793610003 x12si", "mail.shop.example",
                    "20261102090002.5C1D92A0B7@mta1.esp.example", "c042", "autumn sale from 2026" },
                { 43, "2026-11-02T09:00:31Z", "3F2A81C0D4", "bounce+c042@mail.shop.example",
                    "carla@example.com", Deferred, "4.4.1", "",
                    "connect to mx.example.com[192.0.2.99]:25: Connection timed out", "",
                    "20261102090000.1@mail.shop.example", "c042", "autumn sale from 2026" },
                { 49, "2026-11-02T09:10:33Z", "3F2A81C0D4", "bounce+c042@mail.shop.example",
                    "carla@example.com", Delivered, "2.0.0", "250", "250 2.0.0 OK id=1qAbCd-000123-Xy",
                    "mx.example.com", "20261102090000.1@mail.shop.example", "c042", "autumn sale from 2026" },
                // A queue id whose earlier lines are in the previous file.
                { 52, "2026-11-02T11:00:01Z", "9B8C7D6E5F", "", "hugo@example.com", Deferred, "4.4.1", "",
                    "delivery temporarily suspended: connect to mx.example.com[192.0.2.99]:25: Connection "
                    "timed "
                    "out",
                    "", "" },
            },
            { { 51, "a delivery status without the recipient (to=<…>)" } } },
        { "postfix-rfc3339.log", "2026-11-03T00:00:00Z",
            {
                { 6, "2026-11-02T09:00:00.678Z", "1B2C3D4E5F", "crm@tickets.example", "ops@esp.example",
                    Delivered, "2.0.0", "250", "250 2.0.0 <ops@esp.example> 8Nh2LkUcZWX8bQAA Saved",
                    "mail.esp.example", "ticket-1001@tickets.example", "c777" },
                { 7, "2026-11-02T09:00:01Z", "1B2C3D4E5F", "crm@tickets.example", "frank@example.org",
                    Bounced, "5.7.1", "550",
                    "host mx.example.org[2001:db8::25] said: 550-5.7.1 Message rejected as spam (in reply to "
                    "end "
                    "of DATA command)",
                    "mx.example.org", "ticket-1001@tickets.example", "c777" },
                { 12, "2026-11-02T15:06:00Z", "3D4E5F6A7B", "", "hans@example.com", Delivered, "2.0.0", "250",
                    "250 2.0.0 OK", "mx.example.com", "" },
            },
            { { 10, "the time 2031-06-01T08:00:00Z lies after the file was written (2026-11-03T00:00:00Z)" },
                { 13, "the time stamp cannot be read" } } },
        // Written on 1 January 2027: December is the year before, and a line of 31 December
        // that arrives after the first of January's is still 2026.
        { "postfix-new-year.log", "2027-01-01T12:00:00Z",
            {
                { 3, "2026-12-31T22:59:59Z", "A1B2C3D4E5", "news@shop.example", "ida@example.net", Delivered,
                    "2.0.0", "250", "250 2.0.0 Ok: queued as 11AA22BB33", "mx1.example.net",
                    "ny-1@shop.example" },
                { 4, "2026-12-31T23:00:01Z", "A1B2C3D4E5", "news@shop.example", "jan@example.net", Delivered,
                    "2.0.0", "250", "250 2.0.0 Ok: queued as 44CC55DD66", "mx1.example.net",
                    "ny-1@shop.example" },
                { 5, "2026-12-31T22:59:59Z", "B2C3D4E5F6", "", "kim@example.net", Delivered, "2.0.0", "250",
                    "250 2.0.0 Ok: queued as 77EE88FF99", "mx1.example.net", "" },
                { 7, "2026-12-31T23:00:05Z", "C3D4E5F6A7", "", "lea@example.net", Delivered, "2.0.0", "250",
                    "250 2.0.0 Ok", "mx1.example.net", "" },
                { 8, "2027-01-01T10:30:00Z", "D4E5F6A7B8", "", "max@example.net", Delivered, "2.0.0", "250",
                    "250 2.0.0 Ok", "mx1.example.net", "" },
            },
            {} },
        // NUL padding around lines is dropped, NULs inside reject the line, Latin-1 bytes become
        // U+FFFD, a diagnostic cut short is kept, the last line is cut off before its status.
        { "postfix-damaged.log", "2026-11-03T00:00:00Z",
            {
                { 4, "2026-11-02T09:00:02Z", "4A5B6C7D8E", "news@shop.example", "nora@example.net", Bounced,
                    "5.7.1", "550",
                    "host mx1.example.net[198.51.100.25] said: 550 5.7.1 Zur\xEF\xBF\xBD"
                    "ckgewiesen: Absender unerw\xEF\xBF\xBD"
                    "nscht (in reply to end of DATA command)",
                    "mx1.example.net", "d-1@shop.example" },
                { 7, "2026-11-02T09:00:05Z", "4A5B6C7D8E", "news@shop.example", "paul@example.net", Delivered,
                    "2.0.0", "250", "250 2.0.0 Ok: queued as 5E6F7A8B9C", "mx1.example.net",
                    "d-1@shop.example" },
                { 8, "2026-11-02T09:00:06Z", "4A5B6C7D8E", "news@shop.example", "quinn@example.net", Deferred,
                    "4.7.0", "421", "host mx1.example.net[198.51.100.25] said: 421 4.7.0 Too many conn",
                    "mx1.example.net", "d-1@shop.example" },
                { 10, "2026-11-02T09:00:07Z", "4A5B6C7D8E", "news@shop.example", "ren\xC3\xA9@example.net",
                    Delivered, "2.0.0", "250", "250 2.0.0 Ok", "mx1.example.net", "d-1@shop.example" },
            },
            { { 3, "the line holds NUL bytes" }, { 5, "the time stamp cannot be read" },
                { 6, "unknown delivery status 'delivered'" }, { 9, "the time stamp cannot be read" },
                { 12, "the delivery line ends before its status (cut off?)" } } },
        // mail.log.1 and mail.log read one after the other, overlapping by two lines.
        { "postfix-overlapping-rotation.log", "2026-11-03T00:00:00Z",
            {
                { 3, "2026-11-02T09:00:01Z", "9A8B7C6D5E", "news@shop.example", "tom@example.net", Deferred,
                    "4.7.1", "450",
                    "host mx1.example.net[198.51.100.25] said: 450 4.7.1 Try later (in reply to RCPT TO "
                    "command)",
                    "mx1.example.net", "rot-1@shop.example" },
                { 4, "2026-11-02T09:10:01Z", "9A8B7C6D5E", "news@shop.example", "tom@example.net", Delivered,
                    "2.0.0", "250", "250 2.0.0 Ok", "mx1.example.net", "rot-1@shop.example" },
                { 5, "2026-11-02T09:00:01Z", "9A8B7C6D5E", "news@shop.example", "tom@example.net", Deferred,
                    "4.7.1", "450",
                    "host mx1.example.net[198.51.100.25] said: 450 4.7.1 Try later (in reply to RCPT TO "
                    "command)",
                    "mx1.example.net", "rot-1@shop.example" },
                { 6, "2026-11-02T09:10:01Z", "9A8B7C6D5E", "news@shop.example", "tom@example.net", Delivered,
                    "2.0.0", "250", "250 2.0.0 Ok", "mx1.example.net", "rot-1@shop.example" },
            },
            {} },
    };
    return table;
}

ParsedLog parsePostfix(QByteArrayView content, const QDateTime &reference, const QTimeZone &zone = berlin())
{
    return parseLog(content, [&](ParserSinks sinks) {
        return std::make_unique<PostfixLogParser>(std::move(sinks), reference, zone);
    });
}

QList<QByteArray> firstLines(const QByteArray &content)
{
    QList<QByteArray> lines = content.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.mid(0, 50);
}

} // namespace

class TestPostfixLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void overlappingRotationGivesEqualKeys();
    void nulPaddingIsNoPartOfTheKey();
    void lineVariants_data();
    void lineVariants();
    void manyDeferredRecipientsExpireInOrder();
    void idleQueueIdsAreForgotten();
    void queueIdsAreBoundedInNumber();
    void recognises_data();
    void recognises();
};

void TestPostfixLog::fixtures_data()
{
    QTest::addColumn<QString>("file");
    for (const ExpectedLog &log : expectations())
        QTest::newRow(log.file) << QString::fromLatin1(log.file);
}

void TestPostfixLog::fixtures()
{
    QFETCH(QString, file);
    const auto log = std::find_if(expectations().begin(), expectations().end(),
        [&](const ExpectedLog &candidate) { return QLatin1StringView(candidate.file) == file; });
    QVERIFY(log != expectations().end());
    const ParsedLog parsed = parsePostfix(readFixture(log->file), utc(log->reference));
    compareLog(parsed, log->records, log->rejections);
    // The key is the status line's (without NUL padding): the same bytes give the same key,
    // wherever they are read. An expiry without to= adds the recipient to its line.
    for (const DeliveryRecord &record : parsed.records) {
        QByteArray line = parsed.lines.at(record.line - 1);
        while (line.endsWith('\0'))
            line.chop(1);
        while (line.startsWith('\0'))
            line.remove(0, 1);
        if (!line.contains(" to=<"))
            line += '\n' + record.recipient.toUtf8();
        QCOMPARE(record.key, recordKey(line));
    }
}

void TestPostfixLog::overlappingRotationGivesEqualKeys()
{
    const QByteArray content = readFixture("postfix-overlapping-rotation.log");
    const ParsedLog both = parsePostfix(content, utc("2026-11-03T00:00:00Z"));
    QCOMPARE(both.records.size(), 4);
    QCOMPARE(both.records.at(2).key, both.records.at(0).key);
    QCOMPARE(both.records.at(3).key, both.records.at(1).key);
    QVERIFY(both.records.at(0).key != both.records.at(1).key); // deferred, then sent: two attempts

    // mail.log alone, without the lines before the rotation: the same attempts, the same keys.
    const QList<QByteArray> lines = content.split('\n');
    const QByteArray second = lines.mid(4).join('\n');
    const ParsedLog alone = parsePostfix(second, utc("2026-11-03T00:00:00Z"));
    QCOMPARE(alone.records.size(), 2);
    QCOMPARE(alone.records.at(0).key, both.records.at(0).key);
    QCOMPARE(alone.records.at(1).key, both.records.at(1).key);
    QCOMPARE(alone.records.at(0).envelopeSender, QString()); // its qmgr line was in the other file
}

void TestPostfixLog::nulPaddingIsNoPartOfTheKey()
{
    const ParsedLog parsed = parsePostfix(readFixture("postfix-damaged.log"), utc("2026-11-03T00:00:00Z"));
    QCOMPARE(parsed.records.size(), 4);
    const DeliveryRecord &paul = parsed.records.at(1);
    QCOMPARE(paul.recipient, u"paul@example.net"_s);
    QVERIFY(parsed.lines.at(6).endsWith(QByteArray(12, '\0')));
    QCOMPARE(paul.key, recordKey(parsed.lines.at(6).chopped(12)));
}

// One line after a cleanup and a qmgr line of the same queue id, read in UTC unless it says.
void TestPostfixLog::lineVariants_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("time"); ///< empty: the line is rejected with reason
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("replyCode");
    QTest::addColumn<QString>("remoteMta");
    QTest::addColumn<QString>("reason");

    const QByteArray tail = "to=<Zoe@Example.NET>, relay=mx.example.net[198.51.100.25]:25, delay=1, "
                            "delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok)";
    QTest::newRow("space-padded day")
        << "Nov  2 10:00:00 mta1 postfix/smtp[3]: 5F4E3D2C1B: " + tail << u"2026-11-02T10:00:00Z"_s
        << u"zoe@example.net"_s << u"delivered"_s << u"250"_s << u"mx.example.net"_s << QString();
    QTest::newRow("zero-padded day, microseconds")
        << "Nov 02 10:00:00.250000 mta1 postfix/smtp[3]: 5F4E3D2C1B: " + tail << u"2026-11-02T10:00:00.250Z"_s
        << u"zoe@example.net"_s << u"delivered"_s << u"250"_s << u"mx.example.net"_s << QString();
    QTest::newRow("one-digit day") << "Nov 2 10:00:00 mta1 postfix/smtp[3]: 5F4E3D2C1B: " + tail
                                   << u"2026-11-02T10:00:00Z"_s << u"zoe@example.net"_s << u"delivered"_s
                                   << u"250"_s << u"mx.example.net"_s << QString();
    QTest::newRow("rfc 3339 without colon in offset")
        << "2026-11-02T10:00:00.5+0130 mta1 postfix/smtp[3]: 5F4E3D2C1B: " + tail
        << u"2026-11-02T08:30:00.500Z"_s << u"zoe@example.net"_s << u"delivered"_s << u"250"_s
        << u"mx.example.net"_s << QString();
    QTest::newRow("relay service with its own syslog name")
        << "Nov  2 10:00:00 mta1 postfix/relay/smtp[3]: 5F4E3D2C1B: " + tail << u"2026-11-02T10:00:00Z"_s
        << u"zoe@example.net"_s << u"delivered"_s << u"250"_s << u"mx.example.net"_s << QString();
    QTest::newRow("virtual") << QByteArray(
        "Nov  2 10:00:00 mta1 postfix/virtual[3]: 5F4E3D2C1B: "
        "to=<zoe@esp.example>, relay=virtual, delay=0.1, delays=0/0/0/0.1, "
        "dsn=2.0.0, status=sent (delivered to maildir)")
                             << u"2026-11-02T10:00:00Z"_s << u"zoe@esp.example"_s << u"delivered"_s
                             << QString() << u"virtual"_s << QString();
    QTest::newRow("pipe") << QByteArray(
        "Nov  2 10:00:00 mta1 postfix/pipe[3]: 5F4E3D2C1B: to=<zoe@esp.example>, "
        "relay=dovecot, delay=0.1, delays=0/0/0/0.1, dsn=5.1.1, status=bounced "
        "(user unknown)") << u"2026-11-02T10:00:00Z"_s
                          << u"zoe@esp.example"_s << u"bounced"_s << QString() << u"dovecot"_s << QString();
    QTest::newRow("discard") << QByteArray("Nov  2 10:00:00 mta1 postfix/discard[3]: 5F4E3D2C1B: "
                                           "to=<zoe@example.net>, relay=none, delay=0.1, delays=0/0/0/0.1, "
                                           "dsn=2.0.0, status=sent (discarded)")
                             << u"2026-11-02T10:00:00Z"_s << u"zoe@example.net"_s << u"delivered"_s
                             << QString() << QString() << QString();
    QTest::newRow("qmgr per recipient expiry")
        << QByteArray("Nov  2 10:00:00 mta1 postfix/qmgr[2]: 5F4E3D2C1B: to=<zoe@example.net>, relay=none, "
                      "delay=432000, delays=432000/0/0/0, dsn=4.4.7, status=expired, returned to sender")
        << u"2026-11-02T10:00:00Z"_s << u"zoe@example.net"_s << u"expired"_s << QString() << QString()
        << QString();
    QTest::newRow("soft bounce") << QByteArray(
        "Nov  2 10:00:00 mta1 postfix/smtp[3]: 5F4E3D2C1B: "
        "to=<zoe@example.net>, relay=mx.example.net[198.51.100.25]:25, "
        "delay=1, delays=0/0/0.5/0.5, dsn=5.1.1, status=SOFTBOUNCE (host "
        "mx.example.net[198.51.100.25] said: 550 5.1.1 no such user)")
                                 << u"2026-11-02T10:00:00Z"_s << u"zoe@example.net"_s << u"deferred"_s
                                 << u"550"_s << u"mx.example.net"_s << QString();
    QTest::newRow("future by three days") << "Nov  6 00:00:01 mta1 postfix/smtp[3]: 5F4E3D2C1B: " + tail
                                          << QString() << QString() << QString() << QString() << QString()
                                          << u"the time 2026-11-06T00:00:01Z lies after the file was written "
                                             "(2026-11-03T00:00:00Z)"_s;
    QTest::newRow("empty recipient") << QByteArray("Nov  2 10:00:00 mta1 postfix/smtp[3]: 5F4E3D2C1B: to=<>, "
                                                   "relay=none, dsn=5.1.3, status=bounced (bad address)")
                                     << QString() << QString() << QString() << QString() << QString()
                                     << u"the delivery line names no recipient (to=<>)"_s;
}

void TestPostfixLog::lineVariants()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, time);
    QFETCH(QString, recipient);
    QFETCH(QString, result);
    QFETCH(QString, replyCode);
    QFETCH(QString, remoteMta);
    QFETCH(QString, reason);

    const QByteArray content
        = "Nov  2 09:59:59 mta1 postfix/cleanup[1]: 5F4E3D2C1B: message-id=<v@shop.example>\n"
          "Nov  2 09:59:59 mta1 postfix/qmgr[2]: 5F4E3D2C1B: from=<shop@shop.example>, size=9, "
          "nrcpt=1 (queue active)\n"
        + line + '\n';
    const ParsedLog parsed = parsePostfix(content, utc("2026-11-03T00:00:00Z"), QTimeZone::UTC);
    if (time.isEmpty()) {
        QCOMPARE(parsed.records.size(), 0);
        QCOMPARE(parsed.rejections.size(), 1);
        QCOMPARE(parsed.rejections.at(0).line, 3);
        QCOMPARE(parsed.rejections.at(0).reason, reason);
        return;
    }
    QCOMPARE(parsed.rejections.size(), 0);
    QCOMPARE(parsed.records.size(), 1);
    const DeliveryRecord &record = parsed.records.at(0);
    QCOMPARE(record.time, utc(time.toLatin1().constData()));
    QCOMPARE(record.recipient, recipient);
    QCOMPARE(resultName(record.result), result);
    QCOMPARE(record.replyCode, replyCode);
    QCOMPARE(record.remoteMta, remoteMta);
    QCOMPARE(record.envelopeSender, u"shop@shop.example"_s);
    QCOMPARE(record.messageId, u"v@shop.example"_s);
    QCOMPARE(record.queueId, u"5F4E3D2C1B"_s);
    QCOMPARE(record.line, 3);
}

// A list message: 40 recipients deferred, four of them delivered later, one deferred again with
// another reason. The expiry names the 36 left, in the order they were first deferred, each with
// its last reason.
void TestPostfixLog::manyDeferredRecipientsExpireInOrder()
{
    QByteArray content
        = "Nov  2 10:00:00 mta1 postfix/qmgr[2]: 6A6A6A6A6A: from=<list@lists.example>, size=1, "
          "nrcpt=40 (queue active)\n";
    const auto status = [](int recipient, const char *time, const char *outcome) {
        return QByteArray("Nov  2 ") + time + " mta1 postfix/smtp[3]: 6A6A6A6A6A: to=<r"
            + QByteArray::number(recipient)
            + "@example.net>, relay=mx.example.net[198.51.100.25]:25, delay=1, delays=0/0/0.5/0.5, " + outcome
            + '\n';
    };
    for (int i = 0; i < 40; ++i)
        content += status(i, "10:00:01",
            "dsn=4.7.1, status=deferred (host mx.example.net[198.51.100.25] said: 451 "
            "4.7.1 Try later (in reply to RCPT TO command))");
    for (int i : { 0, 5, 39, 20 })
        content += status(i, "10:30:00", "dsn=2.0.0, status=sent (250 2.0.0 Ok)");
    content += status(3, "11:00:00",
        "dsn=4.2.2, status=deferred (host mx.example.net[198.51.100.25] said: 452 4.2.2 "
        "Mailbox full (in reply to RCPT TO command))");
    content += "Nov  7 10:00:00 mta1 postfix/qmgr[2]: 6A6A6A6A6A: from=<list@lists.example>, status=expired, "
               "returned to sender\n";
    const ParsedLog parsed = parsePostfix(content, utc("2026-11-08T00:00:00Z"), QTimeZone::UTC);
    QCOMPARE(parsed.rejections.size(), 0);
    QList<QString> expired;
    for (const DeliveryRecord &record : parsed.records) {
        if (record.result == DeliveryResult::Expired) {
            QCOMPARE(record.line, 47);
            QCOMPARE(record.time, utc("2026-11-07T10:00:00Z"));
            QCOMPARE(record.replyCode, record.recipient == u"r3@example.net" ? u"452"_s : u"451"_s);
            expired.append(record.recipient);
        }
    }
    QList<QString> expected;
    for (int i = 0; i < 40; ++i) {
        if (i != 0 && i != 5 && i != 39 && i != 20)
            expected.append(u"r%1@example.net"_s.arg(i));
    }
    QCOMPARE(expired, expected);
    QCOMPARE(parsed.records.size(), 40 + 4 + 1 + 36);
}

// A message not mentioned for a week of log time is forgotten: its late status line has no
// sender. One mentioned six days ago is still known.
void TestPostfixLog::idleQueueIdsAreForgotten()
{
    const QByteArray content
        = "Nov  1 10:00:00 mta1 postfix/qmgr[2]: 1A1A1A1A1A: from=<six@shop.example>, size=1, nrcpt=1 (queue "
          "active)\n"
          "Nov  1 10:00:00 mta1 postfix/qmgr[2]: 2B2B2B2B2B: from=<eight@shop.example>, size=1, nrcpt=1 "
          "(queue "
          "active)\n"
          "Nov  7 10:00:00 mta1 postfix/smtp[3]: 1A1A1A1A1A: to=<a@example.net>, relay=none, dsn=4.4.1, "
          "status=deferred (connect to mx.example.net[198.51.100.25]:25: Connection refused)\n"
          "Nov  9 10:00:00 mta1 postfix/smtp[3]: 2B2B2B2B2B: to=<b@example.net>, relay=none, dsn=4.4.1, "
          "status=deferred (connect to mx.example.net[198.51.100.25]:25: Connection refused)\n"
          "Nov 15 10:00:00 mta1 postfix/smtp[3]: 1A1A1A1A1A: to=<a@example.net>, relay=none, dsn=4.4.1, "
          "status=deferred (connect to mx.example.net[198.51.100.25]:25: Connection refused)\n";
    const ParsedLog parsed = parsePostfix(content, utc("2026-11-20T00:00:00Z"), QTimeZone::UTC);
    QCOMPARE(parsed.rejections.size(), 0);
    QCOMPARE(parsed.records.size(), 3);
    QCOMPARE(parsed.records.at(0).envelopeSender, u"six@shop.example"_s);
    QCOMPARE(parsed.records.at(1).envelopeSender, QString());
    QCOMPARE(parsed.records.at(2).envelopeSender, QString()); // 8 days after its last line
}

// A log whose messages never leave the queue holds at most 500,000 queue ids, the oldest
// forgotten first.
void TestPostfixLog::queueIdsAreBoundedInNumber()
{
    ParsedLog parsed;
    ParserSinks sinks;
    sinks.delivery = [&parsed](DeliveryRecord &&record) { parsed.records.append(std::move(record)); };
    sinks.rejection = [&parsed](const LineRejection &rejection) { parsed.rejections.append(rejection); };
    PostfixLogParser parser(std::move(sinks), utc("2026-11-03T00:00:00Z"), QTimeZone::UTC);
    constexpr int Messages = 500'001;
    const auto queueId = [](int i) { return QByteArray::number(0x100000000LL + i, 16).toUpper(); };
    qint64 number = 0;
    for (int i = 0; i < Messages; ++i)
        parser.addLine("Nov  2 10:00:00 mta1 postfix/cleanup[1]: " + queueId(i) + ": message-id=<m"
                + QByteArray::number(i) + "@shop.example>",
            ++number);
    // The first queue id went when the last arrived; the second goes when the first returns.
    for (int i : { 1, 0, Messages - 1 })
        parser.addLine("Nov  2 10:00:01 mta1 postfix/smtp[3]: " + queueId(i)
                + ": to=<a@example.net>, relay=none, dsn=2.0.0, status=sent (250 Ok)",
            ++number);
    QCOMPARE(parsed.rejections.size(), 0);
    QCOMPARE(parsed.records.size(), 3);
    QCOMPARE(parsed.records.at(0).messageId, u"m1@shop.example"_s);
    QCOMPARE(parsed.records.at(1).messageId, QString());
    QCOMPARE(parsed.records.at(2).messageId, u"m500000@shop.example"_s);
}

void TestPostfixLog::recognises_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<bool>("postfix");

    for (const char *file :
        { "postfix-mail.log", "postfix-rfc3339.log", "postfix-new-year.log", "postfix-damaged.log" })
        QTest::newRow(file) << firstLines(readFixture(file)) << true;
    QTest::newRow("exim main log") << firstLines(readFixture("exim-mainlog.log")) << false;
    QTest::newRow("mbox") << QList<QByteArray> { "From MAILER-DAEMON Mon Nov  2 10:00:00 2026",
        "Return-Path: <>", "Received: from mta1.esp.example by mx.esp.example with ESMTP id 5C1D92A0B7",
        "From: Mail Delivery System <MAILER-DAEMON@mta1.esp.example>",
        "Subject: Undelivered Mail Returned to Sender", "",
        "This is the mail system at host mta1.esp.example.",
        "<ben.miller@example.org>: host mx.example.org said: "
        "550 5.1.1 User unknown" }
                          << false;
    QTest::newRow("csv") << QList<QByteArray> { "time,recipient,status,postfix_queue_id",
        "2026-11-02 10:00:00,anna@example.net,sent,3F2A81C0D4",
        "2026-11-02 10:00:02,ben@example.org,bounced,3F2A81C0D4" }
                         << false;
    QTest::newRow("syslog without postfix")
        << QList<QByteArray> { "Nov  2 10:00:00 mta1 kernel: [1.0] Linux version 6.12",
               "Nov  2 10:00:01 mta1 systemd[1]: Starting postfix.service",
               "Nov  2 10:00:02 mta1 CRON[5]: (root) CMD (x)" }
        << false;
    QTest::newRow("mostly other programs") << QList<QByteArray> {
        "Nov  2 10:00:00 mta1 dovecot: imap-login: Login: user=<a>",
        "Nov  2 10:00:00 mta1 dovecot: imap-login: Login: user=<b>",
        "Nov  2 10:00:00 mta1 dovecot: imap: Logged out", "Nov  2 10:00:00 mta1 dovecot: imap: Logged out",
        "Nov  2 10:00:00 mta1 dovecot: imap: Logged out",
        "Nov  2 10:00:01 mta1 postfix/smtpd[2]: connect from a.example[192.0.2.1]"
    } << false;
    QTest::newRow("empty") << QList<QByteArray> {} << false;
}

void TestPostfixLog::recognises()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(bool, postfix);
    QCOMPARE(PostfixLogParser::recognises(lines), postfix);
}

QTEST_GUILESS_MAIN(TestPostfixLog)
#include "tst_postfixlog.moc"
