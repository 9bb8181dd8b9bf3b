// SPDX-License-Identifier: GPL-2.0-or-later
// The triage queue as a table for the Triage view: the acknowledgement clock (overdue in the
// warning colour), customer, kind in words, reporter, receiver, subject or summary, received.
// It lives with the widgets because it hands out colours and fonts (Qt Gui).
#pragma once

#include "triage/TriageQueue.h"

#include <QAbstractTableModel>

namespace abusedesk::gui {

class TriageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ColumnClock,
        ColumnCustomer,
        ColumnKind,
        ColumnReporter,
        ColumnReceiver,
        ColumnSubject,
        ColumnReceived,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< what identifies the row across reloads
        TypeRole, ///< int(TriageItem::Type)
        EvidenceIdRole,
        OverdueRole, ///< the acknowledgement clock ran out
        LegalRole,
        GroupRole,
    };

    explicit TriageTableModel(QObject *parent = nullptr);

    void setItems(QList<triage::TriageItem> items);
    [[nodiscard]] const QList<triage::TriageItem> &items() const { return m_items; }
    [[nodiscard]] const triage::TriageItem &item(int row) const { return m_items.at(row); }
    [[nodiscard]] int rowOfKey(const QString &key) const;

    /// "message:12", "cluster:3|gmail.com|spring-sale", "finding:…".
    [[nodiscard]] static QString keyOf(const triage::TriageItem &item);
    /// The kind in words: "Escalated complaint", "Feedback reports ×12", "Finding: Complaint rate".
    [[nodiscard]] static QString kindText(const triage::TriageItem &item);
    [[nodiscard]] static QString messageKindText(const QString &kind);
    /// Time left or "overdue by …" for reports that need an answer; the state of handled items.
    [[nodiscard]] static QString clockText(const triage::TriageItem &item);
    [[nodiscard]] static QString stateText(const QString &state);
    [[nodiscard]] static QString titleOf(const triage::TriageItem &item);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<triage::TriageItem> m_items;
};

} // namespace abusedesk::gui
