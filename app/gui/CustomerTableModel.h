// SPDX-License-Identifier: GPL-2.0-or-later
// The customers with their status, ladder step, revenue and headline figures over a period,
// for the Customers view's table. Sort values come through SortRole.
#pragma once

#include "storage/CustomerStore.h"

#include <QAbstractTableModel>

namespace abusedesk::gui {

class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ColumnName,
        ColumnExternalId,
        ColumnStatus,
        ColumnLadder,
        ColumnRevenue,
        ColumnComplaints,
        ColumnComplaintRate,
        ColumnHardBounceRate,
        ColumnIdentifiers,
        ColumnCount
    };
    enum Role { CustomerIdRole = Qt::UserRole + 1, SortRole, AboveLineRole };

    explicit CustomerTableModel(QObject *parent = nullptr);

    /// thresholds are fractions (policy complaint_rate_threshold, hard_bounce_rate_threshold).
    void setContents(const QList<attribution::CustomerRecord> &customers,
        const QHash<qint64, storage::CustomerFigures> &figures, double complaintLine, double hardBounceLine);
    [[nodiscard]] int rowOf(qint64 customerId) const;
    [[nodiscard]] const attribution::CustomerRecord &customer(int row) const { return m_customers.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString statusText(const QString &status);
    [[nodiscard]] static QString ladderText(int step);
    [[nodiscard]] static QColor warningColour();

private:
    QList<attribution::CustomerRecord> m_customers;
    QHash<qint64, storage::CustomerFigures> m_figures;
    double m_complaintLine = 0.001;
    double m_hardBounceLine = 0.05;
};

} // namespace abusedesk::gui
