// SPDX-License-Identifier: GPL-2.0-or-later
#include "OpenCaseDialog.h"

#include "storage/CustomerStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abusedesk::gui {

OpenCaseDialog::OpenCaseDialog(
    const storage::Database &database, const cases::NewCase &proposal, QWidget *parent)
    : QDialog(parent)
    , m_proposal(proposal)
{
    setObjectName(QStringLiteral("openCaseDialog"));
    setWindowTitle(tr("Open Case"));
    auto *layout = new QVBoxLayout(this);
    const qsizetype evidence = proposal.evidenceIds.size();
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("openCaseIntro"));
    intro->setWordWrap(true);
    const QString messages = tr("%Ln message(s)", nullptr, int(evidence));
    intro->setText(!proposal.findingKey.isEmpty()
            ? tr("A case for this automatic finding, with its numbers and the %1 behind it.").arg(messages)
            : tr("A case with %1 as its evidence; they leave the triage queue.").arg(messages));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_title = new QLineEdit(proposal.title, this);
    m_title->setObjectName(QStringLiteral("openCaseTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What the problem is, in a line"));
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 60);
    form->addRow(tr("&Title:"), m_title);

    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("openCaseCustomer"));
    m_customer->setAccessibleName(tr("Customer"));
    m_customer->addItem(tr("No customer yet"), qint64(0));
    for (const attribution::CustomerRecord &c : storage::CustomerStore(database).customers())
        m_customer->addItem(c.externalId.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.externalId), c.id);
    m_customer->setCurrentIndex(std::max(0, m_customer->findData(proposal.customerId)));
    form->addRow(tr("C&ustomer:"), m_customer);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("openCaseCategory"));
    m_category->setAccessibleName(tr("Category"));
    for (const QString &category : cases::CaseStore::categories())
        m_category->addItem(cases::CaseStore::categoryLabel(category), category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(proposal.category)));
    form->addRow(tr("Cate&gory:"), m_category);

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("openCaseSeverity"));
    m_severity->setAccessibleName(tr("Severity"));
    for (int severity = 1; severity <= 4; ++severity)
        m_severity->addItem(cases::CaseStore::severityLabel(severity), severity);
    m_severity->setCurrentIndex(std::clamp(proposal.severity, 1, 4) - 1);
    form->addRow(tr("&Severity:"), m_severity);

    m_owner = new QLineEdit(proposal.owner, this);
    m_owner->setObjectName(QStringLiteral("openCaseOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setPlaceholderText(tr("who takes care of it"));
    form->addRow(tr("O&wner:"), m_owner);

    m_note = new QPlainTextEdit(proposal.note, this);
    m_note->setObjectName(QStringLiteral("openCaseNote"));
    m_note->setAccessibleName(tr("First note"));
    m_note->setPlaceholderText(tr("Optional: what you saw, what you will do first"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4 + 12);
    form->addRow(tr("First &note:"), m_note);
    layout->addLayout(form);

    m_show = new QCheckBox(tr("&Go to the case when it is open"), this);
    m_show->setObjectName(QStringLiteral("openCaseShow"));
    m_show->setChecked(true);
    layout->addWidget(m_show);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Open Case"));
    m_ok->setObjectName(QStringLiteral("openCaseOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_title, &QLineEdit::textChanged, this, &OpenCaseDialog::validate);
    validate();
    // All selected to be typed over, with the start in sight.
    m_title->end(false);
    m_title->home(true);
    m_title->setFocus();
}

void OpenCaseDialog::validate()
{
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty());
}

cases::NewCase OpenCaseDialog::newCase() const
{
    cases::NewCase c = m_proposal;
    c.title = m_title->text().trimmed();
    c.customerId = m_customer->currentData().toLongLong();
    c.category = m_category->currentData().toString();
    c.severity = m_severity->currentData().toInt();
    c.owner = m_owner->text().trimmed();
    c.note = m_note->toPlainText().trimmed();
    return c;
}

bool OpenCaseDialog::showCaseAfterwards() const
{
    return m_show->isChecked();
}

void OpenCaseDialog::setShowCaseAfterwards(bool show)
{
    m_show->setChecked(show);
}

} // namespace abusedesk::gui
