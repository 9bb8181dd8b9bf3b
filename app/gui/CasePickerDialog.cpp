// SPDX-License-Identifier: GPL-2.0-or-later
#include "CasePickerDialog.h"

#include "cases/CaseStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace abusedesk::gui {

namespace {
cases::CaseFilter openOnly()
{
    cases::CaseFilter filter;
    filter.openOnly = true;
    return filter;
}
} // namespace

CasePickerDialog::CasePickerDialog(
    const storage::Database &database, const QString &what, qint64 customerId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("casePickerDialog"));
    setWindowTitle(tr("Attach to Case"));
    auto *layout = new QVBoxLayout(this);
    QList<cases::CaseRecord> open = cases::CaseStore(database).cases(openOnly());
    // The customer's own cases first; otherwise newest activity first, as the store gives them.
    std::stable_sort(
        open.begin(), open.end(), [customerId](const cases::CaseRecord &a, const cases::CaseRecord &b) {
            return customerId != 0 && a.customerId == customerId && b.customerId != customerId;
        });
    auto *intro = new QLabel(open.isEmpty()
            ? tr("There is no open case to attach %1 to. Open one with Triage ▸ Open Case… (C).").arg(what)
            : tr("Attach %1 to an open case. It leaves the queue and appears in the case's evidence and "
                 "timeline.")
                  .arg(what),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("casePickerFilter"));
    m_filter->setAccessibleName(tr("Filter cases"));
    m_filter->setPlaceholderText(tr("Type part of a title, a customer or a case number…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("casePickerList"));
    m_list->setAccessibleName(tr("Open cases"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Case"), tr("Customer"), tr("Title"), tr("Status") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setColumnWidth(0, 60);
    m_list->setColumnWidth(1, 160);
    for (const cases::CaseRecord &c : std::as_const(open)) {
        auto *item = new QTreeWidgetItem(m_list,
            { QStringLiteral("#%1").arg(c.id), c.customerName.isEmpty() ? tr("no customer") : c.customerName,
                c.title, cases::CaseStore::statusLabel(c.status) });
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(2, c.title);
    }
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("A&ttach"));
    m_ok->setObjectName(QStringLiteral("casePickerOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &CasePickerDialog::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { m_ok->setEnabled(caseId() != 0); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (caseId() != 0)
            accept();
    });
    setFocusProxy(m_filter);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_ok->setEnabled(caseId() != 0);
    resize(640, 420);
}

qint64 CasePickerDialog::caseId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

int CasePickerDialog::caseCount() const
{
    return m_list->topLevelItemCount();
}

void CasePickerDialog::select(qint64 caseId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        if (m_list->topLevelItem(row)->data(0, Qt::UserRole).toLongLong() == caseId)
            m_list->setCurrentItem(m_list->topLevelItem(row));
}

void CasePickerDialog::applyFilter(const QString &text)
{
    QTreeWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        bool match = text.isEmpty();
        for (int column = 0; column < 3 && !match; ++column)
            match = item->text(column).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
    m_ok->setEnabled(caseId() != 0);
}

} // namespace abusedesk::gui
