// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli triage and cases on the demo case (seed 11), as automation would use them: the
// queue as JSON with the acknowledgement clock at a given time, a facet, a search, acknowledging,
// a case opened with evidence, a note, time, a status change and a ladder decision; the evidence
// bundle of a case, whose messages are what `evidence --sha256` gives back; reports.
#include "CliRunner.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliTriage : public QObject
{
    Q_OBJECT

private:
    QJsonObject json(const QStringList &args)
    {
        const CliResult r = runCli(args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"cases.abusedesk"_s);
        const QString folder = m_dir.filePath(u"demo"_s);
        QCOMPARE(runCli({ u"demo"_s, u"--out"_s, folder, u"--seed"_s, u"11"_s }).exitCode, 0);
        QCOMPARE(runCli({ u"init"_s, u"--db"_s, m_db }).exitCode, 0);
        QCOMPARE(runCli({ u"import"_s, u"--db"_s, m_db, folder }).exitCode, 0);
    }

    void theQueueAsJson()
    {
        const QJsonObject q
            = json({ u"triage"_s, u"--db"_s, m_db, u"--now"_s, u"2026-11-08T00:00:00Z"_s, u"--json"_s });
        const QJsonArray items = q.value(u"items"_s).toArray();
        QVERIFY(items.size() > 10);
        int clocks = 0;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            if (!o.contains(u"deadline"_s))
                continue;
            ++clocks;
            const QDateTime received
                = QDateTime::fromString(o.value(u"received_at"_s).toString(), Qt::ISODate);
            const QDateTime deadline = QDateTime::fromString(o.value(u"deadline"_s).toString(), Qt::ISODate);
            QCOMPARE(received.secsTo(deadline), 24 * 3600);
            QCOMPARE(o.value(u"seconds_left"_s).toInteger(),
                QDateTime(QDate(2026, 11, 8), QTime(0, 0), QTimeZone::UTC).secsTo(deadline));
        }
        QVERIFY(clocks > 0);

        // A receiver facet narrows the queue to that receiver.
        const QJsonArray receivers
            = json({ u"triage"_s, u"--db"_s, m_db, u"--facet"_s, u"receiver"_s, u"--json"_s })
                  .value(u"values"_s)
                  .toArray();
        QVERIFY(!receivers.isEmpty());
        const QString receiver = receivers.first().toObject().value(u"value"_s).toString();
        const QJsonArray narrowed = json(
            { u"triage"_s, u"--db"_s, m_db, u"--receiver"_s, receiver, u"--no-findings"_s, u"--json"_s })
                                        .value(u"items"_s)
                                        .toArray();
        qint64 counted = 0;
        for (const QJsonValue &v : narrowed) {
            QCOMPARE(v.toObject().value(u"receiver"_s).toString(), receiver);
            counted += v.toObject().value(u"count"_s).toInteger();
        }
        QCOMPARE(counted, receivers.first().toObject().value(u"count"_s).toInteger());

        // A broken search is a clear error, not a crash.
        const CliResult bad = runCli({ u"triage"_s, u"--db"_s, m_db, u"--search"_s, u"\"open"_s });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(u"not understood"_s));
    }

    void acknowledgeAndCases()
    {
        const QJsonArray complaints
            = json({ u"triage"_s, u"--db"_s, m_db, u"--kind"_s, u"complaint"_s, u"--json"_s })
                  .value(u"items"_s)
                  .toArray();
        QVERIFY(complaints.size() >= 3);
        const QString first
            = QString::number(complaints.at(0).toObject().value(u"evidence_id"_s).toInteger());
        QCOMPARE(runCli({ u"triage"_s, u"--db"_s, m_db, u"--acknowledge"_s, first }).exitCode, 0);
        QCOMPARE(json({ u"triage"_s, u"--db"_s, m_db, u"--kind"_s, u"complaint"_s, u"--json"_s })
                     .value(u"items"_s)
                     .toArray()
                     .size(),
            complaints.size() - 1);
        QCOMPARE(runCli({ u"triage"_s, u"--db"_s, m_db, u"--acknowledge"_s, u"x,1"_s }).exitCode, 2);

        const QJsonObject second = complaints.at(1).toObject();
        const QJsonObject opened = json({ u"cases"_s, u"--db"_s, m_db, u"--open"_s, u"--category"_s,
            u"direct-complaint"_s, u"--severity"_s, u"2"_s, u"--title"_s, u"A complaint"_s, u"--evidence"_s,
            QString::number(second.value(u"evidence_id"_s).toInteger()), u"--json"_s });
        const QString id = QString::number(opened.value(u"id"_s).toInteger());
        QVERIFY(opened.value(u"id"_s).toInteger() > 0);
        QCOMPARE(opened.value(u"evidence"_s).toInteger(), 1);
        QCOMPARE(runCli({ u"cases"_s, u"--db"_s, m_db, u"--note"_s, id, u"--text"_s,
                            u"Wrote to the list owner"_s })
                     .exitCode,
            0);
        QCOMPARE(
            runCli({ u"cases"_s, u"--db"_s, m_db, u"--time"_s, id, u"--minutes"_s, u"15"_s }).exitCode, 0);
        QCOMPARE(
            runCli({ u"cases"_s, u"--db"_s, m_db, u"--status"_s, id, u"--to"_s, u"closed"_s }).exitCode, 1);
        QCOMPARE(runCli({ u"cases"_s, u"--db"_s, m_db, u"--status"_s, id, u"--to"_s, u"closed"_s,
                            u"--outcome"_s, u"educated"_s })
                     .exitCode,
            0);
        const QJsonObject shown = json({ u"cases"_s, u"--db"_s, m_db, u"--show"_s, id, u"--json"_s });
        QCOMPARE(shown.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(shown.value(u"minutes"_s).toInteger(), 15);
        QStringList types;
        for (const QJsonValue &e : shown.value(u"timeline"_s).toArray())
            types.append(e.toObject().value(u"type"_s).toString());
        QCOMPARE(types, (QStringList { u"opened"_s, u"evidence"_s, u"note"_s, u"time"_s, u"status"_s }));

        // A ladder decision needs a reason.
        const QString customer = u"1"_s;
        QCOMPARE(runCli({ u"cases"_s, u"--db"_s, m_db, u"--customer"_s, customer, u"--ladder"_s, u"1"_s })
                     .exitCode,
            1);
        const CliResult ladder = runCli({ u"cases"_s, u"--db"_s, m_db, u"--customer"_s, customer,
            u"--ladder"_s, u"1"_s, u"--text"_s, u"First complaint-rate case"_s, u"--case"_s, id });
        QCOMPARE(ladder.exitCode, 0);
        QVERIFY(ladder.out.contains(u"Notice"_s));
    }

    void reports()
    {
        // The portfolio as PDF (the format from the file's suffix), for management.
        const QString pdf = m_dir.filePath(u"portfolio.pdf"_s);
        const QStringList period { u"--from"_s, u"2025-11-01"_s, u"--to"_s, u"2026-12-31"_s };
        const CliResult all
            = runCli(QStringList { u"report"_s, u"--db"_s, m_db, u"--all"_s, u"--out"_s, pdf } + period);
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.out.contains(u"pages)"_s), qPrintable(all.out + all.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // One customer as CSV for the customer: the figures without costs.
        const QString csv = m_dir.filePath(u"c001.csv"_s);
        QCOMPARE(runCli(QStringList { u"report"_s, u"--db"_s, m_db, u"--customer"_s, u"c001"_s, u"--format"_s,
                            u"csv"_s, u"--audience"_s, u"customer"_s, u"--out"_s, csv }
                     + period)
                     .exitCode,
            0);
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QByteArray header = table.readLine();
        QVERIFY(header.startsWith("First day,Last day,Mail that ended,Delivered"));
        QVERIFY(!header.contains("Cost"));
        // Refused with a reason: the portfolio for a customer, an unknown format, no file, no customer.
        const CliResult forCustomer = runCli(QStringList { u"report"_s, u"--db"_s, m_db, u"--all"_s,
                                                 u"--audience"_s, u"customer"_s, u"--out"_s, pdf }
            + period);
        QCOMPARE(forCustomer.exitCode, 2);
        QVERIFY(forCustomer.err.contains(u"management"_s));
        QCOMPARE(runCli(QStringList {
                            u"report"_s, u"--db"_s, m_db, u"--all"_s, u"--out"_s, m_dir.filePath(u"x.doc"_s) }
                     + period)
                     .exitCode,
            2);
        QCOMPARE(runCli(QStringList { u"report"_s, u"--db"_s, m_db, u"--all"_s } + period).exitCode, 2);
        const CliResult nobody = runCli(
            QStringList { u"report"_s, u"--db"_s, m_db, u"--customer"_s, u"nobody"_s, u"--out"_s, csv }
            + period);
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY(nobody.err.contains(u"nobody"_s));
    }

    void theEvidenceBundleOfACase()
    {
        // Three complaints, whatever their state.
        QStringList ids;
        for (const QJsonValue &v : json({ u"triage"_s, u"--db"_s, m_db, u"--kind"_s, u"complaint"_s,
                                            u"--all"_s, u"--no-findings"_s, u"--json"_s })
                 .value(u"items"_s)
                 .toArray())
            if (v.toObject().contains(u"evidence_id"_s) && ids.size() < 3)
                ids.append(QString::number(v.toObject().value(u"evidence_id"_s).toInteger()));
        QCOMPARE(ids.size(), 3);
        const QString id = QString::number(
            json({ u"cases"_s, u"--db"_s, m_db, u"--open"_s, u"--category"_s, u"complaint-rate"_s,
                     u"--title"_s, u"For legal"_s, u"--evidence"_s, ids.join(u','), u"--json"_s })
                .value(u"id"_s)
                .toInteger());
        QVERIFY(id != u"0"_s);

        const QString zipPath = m_dir.filePath(u"bundle.zip"_s);
        const CliResult written
            = runCli({ u"cases"_s, u"--db"_s, m_db, u"--bundle"_s, id, u"--out"_s, zipPath });
        QCOMPARE(written.exitCode, 0);
        QVERIFY2(written.out.contains(zipPath) && written.out.contains(u"messages: 3,"_s),
            qPrintable(written.out));

        KZip zip(zipPath);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const QJsonObject manifest
            = QJsonDocument::fromJson(zip.directory()->file(u"manifest.json"_s)->data()).object();
        QCOMPARE(manifest.value(u"case"_s).toObject().value(u"id"_s).toInteger(), id.toLongLong());
        const QJsonArray messages = manifest.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 3);
        QStringList bundled;
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject();
            bundled.append(QString::number(m.value(u"evidence_id"_s).toInteger()));
            const QString sha = m.value(u"sha256"_s).toString();
            const QByteArray inZip = zip.directory()->file(m.value(u"file"_s).toString())->data();
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(inZip, QCryptographicHash::Sha256).toHex()),
                sha);
            // The same bytes as the evidence command gives back.
            const QString one = m_dir.filePath(sha + u".eml"_s);
            QCOMPARE(
                runCli({ u"evidence"_s, u"--db"_s, m_db, u"--sha256"_s, sha, u"--out"_s, one }).exitCode, 0);
            QFile file(one);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(inZip, file.readAll());
        }
        std::sort(ids.begin(), ids.end(),
            [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
        QCOMPARE(bundled, ids);

        const QJsonObject asJson
            = json({ u"cases"_s, u"--db"_s, m_db, u"--bundle"_s, id, u"--out"_s, zipPath, u"--json"_s });
        QCOMPARE(asJson.value(u"messages"_s).toInteger(), 3);
        QCOMPARE(asJson.value(u"path"_s).toString(), zipPath);

        // Without --out, for a case that does not exist, into a folder that does not exist.
        QCOMPARE(runCli({ u"cases"_s, u"--db"_s, m_db, u"--bundle"_s, id }).exitCode, 2);
        const CliResult none
            = runCli({ u"cases"_s, u"--db"_s, m_db, u"--bundle"_s, u"99999"_s, u"--out"_s, zipPath });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"99999"_s), qPrintable(none.err));
        const QString nowhere = m_dir.filePath(u"missing/bundle.zip"_s);
        const CliResult bad = runCli({ u"cases"_s, u"--db"_s, m_db, u"--bundle"_s, id, u"--out"_s, nowhere });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(nowhere), qPrintable(bad.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliTriage)
#include "tst_cli_triage.moc"
