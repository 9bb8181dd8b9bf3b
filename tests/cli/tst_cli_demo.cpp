// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli demo as a test bench uses it: the same seed gives the same bytes, and classify and
// import, run on the case, find exactly what expected.json says was planted.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

const QStringList CaseFiles { QStringLiteral("customers.csv"), QStringLiteral("fbl.mbox"),
    QStringLiteral("bounces.mbox"), QStringLiteral("role-accounts.mbox"), QStringLiteral("expected.json") };
const QStringList MailFiles { QStringLiteral("fbl.mbox"), QStringLiteral("bounces.mbox"),
    QStringLiteral("role-accounts.mbox") };

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeCase(const QTemporaryDir &dir, const QString &name, int seed, int scale = 1)
{
    const QString folder = dir.filePath(name);
    const CliResult r = runCli({ QStringLiteral("demo"), QStringLiteral("--out"), folder,
        QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--scale"), QString::number(scale) });
    if (r.exitCode != 0)
        qFatal("demo failed: %s", qPrintable(r.err));
    return folder;
}

QJsonObject expectedOf(const QString &folder)
{
    QJsonParseError error;
    const QJsonObject expected
        = QJsonDocument::fromJson(fileBytes(folder + QStringLiteral("/expected.json")), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("expected.json is not JSON: %s", qPrintable(error.errorString()));
    return expected;
}

QStringList mailPaths(const QString &folder)
{
    QStringList paths;
    for (const QString &file : MailFiles)
        paths.append(folder + QLatin1Char('/') + file);
    return paths;
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(absent)");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// What was planted must be found: every planted key with its value (objects compared key by key,
// lists of objects item by item, other lists exactly); a planted null means "absent".
void comparePlanted(
    const QString &path, const QJsonValue &planted, const QJsonValue &found, QStringList &problems)
{
    if (planted.isNull()) {
        if (!found.isNull() && !found.isUndefined())
            problems.append(QStringLiteral("%1: planted absent, found %2").arg(path, shown(found)));
        return;
    }
    if (planted.isObject()) {
        if (!found.isObject()) {
            problems.append(
                QStringLiteral("%1: planted %2, found %3").arg(path, shown(planted), shown(found)));
            return;
        }
        const QJsonObject p = planted.toObject();
        const QJsonObject f = found.toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            comparePlanted(path + QLatin1Char('.') + it.key(), it.value(), f.value(it.key()), problems);
        return;
    }
    if (planted.isArray() && !planted.toArray().isEmpty() && planted.toArray().first().isObject()) {
        const QJsonArray p = planted.toArray();
        const QJsonArray f = found.toArray();
        if (!found.isArray() || f.size() != p.size()) {
            problems.append(
                QStringLiteral("%1: planted %2, found %3").arg(path, shown(planted), shown(found)));
            return;
        }
        for (qsizetype i = 0; i < p.size(); ++i)
            comparePlanted(QStringLiteral("%1[%2]").arg(path).arg(i), p.at(i), f.at(i), problems);
        return;
    }
    if (planted != found)
        problems.append(QStringLiteral("%1: planted %2, found %3").arg(path, shown(planted), shown(found)));
}

QString where(const QJsonObject &message)
{
    return QStringLiteral("%1 #%2")
        .arg(message.value(QStringLiteral("file")).toString())
        .arg(message.value(QStringLiteral("index")).toInt());
}

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSameSeedGivesTheSameBytes()
    {
        QTemporaryDir dir;
        const QString a = writeCase(dir, QStringLiteral("a"), 7);
        const QString b = writeCase(dir, QStringLiteral("b"), 7);
        const QString c = writeCase(dir, QStringLiteral("c"), 8);
        for (const QString &file : CaseFiles) {
            const QByteArray first = fileBytes(a + QLatin1Char('/') + file);
            QVERIFY2(first.size() > 1000 || file == QLatin1String("customers.csv"), qPrintable(file));
            QVERIFY2(first == fileBytes(b + QLatin1Char('/') + file), qPrintable(file));
            QVERIFY2(first != fileBytes(c + QLatin1Char('/') + file), qPrintable(file));
        }
        QCOMPARE(QDir(a).entryList(QDir::Files, QDir::Name),
            (QStringList { QStringLiteral("bounces.mbox"), QStringLiteral("customers.csv"),
                QStringLiteral("expected.json"), QStringLiteral("fbl.mbox"),
                QStringLiteral("role-accounts.mbox") }));

        // A bigger scale multiplies the mail, not the customers.
        const QString big = writeCase(dir, QStringLiteral("big"), 7, 3);
        QCOMPARE(fileBytes(big + QStringLiteral("/customers.csv")),
            fileBytes(a + QStringLiteral("/customers.csv")));
        QCOMPARE(expectedOf(big).value(QStringLiteral("messages")).toArray().size(),
            3 * expectedOf(a).value(QStringLiteral("messages")).toArray().size());
    }

    void expectedJsonDescribesEveryMessage()
    {
        QTemporaryDir dir;
        const QString folder = writeCase(dir, QStringLiteral("case"), 11);
        const QJsonObject expected = expectedOf(folder);
        QCOMPARE(expected.value(QStringLiteral("seed")).toInt(), 11);
        QCOMPARE(expected.value(QStringLiteral("scale")).toInt(), 1);
        QVERIFY(!expected.value(QStringLiteral("trusted_reporters")).toArray().isEmpty());
        QCOMPARE(expected.value(QStringLiteral("role_accounts")).toArray().size(), 6);
        const QJsonArray customers = expected.value(QStringLiteral("customers")).toArray();
        QVERIFY(customers.size() >= 10);
        QStringList ids;
        for (const QJsonValue &c : customers)
            ids.append(c.toObject().value(QStringLiteral("id")).toString());
        // customers.csv: a header and one line per customer, in the same order.
        const QStringList lines = QString::fromUtf8(fileBytes(folder + QStringLiteral("/customers.csv")))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), customers.size() + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("id,name,status,monthly_revenue,")));
        for (qsizetype i = 0; i < ids.size(); ++i)
            QVERIFY(lines.at(i + 1).startsWith(ids.at(i) + QLatin1Char(',')));

        QMap<QString, int> nextIndex;
        QSet<QString> hashes;
        QSet<QString> kinds;
        int unattributed = 0;
        for (const QJsonValue &v : expected.value(QStringLiteral("messages")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString file = m.value(QStringLiteral("file")).toString();
            QVERIFY2(MailFiles.contains(file), qPrintable(file));
            QCOMPARE(m.value(QStringLiteral("index")).toInt(), nextIndex[file]++);
            const QString sha = m.value(QStringLiteral("sha256")).toString();
            QCOMPARE(sha.size(), 64);
            QVERIFY2(!hashes.contains(sha), qPrintable(where(m)));
            hashes.insert(sha);
            kinds.insert(m.value(QStringLiteral("kind")).toString());
            const QJsonValue customer = m.value(QStringLiteral("customer"));
            if (customer.isNull())
                ++unattributed;
            else
                QVERIFY2(ids.contains(customer.toString()), qPrintable(where(m)));
        }
        QCOMPARE(kinds.size(), 8); // every kind of design.md §2
        QVERIFY(unattributed > 10);
        QVERIFY(nextIndex.value(QStringLiteral("fbl.mbox")) >= 100);
        QVERIFY(nextIndex.value(QStringLiteral("bounces.mbox")) >= 100);
        QVERIFY(nextIndex.value(QStringLiteral("role-accounts.mbox")) >= 100);
    }

    void classifyFindsWhatWasPlanted()
    {
        QTemporaryDir dir;
        const QString folder = writeCase(dir, QStringLiteral("case"), 3);
        const QJsonObject expected = expectedOf(folder);
        // The case's trusted reporters are given to classify, as an analyst's policy would be.
        QStringList args { QStringLiteral("classify"), QStringLiteral("--json") };
        for (const QJsonValue &reporter : expected.value(QStringLiteral("trusted_reporters")).toArray())
            args << QStringLiteral("--trusted-reporter") << reporter.toString();
        const CliResult r = runCli(args + mailPaths(folder));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QHash<QString, QJsonObject> found;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            found.insert(o.value(QStringLiteral("sha256")).toString(), o);
        }
        const QJsonArray messages = expected.value(QStringLiteral("messages")).toArray();
        QCOMPARE(found.size(), messages.size());

        QStringList problems;
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject();
            const QString sha = m.value(QStringLiteral("sha256")).toString();
            if (!found.contains(sha)) {
                problems.append(where(m) + QStringLiteral(": no message with this sha256"));
                continue;
            }
            const QJsonObject o = found.value(sha);
            QStringList here;
            const QString kind = m.value(QStringLiteral("kind")).toString();
            comparePlanted(QStringLiteral("kind"), kind, o.value(QStringLiteral("kind")), here);
            comparePlanted(QStringLiteral("legal"), m.value(QStringLiteral("legal")),
                o.value(QStringLiteral("legal")), here);
            comparePlanted(QStringLiteral("role_account"), m.value(QStringLiteral("role_account")),
                o.value(QStringLiteral("role_account")), here);
            const QJsonObject facts = m.value(QStringLiteral("facts")).toObject();
            for (auto it = facts.begin(); it != facts.end(); ++it)
                comparePlanted(it.key(), it.value(), o.value(it.key()), here);
            for (const QString &problem : std::as_const(here))
                problems.append(where(m) + QStringLiteral(" (") + m.value(QStringLiteral("kind")).toString()
                    + QStringLiteral("): ") + problem);
            QVERIFY(o.value(QStringLiteral("source"))
                    .toString()
                    .startsWith(folder + QLatin1Char('/') + m.value(QStringLiteral("file")).toString()
                        + QLatin1Char('#')));
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 disagreements:\n").arg(problems.size())
                + problems.mid(0, 40).join(u'\n')));
    }

    void importStoresEveryMessageOnce()
    {
        QTemporaryDir dir;
        const QString folder = writeCase(dir, QStringLiteral("case"), 5);
        const QJsonObject expected = expectedOf(folder);
        const QJsonArray messages = expected.value(QStringLiteral("messages")).toArray();
        const QString db = dir.filePath(QStringLiteral("cases.abusedesk"));
        CliResult r = runCli({ QStringLiteral("init"), QStringLiteral("--db"), db });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QStringList import { QStringLiteral("import"), QStringLiteral("--db"), db,
            QStringLiteral("--json") };
        r = runCli(import + mailPaths(folder));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("read")).toInt(), messages.size());
        QCOMPARE(report.value(QStringLiteral("stored")).toInt(), messages.size());
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), 0);
        QVERIFY2(report.value(QStringLiteral("rejected")).toArray().isEmpty(), qPrintable(r.out));

        // The analyst then names the case's trusted reporters: the evidence already imported is
        // classified again, and exactly the planted escalations change.
        const QString trusted
            = QString::fromUtf8(QJsonDocument(expected.value(QStringLiteral("trusted_reporters")).toArray())
                    .toJson(QJsonDocument::Compact));
        r = runCli({ QStringLiteral("policy"), QStringLiteral("--db"), db, QStringLiteral("--set"),
            QStringLiteral("trusted_reporters=") + trusted });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({ QStringLiteral("reclassify"), QStringLiteral("--db"), db, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject reclassified = QJsonDocument::fromJson(r.out.toUtf8()).object();
        int plantedEscalations = 0;
        for (const QJsonValue &v : messages)
            plantedEscalations += v.toObject().value(QStringLiteral("kind")).toString()
                == QLatin1String("escalated-complaint");
        QVERIFY(plantedEscalations > 0);
        QCOMPARE(reclassified.value(QStringLiteral("examined")).toInt(), messages.size());
        QCOMPARE(reclassified.value(QStringLiteral("changed")).toInt(), plantedEscalations);
        QCOMPARE(reclassified.value(QStringLiteral("changed_to_kind"))
                     .toObject()
                     .value(QStringLiteral("escalated-complaint"))
                     .toInt(),
            plantedEscalations);

        // Stored as planted, now with the trusted reporters' complaints escalated.
        QHash<QString, QString> storedKinds;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            sql.setDatabaseName(db);
            sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT e.sha256, m.kind FROM evidence e JOIN messages m ON m.evidence_id = e.id")));
            while (q.next())
                storedKinds.insert(q.value(0).toString(), q.value(1).toString());
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QCOMPARE(storedKinds.size(), messages.size());
        QMap<QString, int> plantedByKind;
        QStringList problems;
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject();
            const QString kind = m.value(QStringLiteral("kind")).toString();
            ++plantedByKind[kind];
            const QString stored = storedKinds.value(m.value(QStringLiteral("sha256")).toString());
            if (stored != kind)
                problems.append(QStringLiteral("%1: planted %2, stored %3").arg(where(m), kind, stored));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(u'\n')));
        // The import's own counts came before the policy: escalations were stored as complaints.
        const QJsonObject byKind = report.value(QStringLiteral("stored_by_kind")).toObject();
        for (auto it = plantedByKind.cbegin(); it != plantedByKind.cend(); ++it) {
            if (it.key() == QLatin1String("complaint"))
                QCOMPARE(byKind.value(it.key()).toInt(), it.value() + plantedEscalations);
            else if (it.key() != QLatin1String("escalated-complaint"))
                QCOMPARE(byKind.value(it.key()).toInt(), it.value());
        }

        // Importing the case again changes nothing.
        r = runCli(import + mailPaths(folder));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("stored")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), messages.size());
        QVERIFY(report.value(QStringLiteral("rejected")).toArray().isEmpty());
    }

    void refusesWhatItCannotDo()
    {
        QTemporaryDir dir;
        const QString folder = writeCase(dir, QStringLiteral("case"), 1);
        const QByteArray before = fileBytes(folder + QStringLiteral("/fbl.mbox"));
        CliResult r = runCli({ QStringLiteral("demo"), QStringLiteral("--out"), folder });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not empty")), qPrintable(r.err));
        QCOMPARE(fileBytes(folder + QStringLiteral("/fbl.mbox")), before);

        r = runCli({ QStringLiteral("demo"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x")),
            QStringLiteral("--scale"), QStringLiteral("0") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--scale")), qPrintable(r.err));
        r = runCli({ QStringLiteral("demo"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x")),
            QStringLiteral("--seed"), QStringLiteral("minus one") });
        QCOMPARE(r.exitCode, 2);
        r = runCli({ QStringLiteral("demo") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--out")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x"))));

        r = runCli({ QStringLiteral("demo"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: abusedesk-cli demo")));
        QVERIFY(r.out.contains(QStringLiteral("--seed")));

        // A folder that does not exist yet is created, and the report names what was written.
        r = runCli(
            { QStringLiteral("demo"), QStringLiteral("--out"), dir.filePath(QStringLiteral("new/deeper")) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("fbl.mbox")) && r.out.contains(QStringLiteral("feedback-report")),
            qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
