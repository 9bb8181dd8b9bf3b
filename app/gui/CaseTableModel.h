// SPDX-License-Identifier: GPL-2.0-or-later
// The cases as a table for the Cases view: number, customer, category, severity, status,
// outcome, owner, opened, last activity and time spent. Sort values come through SortRole.
#pragma once

#include "cases/CaseStore.h"

#include <QAbstractTableModel>

namespace abusedesk::gui {

class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ColumnId,
        ColumnCustomer,
        ColumnTitle,
        ColumnCategory,
        ColumnSeverity,
        ColumnStatus,
        ColumnOutcome,
        ColumnOwner,
        ColumnOpened,
        ColumnUpdated,
        ColumnMinutes,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, SortRole };

    explicit CaseTableModel(QObject *parent = nullptr);

    void setCases(QList<cases::CaseRecord> cases);
    [[nodiscard]] int rowOf(qint64 caseId) const;
    [[nodiscard]] const cases::CaseRecord &record(int row) const { return m_cases.at(row); }

    /// "1 h 25 min", "40 min".
    [[nodiscard]] static QString minutesText(qint64 minutes);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<cases::CaseRecord> m_cases;
};

} // namespace abusedesk::gui
