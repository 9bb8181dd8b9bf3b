// SPDX-License-Identifier: GPL-2.0-or-later
// Re-attributing the history (issue 5: one million items in under 10 s): a case database with
// 500 customers (addresses with validity periods, shared pools, domains, header values) and, by
// default, 900,000 deliveries and 100,000 messages filled straight with SQL. Times three runs:
// the first attribution of everything, a run after half the customers' addresses changed hands
// (a quarter of the history moves), and a run where nothing changed.
//
//   bench_reattribute [--deliveries N] [--messages N]
#include "BenchMeasure.h"
#include "attribution/AttributionQueries.h"
#include "attribution/AttributionRun.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace abusedesk;

namespace {

constexpr int Customers = 500;
constexpr qint64 Start = 1761955200; // 2025-11-01
constexpr qint64 Day = 86400;

// Customer i sends from 10.(i/250).(i%250).1, held from day 0; customers 0 … 249 hand theirs to
// customer i + 250 on day 60 when `moved`; every tenth also sends from a pool shared with the next.
QList<attribution::CustomerRecord> roster(bool moved)
{
    QList<attribution::CustomerRecord> list;
    for (int i = 0; i < Customers; ++i) {
        attribution::CustomerRecord c;
        c.externalId = QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Customer %1").arg(i);
        auto add = [&c](attribution::IdentifierKind kind, const QString &value, qint64 from = 0,
                       qint64 until = 0, bool shared = false, const QString &header = {}) {
            attribution::Identifier id;
            id.kind = kind;
            id.value = value;
            id.validFrom = from;
            id.validUntil = until;
            id.shared = shared;
            id.header = header;
            c.identifiers.append(id);
        };
        const QString own = QStringLiteral("10.%1.%2.1").arg(i / 250).arg(i % 250);
        if (moved && i < 250) {
            add(attribution::IdentifierKind::Ip, own, Start, Start + 60 * Day);
        } else if (moved) {
            add(attribution::IdentifierKind::Ip, own, Start);
            add(attribution::IdentifierKind::Ip, QStringLiteral("10.0.%1.1").arg(i - 250), Start + 60 * Day);
        } else {
            add(attribution::IdentifierKind::Ip, own, Start);
        }
        if (i % 10 == 0)
            add(attribution::IdentifierKind::Ip, QStringLiteral("10.9.%1.0/28").arg(i / 10), 0, 0, true);
        add(attribution::IdentifierKind::ReturnPathDomain,
            QStringLiteral("bounce.customer%1.example").arg(i));
        add(attribution::IdentifierKind::DkimDomain, QStringLiteral("customer%1.example").arg(i));
        add(attribution::IdentifierKind::Header, QStringLiteral("acct-%1").arg(i), 0, 0, false,
            QStringLiteral("X-Customer-ID"));
        list.append(c);
    }
    return list;
}

void saveRoster(const storage::Database &db, bool moved)
{
    storage::CustomerStore store(db);
    storage::Transaction t(db.connection());
    const QList<attribution::CustomerRecord> stored = store.customers();
    QHash<QString, qint64> ids;
    for (const auto &c : stored)
        ids.insert(c.externalId, c.id);
    for (attribution::CustomerRecord c : roster(moved)) {
        c.id = ids.value(c.externalId);
        if (!store.save(c))
            qFatal("cannot save customers: %s", qPrintable(store.lastError()));
    }
    if (!t.commit())
        qFatal("cannot commit customers");
}

void report(QTextStream &out, const char *what, const attribution::RunReport &r, qint64 cpuBefore)
{
    out << what << ": " << r.examined << " items in " << QString::number(r.milliseconds / 1000.0, 'f', 2)
        << " s (" << qint64(r.examined * 1000.0 / qMax<qint64>(1, r.milliseconds)) << " items/s, CPU "
        << QString::number((cpuMicroseconds() - cpuBefore) / 1e6, 'f', 2) << " s), " << r.changed
        << " changed, " << r.moved << " moved\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    qint64 deliveries = 900000;
    qint64 messages = 100000;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--deliveries"))
            deliveries = args.at(i + 1).toLongLong();
        if (args.at(i) == QLatin1String("--messages"))
            messages = args.at(i + 1).toLongLong();
    }
    QTemporaryDir dir;
    auto db = storage::Database::open(
        dir.filePath(QStringLiteral("bench.abusedesk")), storage::Database::OpenMode::CreateNew);
    saveRoster(*db, false);

    QElapsedTimer fill;
    fill.start();
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral(
        "INSERT INTO import_batches (started_at, origin) VALUES ('2026-11-01T00:00:00Z', 'bench')"));
    q.exec(QStringLiteral("BEGIN"));
    // Deliveries over 120 days: a third name the customer in the log, all have its envelope
    // sender and its address.
    bool ok = q.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
                       "INSERT INTO deliveries (key, batch_id, time, result, recipient, recipient_domain, "
                       "receiver, envelope_sender, "
                       "sending_ip, customer_ref, source_path, line) "
                       "SELECT randomblob(16), 1, %2 + (i * 120 * 86400) / %1, CASE WHEN i % 40 = 0 THEN "
                       "'bounced' ELSE 'delivered' "
                       "END, 'user' || i || '@gmail.com', 'gmail.com', 'Google', 'bounces+' || i || "
                       "'@bounce.customer' || (i % 500) || "
                       "'.example', '10.' || ((i % 500) / 250) || '.' || ((i % 500) % 250) || '.1', CASE "
                       "WHEN i % 3 = 0 THEN 'acct-' || "
                       "(i % 500) ELSE '' END, 'bench', i FROM n")
            .arg(deliveries)
            .arg(Start));
    if (!ok)
        qFatal("fill failed: %s", qPrintable(q.lastError().text()));
    ok = q.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
        "INSERT INTO evidence (id, sha256, size, source_path, batch_id, imported_at) "
        "SELECT i + 1, printf('%064x', i), 4000, 'bench.mbox', 1, '2026-11-01T00:00:00Z' FROM n")
            .arg(messages));
    ok = ok
        && q.exec(QStringLiteral(
            "INSERT INTO messages (evidence_id, kind, facts) SELECT id, 'feedback-report', "
            "json_object('kind', "
            "'feedback-report', 'feedback', json_object('type', 'abuse', 'source_ip', '10.' || ((id % 500) / "
            "250) || '.' "
            "|| ((id % 500) % 250) || '.1', 'original_mail_from', 'bounces+x@bounce.customer' || (id % 500) "
            "|| "
            "'.example', 'arrival_date', strftime('%Y-%m-%dT%H:%M:%SZ', %1 + (id * 120 * 86400) / %2, "
            "'unixepoch')), "
            "'original', json_object('from', 'news@customer' || (id % 500) || '.example', 'dkim_domains', "
            "json_array('customer' || (id % 500) || '.example'), 'date', strftime('%Y-%m-%dT%H:%M:%SZ', %1 + "
            "(id * 120 * "
            "86400) / %2, 'unixepoch'), 'subject', 'Weekly news', 'message_id', 'x' || id || "
            "'@customer.example')) "
            "FROM evidence")
                .arg(Start)
                .arg(messages));
    if (!ok)
        qFatal("fill failed: %s", qPrintable(q.lastError().text()));
    q.exec(QStringLiteral("COMMIT"));
    out << "filled " << deliveries << " deliveries and " << messages << " messages in "
        << QString::number(fill.elapsed() / 1000.0, 'f', 1) << " s\n";

    qint64 cpu = cpuMicroseconds();
    attribution::RunReport r = attribution::AttributionRun(*db).run({ QStringLiteral("bench: first") });
    if (!r.error.isEmpty())
        qFatal("%s", qPrintable(r.error));
    report(out, "first attribution", r, cpu);

    saveRoster(*db, true);
    cpu = cpuMicroseconds();
    r = attribution::AttributionRun(*db).run({ QStringLiteral("bench: addresses changed hands") });
    report(out, "after addresses changed hands", r, cpu);

    cpu = cpuMicroseconds();
    r = attribution::AttributionRun(*db).run({ QStringLiteral("bench: nothing changed") });
    report(out, "nothing changed", r, cpu);
    // What the Customers view reads when it opens: the customers, their 30-day figures, the
    // unattributed queue and the disagreements.
    QElapsedTimer view;
    view.start();
    const storage::CustomerStore store(*db);
    const QList<attribution::CustomerRecord> customers = store.customers();
    const QDate last = store.lastDataDay();
    const auto figures = store.figures(last.addDays(-29), last);
    const qint64 customersMs = view.restart();
    const attribution::AttributionQueries queries(*db);
    const auto queue = queries.unattributed();
    const qint64 unattributed = queries.unattributedCount();
    const qint64 queueMs = view.restart();
    const auto disagreements = queries.disagreements();
    const qint64 disagreementMs = view.elapsed();
    out << "Customers view: " << customers.size() << " customers with figures in " << customersMs << " ms; "
        << unattributed << " unattributed (" << queue.size() << " listed) in " << queueMs << " ms; "
        << disagreements.size() << " disagreements in " << disagreementMs << " ms\n";
    Q_UNUSED(figures);
    out << "peak memory " << peakRssMb() << " MB\n";
    return 0;
}
