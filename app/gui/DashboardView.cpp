// SPDX-License-Identifier: GPL-2.0-or-later
#include "DashboardView.h"

#include "Dialogs.h"
#include "FlowLayout.h"
#include "ReportCharts.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QAbstractBarSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxLayout>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QToolTip>
#include <QTreeWidget>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace abusedesk::gui {

namespace {

using reports::Granularity;

// Axis labels at most every this many pixels, so that dates never overlap.
constexpr int LabelSpacing = 90;

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *layout = new QVBoxLayout(this);

    // The controls wrap on a narrow window rather than widening it.
    auto *controlsBar = new QWidget(this);
    auto *controls = new FlowLayout(controlsBar, 12, 4);
    controls->setContentsMargins(0, 0, 0, 0);
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("dashboardCustomer"));
    m_customer->setSizeAdjustPolicy(QComboBox::AdjustToContents); // whole names: the bar wraps
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("dashboardUntil"));
    for (QDateEdit *edit : { m_from, m_until }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_granularity = new QComboBox(this);
    m_granularity->setObjectName(QStringLiteral("dashboardGranularity"));
    m_granularity->addItem(tr("Day"), int(Granularity::Day));
    m_granularity->addItem(tr("Week"), int(Granularity::Week));
    m_granularity->addItem(tr("Month"), int(Granularity::Month));
    m_granularity->setCurrentIndex(1);
    m_receiver = new QComboBox(this);
    m_receiver->setObjectName(QStringLiteral("dashboardReceiver"));
    m_receiver->setMinimumContentsLength(12);
    m_receiver->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_exportPng = new QPushButton(tr("Export PNG…"), this);
    m_exportPng->setObjectName(QStringLiteral("dashboardExportPng"));
    m_exportSvg = new QPushButton(tr("Export SVG…"), this);
    m_exportSvg->setObjectName(QStringLiteral("dashboardExportSvg"));
    auto addLabelled = [&](const QString &text, QWidget *w) {
        auto *pair = new QWidget(controlsBar);
        auto *row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(text, pair);
        label->setBuddy(w);
        row->addWidget(label);
        row->addWidget(w);
        controls->addWidget(pair);
    };
    addLabelled(tr("C&ustomer:"), m_customer);
    addLabelled(tr("&From:"), m_from);
    addLabelled(tr("&Until:"), m_until);
    addLabelled(tr("&By:"), m_granularity);
    addLabelled(tr("&Receiver:"), m_receiver);
    auto *exports = new QWidget(controlsBar);
    auto *exportRow = new QHBoxLayout(exports);
    exportRow->setContentsMargins(0, 0, 0, 0);
    exportRow->addWidget(m_exportPng);
    exportRow->addWidget(m_exportSvg);
    controls->addWidget(exports);
    layout->addWidget(controlsBar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_stack = new QStackedWidget(splitter);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("dashboardCharts"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto *evidenceBox = new QWidget(splitter);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    m_evidenceTitle = new QLabel(evidenceBox);
    m_evidenceTitle->setObjectName(QStringLiteral("dashboardEvidenceTitle"));
    m_evidenceTitle->setWordWrap(true);
    m_evidence = new QTreeWidget(evidenceBox);
    m_evidence->setObjectName(QStringLiteral("dashboardEvidence"));
    m_evidence->setRootIsDecorated(false);
    m_evidence->setUniformRowHeights(true);
    m_evidence->setHeaderLabels(
        { tr("Received"), tr("Receiver"), tr("Reported by"), tr("Subject"), tr("Campaign") });
    m_evidence->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_evidence->header()->setStretchLastSection(true);
    evidenceLayout->addWidget(m_evidenceTitle);
    evidenceLayout->addWidget(m_evidence);
    splitter->addWidget(m_stack);
    splitter->addWidget(evidenceBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 600, 200 }); // room for a week's reports below the chart
    layout->addWidget(splitter, 1);

    connect(m_customer, &QComboBox::currentIndexChanged, this, [this] {
        fillReceivers();
        recompute();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { recompute(); });
    connect(m_until, &QDateEdit::dateChanged, this, [this] { recompute(); });
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_receiver, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_exportPng, &QPushButton::clicked, this, [this] { exportFromDialog(QStringLiteral("png")); });
    connect(m_exportSvg, &QPushButton::clicked, this, [this] { exportFromDialog(QStringLiteral("svg")); });
    // A tab that says in words why it has no chart has nothing to export.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_exportPng->setEnabled(currentChart() != nullptr);
        m_exportSvg->setEnabled(currentChart() != nullptr);
    });
    connect(m_evidence, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT evidenceRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    recompute();
}

DashboardView::~DashboardView() = default;

void DashboardView::setDatabase(const storage::Database *database)
{
    m_database = database;
    m_periodSet = false;
    reload();
}

void DashboardView::reload()
{
    const qint64 selected = m_customer->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_customer);
        m_customer->clear();
        m_customer->addItem(tr("Choose a customer…"), 0);
        if (m_database)
            for (const attribution::CustomerRecord &c : storage::CustomerStore(*m_database).customers())
                m_customer->addItem(
                    c.externalId.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.externalId), c.id);
        const int index = m_customer->findData(selected);
        m_customer->setCurrentIndex(index < 0 ? 0 : index);
    }
    if (m_database && !m_periodSet) {
        // The 90 days up to the last day with data, so that an old case opens on its data.
        QDate last = storage::CustomerStore(*m_database).lastDataDay();
        if (!last.isValid())
            last = QDate::currentDate();
        const QSignalBlocker a(m_from), b(m_until);
        m_until->setDate(last);
        m_from->setDate(last.addDays(-89));
        m_periodSet = true;
    }
    fillReceivers();
    recompute();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Imports, attribution and cases change the figures while this view is not in sight.
    if (m_database)
        reload();
}

bool DashboardView::selectCustomer(qint64 customerId)
{
    const int index = m_customer->findData(customerId);
    if (index < 0)
        return false;
    m_customer->setCurrentIndex(index);
    return true;
}

void DashboardView::setPeriod(QDate from, QDate until)
{
    {
        const QSignalBlocker a(m_from), b(m_until);
        m_from->setDate(from);
        m_until->setDate(until);
    }
    m_periodSet = true;
    recompute();
}

void DashboardView::setGranularity(Granularity granularity)
{
    m_granularity->setCurrentIndex(m_granularity->findData(int(granularity)));
}

bool DashboardView::setReceiver(const QString &receiver)
{
    const int index = receiver.isEmpty() ? 0 : m_receiver->findData(receiver);
    if (index < 0)
        return false;
    m_receiver->setCurrentIndex(index);
    return true;
}

void DashboardView::fillReceivers()
{
    const QString selected = m_receiver->currentData().toString();
    const QSignalBlocker blocker(m_receiver);
    m_receiver->clear();
    m_receiver->addItem(tr("All receivers"), QString());
    const qint64 customer = m_customer->currentData().toLongLong();
    if (m_database && customer)
        for (const QString &r : reports::DashboardData::receiversOf(*m_database, customer))
            m_receiver->addItem(r, r);
    const int index = m_receiver->findData(selected);
    m_receiver->setCurrentIndex(index < 0 ? 0 : index);
}

void DashboardView::recompute()
{
    const qint64 customer = m_customer->currentData().toLongLong();
    m_data = {};
    m_monthly = {};
    m_evidence->clear();
    QString problem;
    if (!m_database) {
        problem = tr("No case database is open.");
    } else if (customer == 0) {
        problem = m_customer->count() > 1
            ? tr("Choose a customer above to see their complaint rate, bounces, opt-outs, cases and cost "
                 "over "
                 "time.")
            : tr("There are no customers yet. Import a customer list (File > Import Customers) to see their "
                 "dashboards.");
    } else if (m_from->date() > m_until->date()) {
        problem = tr("The period is empty: “From” is after “Until”.");
    } else {
        // Fast enough for the GUI thread: three years of a customer's daily data with ten million
        // deliveries take well under 200 ms (bench_dashboard), as only the daily aggregates are read.
        reports::DashboardRequest request;
        request.customerId = customer;
        request.from = m_from->date();
        request.until = m_until->date();
        request.granularity = Granularity(m_granularity->currentData().toInt());
        request.receiver = m_receiver->currentData().toString();
        QString error;
        m_data = reports::DashboardData::compute(*m_database, request, &error);
        if (request.granularity == Granularity::Month) {
            m_monthly = m_data;
        } else {
            request.granularity = Granularity::Month;
            m_monthly = reports::DashboardData::compute(*m_database, request, &error);
        }
        if (!error.isEmpty())
            problem = tr("The figures could not be read: %1").arg(error);
        else if (!m_data.hasData())
            problem = request.receiver.isEmpty()
                ? tr("%1 has no mail, complaints, opt-outs, seed tests or cases from %2 to %3. Choose "
                     "another period.")
                      .arg(m_data.customerName, QLocale().toString(request.from, QLocale::ShortFormat),
                          QLocale().toString(request.until, QLocale::ShortFormat))
                : tr("%1 sent no mail to %2 from %3 to %4. Choose another period or all receivers.")
                      .arg(m_data.customerName, request.receiver,
                          QLocale().toString(request.from, QLocale::ShortFormat),
                          QLocale().toString(request.until, QLocale::ShortFormat));
    }
    m_exportPng->setEnabled(problem.isEmpty());
    m_exportSvg->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_empty->setText(problem);
        m_stack->setCurrentWidget(m_empty);
        m_summary->clear();
        m_evidenceTitle->clear();
        m_evidence->setVisible(false);
        return;
    }
    const QLocale locale;
    const reports::DashboardBucket &t = m_data.totals;
    m_summary->setText(tr("<b>%1</b>, %2 to %3%4: %5 delivered, %6 complaints (<b>%7 %</b>, line %8 %), hard "
                          "bounces <b>%9 %</b> "
                          "(line %10 %).<br>%11 spam bounces, %12 deferrals, %13 opt-outs, %14 cases opened; "
                          "cost of complaints "
                          "%15%16.")
            .arg(m_data.customerName.toHtmlEscaped(), locale.toString(t.first, QLocale::ShortFormat),
                locale.toString(t.last, QLocale::ShortFormat),
                m_data.request.receiver.isEmpty() ? QString()
                                                  : tr(" at %1").arg(m_data.request.receiver.toHtmlEscaped()),
                locale.toString(t.delivered), locale.toString(t.complaints),
                locale.toString(t.complaintRatePercent(), 'f', 3),
                locale.toString(m_data.policy.complaintRatePercent, 'f', 1))
            .arg(locale.toString(t.hardBounceRatePercent(), 'f', 2),
                locale.toString(m_data.policy.hardBounceRatePercent, 'f', 0), locale.toString(t.spam),
                locale.toString(t.deferred), locale.toString(t.optOuts), locale.toString(t.cases()),
                money(t.costCents),
                m_data.revenueKnown ? tr(" against revenue of %1").arg(money(t.revenueCents)) : QString()));
    if (t.seeds() > 0)
        m_summary->setText(m_summary->text()
            + tr(" Seed tests: %1 seeds checked, %2 in the inbox, %3 in junk, %4 missing.")
                .arg(locale.toString(t.seeds()), seedShare(t.seedInbox, t.seeds()),
                    seedShare(t.seedJunk, t.seeds()), seedShare(t.seedMissing, t.seeds())));
    m_evidenceTitle->setText(
        tr("Click a point of the complaint-rate chart to list the feedback reports behind it; "
           "double-click a report to read it."));
    m_evidence->setVisible(true);
    m_stack->setCurrentWidget(m_tabs);
    rebuildCharts();
}

QString DashboardView::money(qint64 cents) const
{
    return tr("%1 %2").arg(QLocale().toString(double(cents) / 100.0, 'f', 2),
        m_data.currency.isEmpty() ? QStringLiteral("EUR") : m_data.currency);
}

QString DashboardView::seedShare(qint64 count, qint64 seeds)
{
    const QLocale locale;
    return tr("%1 (%2 %)")
        .arg(locale.toString(count),
            locale.toString(seeds ? 100.0 * double(count) / double(seeds) : 0.0, 'f', 0));
}

QString DashboardView::bucketName(qsizetype bucket) const
{
    const reports::DashboardBucket &b = m_data.buckets.at(bucket);
    const QLocale locale;
    switch (m_data.request.granularity) {
    case Granularity::Day:
        return locale.toString(b.first, QStringLiteral("ddd d MMM yyyy"));
    case Granularity::Week:
        return tr("week %1, %2 – %3")
            .arg(b.first.weekNumber())
            .arg(locale.toString(b.first, QStringLiteral("d MMM")),
                locale.toString(b.last, QStringLiteral("d MMM yyyy")));
    case Granularity::Month:
        return locale.toString(b.first, QStringLiteral("MMMM yyyy"));
    }
    return {};
}

QChart *DashboardView::newChart(const QString &title) const
{
    auto *chart = new QChart;
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(p.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->legend()->setFont(font());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(8, 8, 8, 8));
    return chart;
}

void DashboardView::styleAxes(QChart *chart) const
{
    const QPalette p = palette();
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(40);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(p.color(QPalette::Text));
        axis->setLabelsFont(font());
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setTitleFont(font());
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
}

void DashboardView::rebuildCharts()
{
    const int shown = std::max(0, m_tabs->currentIndex());
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    const qsizetype n = m_data.buckets.size();
    const QLocale locale;

    // The x axis of every chart: one position per bucket, labelled no closer than LabelSpacing
    // pixels (the chart is about as wide as the tab).
    auto xAxis = [&](const reports::DashboardData &data) {
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const qsizetype count = data.buckets.size();
        const int width = std::max(400, m_tabs->width() - 120);
        const qsizetype step = std::max<qsizetype>(1, (count * LabelSpacing + width - 1) / width);
        for (qsizetype i = 0; i < count; i += step) {
            const QDate d = data.buckets.at(i).first;
            QString label;
            switch (data.request.granularity) {
            case Granularity::Day:
            case Granularity::Week:
                // Labels must differ: over more than one year they carry it.
                label = locale.toString(d,
                    data.request.from.year() == data.request.until.year() ? QStringLiteral("d MMM")
                                                                          : QStringLiteral("d MMM yy"));
                break;
            case Granularity::Month:
                label = locale.toString(d, QStringLiteral("MMM yyyy"));
                break;
            }
            axis->append(label, double(i));
        }
        axis->setRange(-0.5, double(count) - 0.5);
        axis->setGridLineVisible(false);
        return axis;
    };
    auto yAxis = [&](double top, const QString &title, const QString &format) {
        auto *axis = new QValueAxis;
        const double max = report::niceAxisTop(top * 1.1);
        axis->setRange(0, max);
        // No more decimals than the ticks need.
        axis->setLabelFormat(format == QLatin1String("%.0f") || max >= 10 ? QStringLiteral("%.0f")
                : max >= 2                                                ? QStringLiteral("%.1f")
                                                                          : format);
        axis->setTickCount(6);
        axis->setTitleText(title);
        return axis;
    };
    auto addView = [&](QChart *chart, const QString &name, const QString &tabTitle) {
        styleAxes(chart);
        auto *view = new QChartView(chart);
        view->setObjectName(name);
        view->setRenderHint(QPainter::Antialiasing);
        view->setBackgroundBrush(palette().color(QPalette::Base));
        m_tabs->addTab(view, tabTitle);
    };
    auto thresholdLine
        = [&](QChart *chart, double value, const QString &name, QAbstractAxis *x, QAbstractAxis *y) {
              auto *line = new QLineSeries;
              line->setName(name);
              line->setObjectName(QStringLiteral("policyLine"));
              line->append(-0.5, value);
              line->append(double(n) - 0.5, value);
              QPen pen(report::policyLineColour(), 2, Qt::DashLine);
              line->setPen(pen);
              chart->addSeries(line);
              line->attachAxis(x);
              line->attachAxis(y);
          };
    auto lineSeries = [&](const QString &name, const QColor &colour, double width) {
        auto *s = new QLineSeries;
        s->setName(name);
        s->setPen(QPen(colour, width));
        s->setPointsVisible(n <= 120);
        s->setMarkerSize(width > 2 ? 7 : 5);
        return s;
    };
    auto indexOf = [n](const QPointF &p) {
        const qsizetype i = qRound(p.x());
        return i >= 0 && i < n ? i : qsizetype(-1);
    };

    // Complaint rate, overall and per receiver, against the policy line.
    {
        QChart *chart = newChart(tr("Complaint rate (feedback-loop complaints ÷ delivered)"));
        auto *x = xAxis(m_data);
        double top = m_data.policy.complaintRatePercent;
        chart->addAxis(x, Qt::AlignBottom);
        QList<QLineSeries *> series;
        auto *overall
            = lineSeries(m_data.request.receiver.isEmpty() ? tr("All receivers") : m_data.request.receiver,
                palette().color(QPalette::Text), 3);
        overall->setObjectName(QStringLiteral("complaintRate"));
        // A bucket without delivered mail has no rate: no point rather than a misleading 0 %.
        for (qsizetype i = 0; i < n; ++i) {
            if (m_data.buckets.at(i).delivered == 0)
                continue;
            overall->append(double(i), m_data.buckets.at(i).complaintRatePercent());
            top = std::max(top, m_data.buckets.at(i).complaintRatePercent());
        }
        series.append(overall);
        if (m_data.request.receiver.isEmpty()) {
            int colour = 0;
            for (const reports::ReceiverTrend &r : m_data.receivers) {
                auto *s = lineSeries(r.receiver.isEmpty() ? tr("Other receivers") : r.receiver,
                    r.receiver.isEmpty()
                        ? QColor(0x99, 0x99, 0x99)
                        : report::chartColours().at(colour++ % report::chartColours().size()),
                    1.5);
                s->setObjectName(QStringLiteral("complaintRateReceiver"));
                for (qsizetype i = 0; i < n; ++i) {
                    if (r.delivered.at(i) == 0)
                        continue;
                    s->append(double(i), r.complaintRatePercent(i));
                    top = std::max(top, r.complaintRatePercent(i));
                }
                series.append(s);
            }
        }
        auto *y = yAxis(top, tr("% of delivered"), QStringLiteral("%.2f"));
        chart->addAxis(y, Qt::AlignLeft);
        thresholdLine(chart, m_data.policy.complaintRatePercent,
            tr("Policy line %1 %").arg(locale.toString(m_data.policy.complaintRatePercent, 'f', 1)), x, y);
        for (QLineSeries *s : std::as_const(series)) {
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
            const bool isOverall = s == overall;
            const qsizetype receiverIndex = series.indexOf(s) - 1;
            connect(s, &QLineSeries::hovered, this,
                [this, indexOf, isOverall, receiverIndex](const QPointF &p, bool on) {
                    const qsizetype i = indexOf(p);
                    if (!on || i < 0) {
                        QToolTip::hideText();
                        return;
                    }
                    const QLocale locale;
                    if (isOverall) {
                        const reports::DashboardBucket &b = m_data.buckets.at(i);
                        showTip(tr("%1\n%2 complaints of %3 delivered: %4 %\nClick to list the reports.")
                                .arg(bucketName(i), locale.toString(b.complaints),
                                    locale.toString(b.delivered),
                                    locale.toString(b.complaintRatePercent(), 'f', 3)));
                    } else {
                        const reports::ReceiverTrend &r = m_data.receivers.at(receiverIndex);
                        showTip(
                            tr("%1 at %2\n%3 complaints of %4 delivered: %5 %\nClick to list the reports.")
                                .arg(bucketName(i), r.receiver.isEmpty() ? tr("other receivers") : r.receiver,
                                    locale.toString(r.complaints.at(i)), locale.toString(r.delivered.at(i)),
                                    locale.toString(r.complaintRatePercent(i), 'f', 3)));
                    }
                });
            connect(s, &QLineSeries::clicked, this, [this, indexOf](const QPointF &p) {
                const qsizetype i = indexOf(p);
                if (i >= 0)
                    showComplaintEvidence(i);
            });
        }
        addView(chart, QStringLiteral("chartComplaintRate"), tr("Complaint rate"));
    }

    // Hard bounce rate against its line.
    {
        QChart *chart = newChart(tr("Hard bounce rate (hard bounces ÷ mail that ended)"));
        auto *x = xAxis(m_data);
        chart->addAxis(x, Qt::AlignBottom);
        double top = m_data.policy.hardBounceRatePercent;
        auto *s = lineSeries(tr("Hard bounce rate"), report::chartColours().at(0), 3);
        s->setObjectName(QStringLiteral("hardBounceRate"));
        for (qsizetype i = 0; i < n; ++i) {
            if (m_data.buckets.at(i).sent == 0)
                continue;
            s->append(double(i), m_data.buckets.at(i).hardBounceRatePercent());
            top = std::max(top, m_data.buckets.at(i).hardBounceRatePercent());
        }
        auto *y = yAxis(top, tr("% of mail that ended"), QStringLiteral("%.1f"));
        chart->addAxis(y, Qt::AlignLeft);
        thresholdLine(chart, m_data.policy.hardBounceRatePercent,
            tr("Policy line %1 %").arg(locale.toString(m_data.policy.hardBounceRatePercent, 'f', 0)), x, y);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        connect(s, &QLineSeries::hovered, this, [this, indexOf](const QPointF &p, bool on) {
            const qsizetype i = indexOf(p);
            if (!on || i < 0)
                return QToolTip::hideText();
            const reports::DashboardBucket &b = m_data.buckets.at(i);
            const QLocale locale;
            showTip(tr("%1\n%2 hard bounces of %3 mails that ended: %4 %")
                    .arg(bucketName(i), locale.toString(b.hard), locale.toString(b.sent),
                        locale.toString(b.hardBounceRatePercent(), 'f', 2)));
        });
        addView(chart, QStringLiteral("chartHardBounces"), tr("Hard bounces"));
    }

    // Counts as bars: spam bounces and deferrals side by side, opt-outs, cases by severity stacked.
    auto barChart
        = [&](const QString &title, const QString &name, const QString &tab, QAbstractBarSeries *series,
              const reports::DashboardData &data, const QString &yTitle) {
              QChart *chart = newChart(title);
              chart->addSeries(series);
              auto *x = xAxis(data);
              chart->addAxis(x, Qt::AlignBottom);
              double top = 0;
              const auto sets = series->barSets();
              for (qsizetype i = 0; i < data.buckets.size(); ++i) {
                  double sum = 0, most = 0;
                  for (QBarSet *set : sets) {
                      sum += set->at(i);
                      most = std::max(most, set->at(i));
                  }
                  top = std::max(top, qobject_cast<QStackedBarSeries *>(series) ? sum : most);
              }
              auto *y = yAxis(std::max(top, 4.0), yTitle, QStringLiteral("%.0f"));
              chart->addAxis(y, Qt::AlignLeft);
              series->attachAxis(x);
              series->attachAxis(y);
              series->setBarWidth(data.buckets.size() > 60 ? 0.9 : 0.7);
              addView(chart, name, tab);
              return chart;
          };
    auto barSet = [](const QString &name, const QColor &colour) {
        auto *set = new QBarSet(name);
        set->setColor(colour);
        set->setBorderColor(colour);
        return set;
    };
    {
        auto *series = new QBarSeries;
        series->setObjectName(QStringLiteral("spamAndDeferrals"));
        QBarSet *spam = barSet(tr("Spam bounces"), report::chartColours().at(5));
        QBarSet *deferred = barSet(tr("Deferrals"), report::chartColours().at(4));
        for (const reports::DashboardBucket &b : std::as_const(m_data.buckets)) {
            spam->append(double(b.spam));
            deferred->append(double(b.deferred));
        }
        series->append({ spam, deferred });
        for (QBarSet *set : { spam, deferred })
            connect(set, &QBarSet::hovered, this, [this](bool on, int i) {
                if (!on || i < 0 || i >= m_data.buckets.size())
                    return QToolTip::hideText();
                const reports::DashboardBucket &b = m_data.buckets.at(i);
                const QLocale locale;
                showTip(tr("%1\n%2 spam bounces, %3 deferrals\n%4 mails ended")
                        .arg(bucketName(i), locale.toString(b.spam), locale.toString(b.deferred),
                            locale.toString(b.sent)));
            });
        barChart(tr("Spam bounces and deferrals"), QStringLiteral("chartSpamDeferrals"),
            tr("Spam bounces && deferrals"), series, m_data, tr("mails"));
    }
    {
        auto *series = new QBarSeries;
        series->setObjectName(QStringLiteral("optOuts"));
        QBarSet *set = barSet(tr("Opt-outs"), report::chartColours().at(2));
        for (const reports::DashboardBucket &b : std::as_const(m_data.buckets))
            set->append(double(b.optOuts));
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this](bool on, int i) {
            if (!on || i < 0 || i >= m_data.buckets.size())
                return QToolTip::hideText();
            showTip(
                tr("%1\n%2 opt-outs").arg(bucketName(i), QLocale().toString(m_data.buckets.at(i).optOuts)));
        });
        // The most given reasons in the title (it must stay on one line); the rest summed.
        QList<std::pair<qint64, QString>> given;
        for (auto it = m_data.optOutReasons.cbegin(); it != m_data.optOutReasons.cend(); ++it)
            given.append({ it.value(), it.key() });
        std::sort(given.begin(), given.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList reasons;
        qint64 rest = 0;
        for (qsizetype r = 0; r < given.size(); ++r) {
            if (r < 4)
                reasons.append(
                    tr("%1: %2").arg(given.at(r).second.isEmpty() ? tr("no reason") : given.at(r).second,
                        locale.toString(given.at(r).first)));
            else
                rest += given.at(r).first;
        }
        if (rest > 0)
            reasons.append(tr("other reasons: %1").arg(locale.toString(rest)));
        QChart *chart = barChart(
            tr("Opt-outs"), QStringLiteral("chartOptOuts"), tr("Opt-outs"), series, m_data, tr("opt-outs"));
        if (!reasons.isEmpty())
            chart->setTitle(
                tr("Opt-outs — reasons over the period: %1").arg(reasons.join(QStringLiteral(", "))));
    }
    {
        // Where the seed addresses found the customer's campaigns, stacked per bucket; in words
        // instead of an empty chart when there were no seed tests.
        const reports::DashboardBucket &t = m_data.totals;
        if (t.seeds() == 0) {
            auto *empty = new QLabel(
                tr("No seed-test results of %1 were checked from %2 to %3.\n\nImport the results of a "
                   "seed-test tool (a CSV with campaign, customer, receiver, placement and time) to see "
                   "how many seed addresses found its mail in the inbox, in junk or nowhere.")
                    .arg(m_data.customerName, locale.toString(m_data.request.from, QLocale::ShortFormat),
                        locale.toString(m_data.request.until, QLocale::ShortFormat)),
                m_tabs);
            empty->setObjectName(QStringLiteral("seedPlacementEmpty"));
            empty->setAlignment(Qt::AlignCenter);
            empty->setWordWrap(true);
            empty->setMargin(24);
            // On the charts' background, not the tab pane's, in light and dark palettes alike.
            empty->setBackgroundRole(QPalette::Base);
            empty->setForegroundRole(QPalette::Text);
            empty->setAutoFillBackground(true);
            m_tabs->addTab(empty, tr("Seed placement"));
        } else {
            auto *series = new QStackedBarSeries;
            series->setObjectName(QStringLiteral("seedPlacement"));
            QBarSet *inbox = barSet(tr("Inbox"), report::chartColours().at(2));
            QBarSet *junk = barSet(tr("Junk"), report::chartColours().at(1));
            // Missing in the policy line's red: further from junk's amber than vermillion is.
            QBarSet *missing = barSet(tr("Missing"), report::policyLineColour());
            for (const reports::DashboardBucket &b : std::as_const(m_data.buckets)) {
                inbox->append(double(b.seedInbox));
                junk->append(double(b.seedJunk));
                missing->append(double(b.seedMissing));
            }
            series->append({ inbox, junk, missing });
            for (QBarSet *set : { inbox, junk, missing })
                connect(set, &QBarSet::hovered, this, [this](bool on, int i) {
                    if (!on || i < 0 || i >= m_data.buckets.size())
                        return QToolTip::hideText();
                    const reports::DashboardBucket &b = m_data.buckets.at(i);
                    showTip(tr("%1\n%2 seeds checked: %3 in the inbox, %4 in junk, %5 missing")
                            .arg(bucketName(i), QLocale().toString(b.seeds()),
                                seedShare(b.seedInbox, b.seeds()), seedShare(b.seedJunk, b.seeds()),
                                seedShare(b.seedMissing, b.seeds())));
                });
            barChart(tr("Seed placement over the period: %1 in the inbox, %2 in junk, %3 missing")
                         .arg(seedShare(t.seedInbox, t.seeds()), seedShare(t.seedJunk, t.seeds()),
                             seedShare(t.seedMissing, t.seeds())),
                QStringLiteral("chartSeedPlacement"), tr("Seed placement"), series, m_data, tr("seeds"));
        }
    }
    {
        auto *series = new QStackedBarSeries;
        series->setObjectName(QStringLiteral("casesBySeverity"));
        const QList<QColor> colours { QColor(0xd6, 0x27, 0x28), QColor(0xe6, 0x9f, 0x00),
            QColor(0x56, 0xb4, 0xe9), QColor(0x99, 0x99, 0x99) };
        for (int s = 0; s < 4; ++s) {
            QBarSet *set = barSet(tr("Severity %1").arg(s + 1), colours.at(s));
            for (const reports::DashboardBucket &b : std::as_const(m_data.buckets))
                set->append(double(b.casesBySeverity[s]));
            series->append(set);
            connect(set, &QBarSet::hovered, this, [this](bool on, int i) {
                if (!on || i < 0 || i >= m_data.buckets.size())
                    return QToolTip::hideText();
                const auto &c = m_data.buckets.at(i).casesBySeverity;
                showTip(tr("%1\n%2 cases opened: severity 1: %3, 2: %4, 3: %5, 4: %6")
                        .arg(bucketName(i))
                        .arg(m_data.buckets.at(i).cases())
                        .arg(c[0])
                        .arg(c[1])
                        .arg(c[2])
                        .arg(c[3]));
            });
        }
        barChart(tr("Cases opened, by severity (1 most severe)"), QStringLiteral("chartCases"), tr("Cases"),
            series, m_data, tr("cases"));
    }
    {
        // Per month whatever the granularity: revenue is monthly.
        auto *series = new QBarSeries;
        series->setObjectName(QStringLiteral("costAndRevenue"));
        QBarSet *cost
            = barSet(tr("Cost of complaints (time × %1 per hour)").arg(money(m_data.policy.hourlyCostCents)),
                report::chartColours().at(5));
        QBarSet *revenue = barSet(tr("Revenue"), report::chartColours().at(2));
        for (const reports::DashboardBucket &b : std::as_const(m_monthly.buckets)) {
            cost->append(double(b.costCents) / 100.0);
            revenue->append(double(b.revenueCents) / 100.0);
        }
        series->append(cost);
        if (m_monthly.revenueKnown)
            series->append(revenue);
        else
            delete revenue;
        for (QBarSet *set : series->barSets())
            connect(set, &QBarSet::hovered, this, [this](bool on, int i) {
                if (!on || i < 0 || i >= m_monthly.buckets.size())
                    return QToolTip::hideText();
                const reports::DashboardBucket &b = m_monthly.buckets.at(i);
                showTip(tr("%1\ncost %2 (%3 minutes on cases)\nrevenue %4")
                        .arg(QLocale().toString(b.first, QStringLiteral("MMMM yyyy")), money(b.costCents))
                        .arg(b.minutes)
                        .arg(m_monthly.revenueKnown ? money(b.revenueCents) : tr("unknown")));
            });
        QChart *chart = barChart(tr("Cost of complaints against revenue, per month"),
            QStringLiteral("chartCost"), tr("Cost vs revenue"), series, m_monthly, m_data.currency);
        if (!m_monthly.revenueKnown)
            chart->setTitle(tr("Cost of complaints per month (the customer's revenue is not known)"));
    }
    m_tabs->setCurrentIndex(std::min(shown, m_tabs->count() - 1));
}

void DashboardView::showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text, this);
}

void DashboardView::showComplaintEvidence(qsizetype bucket)
{
    m_evidence->clear();
    if (!m_database || bucket < 0 || bucket >= m_data.buckets.size())
        return;
    const reports::DashboardBucket &b = m_data.buckets.at(bucket);
    const auto reports = reports::DashboardData::complaintsIn(
        *m_database, m_data.request.customerId, b.first, b.last, m_data.request.receiver);
    const QLocale locale;
    for (const reports::ComplaintEvidence &e : reports) {
        auto *item = new QTreeWidgetItem(m_evidence,
            { locale.toString(e.sentAt.toLocalTime(), QLocale::ShortFormat), e.receiver, e.from, e.subject,
                e.campaign });
        item->setData(0, Qt::UserRole, e.evidenceId);
    }
    m_evidenceTitle->setText(reports.isEmpty()
            ? tr("No feedback reports of %1 in %2.").arg(m_data.customerName, bucketName(bucket))
            : tr("%n feedback report(s) of %1 in %2 (double-click to read one):", nullptr,
                  int(reports.size()))
                  .arg(m_data.customerName, bucketName(bucket)));
}

QChartView *DashboardView::currentChart() const
{
    return m_stack->currentWidget() == m_tabs ? qobject_cast<QChartView *>(m_tabs->currentWidget()) : nullptr;
}

bool DashboardView::exportChart(const QString &path)
{
    QChartView *view = currentChart();
    if (!view)
        return false;
    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(QRect(QPoint(0, 0), view->size()));
        svg.setTitle(view->chart()->title());
        svg.setDescription(tr("AbuseDesk dashboard of %1").arg(m_data.customerName));
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        view->render(&painter);
        return painter.end();
    }
    return view->grab().save(path, "PNG");
}

void DashboardView::exportFromDialog(const QString &suffix)
{
    QChartView *view = currentChart();
    if (!view)
        return;
    const QString name = QStringLiteral("%1 %2 %3.%4")
                             .arg(m_data.customerName, m_tabs->tabText(m_tabs->currentIndex()),
                                 m_data.request.until.toString(Qt::ISODate), suffix);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::saveFileName(this, tr("Export Chart"), dir + QLatin1Char('/') + name,
        suffix == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportChart(path))
        Dialogs::showWarning(
            this, tr("Export failed"), tr("The chart could not be written to %1.").arg(path));
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The charts take their colours from the palette: a light or dark desktop redraws them.
    // Later, once: the palette change is still being sent to the charts about to be replaced.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && m_stack && !m_rebuildPending) {
        m_rebuildPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_rebuildPending = false;
                if (m_stack->currentWidget() == m_tabs)
                    rebuildCharts();
            },
            Qt::QueuedConnection);
    }
}

} // namespace abusedesk::gui
