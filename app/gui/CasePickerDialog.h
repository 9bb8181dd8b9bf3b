// SPDX-License-Identifier: GPL-2.0-or-later
// Chooses the open case to attach triage items to: the open cases, the customer's own first,
// filtered as the analyst types.
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class CasePickerDialog : public QDialog
{
    Q_OBJECT
public:
    /// what says what is attached ("2 reports"); customerId (0: none) puts that customer's cases first.
    CasePickerDialog(
        const storage::Database &database, const QString &what, qint64 customerId, QWidget *parent = nullptr);

    /// The chosen case, 0 while none is chosen.
    [[nodiscard]] qint64 caseId() const;
    [[nodiscard]] int caseCount() const;
    void select(qint64 caseId);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace abusedesk::gui
