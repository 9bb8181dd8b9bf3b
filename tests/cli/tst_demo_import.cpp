// SPDX-License-Identifier: GPL-2.0-or-later
// A whole demo case imported the way an analyst would (one folder, the send log's mapping given
// once): every delivery, deferral, bounce class and opt-out the generator planted, per UTC day
// and recipient domain, is what the case database holds, and the daily aggregates add up to it.
// The bounce classes are the shared classifier's reading of the logged replies.
#include "CliRunner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using Counts = QHash<QString, qint64>; // "day|domain|measure" or "measure" → count

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestDemoImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importedDeliveriesAreWhatWasPlanted()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"case"_s);
        CliResult r = runCli({ u"demo"_s, u"--out"_s, folder, u"--seed"_s, u"7"_s });
        QCOMPARE(r.exitCode, 0);
        const QString db = dir.filePath(u"case.abusedesk"_s);
        QCOMPARE(runCli({ u"init"_s, u"--db"_s, db }).exitCode, 0);
        // The demo writes its logs in UTC.
        r = runCli({ u"import"_s, u"--db"_s, db, u"--json"_s, u"--log-time-zone"_s, u"UTC"_s, u"--profile"_s,
            folder + u"/logs/sendlog-profile.json"_s, folder });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject logs = report.value(u"logs"_s).toObject();
        QCOMPARE(logs.value(u"rejected_lines"_s).toInteger(), 0);

        const QJsonObject deliveries
            = readJson(folder + u"/expected.json"_s).value(u"deliveries"_s).toObject();
        QVERIFY(!deliveries.isEmpty());
        // Every log file was read whole and recognised as what it is.
        QHash<QString, QString> formats;
        for (const QJsonValue &v : logs.value(u"files"_s).toArray())
            formats.insert(
                v.toObject().value(u"path"_s).toString(), v.toObject().value(u"format"_s).toString());
        for (const QJsonValue &v : deliveries.value(u"log_files"_s).toArray()) {
            const QJsonObject f = v.toObject();
            const QString path = folder + u'/' + f.value(u"file"_s).toString();
            QVERIFY2(formats.contains(path), qPrintable(path));
            QCOMPARE(formats.value(path), f.value(u"format"_s).toString());
        }

        Counts expected;
        for (const QJsonValue &v : deliveries.value(u"days"_s).toArray()) {
            const QJsonObject row = v.toObject();
            for (const char *measure :
                { "delivered", "deferred", "hard", "soft", "spam", "expired", "opt_outs" }) {
                const qint64 n = row.value(QLatin1StringView(measure)).toInteger();
                const QString key = row.value(u"day"_s).toString() + u'|' + row.value(u"domain"_s).toString()
                    + u'|' + QLatin1StringView(measure);
                expected[key] += n;
                expected[QLatin1StringView(measure)] += n;
            }
        }

        Counts stored;
        Counts aggregated;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"demo"_s);
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(
                u"SELECT date(time, 'unixepoch'), recipient_domain, result, coalesce(bounce_class, 'soft'), "
                "count(*) FROM deliveries GROUP BY 1, 2, 3, 4"_s));
            while (q.next()) {
                const QString where = q.value(0).toString() + u'|' + q.value(1).toString() + u'|';
                const QString result = q.value(2).toString();
                const qint64 n = q.value(4).toLongLong();
                QStringList measures;
                if (result == u"delivered"_s || result == u"deferred"_s)
                    measures = { result };
                else
                    measures = { q.value(3).toString() }; // bounced and expired count by class
                if (result == u"expired"_s)
                    measures.append(u"expired"_s);
                for (const QString &m : std::as_const(measures)) {
                    stored[where + m] += n;
                    stored[m] += n;
                }
            }
            QVERIFY(q.exec(
                u"SELECT date(time, 'unixepoch'), substr(recipient, instr(recipient, '@') + 1), count(*) "
                "FROM opt_outs GROUP BY 1, 2"_s));
            while (q.next()) {
                stored[q.value(0).toString() + u'|' + q.value(1).toString() + u"|opt_outs"_s]
                    += q.value(2).toLongLong();
                stored[u"opt_outs"_s] += q.value(2).toLongLong();
            }
            QVERIFY(
                q.exec(u"SELECT sum(sent), sum(delivered), sum(deferred), sum(hard), sum(soft), sum(spam), "
                       "sum(expired), sum(opt_outs) FROM daily_aggregates"_s));
            QVERIFY(q.next());
            const QStringList names { u"sent"_s, u"delivered"_s, u"deferred"_s, u"hard"_s, u"soft"_s,
                u"spam"_s, u"expired"_s, u"opt_outs"_s };
            for (int i = 0; i < names.size(); ++i)
                aggregated[names.at(i)] = q.value(i).toLongLong();
        }
        QSqlDatabase::removeDatabase(u"demo"_s);

        for (const char *measure :
            { "delivered", "deferred", "hard", "soft", "spam", "expired", "opt_outs" }) {
            const QString m = QLatin1StringView(measure);
            QVERIFY2(expected.value(m) > 0 || m == u"expired"_s, measure);
            QCOMPARE(stored.value(m), expected.value(m));
            QCOMPARE(aggregated.value(m), expected.value(m));
        }
        QCOMPARE(aggregated.value(u"sent"_s),
            expected.value(u"delivered"_s) + expected.value(u"hard"_s) + expected.value(u"soft"_s)
                + expected.value(u"spam"_s));
        QStringList differences;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            if (stored.value(it.key()) != it.value())
                differences.append(
                    u"%1: planted %2, stored %3"_s.arg(it.key()).arg(it.value()).arg(stored.value(it.key())));
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            if (!expected.contains(it.key()) && it.value() != 0)
                differences.append(u"%1: not planted, stored %2"_s.arg(it.key()).arg(it.value()));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 10).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestDemoImport)
#include "tst_demo_import.moc"
