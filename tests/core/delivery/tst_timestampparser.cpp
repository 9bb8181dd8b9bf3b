// SPDX-License-Identifier: GPL-2.0-or-later
// TimestampParser: the automatic forms, profile formats, and zones, above all the offsets it
// caches between transitions (a wrong cache shifts every row of a send log by an hour).
#include "delivery/TimestampParser.h"

#include <QRandomGenerator>
#include <QTest>

using abusedesk::delivery::TimestampParser;
using namespace Qt::StringLiterals;

class TestTimestampParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void cachedOffsetsMatchQt_data();
    void cachedOffsetsMatchQt();
    void formatDescription();
};

void TestTimestampParser::parse_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); ///< ISO with milliseconds; empty: not a time

    auto row = [](const char *name, const QString &format, const QByteArray &zone, const QString &text,
                   const QString &utc) { QTest::newRow(name) << format << zone << text << utc; };
    const QString automatic;
    // ISO 8601 / RFC 3339 and its everyday variants
    row("ISO Z", automatic, "UTC", u"2026-11-02T10:00:00Z"_s, u"2026-11-02T10:00:00.000Z"_s);
    row("ISO offset and microseconds", automatic, "UTC", u"2026-11-02T10:00:00.123456+01:00"_s,
        u"2026-11-02T09:00:00.123Z"_s);
    row("ISO comma fraction", automatic, "UTC", u"2026-11-02T10:00:00,5Z"_s, u"2026-11-02T10:00:00.500Z"_s);
    row("ISO negative offset without colon", automatic, "UTC", u"2026-11-02T10:00:00-0500"_s,
        u"2026-11-02T15:00:00.000Z"_s);
    row("space form, UTC profile", automatic, "UTC", u"2026-11-02 10:00:00"_s, u"2026-11-02T10:00:00.000Z"_s);
    row("space form, Berlin winter", automatic, "Europe/Berlin", u"2026-11-02 10:00:00"_s,
        u"2026-11-02T09:00:00.000Z"_s);
    row("space form, Berlin summer", automatic, "Europe/Berlin", u"2026-07-02 10:00:00"_s,
        u"2026-07-02T08:00:00.000Z"_s);
    row("offset wins over the profile zone", automatic, "Europe/Berlin", u"2026-07-02 10:00:00Z"_s,
        u"2026-07-02T10:00:00.000Z"_s);
    row("PowerMTA offset", automatic, "UTC", u"2026-11-02 10:00:00+0100"_s, u"2026-11-02T09:00:00.000Z"_s);
    row("offset after a space, hours only", automatic, "UTC", u"2026-11-02 10:00:00 +01"_s,
        u"2026-11-02T09:00:00.000Z"_s);
    row("UTC word", automatic, "Europe/Berlin", u"2026-11-02 10:00:00 UTC"_s, u"2026-11-02T10:00:00.000Z"_s);
    row("without seconds", automatic, "UTC", u"2026-11-02T10:00"_s, u"2026-11-02T10:00:00.000Z"_s);
    row("date alone is midnight in the zone", automatic, "Europe/Berlin", u"2026-11-02"_s,
        u"2026-11-01T23:00:00.000Z"_s);
    row("surrounding spaces", automatic, "UTC", u"  2026-11-02T10:00:00Z "_s, u"2026-11-02T10:00:00.000Z"_s);
    row("leap day", automatic, "UTC", u"2028-02-29"_s, u"2028-02-29T00:00:00.000Z"_s);
    // RFC 2822 and Unix time
    row("RFC 2822", automatic, "UTC", u"Mon, 02 Nov 2026 11:00:00 +0100"_s, u"2026-11-02T10:00:00.000Z"_s);
    row("RFC 2822 without day name", automatic, "UTC", u"2 Nov 2026 11:00:00 -0100"_s,
        u"2026-11-02T12:00:00.000Z"_s);
    row("Unix seconds", automatic, "Europe/Berlin", u"1793613600"_s, u"2026-11-02T10:00:00.000Z"_s);
    row("Unix seconds with fraction", automatic, "UTC", u"1793613600.25"_s, u"2026-11-02T10:00:00.250Z"_s);
    row("Unix milliseconds", automatic, "UTC", u"1793613600123"_s, u"2026-11-02T10:00:00.123Z"_s);
    // not times
    row("empty", automatic, "UTC", QString(), QString());
    row("words", automatic, "UTC", u"next tuesday"_s, QString());
    row("not a leap year", automatic, "UTC", u"2026-02-29 10:00:00"_s, QString());
    row("month 13", automatic, "UTC", u"2026-13-01"_s, QString());
    row("hour 24", automatic, "UTC", u"2026-11-02T24:00:00Z"_s, QString());
    row("offset 25 hours", automatic, "UTC", u"2026-11-02T10:00:00+25:00"_s, QString());
    row("trailing junk", automatic, "UTC", u"2026-11-02T10:00:00Zjunk"_s, QString());
    row("five digits", automatic, "UTC", u"12345"_s, QString());
    row("twelve digits", automatic, "UTC", u"179361360012"_s, QString());
    row("German date without a format", automatic, "UTC", u"02.11.2026"_s, QString());
    row("RFC 2822 without a zone", automatic, "Europe/Berlin", u"Mon, 02 Nov 2026 11:00:00"_s,
        u"2026-11-02T10:00:00.000Z"_s);
    row("RFC 2822 GMT", automatic, "Europe/Berlin", u"Mon, 02 Nov 2026 11:00:00 GMT"_s,
        u"2026-11-02T11:00:00.000Z"_s);
    row("RFC 2822 EST", automatic, "UTC", u"2 Nov 2026 11:00:00 EST"_s, u"2026-11-02T16:00:00.000Z"_s);
    row("RFC 2822 unknown zone name", automatic, "UTC", u"2 Nov 2026 11:00:00 XYZ"_s, QString());
    row("RFC 2822 nonsense", automatic, "UTC", u"Mon, 32 Nov 2026 11:00:00 +0000"_s, QString());
    // profile formats
    const QString german = u"dd.MM.yyyy HH:mm:ss"_s;
    row("German, summer time", german, "Europe/Berlin", u"25.10.2026 01:30:00"_s,
        u"2026-10-24T23:30:00.000Z"_s);
    row("German, after the change", german, "Europe/Berlin", u"25.10.2026 03:30:00"_s,
        u"2026-10-25T02:30:00.000Z"_s);
    row("German, in the spring gap", german, "Europe/Berlin", u"29.03.2026 02:30:00"_s,
        u"2026-03-29T01:30:00.000Z"_s);
    row("German, single digits", german, "UTC", u"2.1.2026 9:05:07"_s, u"2026-01-02T09:05:07.000Z"_s);
    row("German, day 32", german, "UTC", u"32.13.2026 10:00:00"_s, QString());
    row("German, ISO text", german, "UTC", u"2026-11-02 10:00:00"_s, QString());
    row("German, missing seconds", german, "UTC", u"02.11.2026 10:00"_s, QString());
    row("US 12-hour PM", u"MM/dd/yyyy hh:mm AP"_s, "UTC", u"11/02/2026 03:05 PM"_s,
        u"2026-11-02T15:05:00.000Z"_s);
    row("US 12-hour midnight", u"MM/dd/yyyy hh:mm ap"_s, "UTC", u"11/02/2026 12:05 am"_s,
        u"2026-11-02T00:05:00.000Z"_s);
    row("US 12-hour noon", u"MM/dd/yyyy hh:mm AP"_s, "UTC", u"11/02/2026 12:05 PM"_s,
        u"2026-11-02T12:05:00.000Z"_s);
    row("US 12-hour hour 13", u"MM/dd/yyyy hh:mm AP"_s, "UTC", u"11/02/2026 13:05 PM"_s, QString());
    row("month name", u"d MMM yyyy HH:mm"_s, "UTC", u"2 nov 2026 10:00"_s, u"2026-11-02T10:00:00.000Z"_s);
    row("long month name and Sept", u"d MMMM yyyy"_s, "UTC", u"2 Sept 2026"_s, u"2026-09-02T00:00:00.000Z"_s);
    row("day name", u"ddd, d MMM yyyy"_s, "UTC", u"Mon, 2 Nov 2026"_s, u"2026-11-02T00:00:00.000Z"_s);
    row("unknown month name", u"d MMM yyyy"_s, "UTC", u"2 Nvb 2026"_s, QString());
    row("digits only", u"yyyyMMddHHmmss"_s, "UTC", u"20261102100000"_s, u"2026-11-02T10:00:00.000Z"_s);
    row("two-digit year is this century", u"dd.MM.yy"_s, "UTC", u"02.11.26"_s, u"2026-11-02T00:00:00.000Z"_s);
    row("milliseconds", u"yyyy-MM-dd HH:mm:ss.zzz"_s, "UTC", u"2026-11-02 10:00:00.042"_s,
        u"2026-11-02T10:00:00.042Z"_s);
    row("quoted literal and zone", u"yyyy-MM-dd'T'HH:mm:ss t"_s, "Europe/Berlin",
        u"2026-11-02T10:00:00 +01:00"_s, u"2026-11-02T09:00:00.000Z"_s);
    row("quoted literal mismatch", u"yyyy-MM-dd'T'HH:mm"_s, "UTC", u"2026-11-02 10:00"_s, QString());
    row("space matches several", u"d MMM yyyy"_s, "UTC", u"2  Nov  2026"_s, u"2026-11-02T00:00:00.000Z"_s);
    row("New York, daylight time", german, "America/New_York", u"01.11.2026 00:30:00"_s,
        u"2026-11-01T04:30:00.000Z"_s);
    row("New York, standard time", german, "America/New_York", u"01.11.2026 12:00:00"_s,
        u"2026-11-01T17:00:00.000Z"_s);
}

void TestTimestampParser::parse()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, zone);
    QFETCH(QString, text);
    QFETCH(QString, utc);

    TimestampParser parser(format, zone == "UTC" ? QTimeZone(QTimeZone::UTC) : QTimeZone(zone));
    const QDateTime when = parser.parse(text);
    if (utc.isEmpty()) {
        QVERIFY2(!when.isValid(), qPrintable(when.toString(Qt::ISODateWithMs)));
        return;
    }
    QVERIFY(when.isValid());
    QCOMPARE(when.timeSpec(), Qt::UTC);
    QCOMPARE(when.toString(Qt::ISODateWithMs), utc);
}

void TestTimestampParser::cachedOffsetsMatchQt_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("Europe/Berlin") << QByteArray("Europe/Berlin");
    QTest::newRow("America/New_York") << QByteArray("America/New_York");
    QTest::newRow("Australia/Lord_Howe") << QByteArray("Australia/Lord_Howe"); // 30-minute shifts
    QTest::newRow("fixed offset") << QByteArray("UTC+05:30");
}

// One parser, many times in random order across three years: whatever the cache holds, each
// time must convert as QDateTime converts it. Days with a transition are left out, because
// there a local time may be ambiguous and either reading is right.
void TestTimestampParser::cachedOffsetsMatchQt()
{
    QFETCH(QByteArray, zone);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    TimestampParser parser(u"yyyy-MM-dd HH:mm:ss"_s, tz);
    QRandomGenerator random(20261102);
    const QDate first(2025, 1, 1);
    int compared = 0;
    for (int i = 0; i < 20000; ++i) {
        const QDate date = first.addDays(random.bounded(3 * 365));
        const QDateTime dayStart(date, QTime(0, 0), tz);
        const QDateTime dayEnd(date, QTime(23, 59, 59), tz);
        const QDateTime transition = tz.nextTransition(dayStart).atUtc;
        if (dayStart.offsetFromUtc() != dayEnd.offsetFromUtc()
            || (transition.isValid() && transition <= dayEnd.addSecs(1)))
            continue;
        const QTime time(random.bounded(24), random.bounded(60), random.bounded(60));
        const QDateTime expected = QDateTime(date, time, tz).toUTC();
        const QString text = date.toString(u"yyyy-MM-dd"_s) + u' ' + time.toString(u"HH:mm:ss"_s);
        QCOMPARE(parser.parse(text), expected);
        ++compared;
    }
    QVERIFY(compared > 15000);
}

void TestTimestampParser::formatDescription()
{
    QCOMPARE(TimestampParser().formatDescription(), u"ISO 8601, RFC 2822 or Unix time"_s);
    QCOMPARE(TimestampParser(u"dd.MM.yyyy"_s).formatDescription(), u"dd.MM.yyyy"_s);
}

QTEST_GUILESS_MAIN(TestTimestampParser)
#include "tst_timestampparser.moc"
