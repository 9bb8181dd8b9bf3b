// SPDX-License-Identifier: GPL-2.0-or-later
// A whole demo case imported the way an analyst would (one folder, the send log's mapping given
// once): every delivery, deferral, bounce class and opt-out the generator planted, per customer,
// UTC day and recipient domain, is what the case database holds, and the daily aggregates add up
// to it. The bounce classes are the shared classifier's reading of the logged replies. Every
// message is attributed to the customer the generator meant (customers.csv is imported with the
// rest), the unattributed queue holds exactly the messages it made unattributable, and changing
// a customer's identifiers moves its history away and back, aggregates included.
#include "CliRunner.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_db;
    QJsonObject m_report;
    QJsonObject m_expected;

    QHash<QString, QString> storedCustomers(const QString &connection)
    {
        QHash<QString, QString> out; // sha256 → external id ("" unattributed)
        QSqlQuery q(QSqlDatabase::database(connection));
        q.exec(u"SELECT e.sha256, coalesce(c.external_id, '') FROM messages m JOIN evidence e ON e.id = "
               u"m.evidence_id "
               "LEFT JOIN customers c ON c.id = m.customer_id"_s);
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
        return out;
    }

    // The planted counts per customer, day, recipient domain and measure.
    Counts plantedDays()
    {
        Counts expected;
        for (const QJsonValue &v : m_expected.value(u"deliveries"_s).toObject().value(u"days"_s).toArray()) {
            const QJsonObject row = v.toObject();
            for (const char *measure :
                { "delivered", "deferred", "hard", "soft", "spam", "expired", "opt_outs" }) {
                const qint64 n = row.value(QLatin1StringView(measure)).toInteger();
                if (n == 0)
                    continue;
                expected[row.value(u"customer"_s).toString() + u'|' + row.value(u"day"_s).toString() + u'|'
                    + row.value(u"domain"_s).toString() + u'|' + QLatin1StringView(measure)]
                    += n;
            }
        }
        return expected;
    }

    Counts storedDays(const QString &connection)
    {
        Counts stored;
        QSqlQuery q(QSqlDatabase::database(connection));
        q.exec(
            u"SELECT coalesce(c.external_id, ''), date(d.time, 'unixepoch'), d.recipient_domain, d.result, "
            "coalesce(d.bounce_class, 'soft'), count(*) FROM deliveries d LEFT JOIN customers c ON c.id = "
            "d.customer_id GROUP BY 1, 2, 3, 4, 5"_s);
        while (q.next()) {
            const QString where
                = q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString() + u'|';
            const QString result = q.value(3).toString();
            const QString measure
                = result == u"delivered"_s || result == u"deferred"_s ? result : q.value(4).toString();
            stored[where + measure] += q.value(5).toLongLong();
            if (result == u"expired"_s)
                stored[where + u"expired"_s] += q.value(5).toLongLong();
        }
        q.exec(u"SELECT coalesce(c.external_id, ''), date(o.time, 'unixepoch'), substr(o.recipient, "
               "instr(o.recipient, '@') + 1), count(*) FROM opt_outs o LEFT JOIN customers c ON c.id = "
               "o.customer_id "
               "GROUP BY 1, 2, 3"_s);
        while (q.next())
            stored[q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString()
                + u"|opt_outs"_s]
                += q.value(3).toLongLong();
        return stored;
    }

    static QStringList differences(const Counts &expected, const Counts &stored)
    {
        QStringList out;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            if (stored.value(it.key()) != it.value())
                out.append(
                    u"%1: planted %2, stored %3"_s.arg(it.key()).arg(it.value()).arg(stored.value(it.key())));
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            if (!expected.contains(it.key()) && it.value() != 0)
                out.append(u"%1: not planted, stored %2"_s.arg(it.key()).arg(it.value()));
        return out;
    }

    // The daily aggregates are exactly what the stored rows add up to, per customer.
    static qint64 aggregateMismatches(const QString &connection)
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        const QString recount
            = u"SELECT day, customer, receiver, sum(sent), sum(delivered), sum(deferred), sum(hard), "
              "sum(soft), sum(spam), sum(expired), sum(opt_outs) FROM ("
              " SELECT date(time, 'unixepoch') AS day, coalesce(customer_id, 0) AS customer, receiver,"
              " result != 'deferred' AS sent, result = 'delivered' AS delivered, result = 'deferred' AS "
              "deferred, result IN ('bounced', 'expired') AND bounce_class = 'hard' AS hard,"
              " result IN ('bounced', 'expired') AND coalesce(bounce_class, 'soft') NOT IN ('hard', "
              "'spam') AS soft, result IN ('bounced', 'expired') AND bounce_class = 'spam' AS spam,"
              " result = 'expired' AS expired, 0 AS opt_outs FROM deliveries"
              " UNION ALL SELECT date(time, 'unixepoch'), coalesce(customer_id, 0), receiver, 0, 0, 0, "
              "0, 0, 0, 0, 1 FROM opt_outs) GROUP BY 1, 2, 3"_s;
        const QString stored
            = u"SELECT day, customer_id, receiver, sent, delivered, deferred, hard, soft, spam, expired, "
              "opt_outs FROM daily_aggregates"_s;
        if (!q.exec(
                u"SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + (SELECT count(*) FROM (%2 EXCEPT %1))"_s.arg(
                    recount, stored))
            || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(u"case"_s);
        CliResult r = runCli({ u"demo"_s, u"--out"_s, m_folder, u"--seed"_s, u"7"_s });
        QCOMPARE(r.exitCode, 0);
        m_db = m_dir.filePath(u"case.abusedesk"_s);
        QCOMPARE(runCli({ u"init"_s, u"--db"_s, m_db }).exitCode, 0);
        // The demo writes its logs in UTC.
        r = runCli({ u"import"_s, u"--db"_s, m_db, u"--json"_s, u"--log-time-zone"_s, u"UTC"_s,
            u"--profile"_s, m_folder + u"/logs/sendlog-profile.json"_s, m_folder });
        QCOMPARE(r.exitCode, 0);
        m_report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        m_expected = readJson(m_folder + u"/expected.json"_s);
        QVERIFY(!m_expected.isEmpty());
    }

    void importedDeliveriesAreWhatWasPlanted()
    {
        const QString folder = m_folder;
        const QString db = m_db;
        const QJsonObject report = m_report;
        const QJsonObject logs = report.value(u"logs"_s).toObject();
        QCOMPARE(logs.value(u"rejected_lines"_s).toInteger(), 0);
        QCOMPARE(report.value(u"customers"_s).toObject().value(u"added"_s).toInteger(),
            m_expected.value(u"customers"_s).toArray().size());

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

    void everyDeliveryBelongsToTheCustomerPlanted()
    {
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"days"_s);
            sql.setDatabaseName(m_db);
            QVERIFY(sql.open());
            const QStringList diff = differences(plantedDays(), storedDays(u"days"_s));
            QVERIFY2(diff.isEmpty(),
                qPrintable(u"%1 differences:\n"_s.arg(diff.size()) + diff.mid(0, 10).join(u'\n')));
            QCOMPARE(aggregateMismatches(u"days"_s), 0);
            // Seed results and listings are the customers' too.
            QSqlQuery q(sql);
            QVERIFY(q.exec(u"SELECT count(*) FROM seed_results WHERE customer_id IS NULL"_s) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
            QVERIFY(
                q.exec(u"SELECT count(*) FROM blocklist_listings WHERE customer_id IS NULL"_s) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
        }
        QSqlDatabase::removeDatabase(u"days"_s);
    }

    void everyMessageBelongsToTheCustomerPlanted()
    {
        QSet<qint64> unattributedIds;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"messages"_s);
            sql.setDatabaseName(m_db);
            QVERIFY(sql.open());
            const QHash<QString, QString> stored = storedCustomers(u"messages"_s);
            QStringList wrong;
            QSet<QString> planted; // sha256 of what should wait in the unattributed queue
            for (const QJsonValue &v : m_expected.value(u"messages"_s).toArray()) {
                const QJsonObject m = v.toObject();
                const QString sha = m.value(u"sha256"_s).toString();
                const QString want = m.value(u"customer"_s).toString();
                QVERIFY2(stored.contains(sha), qPrintable(sha));
                if (stored.value(sha) != want)
                    wrong.append(
                        u"%1 #%2 (%3): planted '%4', attributed '%5'"_s.arg(m.value(u"file"_s).toString())
                            .arg(m.value(u"index"_s).toInt())
                            .arg(m.value(u"kind"_s).toString(), want, stored.value(sha)));
                if (want.isEmpty() && m.value(u"kind"_s).toString() != u"noise"_s)
                    planted.insert(sha);
            }
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
            QVERIFY(planted.size() > 10);

            // Mailing-list posts that name a customer are linked to it as mentions.
            QSqlQuery mentions(sql);
            mentions.prepare(
                u"SELECT DISTINCT c.external_id FROM mentions n JOIN evidence e ON e.id = n.evidence_id "
                "JOIN customers c ON c.id = n.customer_id WHERE e.sha256 = ? ORDER BY 1"_s);
            int posts = 0;
            for (const QJsonValue &v : m_expected.value(u"messages"_s).toArray()) {
                const QJsonObject m = v.toObject();
                if (!m.contains(u"mentions"_s))
                    continue;
                ++posts;
                QStringList want;
                for (const QJsonValue &id : m.value(u"mentions"_s).toArray())
                    want.append(id.toString());
                want.sort();
                mentions.addBindValue(m.value(u"sha256"_s).toString());
                QVERIFY(mentions.exec());
                QStringList got;
                while (mentions.next())
                    got.append(mentions.value(0).toString());
                QCOMPARE(got, want);
            }
            QVERIFY(posts > 0);

            // The unattributed queue, as the command line lists it, holds exactly those.
            const CliResult r = runCli({ u"attribute"_s, u"--db"_s, m_db, u"--unattributed"_s, u"--json"_s });
            QCOMPARE(r.exitCode, 0);
            QSet<QString> queued;
            QSqlQuery q(sql);
            q.prepare(u"SELECT sha256 FROM evidence WHERE id = ?"_s);
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
                q.addBindValue(v.toObject().value(u"id"_s).toInteger());
                QVERIFY(q.exec() && q.next());
                queued.insert(q.value(0).toString());
                unattributedIds.insert(v.toObject().value(u"id"_s).toInteger());
            }
            QCOMPARE(queued, planted);
        }
        QSqlDatabase::removeDatabase(u"messages"_s);
        QVERIFY(!unattributedIds.isEmpty());
    }

    void explanationsSayWhy()
    {
        // A feedback report about mail from the address that changed hands, attributed by its
        // customer header; the reassigned address is named in the words of the explanation.
        QString evidenceId;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"why"_s);
            sql.setDatabaseName(m_db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(u"SELECT evidence_id FROM messages WHERE attribution_rule = (SELECT id FROM "
                           "attribution_rules WHERE kind = 'source-ip') LIMIT 1"_s));
            if (q.next())
                evidenceId = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"why"_s);
        if (!evidenceId.isEmpty()) {
            const CliResult r = runCli({ u"attribute"_s, u"--db"_s, m_db, u"--explain"_s, evidenceId });
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(u"Source-IP "_s) && r.out.contains(u" held by "_s), qPrintable(r.out));
        }
        const CliResult r = runCli({ u"attribute"_s, u"--db"_s, m_db, u"--explain"_s, u"1"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject why = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!why.value(u"why"_s).toArray().isEmpty());
        QCOMPARE(runCli({ u"attribute"_s, u"--db"_s, m_db, u"--explain"_s, u"999999"_s }).exitCode, 1);
    }

    void findingsAreWhatWasPlanted()
    {
        // Every finding the generator planted is proposed over the demo's period, and no other:
        // per customer and kind (the totals), and one by one with the receiver, the target and,
        // for an address's reputation, the customers it hurt.
        const QJsonObject period = m_expected.value(u"period"_s).toObject();
        const QString from = period.value(u"start"_s).toString().left(10);
        const QString to = QDate::fromString(period.value(u"end"_s).toString().left(10), Qt::ISODate)
                               .addDays(-1)
                               .toString(Qt::ISODate);
        const CliResult r
            = runCli({ u"findings"_s, u"--db"_s, m_db, u"--from"_s, from, u"--to"_s, to, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray found
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"findings"_s).toArray();
        auto detail = [](const QJsonObject &f) {
            QStringList customers;
            for (const QJsonValue &c : f.value(u"customers"_s).toArray())
                customers.append(c.toString());
            customers.sort();
            return QStringList { f.value(u"kind"_s).toString(), f.value(u"customer"_s).toString(),
                f.value(u"receiver"_s).toString(), f.value(u"target"_s).toString(), customers.join(u',') }
                .join(u' ');
        };
        QSet<QString> proposed;
        QSet<QString> proposedDetails;
        QSet<QString> keys;
        QHash<QString, QString> keyOf; // detail → key
        for (const QJsonValue &v : found) {
            const QJsonObject f = v.toObject();
            if (!f.value(u"customer"_s).toString().isEmpty())
                proposed.insert(f.value(u"customer"_s).toString() + u' ' + f.value(u"kind"_s).toString());
            proposedDetails.insert(detail(f));
            QVERIFY(f.value(u"evidence"_s).toInteger() > 0);
            QVERIFY(!f.value(u"summary"_s).toString().isEmpty());
            // The key names the problem, not the period: kind, customer, receiver, target.
            const QString key = f.value(u"key"_s).toString();
            QVERIFY2(key.startsWith(f.value(u"kind"_s).toString() + u'|') && !key.contains(from)
                    && key.endsWith(
                        u'|' + f.value(u"receiver"_s).toString() + u'|' + f.value(u"target"_s).toString()),
                qPrintable(key));
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            keyOf.insert(detail(f), key);
        }
        QSet<QString> planted;
        for (const QJsonValue &v :
            m_expected.value(u"deliveries"_s).toObject().value(u"totals"_s).toArray()) {
            const QJsonObject t = v.toObject();
            for (const QJsonValue &kind : t.value(u"findings"_s).toArray())
                planted.insert(t.value(u"customer"_s).toString() + u' ' + kind.toString());
        }
        QVERIFY(planted.size() >= 4);
        QCOMPARE(proposed, planted);
        QSet<QString> plantedDetails;
        QSet<QString> kinds;
        for (const QJsonValue &v :
            m_expected.value(u"deliveries"_s).toObject().value(u"findings"_s).toArray()) {
            plantedDetails.insert(detail(v.toObject()));
            kinds.insert(v.toObject().value(u"kind"_s).toString());
        }
        QCOMPARE(proposedDetails, plantedDetails);
        // The demo plants every kind.
        QCOMPARE(kinds.size(), 8);

        // The evidence ids are stored messages of the customer the finding is about.
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"findings"_s);
            sql.setDatabaseName(m_db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            q.prepare(u"SELECT coalesce(c.external_id, ''), m.kind FROM messages m LEFT JOIN customers c ON "
                      "c.id = m.customer_id WHERE m.evidence_id = ?"_s);
            int linked = 0;
            for (const QJsonValue &v : found) {
                const QJsonObject f = v.toObject();
                const QJsonArray ids = f.value(u"evidence_ids"_s).toArray();
                const QString kind = f.value(u"kind"_s).toString();
                for (const QJsonValue &id : ids) {
                    q.addBindValue(id.toInteger());
                    QVERIFY(q.exec() && q.next());
                    QCOMPARE(q.value(0).toString(), f.value(u"customer"_s).toString());
                    ++linked;
                }
                // Each feedback report behind a complaint rate; the complaints mail went on after.
                if (kind == u"complaint-rate"_s)
                    QCOMPARE(ids.size(), f.value(u"count"_s).toInteger());
                if (kind == u"mailing-after-complaint"_s)
                    QVERIFY(!ids.isEmpty());
            }
            QVERIFY(linked > 0);
        }
        QSqlDatabase::removeDatabase(u"findings"_s);

        // Over the second half of the period the problems still found keep their keys.
        const QString middle = QDate::fromString(from, Qt::ISODate).addDays(15).toString(Qt::ISODate);
        const CliResult half
            = runCli({ u"findings"_s, u"--db"_s, m_db, u"--from"_s, middle, u"--to"_s, to, u"--json"_s });
        QCOMPARE(half.exitCode, 0);
        int again = 0;
        for (const QJsonValue &v :
            QJsonDocument::fromJson(half.out.toUtf8()).object().value(u"findings"_s).toArray()) {
            const QJsonObject f = v.toObject();
            if (!keyOf.contains(detail(f)))
                continue;
            QCOMPARE(f.value(u"key"_s).toString(), keyOf.value(detail(f)));
            ++again;
        }
        QVERIFY(again > 0);
    }

    void changedIdentifiersMoveTheHistoryAndBack()
    {
        // Cedar Hollow Outdoor (c009) loses every identifier: its mail and deliveries become
        // unattributed; with its identifiers back, everything is where it was.
        QFile original(m_folder + u"/customers.csv"_s);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray csv = original.readAll();
        QList<QByteArray> lines = csv.split('\n');
        const QByteArray header = lines.at(0);
        QByteArray c009;
        for (const QByteArray &line : std::as_const(lines))
            if (line.startsWith("c009,"))
                c009 = line;
        QVERIFY(!c009.isEmpty());
        const QString stripped = m_dir.filePath(u"c009.csv"_s);
        {
            QFile f(stripped);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // id, name, status, revenue, currency, contact, then the identifier columns emptied.
            const QList<QByteArray> cells = c009.split(',');
            f.write(header + '\n' + cells.mid(0, 6).join(',') + ",,,,,,," + '\n');
        }
        CliResult r = runCli({ u"customers"_s, u"--db"_s, m_db, u"import"_s, stripped });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"1 updated"_s), qPrintable(r.out));
        r = runCli({ u"attribute"_s, u"--db"_s, m_db, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"moved"_s).toInteger(),
            0); // done by import
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"moved"_s);
            sql.setDatabaseName(m_db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(
                q.exec(
                    u"SELECT summary FROM attribution_runs WHERE reason = 'customers imported' ORDER BY id DESC"_s)
                && q.next());
            const QJsonArray moves = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
            QCOMPARE(moves.size(), 1);
            QVERIFY(moves.at(0).toObject().value(u"to"_s).isNull());
            QVERIFY(moves.at(0).toObject().value(u"messages"_s).toInteger() > 0);
            QVERIFY(moves.at(0).toObject().value(u"deliveries"_s).toInteger() > 0);
            QVERIFY(
                q.exec(u"SELECT count(*) FROM deliveries d JOIN customers c ON c.id = d.customer_id WHERE "
                       "c.external_id = 'c009'"_s)
                && q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
            QCOMPARE(aggregateMismatches(u"moved"_s), 0);
        }
        QSqlDatabase::removeDatabase(u"moved"_s);

        r = runCli({ u"customers"_s, u"--db"_s, m_db, u"import"_s, m_folder + u"/customers.csv"_s });
        QCOMPARE(r.exitCode, 0);
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"back"_s);
            sql.setDatabaseName(m_db);
            QVERIFY(sql.open());
            const QStringList diff = differences(plantedDays(), storedDays(u"back"_s));
            QVERIFY2(diff.isEmpty(), qPrintable(diff.mid(0, 10).join(u'\n')));
            QCOMPARE(aggregateMismatches(u"back"_s), 0);
            const QHash<QString, QString> stored = storedCustomers(u"back"_s);
            for (const QJsonValue &v : m_expected.value(u"messages"_s).toArray())
                QCOMPARE(stored.value(v.toObject().value(u"sha256"_s).toString()),
                    v.toObject().value(u"customer"_s).toString());
        }
        QSqlDatabase::removeDatabase(u"back"_s);

        // Exported and read back, the customers are the same file's customers.
        r = runCli({ u"customers"_s, u"--db"_s, m_db, u"export"_s });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(u'\n'), csv.count('\n'));
        QVERIFY(r.out.contains(
            u"c006,Blue Harbor Pet Supply,warned,3833.00,EUR,admin@blueharbor-pets.example,"_s));
    }
};

QTEST_GUILESS_MAIN(TestDemoImport)
#include "tst_demo_import.moc"
