// SPDX-License-Identifier: GPL-2.0-or-later
// Opens a case from triage items: category, severity, title and customer proposed from the
// items, a first note, and whether to go to the case afterwards.
#pragma once

#include "cases/CaseStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class OpenCaseDialog : public QDialog
{
    Q_OBJECT
public:
    /// proposal: what the items suggest (category, severity, title, customer, evidence, finding).
    OpenCaseDialog(
        const storage::Database &database, const cases::NewCase &proposal, QWidget *parent = nullptr);

    /// The case as the analyst set it up.
    [[nodiscard]] cases::NewCase newCase() const;
    /// Whether to switch to the case once it is open.
    [[nodiscard]] bool showCaseAfterwards() const;
    void setShowCaseAfterwards(bool show);

private:
    void validate();

    cases::NewCase m_proposal;
    QLineEdit *m_title = nullptr;
    QComboBox *m_customer = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_owner = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QCheckBox *m_show = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace abusedesk::gui
