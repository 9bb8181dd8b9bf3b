// SPDX-License-Identifier: GPL-2.0-or-later
#include "CaseStatusDialog.h"

#include "CustomerTableModel.h"
#include "cases/CaseStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abusedesk::gui {

CaseStatusDialog::CaseStatusDialog(const storage::Database &database, qint64 caseId, const QString &status,
    const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_caseId(caseId)
    , m_status(status)
    , m_author(author)
{
    setObjectName(QStringLiteral("caseStatusDialog"));
    setWindowTitle(tr("%1 Case #%2").arg(cases::CaseStore::statusLabel(status)).arg(caseId));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("How did case #%1 end? The outcome is kept in its timeline and its reports.").arg(caseId), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("caseOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Choose the outcome…"), QString());
    for (const QString &outcome : cases::CaseStore::outcomes())
        m_outcome->addItem(cases::CaseStore::outcomeLabel(outcome), outcome);
    form->addRow(tr("&Outcome:"), m_outcome);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("caseStatusReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Optional: what settled it"));
    m_reason->setMinimumWidth(m_reason->fontMetrics().averageCharWidth() * 50);
    form->addRow(tr("&Why:"), m_reason);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    {
        QPalette p = m_problem->palette();
        p.setColor(QPalette::WindowText, CustomerTableModel::warningColour());
        m_problem->setPalette(p);
    }
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("caseStatusOk"));
    m_ok->setText(cases::CaseStore::statusLabel(status));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(
        m_outcome, &QComboBox::currentIndexChanged, this, [this] { m_ok->setEnabled(!outcome().isEmpty()); });
    m_ok->setEnabled(false);
    m_outcome->setFocus();
}

QString CaseStatusDialog::outcome() const
{
    return m_outcome->currentData().toString();
}

void CaseStatusDialog::accept()
{
    if (outcome().isEmpty())
        return;
    cases::CaseStore store(m_database);
    if (!store.setStatus(m_caseId, m_status, outcome(), m_author, m_reason->text().trimmed())) {
        m_problem->setText(tr("The status could not be changed: %1").arg(store.lastError()));
        return;
    }
    QDialog::accept();
}

} // namespace abusedesk::gui
