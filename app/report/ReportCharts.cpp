// SPDX-License-Identifier: GPL-2.0-or-later
#include "ReportCharts.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace abusedesk::report {

namespace {

// Labels on the x axis no closer than this many pixels, so that dates never overlap.
constexpr int LabelSpacing = 70;

QChart *newChart(const ChartSpec &spec)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(spec.title);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(11);
    chart->setTitleFont(title);
    chart->setTitleBrush(Qt::black);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(Qt::black);
    return chart;
}

void addAxes(QChart *chart, const ChartSpec &spec, double top, QSize size)
{
    // One position per category, labelled every few so that the labels stay apart.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype count = spec.categories.size();
    const int width = std::max(200, size.width() - 80);
    const qsizetype step = std::max<qsizetype>(1, (count * LabelSpacing + width - 1) / width);
    for (qsizetype i = 0; i < count; i += step)
        x->append(spec.categories.at(i), double(i));
    x->setRange(-0.5, double(count) - 0.5);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    if (spec.counts) {
        // Whole-number ticks: a top that five steps divide.
        const double max = std::max(5.0, std::ceil(top / 5.0) * 5.0);
        y->setRange(0, max);
        y->setTickCount(6);
        y->setLabelFormat(QStringLiteral("%.0f"));
    } else {
        const double max = niceAxisTop(top);
        y->setRange(0, max);
        y->setTickCount(6);
        y->setLabelFormat(spec.valueFormat);
    }
    y->setTitleText(spec.valueTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QFont labels = x->labelsFont();
    labels.setPointSizeF(8);
    for (QAbstractAxis *axis : { static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y) }) {
        axis->setLabelsFont(labels);
        axis->setLabelsBrush(Qt::black);
        axis->setTitleBrush(Qt::black);
        axis->setGridLineColor(QColor(0, 0, 0, 40));
    }
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void addLine(QChart *chart, const ChartSpec &spec)
{
    if (spec.line.value < 0 || spec.categories.isEmpty())
        return;
    auto *line = new QLineSeries;
    line->setName(spec.line.name);
    // Across the whole category axis: from the left edge of the first to the right of the last.
    line->append(-0.5, spec.line.value);
    line->append(double(spec.categories.size()) - 0.5, spec.line.value);
    QPen pen(policyLineColour(), 2, Qt::DashLine);
    line->setPen(pen);
    chart->addSeries(line);
}

double largest(const ChartSpec &spec, bool stacked)
{
    double top = std::max(0.0, spec.line.value);
    const qsizetype n = spec.categories.size();
    for (qsizetype i = 0; i < n; ++i) {
        double sum = 0;
        for (const ChartSeries &s : spec.series) {
            const double v = s.values.value(i);
            sum = stacked ? sum + v : std::max(sum, v);
        }
        top = std::max(top, sum);
    }
    return top * 1.05;
}

QImage render(QChart *chart, QSize size)
{
    QGraphicsScene scene; // owns the chart
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    const qreal scale = 2;
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace

const QList<QColor> &chartColours()
{
    static const QList<QColor> colours { QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
        QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
        QColor(0xd5, 0x5e, 0x00), QColor(0xf0, 0xe4, 0x42) };
    return colours;
}

QColor policyLineColour()
{
    return QColor(0xd6, 0x27, 0x28);
}

double niceAxisTop(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : { 1.0, 2.0, 2.5, 5.0, 10.0 })
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}

QImage renderLineChart(const ChartSpec &spec, QSize size)
{
    QChart *chart = newChart(spec);
    const QList<QColor> &colours = chartColours();
    for (qsizetype s = 0; s < spec.series.size(); ++s) {
        auto *series = new QLineSeries;
        series->setName(spec.series.at(s).name);
        for (qsizetype i = 0; i < spec.series.at(s).values.size(); ++i)
            series->append(double(i), spec.series.at(s).values.at(i));
        series->setPen(QPen(colours.at(s % colours.size()), 2));
        series->setPointsVisible(spec.categories.size() <= 40);
        chart->addSeries(series);
    }
    addLine(chart, spec);
    addAxes(chart, spec, largest(spec, false), size);
    return render(chart, size);
}

QImage renderBarChart(const ChartSpec &spec, QSize size, bool stacked)
{
    QChart *chart = newChart(spec);
    QAbstractBarSeries *bars = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                       : static_cast<QAbstractBarSeries *>(new QBarSeries);
    const QList<QColor> &colours = spec.colours.isEmpty() ? chartColours() : spec.colours;
    for (qsizetype s = 0; s < spec.series.size(); ++s) {
        auto *set = new QBarSet(spec.series.at(s).name);
        for (const double v : spec.series.at(s).values)
            set->append(v);
        set->setColor(colours.at(s % colours.size()));
        set->setBorderColor(colours.at(s % colours.size()).darker(120));
        bars->append(set);
    }
    chart->addSeries(bars);
    addLine(chart, spec);
    addAxes(chart, spec, largest(spec, stacked), size);
    return render(chart, size);
}

} // namespace abusedesk::report
