// SPDX-License-Identifier: GPL-2.0-or-later
#include "CustomerPickerDialog.h"

#include "CustomerTableModel.h"
#include "storage/CustomerStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace abusedesk::gui {

CustomerPickerDialog::CustomerPickerDialog(
    const storage::Database &database, const QString &what, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("customerPickerDialog"));
    setWindowTitle(tr("Attribute to Customer"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Attribute %1 to a customer by hand. A hand attribution stays when the "
                                "history is attributed again.")
                                 .arg(what),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("customerPickerFilter"));
    m_filter->setAccessibleName(tr("Filter customers"));
    m_filter->setPlaceholderText(tr("Type part of a name or id…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("customerPickerList"));
    m_list->setAccessibleName(tr("Customers"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Customer"), tr("Id"), tr("Status") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (const attribution::CustomerRecord &c : storage::CustomerStore(database).customers()) {
        auto *item
            = new QTreeWidgetItem(m_list, { c.name, c.externalId, CustomerTableModel::statusText(c.status) });
        item->setData(0, Qt::UserRole, c.id);
    }
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Attribute"));
    m_ok->setObjectName(QStringLiteral("customerPickerOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &CustomerPickerDialog::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { m_ok->setEnabled(customerId() != 0); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (customerId() != 0)
            accept();
    });
    // Typing part of a name and Enter (the default button) chooses the first customer that matches.
    setFocusProxy(m_filter);
    m_ok->setEnabled(false);
    resize(480, 420);
}

qint64 CustomerPickerDialog::customerId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

QString CustomerPickerDialog::customerName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(0) : QString();
}

void CustomerPickerDialog::select(qint64 customerId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        if (m_list->topLevelItem(row)->data(0, Qt::UserRole).toLongLong() == customerId) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            m_list->scrollToItem(m_list->currentItem());
        }
}

void CustomerPickerDialog::applyFilter(const QString &text)
{
    QTreeWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
            || item->text(1).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
    m_ok->setEnabled(customerId() != 0);
}

} // namespace abusedesk::gui
