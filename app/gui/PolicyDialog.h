// SPDX-License-Identifier: GPL-2.0-or-later
// Edit > Policy: the role accounts, trusted reporters and customer headers that classification
// uses, and the thresholds the findings will use. Changes to the lists are applied to the
// evidence already imported.
#pragma once

#include <QDialog>
#include <QMap>

class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    PolicyDialog(storage::Database &database, QWidget *parent = nullptr);

    /// Writes the edited policy; false (with the reason shown in the dialog) when a value is refused.
    bool save();
    /// Whether the last save changed what classification depends on.
    [[nodiscard]] bool classificationChanged() const { return m_classificationChanged; }
    /// The own domains or networks changed: the messages' mentions must be looked up again.
    [[nodiscard]] bool ownChanged() const { return m_ownChanged; }

    void accept() override;

private:
    [[nodiscard]] QByteArray logTimeZoneJson() const;
    [[nodiscard]] QByteArray triageOrderJson() const;
    void moveTriageGroup(int by);
    bool eventFilter(QObject *watched, QEvent *event) override;
    [[nodiscard]] QByteArray ownJson(bool networks) const;

    storage::Database &m_database;
    QMap<QString, QByteArray> m_before;
    QPlainTextEdit *m_roleAccounts = nullptr;
    QPlainTextEdit *m_trustedReporters = nullptr;
    QPlainTextEdit *m_customerHeaders = nullptr;
    QPlainTextEdit *m_own = nullptr;
    bool m_ownChanged = false;
    QDoubleSpinBox *m_complaintRate = nullptr;
    QDoubleSpinBox *m_hardBounceRate = nullptr;
    QSpinBox *m_ackHours = nullptr;
    QCheckBox *m_businessDays = nullptr;
    QComboBox *m_logTimeZone = nullptr;
    QListWidget *m_triageOrder = nullptr;
    QCheckBox *m_legalFirst = nullptr;
    QLineEdit *m_legalOwner = nullptr;
    QLabel *m_error = nullptr;
    bool m_classificationChanged = false;
};

} // namespace abusedesk::gui
