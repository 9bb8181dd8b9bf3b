// SPDX-License-Identifier: GPL-2.0-or-later
#include "AttributionRulesDialog.h"

#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace abusedesk::gui {

namespace {
enum Column { ColumnTitle, ColumnKind, ColumnHeader, ColumnPattern, ColumnProblem, ColumnCount };
constexpr int RuleIdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;

bool sameRules(const QList<attribution::Rule> &a, const QList<attribution::Rule> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].kind != b[i].kind || a[i].header != b[i].header
            || a[i].pattern != b[i].pattern || a[i].enabled != b[i].enabled)
            return false;
    return true;
}
} // namespace

AttributionRulesDialog::AttributionRulesDialog(const storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("attributionRulesDialog"));
    setWindowTitle(tr("Attribution Rules"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Rules are tried from the top. The first rule that names exactly one customer "
                        "decides; other rules naming someone else are kept as disagreements. Untick a "
                        "rule to leave it out."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *middle = new QHBoxLayout;
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setAccessibleName(tr("Attribution rules"));
    m_table->setHorizontalHeaderLabels(
        { tr("Rule"), tr("Kind"), tr("Header"), tr("Pattern"), tr("Problem") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    for (const auto &[column, width] : { std::pair { ColumnTitle, 230 }, { ColumnKind, 130 },
             { ColumnHeader, 130 }, { ColumnPattern, 170 } })
        m_table->setColumnWidth(column, width);
    middle->addWidget(m_table, 1);
    auto *side = new QVBoxLayout;
    auto *add = new QPushButton(tr("Add &Header Rule"), this);
    add->setObjectName(QStringLiteral("rulesAddHeader"));
    add->setToolTip(tr("A rule that reads a header of the original message: its name and a regular "
                       "expression whose first capture is the customer's value"));
    connect(add, &QPushButton::clicked, this, [this] { addHeaderRule(); });
    m_up = new QPushButton(tr("Move &Up"), this);
    m_up->setObjectName(QStringLiteral("rulesUp"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    m_down = new QPushButton(tr("Move &Down"), this);
    m_down->setObjectName(QStringLiteral("rulesDown"));
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("rulesRemove"));
    connect(m_remove, &QPushButton::clicked, this, &AttributionRulesDialog::removeCurrent);
    side->addWidget(add);
    side->addSpacing(8);
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addSpacing(8);
    side->addWidget(m_remove);
    side->addStretch(1);
    middle->addLayout(side);
    layout->addLayout(middle, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("rulesProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    m_stored = storage::CustomerStore(database).rules();
    m_filling = true;
    for (const attribution::Rule &rule : std::as_const(m_stored))
        addRow(rule);
    m_filling = false;
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            check();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &AttributionRulesDialog::check);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, ColumnTitle);
    check();
    resize(900, 480);
}

void AttributionRulesDialog::addRow(const attribution::Rule &rule)
{
    const bool wasFilling = std::exchange(m_filling, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const bool header = rule.kind == attribution::RuleKind::Header;
    auto *title = new QTableWidgetItem(rule.title());
    title->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    title->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    title->setData(RuleIdRole, rule.id);
    title->setData(KindRole, int(rule.kind));
    title->setToolTip(tr("Ticked: the rule is used"));
    m_table->setItem(row, ColumnTitle, title);
    auto *kind = new QTableWidgetItem(attribution::ruleKindName(rule.kind));
    kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, ColumnKind, kind);
    const Qt::ItemFlags editable = header ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    auto *headerItem = new QTableWidgetItem(rule.header);
    headerItem->setFlags(editable);
    m_table->setItem(row, ColumnHeader, headerItem);
    auto *pattern = new QTableWidgetItem(rule.pattern);
    pattern->setFlags(editable);
    m_table->setItem(row, ColumnPattern, pattern);
    auto *problem = new QTableWidgetItem;
    problem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, ColumnProblem, problem);
    m_filling = wasFilling;
}

attribution::Rule AttributionRulesDialog::ruleAt(int row) const
{
    attribution::Rule rule;
    const QTableWidgetItem *title = m_table->item(row, ColumnTitle);
    rule.id = title->data(RuleIdRole).toLongLong();
    rule.kind = attribution::RuleKind(title->data(KindRole).toInt());
    rule.enabled = title->checkState() == Qt::Checked;
    rule.header = m_table->item(row, ColumnHeader)->text().trimmed();
    rule.pattern = m_table->item(row, ColumnPattern)->text();
    rule.position = row;
    return rule;
}

QList<attribution::Rule> AttributionRulesDialog::rules() const
{
    QList<attribution::Rule> list;
    for (int row = 0; row < m_table->rowCount(); ++row)
        list.append(ruleAt(row));
    return list;
}

void AttributionRulesDialog::check()
{
    const bool wasFilling = std::exchange(m_filling, true);
    QString first;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const attribution::Rule rule = ruleAt(row);
        const QString problem = rule.problem();
        QTableWidgetItem *item = m_table->item(row, ColumnProblem);
        item->setText(problem);
        item->setToolTip(problem);
        item->setForeground(QColor(0xe0, 0x4e, 0x1a));
        m_table->item(row, ColumnTitle)->setText(rule.title());
        if (!problem.isEmpty() && first.isEmpty())
            first = tr("Rule %1 (%2): %3").arg(row + 1).arg(rule.title(), problem);
    }
    m_filling = wasFilling;
    m_problem->setText(first.isEmpty() ? QString() : first + tr(" — fix or remove it to save the rules."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(first.isEmpty());
    const int current = m_table->currentRow();
    m_up->setEnabled(current > 0);
    m_down->setEnabled(current >= 0 && current + 1 < m_table->rowCount());
    m_remove->setEnabled(current >= 0);
}

void AttributionRulesDialog::addHeaderRule(const QString &header, const QString &pattern)
{
    attribution::Rule rule;
    rule.kind = attribution::RuleKind::Header;
    rule.header = header;
    rule.pattern = pattern;
    addRow(rule);
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, ColumnHeader);
    check();
    if (header.isEmpty())
        m_table->editItem(m_table->item(row, ColumnHeader));
}

void AttributionRulesDialog::moveCurrent(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    const bool wasFilling = std::exchange(m_filling, true);
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem *a = m_table->takeItem(row, column);
        QTableWidgetItem *b = m_table->takeItem(target, column);
        m_table->setItem(row, column, b);
        m_table->setItem(target, column, a);
    }
    m_filling = wasFilling;
    m_table->setCurrentCell(target, m_table->currentColumn() < 0 ? 0 : m_table->currentColumn());
    check();
}

void AttributionRulesDialog::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    check();
}

void AttributionRulesDialog::accept()
{
    // Moving the current cell commits a cell being typed in.
    m_table->setCurrentItem(nullptr);
    check();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const QList<attribution::Rule> edited = rules();
    m_changed = !sameRules(edited, m_stored);
    if (m_changed) {
        storage::CustomerStore store(m_database);
        storage::Transaction transaction(m_database.connection());
        if (!transaction.isActive() || !store.saveRules(edited) || !transaction.commit()) {
            m_problem->setText(tr("The rules could not be saved: %1")
                    .arg(store.lastError().isEmpty() ? transaction.lastError() : store.lastError()));
            m_changed = false;
            return;
        }
    }
    QDialog::accept();
}

} // namespace abusedesk::gui
