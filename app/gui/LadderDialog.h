// SPDX-License-Identifier: GPL-2.0-or-later
// Changes a customer's place on the escalation ladder: the step, the status it carries, the
// reason (required: a decision is recorded with why) and the case it is taken in.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class LadderDialog : public QDialog
{
    Q_OBJECT
public:
    /// caseId (0: none) is proposed as the case the decision is taken in.
    LadderDialog(const storage::Database &database, qint64 customerId, const QString &author,
        qint64 caseId = 0, QWidget *parent = nullptr);

    /// Records the decision; stays open with the problem shown when it is refused.
    void accept() override;

    [[nodiscard]] int step() const;
    [[nodiscard]] QString status() const;
    [[nodiscard]] QString reason() const;
    [[nodiscard]] qint64 caseId() const;

private:
    void onStepChanged();
    void validate();

    const storage::Database &m_database;
    qint64 m_customerId;
    QString m_author;
    QLabel *m_current = nullptr;
    QComboBox *m_step = nullptr;
    QLabel *m_stepNote = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QComboBox *m_case = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace abusedesk::gui
