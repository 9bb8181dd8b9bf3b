// SPDX-License-Identifier: GPL-2.0-or-later
// View > Portfolio: every customer over a period (design.md §4.4, issue 7) — who is above the
// policy lines, whose complaint rate is rising, who costs more than they bring — most concerning
// first, sortable by any column. Enter or a double click opens the customer's dashboard.
#pragma once

#include "reports/PortfolioData.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class PortfolioView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Status,
        Delivered,
        Complaints,
        ComplaintRate,
        HardBounceRate,
        Trend,
        OpenCases,
        Time,
        Cost,
        Revenue,
        Concerns,
        ColumnCount
    };

    explicit PortfolioView(QWidget *parent = nullptr);
    ~PortfolioView() override;

    void setDatabase(const storage::Database *database);
    /// Reads the figures again (after imports, attribution or case work).
    void reload();
    void setPeriod(QDate from, QDate until);
    /// Only the customers with a concern, or every customer.
    void setAttentionOnly(bool only);

    [[nodiscard]] const reports::PortfolioData &data() const { return m_data; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QDate from() const;
    [[nodiscard]] QDate until() const;
    /// The customer of the current row, or 0.
    [[nodiscard]] qint64 currentCustomer() const;
    /// The column layout and "Needing attention", as the window saves and restores them.
    [[nodiscard]] QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);
    /// Whether the figures are being read (off the GUI thread).
    [[nodiscard]] bool isComputing() const { return m_thread != nullptr; }

Q_SIGNALS:
    void customerRequested(qint64 customerId);
    /// The figures of the period were read and are shown.
    void computed();
    void reportRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void recompute();
    void fill();
    void waitForThread();

    const storage::Database *m_database = nullptr;
    reports::PortfolioData m_data;
    bool m_periodSet = false;
    bool m_stale = true;
    bool m_layoutRestored = false; ///< the analyst's column widths, not fitted to the contents
    QPointer<QThread> m_thread;
    quint64 m_generation = 0;
    QString m_error;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QComboBox *m_show = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace abusedesk::gui
