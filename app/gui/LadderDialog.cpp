// SPDX-License-Identifier: GPL-2.0-or-later
#include "LadderDialog.h"

#include "CustomerTableModel.h"
#include "attribution/CustomerRecord.h"
#include "cases/CaseStore.h"
#include "cases/EscalationLadder.h"
#include "storage/CustomerStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abusedesk::gui {

LadderDialog::LadderDialog(const storage::Database &database, qint64 customerId, const QString &author,
    qint64 caseId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_customerId(customerId)
    , m_author(author)
{
    setObjectName(QStringLiteral("ladderDialog"));
    const auto customer = storage::CustomerStore(database).customer(customerId);
    const QString name = customer ? customer->name : tr("customer #%1").arg(customerId);
    setWindowTitle(tr("Escalation Ladder — %1").arg(name));
    const cases::EscalationLadder ladder(database);
    const cases::LadderPosition position = ladder.positionOf(customerId);

    auto *layout = new QVBoxLayout(this);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("ladderCurrent"));
    m_current->setWordWrap(true);
    m_current->setText(tr("<b>%1</b> is at <b>%2</b> (step %3), status %4.")
            .arg(name.toHtmlEscaped(), position.stepLabel.toHtmlEscaped())
            .arg(position.step)
            .arg(CustomerTableModel::statusText(position.status).toLower()));
    layout->addWidget(m_current);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("ladderStep"));
    m_step->setAccessibleName(tr("Ladder step"));
    m_step->addItem(tr("0 — Good standing"), 0);
    // The step's status and what moves a customer on, as the policy writes them.
    for (const cases::LadderStep &s : ladder.steps()) {
        m_step->addItem(
            tr("%1 — %2").arg(s.number).arg(cases::EscalationLadder::stepLabel(s.name)), s.number);
        m_step->setItemData(m_step->count() - 1, s.status, Qt::UserRole + 1);
        m_step->setItemData(m_step->count() - 1, s.nextWhen, Qt::UserRole + 2);
    }
    m_step->setItemData(0, QStringLiteral("active"), Qt::UserRole + 1);
    if (position.step == 0)
        m_step->setItemData(0, position.movesOn, Qt::UserRole + 2);
    m_step->setCurrentIndex(std::max(0, m_step->findData(position.step)));
    form->addRow(tr("&Step:"), m_step);
    m_stepNote = new QLabel(this);
    m_stepNote->setObjectName(QStringLiteral("ladderStepNote"));
    m_stepNote->setWordWrap(true);
    m_stepNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_stepNote);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("ladderStatus"));
    m_status->setAccessibleName(tr("Customer status"));
    for (const QString &status : attribution::CustomerRecord::statuses())
        m_status->addItem(CustomerTableModel::statusText(status), status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(position.status)));
    form->addRow(tr("S&tatus:"), m_status);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("ladderReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(
        tr("Required: why, with the facts (rates, reports, what the customer did or did "
           "not do)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 4 + 12);
    form->addRow(tr("&Reason:"), m_reason);

    m_case = new QComboBox(this);
    m_case->setObjectName(QStringLiteral("ladderCase"));
    m_case->setAccessibleName(tr("Case the decision is taken in"));
    m_case->addItem(tr("No case"), qint64(0));
    cases::CaseFilter filter;
    filter.customerId = customerId;
    for (const cases::CaseRecord &c : cases::CaseStore(database).cases(filter))
        m_case->addItem(
            tr("#%1 %2 (%3)").arg(c.id).arg(c.title, cases::CaseStore::statusLabel(c.status)), c.id);
    m_case->setCurrentIndex(std::max(0, m_case->findData(caseId)));
    form->addRow(tr("In &case:"), m_case);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ladderProblem"));
    m_problem->setWordWrap(true);
    {
        QPalette p = m_problem->palette();
        p.setColor(QPalette::WindowText, CustomerTableModel::warningColour());
        m_problem->setPalette(p);
    }
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Record Decision"));
    m_ok->setObjectName(QStringLiteral("ladderOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_step, &QComboBox::currentIndexChanged, this, &LadderDialog::onStepChanged);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &LadderDialog::validate);
    onStepChanged();
    // The step stays where it is until the analyst moves it: the status follows only then.
    m_status->setCurrentIndex(std::max(0, m_status->findData(position.status)));
    validate();
    m_step->setFocus();
    resize(560, sizeHint().height());
}

void LadderDialog::onStepChanged()
{
    const QString status = m_step->currentData(Qt::UserRole + 1).toString();
    if (!status.isEmpty())
        m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    const QString movesOn = m_step->currentData(Qt::UserRole + 2).toString();
    const QString carries
        = tr("Carries the status %1.").arg(CustomerTableModel::statusText(status).toLower());
    m_stepNote->setText(
        movesOn.isEmpty() ? carries : tr("%1 Moves on to the next step when: %2").arg(carries, movesOn));
}

void LadderDialog::validate()
{
    m_ok->setEnabled(!m_reason->toPlainText().trimmed().isEmpty());
}

int LadderDialog::step() const
{
    return m_step->currentData().toInt();
}

QString LadderDialog::status() const
{
    return m_status->currentData().toString();
}

QString LadderDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

qint64 LadderDialog::caseId() const
{
    return m_case->currentData().toLongLong();
}

void LadderDialog::accept()
{
    if (reason().isEmpty()) {
        m_problem->setText(tr("Say why: the reason is kept with the decision."));
        return;
    }
    cases::EscalationLadder ladder(m_database);
    if (!ladder.decide(m_customerId, step(), status(), reason(), m_author, caseId())) {
        m_problem->setText(tr("The decision could not be recorded: %1").arg(ladder.lastError()));
        return;
    }
    QDialog::accept();
}

} // namespace abusedesk::gui
