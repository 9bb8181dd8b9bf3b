// SPDX-License-Identifier: GPL-2.0-or-later
#include "TriageTableModel.h"

#include "CustomerTableModel.h"
#include "cases/CaseStore.h"
#include "triage/AcknowledgementClock.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>

namespace abusedesk::gui {

namespace {
using Type = triage::TriageItem::Type;

QString receivedText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}
} // namespace

TriageTableModel::TriageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TriageTableModel::setItems(QList<triage::TriageItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int TriageTableModel::rowOfKey(const QString &key) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row)
        if (keyOf(m_items.at(row)) == key)
            return int(row);
    return -1;
}

QString TriageTableModel::keyOf(const triage::TriageItem &item)
{
    switch (item.type) {
    case Type::Message:
        return QStringLiteral("message:%1").arg(item.evidenceId);
    case Type::Cluster:
        return QStringLiteral("cluster:%1|%2|%3").arg(item.customerId).arg(item.receiver, item.campaign);
    case Type::Finding:
        return QStringLiteral("finding:") + item.findingKey;
    }
    return {};
}

QString TriageTableModel::messageKindText(const QString &kind)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("escalated-complaint"), QT_TR_NOOP("Escalated complaint") },
        { QStringLiteral("complaint"), QT_TR_NOOP("Complaint") },
        { QStringLiteral("feedback-report"), QT_TR_NOOP("Feedback report") },
        { QStringLiteral("feedback-cluster"), QT_TR_NOOP("Feedback reports") },
        { QStringLiteral("finding"), QT_TR_NOOP("Finding") },
        { QStringLiteral("bounce"), QT_TR_NOOP("Bounce") },
        { QStringLiteral("blocklist-notice"), QT_TR_NOOP("Blocklist notice") },
        { QStringLiteral("unsubscribe-request"), QT_TR_NOOP("Unsubscribe request") },
        { QStringLiteral("auto-reply"), QT_TR_NOOP("Auto-reply") },
        { QStringLiteral("noise"), QT_TR_NOOP("Noise") },
    };
    const auto it = words.constFind(kind);
    return it == words.constEnd() ? kind : tr(*it);
}

QString TriageTableModel::kindText(const triage::TriageItem &item)
{
    switch (item.type) {
    case Type::Cluster:
        return tr("Feedback reports ×%1").arg(QLocale().toString(item.count));
    case Type::Finding: {
        // The kinds that are case categories have their labels there.
        if (item.kind == QLatin1String("ip-reputation"))
            return tr("Finding: Address reputation");
        if (item.kind == QLatin1String("mailing-after-complaint"))
            return tr("Finding: Mail after a complaint");
        return tr("Finding: %1").arg(cases::CaseStore::categoryLabel(item.kind));
    }
    case Type::Message:
        break;
    }
    return messageKindText(item.kind);
}

QString TriageTableModel::stateText(const QString &state)
{
    if (state == QLatin1String("acknowledged"))
        return tr("Acknowledged");
    if (state == QLatin1String("noise"))
        return tr("Noise");
    if (state == QLatin1String("in-case"))
        return tr("In a case");
    if (state == QLatin1String("dismissed"))
        return tr("Dismissed");
    return state;
}

QString TriageTableModel::clockText(const triage::TriageItem &item)
{
    if (!item.state.isEmpty())
        return stateText(item.state);
    if (!item.needsAnswer)
        return {};
    return triage::AcknowledgementClock::describe(item.secondsLeft);
}

QString TriageTableModel::titleOf(const triage::TriageItem &item)
{
    if (item.type != Type::Message && !item.summary.isEmpty())
        return item.summary;
    return item.subject.isEmpty() ? tr("(no subject)") : item.subject;
}

int TriageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TriageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TriageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const triage::TriageItem &item = m_items.at(index.row());
    const bool overdue = item.needsAnswer && item.state.isEmpty() && item.secondsLeft < 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColumnClock:
            return clockText(item);
        case ColumnCustomer:
            if (item.customerId == 0 && item.type == Type::Finding)
                return tr("your own sending addresses");
            return item.customerId == 0 ? tr("unattributed") : item.customerName;
        case ColumnKind:
            // The tag first, where an elided column still shows it.
            return item.legal ? tr("Legal · %1").arg(kindText(item)) : kindText(item);
        case ColumnReporter:
            return item.reporter;
        case ColumnReceiver:
            return item.receiver;
        case ColumnSubject:
            return titleOf(item);
        case ColumnReceived:
            return receivedText(item.receivedAt);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ColumnClock:
            return item.needsAnswer && item.deadline.isValid()
                ? tr("Acknowledge by %1").arg(receivedText(item.deadline))
                : QVariant();
        case ColumnKind:
            return item.legal ? tr("Written in a legal tone: route it to whoever answers legal matters.")
                              : QVariant();
        case ColumnSubject:
            return item.summary.isEmpty() ? item.subject : item.summary;
        case ColumnReporter:
            return item.roleAccount.isEmpty() ? QVariant(item.reporter)
                                              : tr("%1, to %2").arg(item.reporter, item.roleAccount);
        case ColumnCustomer:
        case ColumnReceiver:
            return data(index, Qt::DisplayRole);
        }
        return {};
    case Qt::ForegroundRole:
        // The same orange-red as the rates above the policy line: readable on light and dark bases.
        // Legal items are marked in words and bold, so that the colour keeps meaning "overdue".
        if (index.column() == ColumnClock && overdue)
            return CustomerTableModel::warningColour();
        return {};
    case Qt::FontRole:
        if ((index.column() == ColumnClock && overdue) || (index.column() == ColumnKind && item.legal)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (index.column() == ColumnCustomer && item.customerId == 0) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == ColumnKind && item.legal)
            return tr("%1, legal tone").arg(kindText(item));
        return {};
    case KeyRole:
        return keyOf(item);
    case TypeRole:
        return int(item.type);
    case EvidenceIdRole:
        return item.evidenceId;
    case OverdueRole:
        return overdue;
    case LegalRole:
        return item.legal;
    case GroupRole:
        return item.group;
    }
    return {};
}

QVariant TriageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColumnClock:
        return tr("Clock");
    case ColumnCustomer:
        return tr("Customer");
    case ColumnKind:
        return tr("Kind");
    case ColumnReporter:
        return tr("Reporter");
    case ColumnReceiver:
        return tr("Receiver");
    case ColumnSubject:
        return tr("Subject or summary");
    case ColumnReceived:
        return tr("Received");
    }
    return {};
}

} // namespace abusedesk::gui
