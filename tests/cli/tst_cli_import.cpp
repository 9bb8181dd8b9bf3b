// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli classify, import and evidence as a user runs them: the JSON contract, the import
// report, duplicates, byte-identical evidence, rejections with reasons, and a real kill mid-import.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

namespace {

const QString Data = QStringLiteral(ABUSEDESK_TEST_DATA "/mail/");

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 count(const QString &dbPath, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

QString initDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("cases.abusedesk"));
    const CliResult r = runCli({ QStringLiteral("init"), QStringLiteral("--db"), path });
    if (r.exitCode != 0)
        qFatal("init failed: %s", qPrintable(r.err));
    return path;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyPrintsOneJsonObjectPerMessage()
    {
        const CliResult r = runCli(
            { QStringLiteral("classify"), QStringLiteral("--json"), Data + QStringLiteral("arf-abuse.eml"),
                Data + QStringLiteral("three.mbox"), Data + QStringLiteral("dsn-multi-recipient.eml") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            for (const char *key : { "source", "sha256", "kind", "role_account", "legal" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QCOMPARE(o.value(QStringLiteral("sha256")).toString().size(), 64);
        }
        const QJsonObject arf = json(lines.at(0));
        QCOMPARE(arf.value(QStringLiteral("source")).toString(), Data + QStringLiteral("arf-abuse.eml#0"));
        QCOMPARE(arf.value(QStringLiteral("kind")).toString(), QStringLiteral("feedback-report"));
        QCOMPARE(arf.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(
                fileBytes(Data + QStringLiteral("arf-abuse.eml")), QCryptographicHash::Sha256)
                    .toHex()));
        QCOMPARE(json(lines.at(4)).value(QStringLiteral("recipients")).toArray().size(), 3);
    }

    void classifyNamesWhatItCannotRead()
    {
        const CliResult r = runCli({ QStringLiteral("classify"), QStringLiteral("--json"),
            Data + QStringLiteral("binary-junk.bin"), Data + QStringLiteral("noise.eml") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // the good file is still classified
        QVERIFY2(
            r.err.contains(QStringLiteral("binary-junk.bin#0")) && r.err.contains(QStringLiteral("not mail")),
            qPrintable(r.err));
    }

    void importTwiceStoresOnceAndGivesBackTheBytes()
    {
        QTemporaryDir dir;
        const QString db = initDatabase(dir);
        const QStringList inputs { Data + QStringLiteral("arf-abuse.eml"),
            Data + QStringLiteral("three.mbox.gz"), Data + QStringLiteral("maildir"),
            Data + QStringLiteral("nul-filled.bin") };
        CliResult r = runCli(
            QStringList { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json") }
            + inputs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject report = json(r.out);
        // three.mbox.gz and the Maildir share one message byte for byte: its second copy is a
        // duplicate. (The Maildir's other message keeps its ">From" line: Maildir files are not
        // mbox-quoted, so it differs from the unquoted mbox message.)
        QCOMPARE(report.value(QStringLiteral("stored")).toInt(), 5);
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), 1);
        const QJsonArray rejected = report.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("source")).toString(),
            Data + QStringLiteral("nul-filled.bin"));
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("position")).toInt(), 0);
        QVERIFY(rejected.at(0)
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QStringLiteral("not mail")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evidence")), 5);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages")), 5);
        // A feedback report is found by the subject and sender of the original it carries, decoded.
        const QString reportRow
            = QStringLiteral("(SELECT m.evidence_id FROM messages m JOIN evidence e ON e.id = m.evidence_id "
                             "WHERE e.source_path LIKE '%arf-abuse.eml')");
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM message_text WHERE message_text MATCH "
                                    "'subject:\"große rabatte\" AND sender:acme' AND rowid = ")
                         + reportRow),
            1);
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM message_text WHERE message_text MATCH "
                                    "'subject:complaint AND sender:fbl' AND rowid = ")
                         + reportRow),
            1);

        r = runCli(
            QStringList { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json") }
            + inputs);
        report = json(r.out);
        QCOMPARE(report.value(QStringLiteral("stored")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), 6);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evidence")), 5);

        // The stored bytes come back identical, to standard output and to a file.
        const QByteArray original = fileBytes(Data + QStringLiteral("arf-abuse.eml"));
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
        QProcess p;
        p.start(QStringLiteral(ABUSEDESK_CLI),
            { QStringLiteral("evidence"), QStringLiteral("--db"), db, QStringLiteral("--sha256"), hash });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), original);
        const QString out = dir.filePath(QStringLiteral("saved.eml"));
        r = runCli({ QStringLiteral("evidence"), QStringLiteral("--db"), db, QStringLiteral("--sha256"), hash,
            QStringLiteral("--out"), out });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(fileBytes(out), original);

        r = runCli({ QStringLiteral("evidence"), QStringLiteral("--db"), db, QStringLiteral("--sha256"),
            QString(64, u'0') });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no evidence")));
    }

    void importReportForPeople()
    {
        QTemporaryDir dir;
        const QString db = initDatabase(dir);
        const CliResult r = runCli({ QStringLiteral("import"), QStringLiteral("--db"), db,
            Data + QStringLiteral("complaint-legal.eml"), Data + QStringLiteral("empty.eml") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Read 1 messages: 1 stored, 0 duplicates, 1 rejected.")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("complaint: 1")));
        QVERIFY(r.out.contains(QStringLiteral("empty.eml at byte 0: the file is empty")));
    }

    void aKilledImportIsCompletedByTheNextOne()
    {
        QTemporaryDir dir;
        const QString db = initDatabase(dir);
        const QString mbox = dir.filePath(QStringLiteral("big.mbox"));
        constexpr int Messages = 60000; // three commits of the import (MailImport: 20,000 each)
        {
            QFile f(mbox);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < Messages; ++i) {
                f.write("From sender@example.com Mon Nov  2 10:00:00 2026\n");
                f.write("From: person" + QByteArray::number(i)
                    + "@home.example\nTo: abuse@esp.example\n"
                      "Subject: spam number "
                    + QByteArray::number(i) + "\nMessage-ID: <" + QByteArray::number(i)
                    + "@home.example>\n\nStop sending me spam, I never signed up.\n" + QByteArray(2000, 'x')
                    + "\n\n");
            }
        }
        QProcess import;
        import.start(
            QStringLiteral(ABUSEDESK_CLI), { QStringLiteral("import"), QStringLiteral("--db"), db, mbox });
        QVERIFY(import.waitForStarted());
        // Kill it once some chunks are committed but long before the end.
        QElapsedTimer waited;
        waited.start();
        qint64 stored = 0;
        while (waited.elapsed() < 60000
            && (stored = count(db, QStringLiteral("SELECT count(*) FROM evidence"))) < 1000)
            QThread::msleep(20);
        import.kill();
        import.waitForFinished();
        QVERIFY2(stored >= 1000 && stored < Messages, qPrintable(QString::number(stored)));

        const qint64 afterKill = count(db, QStringLiteral("SELECT count(*) FROM evidence"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages")), afterKill);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evidence_raw")), afterKill);

        const CliResult r = runCli(
            { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json"), mbox });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = json(r.out);
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInteger(), afterKill);
        QCOMPARE(report.value(QStringLiteral("stored")).toInteger(), Messages - afterKill);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evidence")), Messages);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages")), Messages);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
