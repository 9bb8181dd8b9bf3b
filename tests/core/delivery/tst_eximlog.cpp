// SPDX-License-Identifier: GPL-2.0-or-later
// EximLogParser against the Exim main logs of tests/data/logs (arrivals, deliveries, failures,
// deferrals, log_timezone and pid selectors, new-style ids, damaged lines), the bounded memory
// for messages, and telling Exim logs from other files.
#include "DeliveryLogChecks.h"
#include "delivery/EximLogParser.h"

#include <QTest>
#include <algorithm>

using namespace abusedesk::delivery;
using namespace deliverylog;
using namespace Qt::StringLiterals;

namespace {

// Times without a zone are Europe/Berlin, CET (+1) in November.
const std::vector<ExpectedLog> &expectations()
{
    static const std::vector<ExpectedLog> table = {
        { "exim-mainlog.log", "2026-11-07T00:00:00Z",
            {
                { 4, "2026-11-02T09:00:02Z", "1qAbCd-000123-Xy", "bounce+c042@mail.shop.example",
                    "anna@example.net", Delivered, "2.0.0", "250", "250 2.0.0 OK: queued as 4B7C2D1E0F",
                    "mx1.example.net", "20261102090001.1@mail.shop.example", "", "", "192.0.2.7" },
                { 5, "2026-11-02T09:00:02Z", "1qAbCd-000123-Xy", "bounce+c042@mail.shop.example",
                    "carla@example.net", Delivered, "2.0.0", "250", "250 2.0.0 OK: queued as 4B7C2D1E0F",
                    "mx1.example.net", "20261102090001.1@mail.shop.example", "", "", "192.0.2.7" },
                { 6, "2026-11-02T09:00:03Z", "1qAbCd-000123-Xy", "bounce+c042@mail.shop.example",
                    "ben.miller@example.org", Bounced, "5.1.1", "550",
                    "SMTP error from remote mail server after RCPT TO:<ben.miller@example.org>: 550 5.1.1 "
                    "<ben.miller@example.org>: Recipient address rejected: User unknown",
                    "mx.example.org", "20261102090001.1@mail.shop.example", "", "", "192.0.2.7" },
                { 8, "2026-11-02T09:00:04Z", "1qAbCd-000123-Xy", "bounce+c042@mail.shop.example",
                    "dora@example.com", Deferred, "4.7.1", "451",
                    "SMTP error from remote mail server after RCPT TO:<dora@example.com>: 451 4.7.1 "
                    "Greylisted, try "
                    "again later",
                    "mx.example.com", "20261102090001.1@mail.shop.example", "", "", "192.0.2.8" },
                // The bounce Exim made for line 6: null sender.
                { 9, "2026-11-02T09:00:04Z", "1qAbCe-000124-Zz", "", "bounce+c042@mail.shop.example",
                    Delivered, "2.0.0", "250", "250 2.0.0 OK 1793610004 x13si", "mail.shop.example", "", "",
                    "", "192.0.2.7" },
                { 13, "2026-11-02T09:10:04Z", "1qAbCd-000123-Xy", "bounce+c042@mail.shop.example",
                    "dora@example.com", Delivered, "2.0.0", "250", "250 2.0.0 Ok: queued as \\\"ABC\\\"",
                    "mx.example.com", "20261102090001.1@mail.shop.example", "", "", "192.0.2.8" },
                // log_timezone and pid: 10:20 at +0100; the address the sender gave is the one in <>.
                { 17, "2026-11-02T09:20:01.250Z", "1tAbCd-00000012-AbCd", "news@letters.example",
                    "eve.list@letters.example", Delivered, "2.0.0", "250",
                    "250 2.0.0 Ok: queued as 9F8E7D6C5B", "mx2.example.net", "nl-77@letters.example", "", "",
                    "2001:db8::7" },
                { 18, "2026-11-02T09:20:01Z", "1tAbCd-00000012-AbCd", "news@letters.example",
                    "archive@letters.example", Delivered, "", "", "", "", "nl-77@letters.example" },
                { 21, "2026-11-02T09:30:31Z", "1qAbCh-000127-Ef", "crm@tickets.example", "gina@example.org",
                    Deferred, "", "", "Connection timed out", "", "ticket-1001@tickets.example" },
                { 23, "2026-11-02T10:00:01Z", "1qAbCg-000126-Cd", "news@letters.example",
                    "gone@nosuch.example", Bounced, "", "", "Unrouteable address", "",
                    "nl-78@letters.example" },
                { 24, "2026-11-02T10:00:01Z", "1qAbCg-000126-Cd", "news@letters.example", "felix@example.com",
                    Expired, "", "", "retry time not reached for any host after a long failure period", "",
                    "nl-78@letters.example" },
                // Four days later: the message is still remembered.
                { 27, "2026-11-06T09:30:31Z", "1qAbCh-000127-Ef", "crm@tickets.example", "gina@example.org",
                    Expired, "", "", "retry timeout exceeded", "", "ticket-1001@tickets.example" },
            },
            {} },
        { "exim-damaged.log", "2026-11-03T00:00:00Z",
            {
                { 2, "2026-11-02T11:00:01Z", "1qAbCi-000128-Gh", "shop@shop.example", "hugo@example.net",
                    Delivered, "2.0.0", "250", "250 2.0.0 Ok: queued as 1234", "mx1.example.net",
                    "d-1@shop.example", "", "", "192.0.2.7" },
                { 4, "2026-11-02T11:00:02Z", "1qAbCi-000128-Gh", "shop@shop.example", "iris@example.net",
                    Bounced, "5.7.1", "550",
                    "SMTP error from remote mail server after end of data: 550 5.7.1 Nachricht abgelehnt: "
                    "Inhalt "
                    "unerw\xEF\xBF\xBD"
                    "nscht",
                    "mx1.example.net", "d-1@shop.example", "", "", "192.0.2.7" },
                // Line 2 again, as from an overlapping rotated file.
                { 8, "2026-11-02T11:00:01Z", "1qAbCi-000128-Gh", "shop@shop.example", "hugo@example.net",
                    Delivered, "2.0.0", "250", "250 2.0.0 Ok: queued as 1234", "mx1.example.net",
                    "d-1@shop.example", "", "", "192.0.2.7" },
            },
            { { 3, "the line holds NUL bytes" }, { 5, "the time stamp cannot be read" },
                { 6, "the time 2031-11-02T11:00:04Z lies after the file was written (2026-11-03T00:00:00Z)" },
                { 7, "the time stamp cannot be read" }, { 9, "the delivery line names no recipient" },
                { 10, "the delivery line ends before its router (R=), cut off?" } } },
    };
    return table;
}

ParsedLog parseExim(QByteArrayView content, const QDateTime &reference, const QTimeZone &zone = berlin())
{
    return parseLog(content, [&](ParserSinks sinks) {
        return std::make_unique<EximLogParser>(std::move(sinks), reference, zone);
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

class TestEximLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void duplicateLinesGiveEqualKeys();
    void idleMessagesAreForgotten();
    void messagesAreBoundedInNumber();
    void recognises_data();
    void recognises();
};

void TestEximLog::fixtures_data()
{
    QTest::addColumn<QString>("file");
    for (const ExpectedLog &log : expectations())
        QTest::newRow(log.file) << QString::fromLatin1(log.file);
}

void TestEximLog::fixtures()
{
    QFETCH(QString, file);
    const auto log = std::find_if(expectations().begin(), expectations().end(),
        [&](const ExpectedLog &candidate) { return QLatin1StringView(candidate.file) == file; });
    QVERIFY(log != expectations().end());
    const ParsedLog parsed = parseExim(readFixture(log->file), utc(log->reference));
    compareLog(parsed, log->records, log->rejections);
    for (const DeliveryRecord &record : parsed.records)
        QCOMPARE(record.key, recordKey(parsed.lines.at(record.line - 1)));
}

void TestEximLog::duplicateLinesGiveEqualKeys()
{
    const ParsedLog parsed = parseExim(readFixture("exim-damaged.log"), utc("2026-11-03T00:00:00Z"));
    QCOMPARE(parsed.records.size(), 3);
    QCOMPARE(parsed.records.at(2).key, parsed.records.at(0).key);
    QVERIFY(parsed.records.at(1).key != parsed.records.at(0).key);
}

// A message not mentioned for a week of log time is forgotten; one seen six days ago is not.
void TestEximLog::idleMessagesAreForgotten()
{
    const QByteArray content
        = "2026-11-01 10:00:00 1qAAAA-000001-Aa <= six@shop.example H=localhost [127.0.0.1] "
          "P=esmtp S=1 id=six@shop.example\n"
          "2026-11-01 10:00:00 1qBBBB-000002-Bb <= eight@shop.example H=localhost [127.0.0.1] "
          "P=esmtp S=1 id=eight@shop.example\n"
          "2026-11-07 10:00:00 1qAAAA-000001-Aa == a@example.net R=dnslookup T=remote_smtp "
          "defer (111): Connection refused\n"
          "2026-11-09 10:00:00 1qBBBB-000002-Bb == b@example.net R=dnslookup T=remote_smtp "
          "defer (111): Connection refused\n";
    const ParsedLog parsed = parseExim(content, utc("2026-11-20T00:00:00Z"), QTimeZone::UTC);
    QCOMPARE(parsed.rejections.size(), 0);
    QCOMPARE(parsed.records.size(), 2);
    QCOMPARE(parsed.records.at(0).envelopeSender, u"six@shop.example"_s);
    QCOMPARE(parsed.records.at(0).messageId, u"six@shop.example"_s);
    QCOMPARE(parsed.records.at(1).envelopeSender, QString());
    QCOMPARE(parsed.records.at(1).messageId, QString());
    QCOMPARE(parsed.records.at(1).diagnostic, u"Connection refused"_s);
}

void TestEximLog::messagesAreBoundedInNumber()
{
    ParsedLog parsed;
    ParserSinks sinks;
    sinks.delivery = [&parsed](DeliveryRecord &&record) { parsed.records.append(std::move(record)); };
    sinks.rejection = [&parsed](const LineRejection &rejection) { parsed.rejections.append(rejection); };
    EximLogParser parser(std::move(sinks), utc("2026-11-03T00:00:00Z"), QTimeZone::UTC);
    constexpr int Messages = 500'001;
    const auto id = [](int i) { return "1qAbCd-" + QByteArray::number(i).rightJustified(6, '0') + "-Xy"; };
    qint64 number = 0;
    for (int i = 0; i < Messages; ++i)
        parser.addLine("2026-11-02 10:00:00 " + id(i) + " <= s" + QByteArray::number(i)
                + "@shop.example H=localhost [127.0.0.1] P=esmtp S=1 id=m" + QByteArray::number(i)
                + "@shop.example",
            ++number);
    // The first message went when the last arrived; the second goes when the first returns.
    for (int i : { 1, 0, Messages - 1 })
        parser.addLine(
            "2026-11-02 10:00:01 " + id(i) + " => a@example.net R=dnslookup T=remote_smtp", ++number);
    QCOMPARE(parsed.rejections.size(), 0);
    QCOMPARE(parsed.records.size(), 3);
    QCOMPARE(parsed.records.at(0).messageId, u"m1@shop.example"_s);
    QCOMPARE(parsed.records.at(1).messageId, QString());
    QCOMPARE(parsed.records.at(2).messageId, u"m500000@shop.example"_s);
}

void TestEximLog::recognises_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<bool>("exim");

    for (const char *file : { "exim-mainlog.log", "exim-damaged.log" })
        QTest::newRow(file) << firstLines(readFixture(file)) << true;
    for (const char *file : { "postfix-mail.log", "postfix-rfc3339.log" })
        QTest::newRow(file) << firstLines(readFixture(file)) << false;
    QTest::newRow("queue runs and connections only") << QList<QByteArray> {
        "2026-11-02 10:00:00 Start queue run: pid=4100", "2026-11-02 10:00:00 End queue run: pid=4100",
        "2026-11-02 10:00:01 SMTP connection from app1.example.com [192.0.2.10]:41234 I=[192.0.2.7]:25 "
        "(TCP/IP connection count = 1)"
    } << true;
    QTest::newRow("dated lines, a few like Exim's")
        << QList<QByteArray> { "2026-11-02 10:00:00 Start queue run: pid=4100", "2026-11-02 10:00:00 INFO a",
               "2026-11-02 10:00:00 INFO b", "2026-11-02 10:00:00 INFO c" }
        << false;
    QTest::newRow("mbox") << QList<QByteArray> { "From MAILER-DAEMON Mon Nov  2 10:00:00 2026",
        "Return-Path: <>", "From: Mail Delivery System <Mailer-Daemon@mx.esp.example>",
        "Subject: Mail delivery failed: returning message to sender", "",
        "This message was created automatically by mail delivery software.", "  ben.miller@example.org",
        "    host mx.example.org [203.0.113.5]",
        "    SMTP error from remote mail server after RCPT "
        "TO:<ben.miller@example.org>:",
        "    550 5.1.1 User unknown" }
                          << false;
    QTest::newRow("csv") << QList<QByteArray> { "time,message_id,recipient,status",
        "2026-11-02 10:00:00,1qAbCd-000123-Xy,anna@example.net,delivered",
        "2026-11-02 10:00:03,1qAbCd-000123-Xy,ben.miller@example.org,bounced" }
                         << false;
    QTest::newRow("application log with dates")
        << QList<QByteArray> { "2026-11-02 10:00:00 INFO worker started",
               "2026-11-02 10:00:01 INFO job 17 done", "2026-11-02 10:00:02 WARN queue slow" }
        << false;
    QTest::newRow("empty") << QList<QByteArray> {} << false;
}

void TestEximLog::recognises()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(bool, exim);
    QCOMPARE(EximLogParser::recognises(lines), exim);
}

QTEST_GUILESS_MAIN(TestEximLog)
#include "tst_eximlog.moc"
