// SPDX-License-Identifier: GPL-2.0-or-later
// The recipient history (how many messages one recipient got from one customer, first and last,
// which campaigns) on a case database of tens of millions of deliveries: it must answer in
// milliseconds. Fills the deliveries table straight with SQL (the import is measured elsewhere),
// then times a thousand lookups of random recipients.
//
//   bench_recipient_history [--deliveries N] [--db FILE]
// --db keeps the filled database at FILE (and reuses it when it exists).
#include "storage/Database.h"
#include "storage/DeliveryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace abusedesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    qint64 deliveries = 2000000; // `--deliveries 20000000` for the figure in the README (fills for minutes)
    QString path;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--deliveries"))
            deliveries = args.at(i + 1).toLongLong();
        if (args.at(i) == QLatin1String("--db"))
            path = args.at(i + 1);
    }
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("history.abusedesk"));
    const bool exists = QFileInfo::exists(path);
    auto db = storage::Database::open(
        path, exists ? storage::Database::OpenMode::OpenExisting : storage::Database::OpenMode::CreateNew);
    constexpr qint64 Recipients = 2000000; // ten messages each on average
    if (!exists) {
        QElapsedTimer fill;
        fill.start();
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral(
            "INSERT INTO import_batches (started_at, origin) VALUES ('2026-11-01T00:00:00Z', 'bench')"));
        // In slices, each its own transaction, so that the page cache stays warm.
        constexpr qint64 Slice = 1000000;
        for (qint64 from = 0; from < deliveries; from += Slice) {
            q.exec(QStringLiteral("BEGIN"));
            const bool ok = q.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %2) "
                "INSERT INTO deliveries (key, batch_id, time, result, recipient, recipient_domain, receiver, "
                "customer_ref, campaign, source_path, line) "
                "SELECT randomblob(16), 1, 1761955200 + i * 5, CASE WHEN i % 50 = 0 THEN 'bounced' ELSE "
                "'delivered' END, 'user' || ((i * 7919) % %3) || '@' || CASE ((i * 7919) % %3) % 4 WHEN 0 "
                "THEN 'gmail.com' "
                "WHEN 1 THEN 'outlook.com' WHEN 2 THEN 'gmx.de' ELSE 'corp.example' END, 'x', 'x', "
                "'c' || (((i * 7919) % %3) % 500), 'camp' || (i / 100000), 'bench', i FROM n")
                    .arg(from)
                    .arg(std::min(from + Slice, deliveries))
                    .arg(Recipients));
            if (!ok)
                qFatal("fill failed: %s", qPrintable(q.lastError().text()));
            q.exec(QStringLiteral("COMMIT"));
            out << "\rfilled " << std::min(from + Slice, deliveries) << " deliveries";
            out.flush();
        }
        out << " in " << QString::number(fill.elapsed() / 1000.0, 'f', 1) << " s\n";
    }
    QSqlQuery count(db->connection());
    count.exec(QStringLiteral("SELECT count(*) FROM deliveries"));
    count.next();
    out << "database: " << count.value(0).toLongLong() << " deliveries, "
        << QFileInfo(path).size() / (1024 * 1024) << " MB\n";

    const storage::DeliveryStore store(*db);
    QList<double> ms;
    qint64 found = 0;
    QRandomGenerator rng(7);
    for (int i = 0; i < 1000; ++i) {
        const qint64 r = rng.bounded(Recipients);
        static const char *const domains[] = { "gmail.com", "outlook.com", "gmx.de", "corp.example" };
        const QString recipient = QStringLiteral("user%1@%2").arg(r).arg(QLatin1String(domains[r % 4]));
        QElapsedTimer t;
        t.start();
        const auto history = store.recipientHistory(recipient, QStringLiteral("c%1").arg(r % 500));
        ms.append(t.nsecsElapsed() / 1e6);
        found += history.messages > 0 ? 1 : 0;
    }
    std::sort(ms.begin(), ms.end());
    out << "recipient history: median " << QString::number(ms.at(ms.size() / 2), 'f', 2) << " ms, p99 "
        << QString::number(ms.at(ms.size() * 99 / 100), 'f', 2) << " ms, max "
        << QString::number(ms.last(), 'f', 2) << " ms (" << found << " of 1000 recipients had mail)\n";
    return 0;
}
