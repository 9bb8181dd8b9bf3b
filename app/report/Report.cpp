// SPDX-License-Identifier: GPL-2.0-or-later
#include "Report.h"

#include "ReportCharts.h"
#include "cases/CaseStore.h"
#include "cases/EscalationLadder.h"
#include "reports/DashboardData.h"
#include "reports/PortfolioData.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace abusedesk::report {

using reports::DashboardBucket;
using reports::Granularity;

struct ReportWriter::Content
{
    bool landscape = false; ///< wide tables (the portfolio) print across the page
    QSize chartSize = QSize(680, 250); ///< in the document's pixels (A4 at 96 dpi: about 680 across)
    QString title; ///< printed on every page's header
    QString period; ///< "1 Jan 2026 – 31 Dec 2026"
    QString notice; ///< who the report is for, on every page's footer
    QString body; ///< HTML; charts as <img src="chart:N">
    QList<QImage> charts;
    QList<QStringList> csv; ///< the first row names the columns
};

namespace {

constexpr int ComplaintRowsShown = 200;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Buckets that keep the charts readable: days for up to six weeks, weeks up to about half a year,
// then months.
Granularity granularityFor(QDate from, QDate until)
{
    const qint64 days = from.daysTo(until) + 1;
    if (days <= 45)
        return Granularity::Day;
    if (days <= 200)
        return Granularity::Week;
    return Granularity::Month;
}

QString isoDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

ReportWriter::ReportWriter(const storage::Database &database)
    : m_database(database)
{ }

std::optional<Format> ReportWriter::formatNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"pdf")
        return Format::Pdf;
    if (n == u"csv")
        return Format::Csv;
    if (n == u"html" || n == u"htm")
        return Format::Html;
    return std::nullopt;
}

std::optional<Audience> ReportWriter::audienceNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"customer")
        return Audience::Customer;
    if (n == u"management")
        return Audience::Management;
    return std::nullopt;
}

QString ReportWriter::suffixOf(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Html:
        return QStringLiteral("html");
    }
    return {};
}

std::optional<Format> ReportWriter::formatOfFile(const QString &path)
{
    return formatNamed(QFileInfo(path).suffix());
}

QString ReportWriter::redactAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (address.isEmpty())
        return {};
    return at < 0 ? tr("[redacted]") : tr("[redacted]") + address.mid(at);
}

QString ReportWriter::redactAddressesIn(const QString &text)
{
    static const QRegularExpression address(
        QStringLiteral(R"([A-Za-z0-9._%+\-=!#$&'*/?^`{|}~]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+))"));
    QString out = text;
    out.replace(address, tr("[redacted]") + QStringLiteral("@\\1"));
    return out;
}

QStringList ReportWriter::concernWords(int concerns)
{
    using reports::Concern;
    QStringList words;
    if (concerns & int(Concern::AboveComplaintLine))
        words << tr("complaints above the line");
    if (concerns & int(Concern::AboveBounceLine))
        words << tr("hard bounces above the line");
    if (concerns & int(Concern::Rising))
        words << tr("complaints rising");
    if (concerns & int(Concern::CostsMoreThanRevenue))
        words << tr("costs more than it brings");
    return words;
}

struct ReportWriter::Figures
{
    qint64 customerId = 0;
    QDate from;
    QDate until;
    std::optional<reports::DashboardData> customer;
    std::optional<reports::PortfolioData> portfolio;
    QString error;

    [[nodiscard]] bool readFor(const ReportRequest &r) const
    {
        return r.customerId == customerId && r.from == from && r.until == until;
    }
};

namespace {

reports::DashboardRequest dashboardRequestFor(const ReportRequest &request)
{
    reports::DashboardRequest r;
    r.customerId = request.customerId;
    r.from = request.from;
    r.until = request.until;
    r.granularity = granularityFor(request.from, request.until);
    return r;
}

reports::PortfolioRequest portfolioRequestFor(const ReportRequest &request)
{
    return { request.from, request.until, granularityFor(request.from, request.until) };
}

} // namespace

std::shared_ptr<const ReportWriter::Figures> ReportWriter::readFigures(
    const storage::Database &database, const ReportRequest &request)
{
    auto figures = std::make_shared<Figures>();
    figures->customerId = request.customerId;
    figures->from = request.from;
    figures->until = request.until;
    if (!request.from.isValid() || !request.until.isValid() || request.until < request.from)
        return figures; // write() says what is wrong
    if (request.customerId > 0)
        figures->customer
            = reports::DashboardData::compute(database, dashboardRequestFor(request), &figures->error);
    else if (request.audience == Audience::Management)
        figures->portfolio
            = reports::PortfolioData::compute(database, portfolioRequestFor(request), &figures->error);
    return figures;
}

bool ReportWriter::write(const ReportRequest &given, Format format, const QString &path)
{
    m_lastError.clear();
    m_pages = 0;
    ReportRequest request = given;
    if (!request.generatedAt.isValid())
        request.generatedAt = QDateTime::currentDateTime();
    if (!request.from.isValid() || !request.until.isValid() || request.until < request.from) {
        m_lastError
            = tr("the period is not valid: it needs a first and a last day, the first not after the last");
        return false;
    }
    Content content;
    const bool built
        = request.customerId > 0 ? buildCustomer(request, content) : buildPortfolio(request, content);
    if (!built)
        return false;
    switch (format) {
    case Format::Pdf:
        return writePdf(content, path);
    case Format::Html:
        return writeHtml(content, path);
    case Format::Csv:
        return writeCsv(content, path);
    }
    return false;
}

namespace {

// Numbers, rates, money and dates as the report prints them, in the analyst's locale.
class Printer
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    QLocale locale;
    Granularity granularity = Granularity::Month;

    QString number(qint64 n) const { return locale.toString(n); }
    QString percent(double p, int decimals = 3) const
    {
        return tr("%1 %").arg(locale.toString(p, 'f', decimals));
    }
    QString points(double p) const { return tr("%1 pt").arg(locale.toString(p, 'f', 3)); }
    QString money(qint64 cents, const QString &currency) const
    {
        return QStringLiteral("%1 %2").arg(locale.toString(double(cents) / 100.0, 'f', 2), currency);
    }
    QString hours(qint64 minutes) const
    {
        return tr("%1:%2 h").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    QString day(QDate d) const { return locale.toString(d, QStringLiteral("d MMM yyyy")); }
    QString when(const QDateTime &t) const
    {
        return locale.toString(t.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
    }
    QString period(QDate from, QDate until) const { return tr("%1 – %2").arg(day(from), day(until)); }
    QString bucket(const DashboardBucket &b) const
    {
        switch (granularity) {
        case Granularity::Day:
            return locale.toString(b.first, QStringLiteral("d MMM"));
        case Granularity::Week:
            return locale.toString(b.first, QStringLiteral("d MMM"));
        case Granularity::Month:
            return locale.toString(b.first, QStringLiteral("MMM yyyy"));
        }
        return {};
    }
    QStringList buckets(const QList<DashboardBucket> &list) const
    {
        QStringList out;
        for (const DashboardBucket &b : list)
            out.append(bucket(b));
        return out;
    }
    QString bucketing() const
    {
        switch (granularity) {
        case Granularity::Day:
            return tr("per day");
        case Granularity::Week:
            return tr("per week (from Monday)");
        case Granularity::Month:
            return tr("per month");
        }
        return {};
    }
};

// An HTML table built a row at a time: a grey header row repeated on every page, rows shaded
// alternately, numbers right-aligned and never broken.
class Table
{
public:
    explicit Table(const QStringList &header, const QList<int> &numeric = {}, const QList<int> &unbroken = {})
        : m_numeric(numeric)
        , m_unbroken(unbroken)
    {
        m_html += QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" "
            "style=\"border-collapse: collapse; border-color: #b0b0b0; border-style: solid;\"><thead><tr>");
        for (qsizetype i = 0; i < header.size(); ++i)
            m_html += QStringLiteral("<th bgcolor=\"#e4e4e4\" align=\"%1\">%2</th>")
                          .arg(m_numeric.contains(int(i)) ? QStringLiteral("right") : QStringLiteral("left"),
                              esc(header.at(i)));
        m_html += QStringLiteral("</tr></thead><tbody>");
    }
    void row(const QStringList &cells, const QString &colour = {})
    {
        const QString shade = !colour.isEmpty() ? colour : m_rows % 2 ? QStringLiteral("#f4f4f4") : QString();
        m_html += shade.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr bgcolor=\"%1\">").arg(shade);
        for (qsizetype i = 0; i < cells.size(); ++i)
            m_html += m_numeric.contains(int(i))
                ? QStringLiteral("<td align=\"right\" nowrap>%1</td>").arg(esc(cells.at(i)))
                : m_unbroken.contains(int(i)) ? QStringLiteral("<td nowrap>%1</td>").arg(esc(cells.at(i)))
                                              : QStringLiteral("<td>%1</td>").arg(esc(cells.at(i)));
        m_html += QStringLiteral("</tr>");
        ++m_rows;
    }
    [[nodiscard]] QString html() const { return m_html + QStringLiteral("</tbody></table>"); }
    [[nodiscard]] int rows() const { return m_rows; }

private:
    QList<int> m_numeric;
    QList<int> m_unbroken;
    QString m_html;
    int m_rows = 0;
};

// Cases opened per bucket, stacked by severity (M3AAWG §V.C: cases and their severity over time).
ChartSpec severityChart(const QStringList &categories, const QList<DashboardBucket> &buckets)
{
    ChartSpec severity;
    severity.title = ReportWriter::tr("Cases opened, by severity");
    severity.categories = categories;
    severity.counts = true;
    for (int s = 0; s < 4; ++s) {
        ChartSeries series { cases::CaseStore::severityLabel(s + 1), {} };
        for (const DashboardBucket &b : buckets)
            series.values.append(double(b.casesBySeverity[size_t(s)]));
        severity.series.append(series);
    }
    return severity;
}

QString keyValues(const QList<std::pair<QString, QString>> &rows)
{
    QString html = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"border-collapse: collapse;\">");
    for (const auto &[key, value] : rows)
        html += QStringLiteral("<tr><td width=\"45%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(key), esc(value));
    return html + QStringLiteral("</table>");
}

QString chartImage(ReportWriter::Content &content, const QImage &image)
{
    content.charts.append(image);
    return QStringLiteral("<p><img src=\"chart:%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(content.charts.size() - 1)
        .arg(qRound(image.deviceIndependentSize().width()))
        .arg(qRound(image.deviceIndependentSize().height()));
}

} // namespace

bool ReportWriter::buildCustomer(const ReportRequest &request, Content &content)
{
    const bool forCustomer = request.audience == Audience::Customer;
    Printer print;
    print.granularity = granularityFor(request.from, request.until);
    QString error;
    const bool read = m_figures && m_figures->readFor(request) && m_figures->customer;
    if (read)
        error = m_figures->error;
    const reports::DashboardData data = read
        ? *m_figures->customer
        : reports::DashboardData::compute(m_database, dashboardRequestFor(request), &error);
    if (data.customerName.isEmpty()) {
        m_lastError = error.isEmpty() ? tr("there is no customer %1").arg(request.customerId) : error;
        return false;
    }
    if (!error.isEmpty()) {
        m_lastError = tr("the case database could not be read: %1").arg(error);
        return false;
    }
    const DashboardBucket &t = data.totals;
    const reports::DashboardPolicy &policy = data.policy;

    content.title = tr("Issue history: %1").arg(data.customerName);
    content.period = print.period(request.from, request.until);
    content.notice = forCustomer
        ? tr("For the customer: internal notes, time and costs left out; complainants' addresses redacted.")
        : tr("For management: internal; includes notes, time, costs and revenue.");

    QString &h = content.body;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(content.title));
    h += QStringLiteral("<p>%1<br>%2</p>")
             .arg(esc(tr("Period: %1 (figures %2)").arg(content.period, print.bucketing())),
                 esc(request.author.isEmpty()
                         ? tr("Made %1").arg(print.when(request.generatedAt))
                         : tr("Made %1 by %2").arg(print.when(request.generatedAt), request.author)));

    // Summary.
    const cases::EscalationLadder ladder(m_database);
    const cases::LadderPosition position = ladder.positionOf(request.customerId);
    qint64 direct = 0;
    {
        storage::SqliteStatement q(m_database.connection(),
            "SELECT count(*) FROM messages WHERE customer_id = ?1 AND sent_at >= ?2 AND sent_at < ?3 AND "
            "kind "
            "IN ('complaint', 'escalated-complaint')");
        q.bindInt(1, request.customerId);
        q.bindText(2, isoDay(request.from));
        q.bindText(3, isoDay(request.until.addDays(1)));
        if (q.next())
            direct = q.columnInt(0);
    }
    auto against = [&](double rate, double line) {
        return rate > line
            ? tr("%1 — above the policy line of %2").arg(print.percent(rate), print.percent(line, 1))
            : tr("%1 (policy line %2)").arg(print.percent(rate), print.percent(line, 1));
    };
    QList<std::pair<QString, QString>> summary {
        { tr("Standing"), position.stepLabel },
        { tr("Mail that ended (delivered, bounced, expired)"), print.number(t.sent) },
        { tr("Delivered"), print.number(t.delivered) },
        { tr("Feedback-loop complaints"), print.number(t.complaints) },
        { tr("Complaint rate"), against(t.complaintRatePercent(), policy.complaintRatePercent) },
        { tr("Hard bounces"), print.number(t.hard) },
        { tr("Hard bounce rate"), against(t.hardBounceRatePercent(), policy.hardBounceRatePercent) },
        { tr("Refused as spam"), print.number(t.spam) },
        { tr("Deferrals"), print.number(t.deferred) },
        { tr("Opt-outs"), print.number(t.optOuts) },
        { tr("Direct complaints"), print.number(direct) },
        { tr("Cases opened"),
            tr("%1 (severity 1: %2, 2: %3, 3: %4, 4: %5)")
                .arg(print.number(t.cases()), print.number(t.casesBySeverity[0]),
                    print.number(t.casesBySeverity[1]), print.number(t.casesBySeverity[2]),
                    print.number(t.casesBySeverity[3])) },
    };
    if (t.seeds() > 0) {
        auto share = [&](qint64 n) { return print.percent(100.0 * double(n) / double(t.seeds()), 0); };
        summary.append({ tr("Seed tests"),
            tr("%1 checked: %2 in the inbox, %3 in junk, %4 missing")
                .arg(print.number(t.seeds()), share(t.seedInbox), share(t.seedJunk), share(t.seedMissing)) });
    }
    if (!forCustomer) {
        summary.append({ tr("Time on its cases"), print.hours(t.minutes) });
        summary.append({ tr("Cost of that time"), print.money(t.costCents, data.currency) });
        summary.append({ tr("Revenue in the period"),
            data.revenueKnown ? print.money(t.revenueCents, data.currency) : tr("not known") });
    }
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Summary"))) + keyValues(summary);

    // Charts.
    const QStringList categories = print.buckets(data.buckets);
    ChartSpec rate;
    rate.title = tr("Complaint rate (feedback-loop complaints ÷ delivered)");
    rate.categories = categories;
    rate.valueFormat = QStringLiteral("%.2f %");
    ChartSeries rates { tr("Complaint rate"), {} };
    ChartSeries bounceRates { tr("Hard bounce rate"), {} };
    for (const DashboardBucket &b : data.buckets) {
        rates.values.append(b.complaintRatePercent());
        bounceRates.values.append(b.hardBounceRatePercent());
    }
    rate.series = { rates };
    rate.line = { tr("Policy line %1").arg(print.percent(policy.complaintRatePercent, 1)),
        policy.complaintRatePercent };
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Over time")));
    h += chartImage(content, renderLineChart(rate, content.chartSize));
    ChartSpec bounce = rate;
    bounce.title = tr("Hard bounce rate (hard bounces ÷ mail that ended)");
    bounce.series = { bounceRates };
    bounce.line = { tr("Policy line %1").arg(print.percent(policy.hardBounceRatePercent, 1)),
        policy.hardBounceRatePercent };
    h += chartImage(content, renderLineChart(bounce, content.chartSize));
    h += chartImage(
        content, renderBarChart(severityChart(categories, data.buckets), content.chartSize, true));
    if (t.seeds() > 0) {
        ChartSpec seeds;
        seeds.title = tr("Seed-test placement");
        seeds.categories = categories;
        seeds.counts = true;
        ChartSeries inbox { tr("Inbox"), {} };
        ChartSeries junk { tr("Junk"), {} };
        ChartSeries missing { tr("Missing"), {} };
        for (const DashboardBucket &b : data.buckets) {
            inbox.values.append(double(b.seedInbox));
            junk.values.append(double(b.seedJunk));
            missing.values.append(double(b.seedMissing));
        }
        seeds.series = { inbox, junk, missing };
        seeds.colours = { QColor(0x00, 0x9e, 0x73), QColor(0xe6, 0x9f, 0x00), policyLineColour() };
        h += chartImage(content, renderBarChart(seeds, content.chartSize, true));
    }
    if (!forCustomer) {
        ChartSpec money;
        money.title = tr("Cost of its cases against revenue (%1)").arg(data.currency);
        money.categories = categories;
        money.valueFormat = QStringLiteral("%.0f");
        ChartSeries cost { tr("Cost"), {} };
        ChartSeries revenue { tr("Revenue"), {} };
        for (const DashboardBucket &b : data.buckets) {
            cost.values.append(double(b.costCents) / 100.0);
            revenue.values.append(double(b.revenueCents) / 100.0);
        }
        money.series = { cost };
        if (data.revenueKnown)
            money.series.append(revenue);
        h += chartImage(content, renderBarChart(money, content.chartSize, false));
    }

    // Cases open at some time in the period, and what happened in them.
    const cases::CaseStore caseStore(m_database);
    cases::CaseFilter filter;
    filter.customerId = request.customerId;
    QList<cases::CaseRecord> inPeriod;
    for (const cases::CaseRecord &c : caseStore.cases(filter)) {
        const QDate opened = c.openedAt.toUTC().date();
        const QDate closed = c.closedAt.isValid() ? c.closedAt.toUTC().date() : QDate();
        if (opened <= request.until && (!closed.isValid() || closed >= request.from))
            inPeriod.append(c);
    }
    std::sort(inPeriod.begin(), inPeriod.end(),
        [](const cases::CaseRecord &a, const cases::CaseRecord &b) { return a.openedAt < b.openedAt; });
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Cases")));
    if (inPeriod.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No case was open in this period.")));
    } else {
        Table table({ tr("Case"), tr("Opened"), tr("Problem"), tr("Severity"), tr("Status"), tr("Title") });
        for (const cases::CaseRecord &c : std::as_const(inPeriod)) {
            QString status = cases::CaseStore::statusLabel(c.status);
            if (!c.outcome.isEmpty())
                status += QStringLiteral(" (%1)").arg(cases::CaseStore::outcomeLabel(c.outcome));
            table.row({ QStringLiteral("#%1").arg(c.id), print.day(c.openedAt.toUTC().date()),
                cases::CaseStore::categoryLabel(c.category), cases::CaseStore::severityLabel(c.severity),
                status, forCustomer ? redactAddressesIn(c.title) : c.title });
        }
        h += table.html();
        // What the customer may read of a timeline: what was said to them and the case's course,
        // not the analysts' notes, checklists, time, attribution work or the reasons of ladder
        // decisions (the decisions themselves are listed below).
        static const QStringList shownToCustomer { QStringLiteral("opened"), QStringLiteral("communication"),
            QStringLiteral("status") };
        for (const cases::CaseRecord &c : std::as_const(inPeriod)) {
            Table events(forCustomer ? QStringList { tr("When"), tr("What") }
                                     : QStringList { tr("When"), tr("Who"), tr("What") });
            for (const cases::CaseEvent &e : caseStore.timeline(c.id)) {
                if (forCustomer && !shownToCustomer.contains(e.type))
                    continue;
                if (forCustomer)
                    events.row({ print.when(e.at), redactAddressesIn(e.text) });
                else
                    events.row({ print.when(e.at), e.author, e.text });
            }
            h += QStringLiteral("<h3>%1</h3>")
                     .arg(esc(tr("Case #%1: %2")
                             .arg(c.id)
                             .arg(forCustomer ? redactAddressesIn(c.title) : c.title)));
            h += events.rows() ? events.html()
                               : QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing to report.")));
        }
    }

    // The complaints themselves.
    {
        storage::SqliteStatement q(m_database.connection(),
            "SELECT sent_at, kind, CASE kind WHEN 'feedback-report' THEN coalesce(json_extract(facts, "
            "'$.feedback.original_rcpt_to[0]'), '') ELSE coalesce(from_address, '') END, "
            "coalesce(json_extract(facts, '$.original.subject'), subject, ''), coalesce(campaign, ''), "
            "count(*) OVER () FROM messages WHERE customer_id = ?1 AND sent_at >= ?2 AND sent_at < ?3 AND "
            "(kind IN ('complaint', 'escalated-complaint') OR (kind = 'feedback-report' AND "
            "json_extract(facts, '$.feedback.type') = 'abuse')) ORDER BY sent_at, evidence_id LIMIT ?4");
        q.bindInt(1, request.customerId);
        q.bindText(2, isoDay(request.from));
        q.bindText(3, isoDay(request.until.addDays(1)));
        q.bindInt(4, ComplaintRowsShown);
        Table table({ tr("Sent"), tr("Type"), tr("Complainant"), tr("Subject"), tr("Campaign") }, { 0 });
        qint64 all = 0;
        while (q.next()) {
            all = q.columnInt(5);
            const QString kind = q.columnText(1);
            const QString type = kind == u"feedback-report" ? tr("Feedback loop")
                : kind == u"escalated-complaint"            ? tr("Escalated")
                                                            : tr("Direct");
            const QString complainant = q.columnText(2);
            const QString subject = q.columnText(3);
            table.row({ print.when(QDateTime::fromString(q.columnText(0), Qt::ISODate)), type,
                forCustomer ? redactAddress(complainant) : complainant,
                forCustomer ? redactAddressesIn(subject) : subject, q.columnText(4) });
        }
        if (!q.lastError().isEmpty()) {
            m_lastError = tr("the case database could not be read: %1").arg(q.lastError());
            return false;
        }
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Complaints")));
        if (!table.rows()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("No complaint in this period.")));
        } else {
            h += table.html();
            if (all > table.rows())
                h += QStringLiteral("<p>%1</p>")
                         .arg(esc(tr("The first %1 of %2 complaints are listed.")
                                 .arg(print.number(table.rows()), print.number(all))));
        }
    }

    // Opt-outs and their reasons.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Opt-outs")));
    if (data.optOutReasons.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No opt-out in this period.")));
    } else {
        Table table({ tr("Reason"), tr("Opt-outs") }, { 1 });
        for (auto it = data.optOutReasons.cbegin(); it != data.optOutReasons.cend(); ++it)
            table.row({ it.key().isEmpty() ? tr("(no reason given)") : it.key(), print.number(it.value()) });
        h += table.html();
    }

    // Decisions on the customer's standing in the period.
    QList<cases::CustomerDecision> decisions;
    for (const cases::CustomerDecision &d : ladder.history(request.customerId)) {
        const QDate day = d.at.toUTC().date();
        if (day >= request.from && day <= request.until)
            decisions.append(d);
    }
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Decisions on the account")));
    if (decisions.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No decision in this period.")));
    } else {
        Table table(forCustomer ? QStringList { tr("When"), tr("From"), tr("To") }
                                : QStringList { tr("When"), tr("From"), tr("To"), tr("Why"), tr("Who") });
        for (const cases::CustomerDecision &d : std::as_const(decisions)) {
            QStringList row { print.when(d.at), d.fromStatus, d.toStatus };
            if (!forCustomer)
                row << d.reason << d.author;
            table.row(row);
        }
        h += table.html();
    }

    // CSV: the figures per bucket, then the whole period.
    QStringList header { tr("First day"), tr("Last day"), tr("Mail that ended"), tr("Delivered"),
        tr("Feedback-loop complaints"), tr("Complaint rate %"), tr("Hard bounces"), tr("Hard bounce rate %"),
        tr("Refused as spam"), tr("Deferrals"), tr("Opt-outs"), tr("Cases severity 1"),
        tr("Cases severity 2"), tr("Cases severity 3"), tr("Cases severity 4") };
    if (!forCustomer)
        header << tr("Minutes on cases") << tr("Cost") << tr("Revenue") << tr("Currency");
    content.csv.append(header);
    QList<DashboardBucket> rows = data.buckets;
    rows.append(t);
    for (const DashboardBucket &b : std::as_const(rows)) {
        QStringList row { isoDay(b.first), isoDay(b.last), QString::number(b.sent),
            QString::number(b.delivered), QString::number(b.complaints),
            QString::number(b.complaintRatePercent(), 'f', 4), QString::number(b.hard),
            QString::number(b.hardBounceRatePercent(), 'f', 4), QString::number(b.spam),
            QString::number(b.deferred), QString::number(b.optOuts) };
        for (const qint64 n : b.casesBySeverity)
            row << QString::number(n);
        if (!forCustomer)
            row << QString::number(b.minutes) << QString::number(double(b.costCents) / 100.0, 'f', 2)
                << (data.revenueKnown ? QString::number(double(b.revenueCents) / 100.0, 'f', 2) : QString())
                << data.currency;
        content.csv.append(row);
    }
    return true;
}

bool ReportWriter::buildPortfolio(const ReportRequest &request, Content &content)
{
    if (request.audience == Audience::Customer) {
        m_lastError
            = tr("a portfolio report is for management: choose the management audience, or one customer");
        return false;
    }
    Printer print;
    print.granularity = granularityFor(request.from, request.until);
    QString error;
    const bool read = m_figures && m_figures->readFor(request) && m_figures->portfolio;
    if (read)
        error = m_figures->error;
    const reports::PortfolioData data = read
        ? *m_figures->portfolio
        : reports::PortfolioData::compute(m_database, portfolioRequestFor(request), &error);
    if (!error.isEmpty()) {
        m_lastError = tr("the case database could not be read: %1").arg(error);
        return false;
    }
    const reports::DashboardPolicy &policy = data.policy;
    const DashboardBucket &t = data.totals;
    using reports::Concern;

    content.title = tr("Portfolio report");
    content.landscape = true;
    content.chartSize = QSize(960, 280);
    content.period = print.period(request.from, request.until);
    content.notice = tr("For management: internal; includes costs and revenue.");
    QString &h = content.body;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(content.title));
    h += QStringLiteral("<p>%1<br>%2</p>")
             .arg(esc(tr("Period: %1 (figures %2)").arg(content.period, print.bucketing())),
                 esc(request.author.isEmpty()
                         ? tr("Made %1").arg(print.when(request.generatedAt))
                         : tr("Made %1 by %2").arg(print.when(request.generatedAt), request.author)));

    qint64 withMail = 0;
    QMap<QString, qint64> costs; // by currency
    QMap<QString, qint64> revenues;
    for (const reports::PortfolioCustomer &c : data.customers) {
        if (c.totals.sent || c.totals.deferred)
            ++withMail;
        costs[c.currency] += c.totals.costCents;
        if (c.revenueKnown)
            revenues[c.currency] += c.totals.revenueCents;
    }
    auto moneyByCurrency = [&](const QMap<QString, qint64> &amounts) {
        QStringList parts;
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
            if (it.value())
                parts.append(print.money(it.value(), it.key()));
        return parts.isEmpty() ? print.money(0, QStringLiteral("EUR")) : parts.join(QStringLiteral(", "));
    };
    const QList<std::pair<QString, QString>> summary {
        { tr("Customers"),
            tr("%1 (%2 with mail in the period)")
                .arg(print.number(data.customers.size()), print.number(withMail)) },
        { tr("Above the complaint line (%1)").arg(print.percent(policy.complaintRatePercent, 1)),
            print.number(data.count(Concern::AboveComplaintLine)) },
        { tr("Above the hard bounce line (%1)").arg(print.percent(policy.hardBounceRatePercent, 1)),
            print.number(data.count(Concern::AboveBounceLine)) },
        { tr("Complaint rate rising"), print.number(data.count(Concern::Rising)) },
        { tr("Costing more than they bring"), print.number(data.count(Concern::CostsMoreThanRevenue)) },
        { tr("Delivered"), print.number(t.delivered) },
        { tr("Feedback-loop complaints"), print.number(t.complaints) },
        { tr("Complaint rate, all customers"), print.percent(t.complaintRatePercent()) },
        { tr("Hard bounce rate, all customers"), print.percent(t.hardBounceRatePercent()) },
        { tr("Cases opened"),
            tr("%1 (severity 1: %2, 2: %3, 3: %4, 4: %5)")
                .arg(print.number(t.cases()), print.number(t.casesBySeverity[0]),
                    print.number(t.casesBySeverity[1]), print.number(t.casesBySeverity[2]),
                    print.number(t.casesBySeverity[3])) },
        { tr("Time on cases"), print.hours(t.minutes) },
        { tr("Cost of that time"), moneyByCurrency(costs) },
        { tr("Revenue in the period"), moneyByCurrency(revenues) },
    };
    const QStringList categories = print.buckets(data.buckets);
    ChartSpec rate;
    rate.title = tr("Complaint rate of all customers, and customers above the line");
    rate.categories = categories;
    rate.valueFormat = QStringLiteral("%.2f %");
    ChartSeries overall { tr("Complaint rate, all customers"), {} };
    for (const DashboardBucket &b : data.buckets)
        overall.values.append(b.complaintRatePercent());
    rate.series = { overall };
    rate.line = { tr("Policy line %1").arg(print.percent(policy.complaintRatePercent, 1)),
        policy.complaintRatePercent };
    // The summary and the portfolio's complaint rate side by side, on the first page.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"440\" "
                        "valign=\"top\"><h2>%1</h2>%2</td><td valign=\"top\">%3</td></tr></table>")
             .arg(esc(tr("Summary")), keyValues(summary),
                 chartImage(content, renderLineChart(rate, QSize(540, 300))));

    auto concernText = [](int flags) { return concernWords(flags).join(QStringLiteral("; ")); };
    auto trend = [&](const reports::PortfolioCustomer &c) {
        const double points = c.complaintTrendPoints();
        return (points > 0 ? QStringLiteral("+") : QString()) + print.points(points);
    };
    auto revenueOf = [&](const reports::PortfolioCustomer &c) {
        return c.revenueKnown ? print.money(c.totals.revenueCents, c.currency) : tr("not known");
    };

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Customers that need attention")));
    {
        Table table({ tr("Customer"), tr("Status"), tr("Complaint rate"), tr("Hard bounce rate"), tr("Trend"),
                        tr("Cost"), tr("Revenue"), tr("Why") },
            { 2, 3, 4, 5, 6 }, { 0, 1 });
        for (const reports::PortfolioCustomer &c : data.customers) {
            const int flags = data.concerns(c);
            if (!flags)
                continue;
            table.row({ c.name, cases::EscalationLadder::customerStatusLabel(c.status),
                          print.percent(c.totals.complaintRatePercent()),
                          print.percent(c.totals.hardBounceRatePercent(), 2), trend(c),
                          print.money(c.totals.costCents, c.currency), revenueOf(c), concernText(flags) },
                QStringLiteral("#fdecea"));
        }
        h += table.rows()
            ? table.html()
            : QStringLiteral("<p>%1</p>").arg(esc(tr("Every customer stayed within the lines.")));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Over time")));
    ChartSpec above;
    above.title = tr("Customers above the complaint line");
    above.categories = categories;
    above.counts = true;
    ChartSeries aboveSeries { tr("Customers above the line"), QList<double>(data.buckets.size()) };
    for (const reports::PortfolioCustomer &c : data.customers)
        for (qsizetype i = 0; i < c.buckets.size(); ++i)
            if (c.buckets.at(i).delivered
                && c.buckets.at(i).complaintRatePercent() > policy.complaintRatePercent)
                aboveSeries.values[i] += 1;
    above.series = { aboveSeries };
    h += chartImage(content, renderBarChart(above, content.chartSize, false));
    h += chartImage(
        content, renderBarChart(severityChart(categories, data.buckets), content.chartSize, true));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("All customers")));
    Table all(
        { tr("Customer"), tr("Status"), tr("Delivered"), tr("Complaints"), tr("Complaint rate"),
            tr("Hard bounce rate"), tr("Trend"), tr("Open cases"), tr("Time"), tr("Cost"), tr("Revenue") },
        { 2, 3, 4, 5, 6, 7, 8, 9, 10 }, { 0, 1 });
    for (const reports::PortfolioCustomer &c : data.customers)
        all.row({ c.name, cases::EscalationLadder::customerStatusLabel(c.status),
            print.number(c.totals.delivered), print.number(c.totals.complaints),
            print.percent(c.totals.complaintRatePercent()),
            print.percent(c.totals.hardBounceRatePercent(), 2), trend(c), print.number(c.openCases),
            print.hours(c.totals.minutes), print.money(c.totals.costCents, c.currency), revenueOf(c) });
    h += all.rows() ? all.html() : QStringLiteral("<p>%1</p>").arg(esc(tr("There are no customers yet.")));

    content.csv.append(
        { tr("Customer id"), tr("External id"), tr("Customer"), tr("Status"), tr("Ladder step"),
            tr("Mail that ended"), tr("Delivered"), tr("Feedback-loop complaints"), tr("Complaint rate %"),
            tr("Hard bounces"), tr("Hard bounce rate %"), tr("Refused as spam"), tr("Deferrals"),
            tr("Opt-outs"), tr("Complaint rate trend (points)"), tr("Cases opened"), tr("Open cases"),
            tr("Minutes on cases"), tr("Cost"), tr("Revenue"), tr("Currency"), tr("Concerns") });
    for (const reports::PortfolioCustomer &c : data.customers) {
        const DashboardBucket &b = c.totals;
        content.csv.append({ QString::number(c.customerId), c.externalId, c.name, c.status,
            QString::number(c.ladderStep), QString::number(b.sent), QString::number(b.delivered),
            QString::number(b.complaints), QString::number(b.complaintRatePercent(), 'f', 4),
            QString::number(b.hard), QString::number(b.hardBounceRatePercent(), 'f', 4),
            QString::number(b.spam), QString::number(b.deferred), QString::number(b.optOuts),
            QString::number(c.complaintTrendPoints(), 'f', 4), QString::number(b.cases()),
            QString::number(c.openCases), QString::number(b.minutes),
            QString::number(double(b.costCents) / 100.0, 'f', 2),
            c.revenueKnown ? QString::number(double(b.revenueCents) / 100.0, 'f', 2) : QString(), c.currency,
            concernText(data.concerns(c)) });
    }
    return true;
}

bool ReportWriter::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_lastError
            = tr("%1: could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ReportWriter::writeCsv(const Content &content, const QString &path)
{
    // RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a line end; a
    // leading =, +, - or @ is prefixed so that a spreadsheet never runs a customer's name as a formula.
    QByteArray out;
    for (const QStringList &row : content.csv) {
        QStringList fields;
        for (QString field : row) {
            if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front())
                && !(field.front() == u'-' && field.size() > 1 && field.at(1).isDigit()))
                field.prepend(QLatin1Char('\''));
            if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')))
                field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                    + QLatin1Char('"');
            fields.append(field);
        }
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return writeFile(path, out);
}

bool ReportWriter::writeHtml(const Content &content, const QString &path)
{
    QString body = content.body;
    for (qsizetype i = 0; i < content.charts.size(); ++i) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        content.charts.at(i).save(&buffer, "PNG");
        body.replace(QStringLiteral("src=\"chart:%1\"").arg(i),
            QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(png.toBase64())));
    }
    const QString html
        = QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>\n"
            "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#111}"
            "table{border-collapse:collapse;margin:.5em 0}th,td{padding:3px 6px;vertical-align:top}"
            "th{background:#e8e8e8}img{max-width:100%%;height:auto}"
            "footer{color:#555;font-size:small;border-top:1px solid #999;margin-top:2em}</style></head>\n"
            "<body>\n%3\n<footer>%4 · %5</footer>\n</body></html>\n")
              .arg(QLocale().bcp47Name(), esc(content.title), body, esc(content.period), esc(content.notice));
    return writeFile(path, html.toUtf8());
}

bool ReportWriter::writePdf(const Content &content, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError
            = tr("%1: could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(content.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(15, 14, 15, 14), QPageLayout::Millimeter);
        writer.setResolution(96);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("AbuseDesk"));

        QPainter painter(&writer);
        QFont base = painter.font();
        base.setPointSizeF(8.5);
        const QFontMetricsF metrics(base, &writer);
        const qreal width = writer.width();
        const qreal band = metrics.height() * 2; // header and footer, each with a gap
        const qreal pageHeight = writer.height() - 2 * band;

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(base);
        document.setDefaultStyleSheet(QStringLiteral("td, th { font-size: 7.5pt; } h1 { font-size: 15pt; } "
                                                     "h2 { font-size: 11.5pt; } h3 { font-size: 9.5pt; }"));
        document.setDocumentMargin(0);
        document.setPageSize(QSizeF(width, pageHeight));
        for (qsizetype i = 0; i < content.charts.size(); ++i)
            document.addResource(
                QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)), content.charts.at(i));
        document.setHtml(content.body);
        const int pages = document.pageCount();

        const QPen rule(QColor(0x99, 0x99, 0x99), 0.5);
        for (int page = 0; page < pages; ++page) {
            if (page > 0 && !writer.newPage())
                break;
            painter.setFont(base);
            painter.setPen(Qt::black);
            const QRectF header(0, 0, width, metrics.height());
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, content.title);
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, content.period);
            painter.setPen(rule);
            painter.drawLine(QPointF(0, metrics.height() * 1.3), QPointF(width, metrics.height() * 1.3));

            painter.save();
            painter.translate(0, band - page * pageHeight);
            const QRectF clip(0, page * pageHeight, width, pageHeight);
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            const qreal footerTop = writer.height() - metrics.height();
            painter.setPen(rule);
            painter.drawLine(QPointF(0, footerTop - metrics.height() * 0.3),
                QPointF(width, footerTop - metrics.height() * 0.3));
            painter.setPen(Qt::black);
            const QRectF footer(0, footerTop, width, metrics.height());
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, content.notice);
            painter.drawText(
                footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
        painter.end();
        m_pages = pages;
    }
    if (!file.commit()) {
        m_lastError
            = tr("%1: could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        m_pages = 0;
        return false;
    }
    return true;
}

} // namespace abusedesk::report
