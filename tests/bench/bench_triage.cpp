// SPDX-License-Identifier: GPL-2.0-or-later
// The triage view on a large case database (issue 6): one million evidence items and ten million
// deliveries over a year, 500 customers. Measures what the view asks when it opens (the queue
// and its five facets), when a facet is applied and when a text search runs; target < 300 ms
// each. The queue holds the last 30 days' untriaged items (older ones were handled), and, with
// --untriaged, everything (a desk that never acknowledged anything).
//   bench_triage [--messages N] [--deliveries N] [--untriaged] [--db FILE]
#include "findings/Findings.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "triage/TriageQueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace abusedesk;

namespace {

constexpr qint64 Start = 1733011200; // 2024-12-01, a year before the data ends
constexpr int Customers = 500;

void exec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        qFatal("fill failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql.left(300)));
}

void fill(storage::Database &db, qint64 messages, qint64 deliveries, bool untriaged, QTextStream &out)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db.connection());
    exec(q,
        QStringLiteral(
            "INSERT INTO import_batches (started_at, origin) VALUES ('2025-12-01T00:00:00Z', 'bench')"));
    exec(q, QStringLiteral("BEGIN"));
    exec(q,
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO customers (id, external_id, name, created_at) SELECT i, 'acct-' || i, "
                       "'Customer ' || i, '2024-01-01T00:00:00Z' FROM n")
            .arg(Customers));
    // Words for subjects and complaint texts.
    exec(q, QStringLiteral("CREATE TEMP TABLE words (i INTEGER PRIMARY KEY, w TEXT)"));
    const QStringList vocabulary = QStringLiteral(
        "stop sending me this spam newsletter unsubscribe never signed up remove my address immediately "
        "refund "
        "lawyer complaint again weekly offer discount garden shoes travel insurance loan casino pharmacy "
        "report abuse blocked listing invoice order delivery package winter summer sale today only account "
        "verify password bank prize winner cheap watches seminar webinar update privacy policy data "
        "protection")
                                       .split(QLatin1Char(' '));
    for (int i = 0; i < vocabulary.size(); ++i)
        exec(q, QStringLiteral("INSERT INTO words VALUES (%1, '%2')").arg(i).arg(vocabulary.at(i)));
    const int w = int(vocabulary.size());
    // Kinds by share: 70 % feedback reports, 12 % bounces, 6 % complaints, 0.5 % escalated,
    // 1 % blocklist notices, 2 % unsubscribe requests, the rest noise and auto-replies.
    const QString kind = QStringLiteral(
        "CASE WHEN i % 1000 < 700 THEN 'feedback-report' WHEN i % 1000 < 820 THEN 'bounce' WHEN i % 1000 < "
        "880 "
        "THEN 'complaint' WHEN i % 1000 < 885 THEN 'escalated-complaint' WHEN i % 1000 < 895 THEN "
        "'blocklist-notice' WHEN i % 1000 < 915 THEN 'unsubscribe-request' WHEN i % 1000 < 960 THEN 'noise' "
        "ELSE 'auto-reply' END");
    const QString sent
        = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', %1 + (i * 365 * 86400) / %2, 'unixepoch')")
              .arg(Start)
              .arg(messages);
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO evidence (id, sha256, size, source_path, source_offset, batch_id, imported_at, "
            "role_account) SELECT i, printf('%064x', i), 4000, 'bench.mbox', i * 4000, 1, %2, "
            "CASE WHEN i % 3 = 0 THEN 'postmaster@esp.example' ELSE 'abuse@esp.example' END FROM n")
            .arg(messages)
            .arg(sent));
    exec(q,
        QStringLiteral("INSERT INTO evidence_raw (evidence_id, raw) SELECT id, zeroblob(0) FROM evidence"));
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO messages (evidence_id, kind, legal, subject, from_address, sent_at, customer_id, "
            "facts, attribution_rule, role_account, receiver, campaign, triage_state) "
            "SELECT i, %2, (i % 997 = 0), "
            "(SELECT w FROM words WHERE i = (n.i * 7) % %3) || ' ' || (SELECT w FROM words WHERE i = (n.i * "
            "13) % %3), "
            "CASE WHEN i % 1000 < 700 THEN 'fbl@provider' || (i % 40) || '.example' ELSE 'person' || (i % "
            "50000) || "
            "'@provider' || (i % 40) || '.example' END, %4, CASE WHEN i % 50 = 0 THEN NULL ELSE 1 + i % %5 "
            "END, "
            "json_object('kind', %2, 'original', json_object('subject', 'Weekly news')), 4, "
            "CASE WHEN i % 3 = 0 THEN 'postmaster@esp.example' ELSE 'abuse@esp.example' END, "
            "'provider' || (i % 40) || '.example', 'c' || (i % %5) || '-' || (i % 12), "
            "CASE WHEN %6 OR %4 >= '2025-11-01' THEN NULL ELSE 'acknowledged' END FROM n")
            .arg(messages)
            .arg(kind)
            .arg(w)
            .arg(sent)
            .arg(Customers)
            .arg(untriaged ? QStringLiteral("1") : QStringLiteral("0")));
    // The text index: subjects and senders for all, a complaint's words for people's mail.
    exec(q,
        QStringLiteral("INSERT INTO message_text (rowid, subject, sender, body) SELECT evidence_id, subject, "
                       "from_address, "
                       "CASE WHEN kind IN ('complaint', 'escalated-complaint', 'unsubscribe-request', "
                       "'blocklist-notice') THEN "
                       "(SELECT group_concat(w, ' ') FROM words WHERE (i + evidence_id) % 5 = 0) ELSE '' END "
                       "FROM messages"));
    out << "filled " << messages << " messages in " << QString::number(t.restart() / 1000.0, 'f', 1)
        << " s\n";
    out.flush();
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
            "INSERT INTO deliveries (key, batch_id, time, result, bounce_class, recipient, recipient_domain, "
            "receiver, "
            "envelope_sender, sending_ip, customer_ref, customer_id, attribution_rule, source_path, line) "
            "SELECT randomblob(12), 1, %2 + (i * 365 * 86400) / %1, CASE WHEN i % 50 = 0 THEN 'bounced' WHEN "
            "i % 97 = 0 THEN 'deferred' ELSE 'delivered' END, CASE WHEN i % 50 = 0 THEN CASE WHEN i % 150 = "
            "0 THEN "
            "'hard' ELSE 'soft' END END, 'user' || (i % 2000000) || '@provider' || (i % 40) || '.example', "
            "'provider' || (i % 40) || '.example', 'provider' || (i % 40) || '.example', 'bounces@customer' "
            "|| "
            "(i % %3) || '.example', '10.0.' || (i % %3 / 250) || '.' || (i % 250), 'acct-' || (1 + i % %3), "
            "1 + i % %3, 1, 'bench', i FROM n")
            .arg(deliveries)
            .arg(Start)
            .arg(Customers));
    exec(q, QStringLiteral("DELETE FROM daily_aggregates"));
    exec(q, storage::dailyAggregatesRebuildSql());
    exec(q, QStringLiteral("COMMIT"));
    exec(q, QStringLiteral("ANALYZE"));
    out << "filled " << deliveries << " deliveries in " << QString::number(t.elapsed() / 1000.0, 'f', 1)
        << " s\n";
}

/// What the view asks: the queue and the five facets' values under the filter.
qint64 viewQuery(const triage::TriageQueue &queue, const triage::TriageFilter &filter,
    const QList<findings::Finding> &found, qsizetype *rows)
{
    QElapsedTimer t;
    t.start();
    const QList<triage::TriageItem> items = queue.items(filter, found);
    if (!queue.lastError().isEmpty())
        qFatal("%s", qPrintable(queue.lastError()));
    (void)queue.facets(filter);
    *rows = items.size();
    return t.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    qint64 messages = 1000000;
    qint64 deliveries = 10000000;
    bool untriaged = false;
    QString path;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--messages") && i + 1 < args.size())
            messages = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--deliveries") && i + 1 < args.size())
            deliveries = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--untriaged"))
            untriaged = true;
        else if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
            path = args.at(++i);
    }
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.abusedesk"));
    const bool exists = QFile::exists(path);
    auto db = storage::Database::open(path, storage::Database::OpenMode::OpenOrCreate);
    if (!db)
        qFatal("cannot open %s", qPrintable(path));
    if (!exists)
        fill(*db, messages, deliveries, untriaged, out);

    QElapsedTimer t;
    t.start();
    findings::FindingsEngine engine(*db);
    const QList<findings::Finding> found = engine.run({});
    out << "findings over the last 30 days: " << found.size() << " in " << t.elapsed()
        << " ms (off the GUI thread)\n";

    const triage::TriageQueue queue(*db);
    {
        // Where the time goes when the view opens.
        QElapsedTimer part;
        part.start();
        const QList<triage::TriageItem> items = queue.items({}, found);
        out << "  parts: queue " << part.restart() << " ms (" << items.size() << " rows, clusters "
            << queue.clusters({}).size() << " in " << part.restart() << " ms)";
        const qsizetype values = queue.facets({}).size();
        out << ", the five facets " << part.restart() << " ms (" << values << ')';
        out << '\n';
    }
    for (int round = 0; round < 3; ++round) {
        qsizetype rows = 0;
        const qint64 open = viewQuery(queue, {}, found, &rows);
        out << "round " << round + 1 << ": open " << open << " ms (" << rows << " rows)";
        triage::TriageFilter facet;
        facet.customerId = 346;
        const qint64 facetMs = viewQuery(queue, facet, found, &rows);
        out << ", facet customer " << facetMs << " ms (" << rows << " rows)";
        triage::TriageFilter search;
        search.text = QStringLiteral("stop remove");
        const qint64 searchMs = viewQuery(queue, search, found, &rows);
        out << ", text search " << searchMs << " ms (" << rows << " rows)";
        search.customerId = 346;
        search.kind = QStringLiteral("complaint");
        const qint64 bothMs = viewQuery(queue, search, found, &rows);
        out << ", search + facets " << bothMs << " ms (" << rows << " rows)\n";
        out.flush();
    }
    return 0;
}
