// SPDX-License-Identifier: GPL-2.0-or-later
#include "CustomerTableModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace abusedesk::gui {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CustomerTableModel::setContents(const QList<attribution::CustomerRecord> &customers,
    const QHash<qint64, storage::CustomerFigures> &figures, double complaintLine, double hardBounceLine)
{
    beginResetModel();
    m_customers = customers;
    m_figures = figures;
    m_complaintLine = complaintLine;
    m_hardBounceLine = hardBounceLine;
    endResetModel();
}

int CustomerTableModel::rowOf(qint64 customerId) const
{
    for (int row = 0; row < m_customers.size(); ++row)
        if (m_customers.at(row).id == customerId)
            return row;
    return -1;
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerTableModel::statusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("warned"))
        return tr("Warned");
    if (status == QLatin1String("suspended"))
        return tr("Suspended");
    if (status == QLatin1String("terminated"))
        return tr("Terminated");
    return status;
}

QString CustomerTableModel::ladderText(int step)
{
    switch (step) {
    case 1:
        return tr("Notice");
    case 2:
        return tr("Warning");
    case 3:
        return tr("Suspension");
    case 4:
        return tr("Termination");
    default:
        return tr("None");
    }
}

QColor CustomerTableModel::warningColour()
{
    // An orange-red that reads on white and on a dark base alike.
    return QColor(0xe0, 0x4e, 0x1a);
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_customers.size())
        return {};
    const attribution::CustomerRecord &c = m_customers.at(index.row());
    const storage::CustomerFigures f = m_figures.value(c.id);
    const QLocale locale;
    const bool complaintAbove = f.complaintRatePercent() > 100.0 * m_complaintLine;
    const bool hardAbove = f.hardBounceRatePercent() > 100.0 * m_hardBounceLine;
    const bool above = (index.column() == ColumnComplaintRate && complaintAbove)
        || (index.column() == ColumnHardBounceRate && hardAbove);
    switch (role) {
    case CustomerIdRole:
        return c.id;
    case AboveLineRole:
        return above;
    case Qt::ForegroundRole:
        return above ? QVariant(warningColour()) : QVariant();
    case Qt::FontRole:
        if (above) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= ColumnRevenue ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ColumnComplaintRate)
            return tr("%1 feedback-loop complaints of %2 delivered; the line is %3 %")
                .arg(locale.toString(f.fblComplaints), locale.toString(f.delivered),
                    locale.toString(100.0 * m_complaintLine, 'g', 3));
        if (index.column() == ColumnHardBounceRate)
            return tr("%1 hard bounces of %2 sent; the line is %3 %")
                .arg(locale.toString(f.hard), locale.toString(f.sent),
                    locale.toString(100.0 * m_hardBounceLine, 'g', 3));
        return {};
    case SortRole:
        switch (index.column()) {
        case ColumnLadder:
            return c.ladderStep;
        case ColumnRevenue:
            return c.revenueCents;
        case ColumnComplaints:
            return f.complaints;
        case ColumnComplaintRate:
            return f.complaintRatePercent();
        case ColumnHardBounceRate:
            return f.hardBounceRatePercent();
        case ColumnIdentifiers:
            return int(c.identifiers.size());
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColumnName:
            return c.name;
        case ColumnExternalId:
            return c.externalId;
        case ColumnStatus:
            return statusText(c.status);
        case ColumnLadder:
            return ladderText(c.ladderStep);
        case ColumnRevenue:
            return c.revenueCents < 0
                ? tr("—")
                : QStringLiteral("%1 %2").arg(locale.toString(c.revenueCents / 100.0, 'f', 2), c.currency);
        case ColumnComplaints:
            return locale.toString(f.complaints);
        case ColumnComplaintRate:
            return f.delivered ? QStringLiteral("%1 %").arg(locale.toString(f.complaintRatePercent(), 'f', 3))
                               : tr("—");
        case ColumnHardBounceRate:
            return f.sent ? QStringLiteral("%1 %").arg(locale.toString(f.hardBounceRatePercent(), 'f', 2))
                          : tr("—");
        case ColumnIdentifiers:
            return locale.toString(c.identifiers.size());
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ColumnName:
            return tr("Name");
        case ColumnExternalId:
            return tr("ID");
        case ColumnStatus:
            return tr("Status");
        case ColumnLadder:
            return tr("Ladder step");
        case ColumnRevenue:
            return tr("Revenue / month");
        case ColumnComplaints:
            return tr("Complaints");
        case ColumnComplaintRate:
            return tr("Complaint rate");
        case ColumnHardBounceRate:
            return tr("Hard bounces");
        case ColumnIdentifiers:
            return tr("Identifiers");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == ColumnComplaintRate)
            return tr("Feedback-loop complaints ÷ delivered mail over the period");
        if (section == ColumnHardBounceRate)
            return tr("Hard bounces ÷ sent mail over the period");
    }
    return {};
}

} // namespace abusedesk::gui
