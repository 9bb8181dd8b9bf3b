// SPDX-License-Identifier: GPL-2.0-or-later
// The evidence list (date, kind, role account, from, subject, customer), loaded page by page
// as the view scrolls.
#pragma once

#include "storage/EvidenceQueries.h"

#include <QAbstractTableModel>

namespace abusedesk::evidence {

class EvidenceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ColumnDate,
        ColumnKind,
        ColumnRoleAccount,
        ColumnFrom,
        ColumnCustomer,
        ColumnSubject,
        ColumnCount
    };
    enum Role { EvidenceIdRole = Qt::UserRole + 1, KindRole, LegalRole, Sha256Role };
    static constexpr int PageSize = 500;

    explicit EvidenceListModel(const storage::Database &database, QObject *parent = nullptr);

    /// Reloads from the first page (after an import).
    void reload();
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] const storage::EvidenceRow &row(int row) const { return m_rows.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    storage::EvidenceQueries m_queries;
    QList<storage::EvidenceRow> m_rows;
    qint64 m_total = 0;
};

} // namespace abusedesk::evidence
