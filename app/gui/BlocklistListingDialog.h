// SPDX-License-Identifier: GPL-2.0-or-later
// Enter a blocklist listing by hand: the list, the listed IP, range or domain, since when, until
// when (if it ended), a note. Stored in the case database on Save; the same list, target and
// start update the existing listing (to record its delisting).
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class BlocklistListingDialog : public QDialog
{
    Q_OBJECT
public:
    BlocklistListingDialog(const storage::Database &database, QWidget *parent = nullptr);

    void accept() override;

private:
    void validate();

    const storage::Database &m_database;
    QComboBox *m_list = nullptr;
    QLineEdit *m_target = nullptr;
    QDateTimeEdit *m_listed = nullptr;
    QCheckBox *m_hasDelisted = nullptr;
    QDateTimeEdit *m_delisted = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace abusedesk::gui
