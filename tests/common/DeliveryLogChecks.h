// SPDX-License-Identifier: GPL-2.0-or-later
// Runs a delivery log parser over a fixture line by line, as an import does, and compares every
// record and rejection with what the analyst must see, field by field.
#pragma once

#include "delivery/LogParser.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <memory>
#include <vector>

namespace deliverylog {

using abusedesk::delivery::DeliveryRecord;
using abusedesk::delivery::DeliveryResult;
using abusedesk::delivery::LineRejection;
using abusedesk::delivery::LogParser;
using abusedesk::delivery::ParserSinks;

struct ExpectedDelivery
{
    qint64 line;
    const char *time; ///< UTC, ISO 8601: "2026-11-02T09:00:01Z", "2026-11-02T09:00:00.678Z"
    const char *queueId;
    const char *sender;
    const char *recipient;
    DeliveryResult result;
    const char *status;
    const char *replyCode;
    const char *diagnostic; ///< UTF-8
    const char *remoteMta;
    const char *messageId;
    const char *customer = "";
    const char *campaign = "";
    const char *sendingIp = "";
};

struct ExpectedRejection
{
    qint64 line;
    const char *reason;
};

struct ParsedLog
{
    QList<DeliveryRecord> records;
    QList<LineRejection> rejections;
    QList<QByteArray> lines; ///< the lines as fed, without line ends; lines[0] is line 1
};

inline QByteArray readFixture(const char *name)
{
    QFile file(QStringLiteral(ABUSEDESK_TEST_DATA "/logs/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s is missing", name);
    return file.readAll();
}

using ParserFactory = std::function<std::unique_ptr<LogParser>(ParserSinks)>;

/// Lines end in LF or CRLF; a last line without an end is a line too.
inline ParsedLog parseLog(QByteArrayView content, const ParserFactory &makeParser)
{
    ParsedLog parsed;
    ParserSinks sinks;
    sinks.delivery = [&parsed](DeliveryRecord &&record) { parsed.records.append(std::move(record)); };
    sinks.rejection = [&parsed](const LineRejection &rejection) { parsed.rejections.append(rejection); };
    const std::unique_ptr<LogParser> parser = makeParser(std::move(sinks));
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        QByteArrayView line = content.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        parsed.lines.append(line.toByteArray());
        parser->addLine(line, parsed.lines.size());
        start = end + 1;
    }
    parser->finish();
    return parsed;
}

inline QDateTime utc(const char *iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    if (!time.isValid())
        qFatal("bad time in the expectations: %s", iso);
    return time.toUTC();
}

inline void compareRecord(const DeliveryRecord &actual, const ExpectedDelivery &expected)
{
    QCOMPARE(actual.line, expected.line);
    QCOMPARE(actual.time, utc(expected.time));
    QCOMPARE(actual.time.timeSpec(), Qt::UTC);
    QCOMPARE(actual.queueId, QString::fromUtf8(expected.queueId));
    QCOMPARE(actual.envelopeSender, QString::fromUtf8(expected.sender));
    QCOMPARE(actual.recipient, QString::fromUtf8(expected.recipient));
    QCOMPARE(resultName(actual.result), resultName(expected.result));
    QCOMPARE(actual.status, QString::fromUtf8(expected.status));
    QCOMPARE(actual.replyCode, QString::fromUtf8(expected.replyCode));
    QCOMPARE(actual.diagnostic, QString::fromUtf8(expected.diagnostic));
    QCOMPARE(actual.remoteMta, QString::fromUtf8(expected.remoteMta));
    QCOMPARE(actual.messageId, QString::fromUtf8(expected.messageId));
    QCOMPARE(actual.customer, QString::fromUtf8(expected.customer));
    QCOMPARE(actual.campaign, QString::fromUtf8(expected.campaign));
    QCOMPARE(actual.sendingIp, QString::fromUtf8(expected.sendingIp));
    QCOMPARE(actual.key.size(), 16);
}

/// Every record and every rejection, in order.
inline void compareLog(const ParsedLog &parsed, const std::vector<ExpectedDelivery> &records,
    const std::vector<ExpectedRejection> &rejections)
{
    // Line numbers first: a missing or extra record shows up as such, not as a field mismatch.
    QList<qint64> actualLines, expectedLines;
    for (const DeliveryRecord &record : parsed.records)
        actualLines.append(record.line);
    for (const ExpectedDelivery &record : records)
        expectedLines.append(record.line);
    QCOMPARE(actualLines, expectedLines);
    for (qsizetype i = 0; i < parsed.records.size(); ++i) {
        compareRecord(parsed.records.at(i), records.at(size_t(i)));
        if (QTest::currentTestFailed()) {
            qWarning("in the record of line %lld", static_cast<long long>(records.at(size_t(i)).line));
            return;
        }
    }

    QList<qint64> actualRejected, expectedRejected;
    for (const LineRejection &rejection : parsed.rejections)
        actualRejected.append(rejection.line);
    for (const ExpectedRejection &rejection : rejections)
        expectedRejected.append(rejection.line);
    QCOMPARE(actualRejected, expectedRejected);
    for (qsizetype i = 0; i < parsed.rejections.size(); ++i)
        QCOMPARE(parsed.rejections.at(i).reason, QString::fromUtf8(rejections.at(size_t(i)).reason));
}

constexpr auto Delivered = DeliveryResult::Delivered;
constexpr auto Deferred = DeliveryResult::Deferred;
constexpr auto Bounced = DeliveryResult::Bounced;
constexpr auto Expired = DeliveryResult::Expired;

inline const QTimeZone &berlin()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    return zone;
}

/// A fixture file, when it was written, and what reading it must give.
struct ExpectedLog
{
    const char *file;
    const char *reference; ///< the file's modification time, UTC
    std::vector<ExpectedDelivery> records;
    std::vector<ExpectedRejection> rejections;
};

} // namespace deliverylog
