// SPDX-License-Identifier: GPL-2.0-or-later
// The charts of the printed and HTML reports (issue 7), drawn with QtCharts as the dashboard draws
// them and rendered into images for a page: a light, print-friendly theme, the policy line dashed
// in red, colours that stay apart in greyscale print (Okabe–Ito).
#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace abusedesk::report {

/// One series of a chart: a name and a value per category.
struct ChartSeries
{
    QString name;
    QList<double> values;
};

/// A horizontal reference line ("Policy line 0.1 %").
struct ChartLine
{
    QString name;
    double value = -1; ///< below 0: none
};

struct ChartSpec
{
    QString title;
    QStringList categories; ///< the x axis: one label per bucket
    QList<ChartSeries> series;
    ChartLine line;
    QString valueFormat = QStringLiteral("%.2f"); ///< the y axis labels (printf style)
    bool counts = false; ///< whole numbers: the y axis ticks are whole numbers too
    QList<QColor> colours; ///< per series; empty: chartColours()
    QString valueTitle; ///< the y axis title
};

/// Colours that read on light and dark backgrounds and apart in greyscale.
[[nodiscard]] const QList<QColor> &chartColours();
/// The policy line's colour.
[[nodiscard]] QColor policyLineColour();
/// A round axis top at or above value (1, 2, 2.5, 5 × a power of ten).
[[nodiscard]] double niceAxisTop(double value);

/// Line chart of the series with the reference line; rendered at twice the size for print.
[[nodiscard]] QImage renderLineChart(const ChartSpec &spec, QSize size);
/// Bar chart: stacked (cases by severity) or side by side (cost against revenue).
[[nodiscard]] QImage renderBarChart(const ChartSpec &spec, QSize size, bool stacked);

} // namespace abusedesk::report
