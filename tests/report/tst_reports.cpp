// SPDX-License-Identifier: GPL-2.0-or-later
// The reports on a realistic case database (the demo, seed 7, imported for real, with a case, its
// notes, time and a ladder decision inside the period): the portfolio's figures are each
// customer's dashboard totals and the demo's planted numbers; the PDFs are read back with
// pdftotext and pdfinfo (pages, headers, page numbers, what each audience may and may not read);
// CSV and HTML hold the same figures; wrong requests are refused with a reason.
#include "DemoDatabase.h"
#include "Report.h"
#include "cases/CaseStore.h"
#include "cases/EscalationLadder.h"
#include "common/Clock.h"
#include "reports/PortfolioData.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace abusedesk;
using namespace Qt::StringLiterals;
using report::Audience;
using report::Format;
using report::ReportRequest;
using report::ReportWriter;

namespace {

// A poppler tool's standard output, or a null string when it cannot run.
QString poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pagesOf(const QString &pdf)
{
    const QRegularExpressionMatch m
        = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(poppler(u"pdfinfo"_s, { pdf }));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The text of the PDF with every run of white space made one space, so that a cell's wrapped
// lines read as one.
QString textOf(const QString &pdf)
{
    // -raw: in the order the page draws it, which is a table's cell by cell.
    QString text = poppler(u"pdftotext"_s, { u"-raw"_s, pdf, u"-"_s });
    // NFKC: the PDF's ligatures ("ﬀ") read as their letters.
    return text.normalized(QString::NormalizationForm_KC).replace(QRegularExpression(u"\\s+"_s), u" "_s);
}

QList<QStringList> csvRows(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        // The figures hold no quotes; names with commas are quoted.
        QStringList fields;
        QString field;
        bool quoted = false;
        for (const QChar c : line) {
            if (c == u'"')
                quoted = !quoted;
            else if (c == u',' && !quoted) {
                fields.append(field);
                field.clear();
            } else
                field += c;
        }
        fields.append(field);
        rows.append(fields);
    }
    return rows;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is needed");
        m_db = storage::Database::open(
            m_dir.filePath(u"cases.abusedesk"_s), storage::Database::OpenMode::CreateNew);
        QVERIFY(m_db);
        m_expected = testing::importDemo(*m_db, m_dir.filePath(u"demo"_s));
        QVERIFY(!m_expected.isEmpty());
        const QJsonObject period = m_expected.value(u"period"_s).toObject();
        m_from = QDate::fromString(period.value(u"start"_s).toString().left(10), Qt::ISODate);
        m_until = QDate::fromString(period.value(u"end"_s).toString().left(10), Qt::ISODate).addDays(-1);
        QVERIFY(m_from.isValid() && m_until > m_from);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT external_id, id, name FROM customers"_s));
        while (q.next()) {
            m_ids.insert(q.value(0).toString(), q.value(1).toLongLong());
            m_names.insert(q.value(1).toLongLong(), q.value(2).toString());
        }
        QVERIFY(m_ids.size() >= 10);

        // The customer with the most complaints gets a case in the middle of the period: a note
        // with an internal remark, a reply to the customer, time, and a ladder decision.
        QVERIFY(q.exec(u"SELECT customer_id, count(*) FROM messages WHERE kind = 'feedback-report' AND "
                       "customer_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1"_s));
        QVERIFY(q.next());
        m_customer = q.value(0).toLongLong();
        QVERIFY(
            q.exec(u"SELECT evidence_id, json_extract(facts, '$.feedback.original_rcpt_to[0]') FROM messages "
                   "WHERE customer_id = %1 AND kind = 'feedback-report' AND json_extract(facts, "
                   "'$.feedback.type') = 'abuse' ORDER BY sent_at LIMIT 3"_s.arg(m_customer)));
        QList<qint64> evidence;
        while (q.next()) {
            evidence.append(q.value(0).toLongLong());
            if (m_complainant.isEmpty())
                m_complainant = q.value(1).toString();
        }
        QVERIFY(m_complainant.contains(u'@'));
        common::FixedClock clock(QDateTime(m_from.addDays(10), QTime(9, 30), QTimeZone::UTC));
        cases::CaseStore store(*m_db, clock);
        cases::NewCase c;
        c.customerId = m_customer;
        c.category = u"complaint-rate"_s;
        c.severity = 2;
        c.title = u"Complaint rate above the line"_s;
        c.evidenceIds = evidence;
        m_case = store.open(c, u"Ana Analyst"_s);
        QVERIFY2(m_case > 0, qPrintable(store.lastError()));
        QVERIFY(store.addNote(m_case, u"Ana Analyst"_s, u"Internal: the list looks bought; ask legal"_s));
        QVERIFY(store.addCommunication(
            m_case, u"Ana Analyst"_s, u"out"_s, u"Sent the education mail about list hygiene"_s));
        QVERIFY(store.addTimeEntry(m_case, u"Ana Analyst"_s, 90, u"Review of the complaints"_s) > 0);
        cases::EscalationLadder ladder(*m_db, clock);
        QVERIFY(ladder.decide(
            m_customer, 2, {}, u"Internal reason: repeated complaints"_s, u"Ana Analyst"_s, m_case));
    }

    void portfolioIsEachCustomersDashboard()
    {
        QString error;
        const reports::PortfolioData portfolio
            = reports::PortfolioData::compute(*m_db, { m_from, m_until, reports::Granularity::Week }, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(portfolio.customers.size(), m_ids.size());
        qint64 delivered = 0;
        for (const reports::PortfolioCustomer &c : portfolio.customers) {
            reports::DashboardRequest r { c.customerId, m_from, m_until, reports::Granularity::Week, {}, 5 };
            const reports::DashboardData d = reports::DashboardData::compute(*m_db, r);
            QCOMPARE(c.buckets.size(), d.buckets.size());
            for (qsizetype i = 0; i < d.buckets.size(); ++i) {
                const reports::DashboardBucket &a = c.buckets.at(i);
                const reports::DashboardBucket &b = d.buckets.at(i);
                QCOMPARE(a.first, b.first);
                QCOMPARE(a.sent, b.sent);
                QCOMPARE(a.delivered, b.delivered);
                QCOMPARE(a.hard, b.hard);
                QCOMPARE(a.spam, b.spam);
                QCOMPARE(a.deferred, b.deferred);
                QCOMPARE(a.optOuts, b.optOuts);
                QCOMPARE(a.complaints, b.complaints);
                QCOMPARE(a.casesBySeverity, b.casesBySeverity);
                QCOMPARE(a.minutes, b.minutes);
                QCOMPARE(a.costCents, b.costCents);
                QVERIFY(std::abs(a.revenueCents - b.revenueCents) <= 1);
            }
            QCOMPARE(c.earlier.delivered + c.later.delivered, c.totals.delivered);
            QCOMPARE(c.earlier.complaints + c.later.complaints, c.totals.complaints);
            delivered += c.totals.delivered;
        }
        QCOMPARE(portfolio.totals.delivered, delivered);

        // The demo's planted totals, and the concerns they imply.
        int above = 0;
        for (const QJsonValue &v :
            m_expected.value(u"deliveries"_s).toObject().value(u"totals"_s).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(u"customer"_s).isNull())
                continue;
            const qint64 id = m_ids.value(t.value(u"customer"_s).toString());
            const auto it = std::find_if(portfolio.customers.cbegin(), portfolio.customers.cend(),
                [&](const reports::PortfolioCustomer &c) { return c.customerId == id; });
            QVERIFY(it != portfolio.customers.cend());
            QCOMPARE(it->totals.delivered, t.value(u"delivered"_s).toInteger());
            QCOMPARE(it->totals.complaints, t.value(u"fbl_complaints"_s).toInteger());
            const bool isAbove = it->totals.complaintRatePercent() > portfolio.policy.complaintRatePercent;
            QCOMPARE(bool(portfolio.concerns(*it) & int(reports::Concern::AboveComplaintLine)), isAbove);
            above += isAbove;
        }
        QVERIFY(above >= 1);
        QCOMPARE(portfolio.count(reports::Concern::AboveComplaintLine), above);
        // Most concerning first.
        QVERIFY(portfolio.concerns(portfolio.customers.constFirst()) != 0);
        // The case's 90 minutes at the policy's hourly cost.
        const auto mine = std::find_if(portfolio.customers.cbegin(), portfolio.customers.cend(),
            [&](const reports::PortfolioCustomer &c) { return c.customerId == m_customer; });
        QCOMPARE(mine->totals.minutes, 90);
        QCOMPARE(mine->totals.costCents, 90 * portfolio.policy.hourlyCostCents / 60);
        QCOMPARE(mine->openCases, 1);
    }

    void managementPdfHasEverything()
    {
        const QString pdf = m_dir.filePath(u"management.pdf"_s);
        ReportWriter writer(*m_db);
        QVERIFY2(writer.write(request(m_customer, Audience::Management), Format::Pdf, pdf),
            qPrintable(writer.lastError()));
        const int pages = pagesOf(pdf);
        QVERIFY(pages >= 2);
        QCOMPARE(writer.pageCount(), pages);
        const QString text = textOf(pdf);
        const QString name = m_names.value(m_customer);
        QVERIFY2(text.contains(u"Issue history: "_s + name), qPrintable(text.left(400)));
        QCOMPARE(text.count(u"Page "_s), pages); // every page numbered
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
        QVERIFY(text.contains(u"For management"_s));
        QVERIFY(text.contains(u"Internal: the list looks bought"_s));
        QVERIFY(text.contains(u"Sent the education mail"_s));
        QVERIFY(text.contains(m_complainant));
        QVERIFY(text.contains(u"Cost of that time 90.00 EUR"_s) || text.contains(u"Cost of that time"_s));
        QVERIFY(text.contains(u"1:30 h"_s));
        QVERIFY(text.contains(u"Internal reason: repeated complaints"_s));
        // The complaint rate as the dashboard computes it.
        reports::DashboardRequest r { m_customer, m_from, m_until, reports::Granularity::Day, {}, 5 };
        const reports::DashboardData d = reports::DashboardData::compute(*m_db, r);
        QVERIFY(text.contains(
            u"Complaint rate %1 %"_s.arg(QLocale().toString(d.totals.complaintRatePercent(), 'f', 3))));
        QVERIFY(text.contains(u"Delivered %1"_s.arg(QLocale().toString(d.totals.delivered))));
        // Seed-test placement, when the customer was seed-tested (the demo tests every customer).
        QVERIFY(d.totals.seeds() > 0);
        QVERIFY(text.contains(u"Seed tests %1 checked"_s.arg(QLocale().toString(d.totals.seeds()))));
    }

    void customerPdfLeavesOutWhatIsInternal()
    {
        const QString pdf = m_dir.filePath(u"customer.pdf"_s);
        ReportWriter writer(*m_db);
        QVERIFY2(writer.write(request(m_customer, Audience::Customer), Format::Pdf, pdf),
            qPrintable(writer.lastError()));
        QVERIFY(pagesOf(pdf) >= 2);
        const QString text = textOf(pdf);
        QVERIFY(text.contains(u"Issue history: "_s + m_names.value(m_customer)));
        QVERIFY(text.contains(u"For the customer"_s));
        QVERIFY(text.contains(u"Sent the education mail"_s)); // what was said to them
        QVERIFY(!text.contains(u"Internal: the list looks bought"_s));
        QVERIFY(!text.contains(u"Internal reason"_s));
        QVERIFY(!text.contains(u"Cost"_s));
        QVERIFY(!text.contains(u"Revenue"_s));
        QVERIFY(!text.contains(u"1:30 h"_s));
        QVERIFY2(!text.contains(m_complainant), qPrintable(m_complainant));
        QVERIFY(!text.contains(u"Ana Analyst"_s)); // who wrote what in the timeline
        QVERIFY(text.contains(u"by Abuse Desk Team"_s)); // who made the report
        QVERIFY(text.contains(u"[redacted]@"_s + m_complainant.section(u'@', 1)));
    }

    void portfolioPdfListsEveryCustomer()
    {
        const QString pdf = m_dir.filePath(u"portfolio.pdf"_s);
        ReportWriter writer(*m_db);
        QVERIFY2(
            writer.write(request(0, Audience::Management), Format::Pdf, pdf), qPrintable(writer.lastError()));
        const int pages = pagesOf(pdf);
        QVERIFY(pages >= 2);
        QCOMPARE(writer.pageCount(), pages);
        const QString text = textOf(pdf);
        QVERIFY(text.contains(u"Portfolio report"_s));
        QVERIFY(text.contains(u"Customers that need attention"_s));
        for (const QString &name : std::as_const(m_names))
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
        // The portfolio is for management only.
        QVERIFY(!writer.write(request(0, Audience::Customer), Format::Pdf, m_dir.filePath(u"no.pdf"_s)));
        QVERIFY(writer.lastError().contains(u"management"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"no.pdf"_s)));
    }

    void csvHoldsTheFigures()
    {
        ReportWriter writer(*m_db);
        const QString customerCsv = m_dir.filePath(u"customer.csv"_s);
        QVERIFY(writer.write(request(m_customer, Audience::Customer), Format::Csv, customerCsv));
        const QList<QStringList> rows = csvRows(customerCsv);
        reports::DashboardRequest r { m_customer, m_from, m_until, reports::Granularity::Day, {}, 5 };
        const reports::DashboardData d = reports::DashboardData::compute(*m_db, r);
        // The period of 30 days is reported per day: a header, a row per day, the total.
        QCOMPARE(rows.size(), d.buckets.size() + 2);
        QCOMPARE(rows.first().at(3), u"Delivered"_s);
        QVERIFY(!rows.first().join(u","_s).contains(u"Cost"_s));
        QCOMPARE(rows.last().at(3).toLongLong(), d.totals.delivered);
        QCOMPARE(rows.last().at(4).toLongLong(), d.totals.complaints);

        const QString portfolioCsv = m_dir.filePath(u"portfolio.csv"_s);
        QVERIFY(writer.write(request(0, Audience::Management), Format::Csv, portfolioCsv));
        const QList<QStringList> all = csvRows(portfolioCsv);
        QCOMPARE(all.size(), m_ids.size() + 1);
        for (qsizetype i = 1; i < all.size(); ++i) {
            QCOMPARE(all.at(i).size(), all.first().size());
            QVERIFY(m_names.contains(all.at(i).at(0).toLongLong()));
        }
    }

    void htmlStandsAlone()
    {
        ReportWriter writer(*m_db);
        const QString path = m_dir.filePath(u"customer.html"_s);
        QVERIFY(writer.write(request(m_customer, Audience::Customer), Format::Html, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        // Rates ×2, cases, seed placement; no cost chart for the customer.
        QCOMPARE(html.count(u"src=\"data:image/png;base64,"_s), 4);
        QVERIFY(!html.contains(u"chart:"_s));
        QVERIFY(!html.contains(m_complainant));
        QVERIFY(html.contains(m_names.value(m_customer).toHtmlEscaped()));
    }

    void badRequestsAreRefused()
    {
        ReportWriter writer(*m_db);
        ReportRequest r = request(m_customer, Audience::Management);
        std::swap(r.from, r.until);
        QVERIFY(!writer.write(r, Format::Pdf, m_dir.filePath(u"x.pdf"_s)));
        QVERIFY(writer.lastError().contains(u"period"_s));
        QVERIFY(
            !writer.write(request(987654, Audience::Management), Format::Pdf, m_dir.filePath(u"x.pdf"_s)));
        QVERIFY(writer.lastError().contains(u"987654"_s));
        const QString nowhere = m_dir.filePath(u"missing-folder/report.csv"_s);
        QVERIFY(!writer.write(request(m_customer, Audience::Management), Format::Csv, nowhere));
        QVERIFY2(writer.lastError().contains(u"report.csv"_s), qPrintable(writer.lastError()));
    }

    void redaction()
    {
        QCOMPARE(ReportWriter::redactAddress(u"jane.doe@example.com"_s), u"[redacted]@example.com"_s);
        QCOMPARE(ReportWriter::redactAddressesIn(u"From jane@mail.example.org, cc bob+x@b.example."_s),
            u"From [redacted]@mail.example.org, cc [redacted]@b.example."_s);
    }

private:
    ReportRequest request(qint64 customer, Audience audience) const
    {
        ReportRequest r;
        r.customerId = customer;
        r.from = m_from;
        r.until = m_until;
        r.audience = audience;
        r.author = u"Abuse Desk Team"_s;
        r.generatedAt = QDateTime(m_until.addDays(1), QTime(8, 0), QTimeZone::UTC);
        return r;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QJsonObject m_expected;
    QDate m_from;
    QDate m_until;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_names;
    qint64 m_customer = 0;
    qint64 m_case = 0;
    QString m_complainant;
};

int main(int argc, char *argv[])
{
    // The charts need the widgets' application object; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestReports test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reports.moc"
