// SPDX-License-Identifier: GPL-2.0-or-later
#include "evidence/EvidenceListModel.h"

#include <QDateTime>
#include <QLocale>

namespace abusedesk::evidence {

EvidenceListModel::EvidenceListModel(const storage::Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(database)
{
    reload();
}

void EvidenceListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_queries.count();
    m_rows = m_queries.page(0, PageSize);
    endResetModel();
}

int EvidenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EvidenceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void EvidenceListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_rows.isEmpty())
        return;
    const QList<storage::EvidenceRow> more = m_queries.page(m_rows.constLast().id, PageSize);
    if (more.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const storage::EvidenceRow &r = m_rows.at(index.row());
    switch (role) {
    case EvidenceIdRole:
        return r.id;
    case KindRole:
        return r.kind;
    case LegalRole:
        return r.legal;
    case Sha256Role:
        return r.sha256;
    case Qt::ToolTipRole:
        return tr("%1 at byte %2").arg(r.sourcePath).arg(r.sourceOffset);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ColumnDate: {
        // Stored in UTC, shown in the analyst's time zone.
        const QDateTime when
            = QDateTime::fromString(r.sentAt.isEmpty() ? r.importedAt : r.sentAt, Qt::ISODate);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case ColumnKind:
        return r.legal ? tr("%1 · legal").arg(r.kind) : r.kind;
    case ColumnRoleAccount:
        return r.roleAccount;
    case ColumnFrom:
        return r.fromAddress;
    case ColumnSubject:
        return r.subject;
    case ColumnCustomer:
        return r.customer;
    }
    return {};
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnDate:
        return tr("Date");
    case ColumnKind:
        return tr("Kind");
    case ColumnRoleAccount:
        return tr("Role account");
    case ColumnFrom:
        return tr("From");
    case ColumnSubject:
        return tr("Subject");
    case ColumnCustomer:
        return tr("Customer");
    }
    return {};
}

} // namespace abusedesk::evidence
