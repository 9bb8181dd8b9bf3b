// SPDX-License-Identifier: GPL-2.0-or-later
#include "CaseTableModel.h"

#include "CustomerTableModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace abusedesk::gui {

namespace {
QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QString();
}
} // namespace

CaseTableModel::CaseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CaseTableModel::setCases(QList<cases::CaseRecord> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

int CaseTableModel::rowOf(qint64 caseId) const
{
    for (qsizetype row = 0; row < m_cases.size(); ++row)
        if (m_cases.at(row).id == caseId)
            return int(row);
    return -1;
}

QString CaseTableModel::minutesText(qint64 minutes)
{
    if (minutes <= 0)
        return {};
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60)
                             : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cases::CaseRecord &c = m_cases.at(index.row());
    const bool open = c.status == QLatin1String("open") || c.status == QLatin1String("waiting-on-customer");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColumnId:
            return QStringLiteral("#%1").arg(c.id);
        case ColumnCustomer:
            return c.customerId == 0 ? tr("no customer") : c.customerName;
        case ColumnTitle:
            return c.title;
        case ColumnCategory:
            return cases::CaseStore::categoryLabel(c.category);
        case ColumnSeverity:
            return cases::CaseStore::severityLabel(c.severity);
        case ColumnStatus:
            return cases::CaseStore::statusLabel(c.status);
        case ColumnOutcome:
            return c.outcome.isEmpty() ? QString() : cases::CaseStore::outcomeLabel(c.outcome);
        case ColumnOwner:
            return c.owner;
        case ColumnOpened:
            return when(c.openedAt);
        case ColumnUpdated:
            return when(c.updatedAt);
        case ColumnMinutes:
            return minutesText(c.minutes);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ColumnId:
            return c.id;
        case ColumnSeverity:
            return c.severity;
        case ColumnOpened:
            return c.openedAt;
        case ColumnUpdated:
            return c.updatedAt;
        case ColumnMinutes:
            return c.minutes;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return index.column() == ColumnTitle ? QVariant(c.title) : QVariant();
    case Qt::ForegroundRole:
        // The most severe open cases stand out.
        return index.column() == ColumnSeverity && open && c.severity <= 1
            ? QVariant(CustomerTableModel::warningColour())
            : QVariant();
    case Qt::FontRole:
        if (index.column() == ColumnSeverity && open && c.severity <= 2) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ColumnMinutes || index.column() == ColumnId
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case CaseIdRole:
        return c.id;
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColumnId:
        return tr("Case");
    case ColumnCustomer:
        return tr("Customer");
    case ColumnTitle:
        return tr("Title");
    case ColumnCategory:
        return tr("Category");
    case ColumnSeverity:
        return tr("Severity");
    case ColumnStatus:
        return tr("Status");
    case ColumnOutcome:
        return tr("Outcome");
    case ColumnOwner:
        return tr("Owner");
    case ColumnOpened:
        return tr("Opened");
    case ColumnUpdated:
        return tr("Updated");
    case ColumnMinutes:
        return tr("Time");
    }
    return {};
}

} // namespace abusedesk::gui
