// SPDX-License-Identifier: GPL-2.0-or-later
// Resolves or closes a case: the outcome it ended with (required) and, optionally, why.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class CaseStatusDialog : public QDialog
{
    Q_OBJECT
public:
    /// status: "resolved" or "closed".
    CaseStatusDialog(const storage::Database &database, qint64 caseId, const QString &status,
        const QString &author, QWidget *parent = nullptr);

    /// Records the change; stays open with the problem shown when it is refused.
    void accept() override;
    [[nodiscard]] QString outcome() const;

private:
    const storage::Database &m_database;
    qint64 m_caseId;
    QString m_status;
    QString m_author;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace abusedesk::gui
