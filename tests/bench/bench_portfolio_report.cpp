// SPDX-License-Identifier: GPL-2.0-or-later
// The portfolio report of issue 7 on a large case database: 500 customers with a year of daily
// aggregates at eight receivers each (1.46 million rows, the figures of about ten million
// deliveries), 700,000 feedback reports and 2,000 cases with time entries. Measures the
// portfolio's figures, then the 12-month PDF (target: under 10 s), the HTML and the CSV.
//   bench_portfolio_report [--customers N] [--reports N] [--db FILE]
#include "Report.h"
#include "reports/PortfolioData.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace abusedesk;

namespace {

void exec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        qFatal("fill failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql.left(300)));
}

void fill(storage::Database &db, int customers, qint64 reports, QTextStream &out)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db.connection());
    exec(q, QStringLiteral("BEGIN"));
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO customers (id, external_id, name, status, monthly_revenue_cents, created_at) SELECT "
            "i, "
            "'acct-' || i, 'Customer ' || i || ' Mail Services', CASE WHEN i % 17 = 0 THEN 'warned' "
            "ELSE 'active' END, CASE WHEN i % 9 = 0 THEN NULL ELSE 50000 + (i * 7919) % 900000 END, "
            "'2024-01-01T00:00:00Z' FROM n")
            .arg(customers));
    // A year of days × customers × eight receivers; volumes differ per customer.
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE d(day) AS (SELECT '2025-01-01' UNION ALL SELECT date(day, '+1 day') FROM d WHERE "
            "day < '2025-12-31'), c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < %1), r(k) AS "
            "(SELECT 0 UNION ALL SELECT k + 1 FROM r WHERE k < 7) "
            "INSERT INTO daily_aggregates (day, customer_id, receiver, sent, delivered, deferred, hard, "
            "soft, "
            "spam, expired, opt_outs) SELECT day, i, 'provider' || k, 8 + (i * 31 + k) % 40, 7 + (i * 31 + "
            "k) % 40, "
            "(i + k) % 3, CASE WHEN i % 23 = 0 THEN 2 ELSE (i + k) % 2 END, 0, (i * k) % 2, 0, (i + k) % 2 "
            "FROM d, "
            "c, r")
            .arg(customers));
    exec(q,
        QStringLiteral(
            "INSERT INTO import_batches (started_at, origin) VALUES ('2026-01-01T00:00:00Z', 'bench')"));
    const QString sent
        = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 1735689600 + (i * 365 * 86400) / %1, 'unixepoch')")
              .arg(reports);
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO evidence (id, sha256, size, source_path, source_offset, batch_id, imported_at, "
            "role_account) SELECT i, printf('%064x', i), 4000, 'bench.mbox', i * 4000, 1, %2, "
            "'abuse@esp.example' FROM n")
            .arg(reports)
            .arg(sent));
    // Feedback reports: more for a few customers (every 23rd is above the line, rising in the year).
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO messages (evidence_id, kind, legal, subject, from_address, sent_at, customer_id, "
            "facts, "
            "receiver, campaign) SELECT i, 'feedback-report', 0, 'Weekly news', 'fbl@provider.example', %2, "
            "CASE WHEN i % 3 = 0 THEN 23 * (1 + i % (%3 / 23)) ELSE 1 + i % %3 END, "
            "json_object('feedback', json_object('type', CASE WHEN i % 20 = 0 THEN 'abuse' ELSE 'not-spam' "
            "END, "
            "'original_rcpt_to', json_array('user' || i || '@provider.example'))), 'provider.example', 'c' "
            "|| (i % "
            "40) FROM n")
            .arg(reports)
            .arg(sent)
            .arg(customers));
    exec(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
            "INSERT INTO cases (id, customer_id, category, severity, status, title, opened_at, updated_at) "
            "SELECT i, 1 + i % %1, 'complaint-rate', 1 + i % 4, CASE WHEN i % 3 = 0 THEN 'open' ELSE "
            "'resolved' END, 'Case ' || i, strftime('%Y-%m-%dT%H:%M:%SZ', 1735689600 + i * 15768, "
            "'unixepoch'), strftime('%Y-%m-%dT%H:%M:%SZ', 1735689600 + i * 15768, 'unixepoch') FROM n")
            .arg(customers));
    exec(q,
        QStringLiteral(
            "INSERT INTO time_entries (case_id, at, author, minutes, activity) SELECT id, opened_at, "
            "'analyst', 30 + id % 90, 'review' FROM cases"));
    exec(q, QStringLiteral("COMMIT"));
    exec(q, QStringLiteral("ANALYZE"));
    out << "filled " << customers << " customers, a year of aggregates and " << reports << " reports in "
        << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    int customers = 500;
    qint64 reports = 700000;
    QString path;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--customers") && i + 1 < args.size())
            customers = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--reports") && i + 1 < args.size())
            reports = args.at(++i).toLongLong();
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
        fill(*db, customers, reports, out);

    const QDate from(2025, 1, 1);
    const QDate until(2025, 12, 31);
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        QString error;
        const reports::PortfolioData data
            = reports::PortfolioData::compute(*db, { from, until, reports::Granularity::Month }, &error);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        const qint64 figures = t.restart();
        report::ReportWriter writer(*db);
        report::ReportRequest request;
        request.from = from;
        request.until = until;
        request.author = QStringLiteral("bench");
        const QString pdf = dir.filePath(QStringLiteral("portfolio.pdf"));
        if (!writer.write(request, report::Format::Pdf, pdf))
            qFatal("%s", qPrintable(writer.lastError()));
        const qint64 pdfMs = t.restart();
        const int pages = writer.pageCount();
        if (!writer.write(request, report::Format::Html, dir.filePath(QStringLiteral("portfolio.html"))))
            qFatal("%s", qPrintable(writer.lastError()));
        const qint64 htmlMs = t.restart();
        if (!writer.write(request, report::Format::Csv, dir.filePath(QStringLiteral("portfolio.csv"))))
            qFatal("%s", qPrintable(writer.lastError()));
        const qint64 csvMs = t.restart();
        out << "round " << round + 1 << ": portfolio figures (" << data.customers.size() << " customers, "
            << data.count(reports::Concern::AboveComplaintLine) << " above the line, "
            << data.count(reports::Concern::Rising) << " rising) " << figures << " ms; 12-month PDF " << pdfMs
            << " ms (" << pages << " pages, " << QFileInfo(pdf).size() / 1024
            << " KiB; target < 10000 ms, figures included); HTML " << htmlMs << " ms; CSV " << csvMs
            << " ms\n";
        out.flush();
    }
    return 0;
}
