// SPDX-License-Identifier: GPL-2.0-or-later
// Chooses the customer to attribute triage items to by hand: the list owners, filtered as the
// analyst types.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class CustomerPickerDialog : public QDialog
{
    Q_OBJECT
public:
    /// what says what is attributed ("3 reports").
    CustomerPickerDialog(const storage::Database &database, const QString &what, QWidget *parent = nullptr);

    /// The chosen customer's id, 0 while none is chosen.
    [[nodiscard]] qint64 customerId() const;
    [[nodiscard]] QString customerName() const;
    /// Chooses a customer (tests, and a sensible proposal).
    void select(qint64 customerId);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace abusedesk::gui
