// SPDX-License-Identifier: GPL-2.0-or-later
// Edit > Attribution Rules: the ordered rules that decide which customer an item belongs to.
// The first rule naming exactly one customer decides; a rule with a problem blocks OK.
#pragma once

#include "attribution/Attributor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class AttributionRulesDialog : public QDialog
{
    Q_OBJECT
public:
    AttributionRulesDialog(const storage::Database &database, QWidget *parent = nullptr);

    /// The rules as edited, in order.
    [[nodiscard]] QList<attribution::Rule> rules() const;
    /// Whether the rules differ from the stored ones (after accept: whether they were saved).
    [[nodiscard]] bool changed() const { return m_changed; }

    void accept() override;

    /// Adds a header rule row (header name + pattern) and selects it.
    void addHeaderRule(const QString &header = {}, const QString &pattern = QStringLiteral("(.+)"));
    void moveCurrent(int delta);
    void removeCurrent();

private:
    void addRow(const attribution::Rule &rule);
    void check();
    [[nodiscard]] attribution::Rule ruleAt(int row) const;

    const storage::Database &m_database;
    QList<attribution::Rule> m_stored;
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_changed = false;
    bool m_filling = false;
};

} // namespace abusedesk::gui
