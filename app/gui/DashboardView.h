// SPDX-License-Identifier: GPL-2.0-or-later
// The customer dashboard (design.md §4.4): one customer's trends over a period by day, week or
// month — complaint rate against the policy line (overall and per receiver), hard bounce rate
// against its line, spam bounces and deferrals, opt-outs, cases by severity, cost of complaints
// against revenue — with the feedback reports behind a clicked complaint point, and the shown
// chart exported as PNG or SVG.
#pragma once

#include "reports/DashboardData.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    void setDatabase(const storage::Database *database);
    /// Reads the customers again and, for a new database, sets the period to the 90 days up to
    /// the last day with data.
    void reload();
    /// Shows this customer's dashboard; false when there is no such customer.
    bool selectCustomer(qint64 customerId);
    void setPeriod(QDate from, QDate until);
    void setGranularity(reports::Granularity granularity);
    /// One receiver, or every receiver (empty); false when the customer never mailed it.
    bool setReceiver(const QString &receiver);

    /// What the charts show.
    [[nodiscard]] const reports::DashboardData &data() const { return m_data; }
    /// The chart on the shown tab.
    [[nodiscard]] QChartView *currentChart() const;
    [[nodiscard]] QTabWidget *charts() const { return m_tabs; }
    [[nodiscard]] QTreeWidget *evidenceList() const { return m_evidence; }
    /// Writes the shown chart as PNG or SVG (by the file's suffix); false with a message on failure.
    bool exportChart(const QString &path);
    /// Lists the feedback reports behind the complaint-rate point of a bucket (what a click does).
    void showComplaintEvidence(qsizetype bucket);

Q_SIGNALS:
    /// The analyst asked to read this evidence item.
    void evidenceRequested(qint64 evidenceId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void recompute();
    void rebuildCharts();
    void fillReceivers();
    void exportFromDialog(const QString &suffix);
    /// "12 (40 %)": a placement's count and its share of the seeds checked.
    [[nodiscard]] static QString seedShare(qint64 count, qint64 seeds);
    [[nodiscard]] QChart *newChart(const QString &title) const;
    void styleAxes(QChart *chart) const;
    [[nodiscard]] QString bucketName(qsizetype bucket) const;
    [[nodiscard]] QString money(qint64 cents) const;
    void showTip(const QString &text);

    const storage::Database *m_database = nullptr;
    reports::DashboardData m_data;
    reports::DashboardData m_monthly; ///< cost and revenue are charted per month
    bool m_periodSet = false;
    bool m_rebuildPending = false;
    QComboBox *m_customer = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QComboBox *m_granularity = nullptr;
    QComboBox *m_receiver = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_exportSvg = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_evidenceTitle = nullptr;
    QTreeWidget *m_evidence = nullptr;
};

} // namespace abusedesk::gui
