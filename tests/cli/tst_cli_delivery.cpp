// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli with delivery data, as a script runs it: import of MTA logs and CSVs with the
// JSON report (lines, stored, duplicates, rejected lines with their numbers), re-imports that
// change nothing, a send log that needs --profile (then remembered), the recipient history and
// blocklist listings by hand.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

const QString Logs = QStringLiteral(ABUSEDESK_TEST_DATA "/logs/");

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

qint64 count(const QString &dbPath, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return value;
}

QString initDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"cases.abusedesk"_s);
    const CliResult r = runCli({ u"init"_s, u"--db"_s, path });
    if (r.exitCode != 0)
        qFatal("init failed: %s", qPrintable(r.err));
    return path;
}

} // namespace

class TestCliDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsLogsAndTablesAndReimportChangesNothing()
    {
        QTemporaryDir dir;
        const QString db = initDatabase(dir);
        const QStringList files { Logs + u"postfix-mail.log"_s, Logs + u"exim-mainlog.log"_s,
            Logs + u"powermta-acct.csv"_s, Logs + u"optout.csv"_s, Logs + u"seed.csv"_s,
            Logs + u"blocklist.csv"_s, Logs + u"postfix-damaged.log"_s };
        CliResult r = runCli(
            QStringList { u"import"_s, u"--db"_s, db, u"--json"_s, u"--log-time-zone"_s, u"UTC"_s } + files);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject first = json(r.out);
        const QJsonObject logs = first.value(u"logs"_s).toObject();
        const QJsonArray reported = logs.value(u"files"_s).toArray();
        QCOMPARE(reported.size(), files.size());
        QStringList formats;
        for (const QJsonValue &f : reported)
            formats.append(f.toObject().value(u"format"_s).toString());
        formats.sort();
        QCOMPARE(formats,
            (QStringList { u"blocklist"_s, u"exim"_s, u"opt-out"_s, u"postfix"_s, u"postfix"_s, u"powermta"_s,
                u"seed"_s }));
        const qint64 stored = logs.value(u"stored"_s).toInteger();
        QVERIFY(stored > 40);
        QCOMPARE(stored,
            count(db,
                u"SELECT (SELECT count(*) FROM deliveries) + (SELECT count(*) FROM opt_outs) + (SELECT "
                u"count(*) "
                "FROM seed_results) + (SELECT count(*) FROM blocklist_listings)"_s));
        // The damaged Postfix log's bad lines are reported with their line numbers and reasons.
        QVERIFY(logs.value(u"rejected_lines"_s).toInteger() >= 1);
        bool damagedLineReported = false;
        for (const QJsonValue &v : first.value(u"rejected"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"source"_s).toString().endsWith(u"postfix-damaged.log"_s)
                && o.value(u"line"_s).toInteger() > 0 && !o.value(u"reason"_s).toString().isEmpty())
                damagedLineReported = true;
        }
        QVERIFY(damagedLineReported);
        QCOMPARE(count(db, u"SELECT count(*) FROM import_rejections WHERE line > 0"_s),
            logs.value(u"rejected_lines"_s).toInteger());
        const qint64 aggregates
            = count(db, u"SELECT sum(sent) + sum(deferred) + sum(opt_outs) FROM daily_aggregates"_s);

        r = runCli(
            QStringList { u"import"_s, u"--db"_s, db, u"--json"_s, u"--log-time-zone"_s, u"UTC"_s } + files);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject again = json(r.out).value(u"logs"_s).toObject();
        QCOMPARE(again.value(u"stored"_s).toInteger(), 0);
        QCOMPARE(again.value(u"duplicates"_s).toInteger(), stored);
        QCOMPARE(count(db, u"SELECT sum(sent) + sum(deferred) + sum(opt_outs) FROM daily_aggregates"_s),
            aggregates);

        // The plain report names files, counts and rejected lines for a person.
        r = runCli({ u"import"_s, u"--db"_s, db, Logs + u"postfix-damaged.log"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"log lines"_s) && r.out.contains(u"line "_s), qPrintable(r.out));
    }

    void sendLogNeedsAProfileOnceAndTheHistoryAnswers()
    {
        QTemporaryDir dir;
        const QString db = initDatabase(dir);
        const QString sendLog = Logs + u"sendlog.csv"_s;
        CliResult r = runCli({ u"import"_s, u"--db"_s, db, u"--json"_s, sendLog });
        QCOMPARE(r.exitCode, 0);
        QJsonObject report = json(r.out);
        QCOMPARE(report.value(u"logs"_s).toObject().value(u"rejected_files"_s).toInteger(), 1);
        QVERIFY2(report.value(u"rejected"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"reason"_s)
                     .toString()
                     .contains(u"column mapping"_s),
            qPrintable(r.out));
        QCOMPARE(count(db, u"SELECT count(*) FROM deliveries"_s), 0);

        r = runCli({ u"import"_s, u"--db"_s, db, u"--json"_s, u"--profile"_s,
            Logs + u"sendlog-profile.json"_s, sendLog });
        QCOMPARE(r.exitCode, 0);
        const qint64 stored = json(r.out).value(u"logs"_s).toObject().value(u"stored"_s).toInteger();
        QVERIFY(stored >= 5);
        QCOMPARE(count(db, u"SELECT count(*) FROM csv_profiles WHERE name = 'ESP app log v2'"_s), 1);
        // The saved profile recognises the file from now on.
        r = runCli({ u"import"_s, u"--db"_s, db, u"--json"_s, sendLog });
        QCOMPARE(json(r.out).value(u"logs"_s).toObject().value(u"duplicates"_s).toInteger(), stored);

        r = runCli({ u"history"_s, u"--db"_s, db, u"--json"_s, u"--recipient"_s, u"Anna@Example.NET"_s,
            u"--customer"_s, u"acme-shop"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject history = json(r.out);
        QCOMPARE(history.value(u"recipient"_s).toString(), u"anna@example.net"_s);
        QVERIFY(history.value(u"messages"_s).toInteger() >= 1);
        QVERIFY(history.value(u"campaigns"_s).toArray().contains(u"autumn-01"_s));
        QVERIFY(history.value(u"milliseconds"_s).toInteger() < 1000);
        r = runCli({ u"history"_s, u"--db"_s, db, u"--recipient"_s, u"nobody@example.net"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"got no mail"_s), qPrintable(r.out));
        r = runCli({ u"history"_s, u"--db"_s, db, u"--recipient"_s, u"not-an-address"_s });
        QCOMPARE(r.exitCode, 2);
    }

    void thePolicysLogTimeZoneIsTheDefault()
    {
        QTemporaryDir dir;
        const QString db = initDatabase(dir);
        CliResult r = runCli({ u"policy"_s, u"--db"_s, db, u"--set"_s, u"log_time_zone=\"Mars/Olympus\""_s });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"not a time zone"_s), qPrintable(r.err));
        r = runCli({ u"policy"_s, u"--db"_s, db, u"--set"_s, u"log_time_zone=\"America/New_York\""_s });
        QCOMPARE(r.exitCode, 0);
        const QString log = QStringLiteral(ABUSEDESK_TEST_DATA "/delivery-gui/mail.log");
        r = runCli({ u"import"_s, u"--db"_s, db, log });
        QCOMPARE(r.exitCode, 0);
        // "Nov  2 10:00:01" in New York (standard time since 1 November) is 15:00:01 UTC.
        QCOMPARE(count(db, u"SELECT time FROM deliveries WHERE recipient = 'anna@gmail.com'"_s), 1793631601);
    }

    void blocklistListingsByHand()
    {
        QTemporaryDir dir;
        const QString db = initDatabase(dir);
        CliResult r = runCli({ u"listing"_s, u"--db"_s, db, u"--list"_s, u"Spamhaus SBL"_s, u"--target"_s,
            u"192.0.2.17"_s, u"--listed"_s, u"2026-11-02"_s, u"--note"_s, u"SBL1"_s });
        QCOMPARE(r.exitCode, 0);
        // The same list, target and start: the delisting is recorded on the same listing.
        r = runCli(
            { u"listing"_s, u"--db"_s, db, u"--list"_s, u"Spamhaus SBL"_s, u"--target"_s, u"192.0.2.17"_s,
                u"--listed"_s, u"2026-11-02"_s, u"--delisted"_s, u"2026-11-04T10:00:00Z"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray listings = json(r.out).value(u"listings"_s).toArray();
        QCOMPARE(listings.size(), 1);
        QCOMPARE(listings.first().toObject().value(u"delisted"_s).toString(), u"2026-11-04T10:00:00Z"_s);
        r = runCli({ u"listing"_s, u"--db"_s, db, u"--list"_s, u"X"_s, u"--target"_s, u"192.0.2.300"_s,
            u"--listed"_s, u"2026-11-02"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"192.0.2.300"_s), qPrintable(r.err));
        r = runCli({ u"listing"_s, u"--db"_s, db, u"--list"_s, u"X"_s, u"--target"_s, u"192.0.2.1"_s,
            u"--listed"_s, u"2026-11-05"_s, u"--delisted"_s, u"2026-11-01"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"before the listing"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliDelivery)
#include "tst_cli_delivery.moc"
