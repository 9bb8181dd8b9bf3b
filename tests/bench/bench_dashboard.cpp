// SPDX-License-Identifier: GPL-2.0-or-later
// The customer dashboard (issue 7) of a large customer: three years of daily data, ten million
// deliveries to 40 receivers, 12,000 feedback reports, 20,000 opt-outs, 150 cases with time
// entries, in a case database that holds 100 other customers' three years as well. The dashboard
// reads the daily aggregates, never the deliveries, so the bench writes the aggregates those ten
// million deliveries make (directly with SQL) rather than the deliveries themselves. Measures the
// dashboard over the three years by day, week and month, for all receivers and one, and the
// evidence behind a month's complaint point; target < 200 ms each.
//   bench_dashboard [--db FILE]
#include "BenchMeasure.h"
#include "reports/DashboardData.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>

using namespace abusedesk;

namespace {

const QDate First(2023, 1, 1);
const QDate Last(2025, 12, 31); // 1,096 days
constexpr int Receivers = 40;
constexpr int OtherCustomers = 100;
constexpr qint64 Big = 1; // the customer measured

void exec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        qFatal("fill failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql.left(300)));
}

void fill(storage::Database &db, QTextStream &out)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db.connection());
    const qint64 days = First.daysTo(Last) + 1;
    exec(q,
        QStringLiteral(
            "INSERT INTO import_batches (started_at, origin) VALUES ('2026-01-01T00:00:00Z', 'bench')"));
    exec(q, QStringLiteral("BEGIN"));
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO customers (id, external_id, name, monthly_revenue_cents, created_at) "
            "SELECT i, 'acct-' || i, 'Customer ' || i, 100000 + i * 1000, '2022-01-01T00:00:00Z' FROM n")
            .arg(OtherCustomers + 1));
    // Per day and receiver: the big customer's 10,000,000 / (1,096 × 40) ≈ 228 mails, receiver r
    // getting a share that grows with r; the others 20 receivers each, 40 mails a day.
    const qint64 perDay = 10000000 / (days * Receivers);
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i + 1 < %1), "
            "r(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM r WHERE j + 1 < %2), "
            "c(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM c WHERE k < %3), "
            "v AS (SELECT date('%4', '+' || i || ' days') AS day, k AS customer, 'provider' || j || "
            "'.example' "
            "AS receiver, CASE WHEN k = %5 THEN %6 + (i + j) % 7 - 3 ELSE 40 END AS sent, i, j FROM d, r, c "
            "WHERE k = %5 OR j < 20) "
            "INSERT INTO daily_aggregates (day, customer_id, receiver, sent, delivered, deferred, hard, "
            "soft, "
            "spam, expired, opt_outs) SELECT day, customer, receiver, sent, sent - sent / 50, sent / 90, "
            "sent / 150, sent / 50 - sent / 150 - (i + j) % 2, (i + j) % 2, 0, (i * j) % 3 FROM v")
            .arg(days)
            .arg(Receivers)
            .arg(OtherCustomers + 1)
            .arg(First.toString(Qt::ISODate))
            .arg(Big)
            .arg(perDay));
    out << "filled " << qint64(q.numRowsAffected()) << " daily aggregate rows in "
        << QString::number(t.restart() / 1000.0, 'f', 1) << " s\n";
    out.flush();
    // Feedback reports: 12,000 of the big customer's (0.12 % of its delivered mail), 200,000 of
    // the others'.
    const qint64 bigReports = 12000;
    const qint64 reports = bigReports + 200000;
    const QString sent = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', %1 + (i * %2) / %3, 'unixepoch')")
                             .arg(QDateTime(First, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch())
                             .arg(days * 86400)
                             .arg(reports);
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO evidence (id, sha256, size, source_path, source_offset, batch_id, imported_at) "
            "SELECT i, printf('%064x', i), 4000, 'bench.mbox', i * 4000, 1, %2 FROM n")
            .arg(reports)
            .arg(sent));
    exec(q,
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO messages (evidence_id, kind, subject, from_address, sent_at, "
                       "customer_id, facts, receiver, "
                       "campaign) SELECT i, 'feedback-report', 'Abuse report', 'fbl@provider' || (i % 40) || "
                       "'.example', %2, "
                       "CASE WHEN i % %3 = 0 THEN %4 ELSE 2 + i % %5 END, "
                       "json_object('feedback', json_object('type', CASE WHEN i % 20 = 0 THEN 'other' ELSE "
                       "'abuse' END), "
                       "'original', json_object('subject', 'Weekly news')), 'provider' || (i % 40) || "
                       "'.example', 'c' || (i % "
                       "12) FROM n")
            .arg(reports)
            .arg(sent)
            .arg(reports / bigReports)
            .arg(Big)
            .arg(OtherCustomers));
    // Opt-outs: 20,000 of the big customer's, 100,000 of the others'.
    const qint64 optOuts = 120000;
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO opt_outs (key, batch_id, time, customer_ref, customer_id, recipient, receiver, "
            "reason, "
            "source_path, line) SELECT randomblob(12), 1, %2 + (i * %3) / %1, '', CASE WHEN i % 6 = 0 THEN "
            "%4 "
            "ELSE 2 + i % %5 END, 'user' || i || '@provider' || (i % 40) || '.example', 'provider' || (i % "
            "40) || "
            "'.example', CASE i % 4 WHEN 0 THEN 'never signed up' WHEN 1 THEN 'too many emails' WHEN 2 THEN "
            "'no longer interested' ELSE NULL END, 'bench', i FROM n")
            .arg(optOuts)
            .arg(QDateTime(First, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch())
            .arg(days * 86400)
            .arg(Big)
            .arg(OtherCustomers));
    // Cases: 150 of the big customer's over the three years, each with four time entries; as many
    // for the others.
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
            "INSERT INTO cases (id, customer_id, category, severity, title, opened_at, updated_at) SELECT i, "
            "CASE WHEN i % 20 = 0 THEN %1 ELSE 2 + i % %2 END, 'complaint-rate', 1 + i % 4, 'case ' || i, "
            "strftime('%Y-%m-%dT%H:%M:%SZ', %3 + i * %4 / 3000, 'unixepoch'), "
            "strftime('%Y-%m-%dT%H:%M:%SZ', %3 + i * %4 / 3000, 'unixepoch') FROM n")
            .arg(Big)
            .arg(OtherCustomers)
            .arg(QDateTime(First, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch())
            .arg(days * 86400));
    exec(q,
        QStringLiteral(
            "INSERT INTO time_entries (case_id, at, minutes) SELECT id, opened_at, 15 + id % 45 FROM "
            "cases, (SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4)"));
    exec(q, QStringLiteral("COMMIT"));
    exec(q, QStringLiteral("ANALYZE"));
    out << "filled " << reports << " feedback reports, " << optOuts << " opt-outs, 3000 cases in "
        << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    QString path;
    for (int i = 1; i < args.size(); ++i)
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
            path = args.at(++i);
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.abusedesk"));
    const bool exists = QFile::exists(path);
    auto db = storage::Database::open(path, storage::Database::OpenMode::OpenOrCreate);
    if (!db)
        qFatal("cannot open %s", qPrintable(path));
    if (!exists)
        fill(*db, out);

    struct Case
    {
        const char *name;
        reports::Granularity granularity;
        QString receiver;
    };
    const QList<Case> cases { { "3 years by day", reports::Granularity::Day, {} },
        { "3 years by week", reports::Granularity::Week, {} },
        { "3 years by month", reports::Granularity::Month, {} },
        { "3 years by day, one receiver", reports::Granularity::Day, QStringLiteral("provider7.example") } };
    qint64 worst = 0;
    for (const Case &c : cases) {
        QList<qint64> times;
        QList<qint64> cpu;
        reports::DashboardData d;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer t;
            t.start();
            const qint64 cpuStart = cpuMicroseconds();
            reports::DashboardRequest r;
            r.customerId = Big;
            r.from = First;
            r.until = Last;
            r.granularity = c.granularity;
            r.receiver = c.receiver;
            QString error;
            d = reports::DashboardData::compute(*db, r, &error);
            times.append(t.nsecsElapsed() / 1000);
            cpu.append(cpuMicroseconds() - cpuStart);
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        worst = std::max(worst, times.at(2));
        out << c.name << ": " << QString::number(times.at(2) / 1000.0, 'f', 1) << " ms median of 5 (first "
            << QString::number(times.constLast() / 1000.0, 'f', 1) << " ms at most; CPU "
            << QString::number(cpu.at(2) / 1000.0, 'f', 1) << " ms); " << d.buckets.size() << " buckets, "
            << d.totals.sent << " mails ended, " << d.totals.complaints << " complaints, " << d.totals.optOuts
            << " opt-outs, " << d.totals.cases() << " cases\n";
        out.flush();
    }
    QElapsedTimer t;
    t.start();
    const auto evidence
        = reports::DashboardData::complaintsIn(*db, Big, QDate(2025, 6, 1), QDate(2025, 6, 30));
    out << "evidence of one month's complaint point: " << evidence.size() << " reports in " << t.elapsed()
        << " ms\n";
    t.restart();
    const QStringList receivers = reports::DashboardData::receiversOf(*db, Big);
    out << "receivers of the customer: " << receivers.size() << " in " << t.elapsed() << " ms\n";
    out << "dashboard: worst median " << QString::number(worst / 1000.0, 'f', 1)
        << " ms (target < 200 ms); peak " << peakRssMb() << " MB\n";
    return 0;
}
