// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli --version/--help, init and stats, run as a separate process on real files.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

class TestCliDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNamesTheLibraries()
    {
        const CliResult r = runCli({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("abusedesk-cli ")));
        for (const char *part : { "Qt 6.", "KMime ", "SQLite 3." })
            QVERIFY2(r.out.contains(QString::fromLatin1(part)), qPrintable(r.out));
    }

    void helpListsTheCommands()
    {
        const CliResult r = runCli({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("init")));
        QVERIFY(r.out.contains(QStringLiteral("stats")));
        const CliResult sub = runCli({ QStringLiteral("stats"), QStringLiteral("--help") });
        QCOMPARE(sub.exitCode, 0);
        QVERIFY2(sub.out.contains(QStringLiteral("Usage: abusedesk-cli stats")), qPrintable(sub.out));
        QVERIFY(sub.out.contains(QStringLiteral("--json")));
    }

    void unknownCommandAndMissingOptionAreUsageErrors()
    {
        CliResult r = runCli({ QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
        r = runCli({ QStringLiteral("stats") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--db FILE is required")));
        r = runCli({ QStringLiteral("stats"), QStringLiteral("--no-such-option") });
        QCOMPARE(r.exitCode, 2);
    }

    void initThenStatsReportsZeroCounts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.abusedesk"));
        CliResult r = runCli({ QStringLiteral("init"), QStringLiteral("--db"), path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(path));

        r = runCli({ QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 7);
        const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        for (const char *table : { "evidence", "evidence_raw", "messages", "customers", "import_batches",
                 "deliveries", "daily_aggregates", "opt_outs", "seed_results", "blocklist_listings", "cases",
                 "case_events", "time_entries", "customer_decisions" }) {
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
            QCOMPARE(tables.value(QString::fromLatin1(table)).toInteger(-1), 0);
        }

        // The plain form lists the same tables for a person.
        r = runCli({ QStringLiteral("stats"), QStringLiteral("--db"), path });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("evidence")));
    }

    void initRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("do not touch\n");
        f.close();
        const CliResult r = runCli({ QStringLiteral("init"), QStringLiteral("--db"), path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("do not touch\n"));
    }

    void statsOnMissingPathCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nope.abusedesk"));
        const CliResult r
            = runCli({ QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void statsRefusesATextFileAndLeavesItUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("abuse.txt"));
        const QByteArray content
            = "Return-Path: <x@example.com>\r\nSubject: complaint\r\n\r\nstop mailing me\r\n";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const CliResult r
            = runCli({ QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not an AbuseDesk case database")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("abuse.txt") });
    }
};

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "tst_cli_database.moc"
