// SPDX-License-Identifier: GPL-2.0-or-later
#include "ChecklistPanel.h"

#include "CustomerTableModel.h"
#include "cases/CaseStore.h"
#include "cases/ComplaintChecklist.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace abusedesk::gui {

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("caseChecklist"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("checklistIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_intro);

    // A table, as the timeline: answers are sentences, and a table's rows grow to the wrapped text.
    m_answers = new QTableWidget(0, 3, this);
    m_answers->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_answers->setObjectName(QStringLiteral("checklistAnswers"));
    m_answers->setAccessibleName(tr("Checklist answers"));
    m_answers->setAlternatingRowColors(true);
    m_answers->setWordWrap(true);
    m_answers->setTextElideMode(Qt::ElideNone);
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_answers->setShowGrid(false);
    m_answers->setHorizontalHeaderLabels({ tr("Question"), tr("Answer"), tr("In timeline") });
    m_answers->verticalHeader()->hide();
    m_answers->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_answers->horizontalHeader()->setHighlightSections(false);
    m_answers->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_answers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_answers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_answers->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_answers->setColumnWidth(0, 250);
    layout->addWidget(m_answers, 1);

    // What the data cannot answer.
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    auto field = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(m_form);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_expectations = field(QStringLiteral("checklistExpectations"),
        tr("e.g. signed up for a monthly newsletter, got daily offers"));
    m_source = field(
        QStringLiteral("checklistOptInSource"), tr("where the address was collected (form, shop, event)"));
    m_date = field(QStringLiteral("checklistOptInDate"), tr("when (YYYY-MM-DD)"));
    m_ip = field(QStringLiteral("checklistOptInIp"), tr("the IP address the sign-up came from"));
    m_confirmation = field(QStringLiteral("checklistOptInConfirmation"),
        tr("how it was confirmed (confirmation mail clicked on …)"));
    form->addRow(tr("More than signed up for?"), m_expectations);
    form->addRow(tr("Opt-in source:"), m_source);
    form->addRow(tr("Opt-in date:"), m_date);
    form->addRow(tr("Opt-in IP address:"), m_ip);
    form->addRow(tr("Confirmation:"), m_confirmation);
    layout->addWidget(m_form);

    auto *buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checklistStatus"));
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    m_record = new QPushButton(tr("&Record in Timeline"), this);
    m_record->setObjectName(QStringLiteral("checklistRecord"));
    m_record->setToolTip(tr("Write the new answers, from the data and yours, into the case's timeline"));
    connect(m_record, &QPushButton::clicked, this, &ChecklistPanel::record);
    buttons->addWidget(m_record, 0, Qt::AlignTop);
    layout->addLayout(buttons);
    for (QLineEdit *edit : { m_expectations, m_source, m_date, m_ip, m_confirmation })
        connect(edit, &QLineEdit::returnPressed, this, &ChecklistPanel::record);
}

void ChecklistPanel::setCase(const storage::Database *database, qint64 caseId, const QString &author)
{
    const bool sameCase = database == m_database && caseId == m_caseId;
    m_database = database;
    m_caseId = caseId;
    m_author = author;
    if (!sameCase) {
        for (QLineEdit *edit : { m_expectations, m_source, m_date, m_ip, m_confirmation })
            edit->clear();
        m_status->clear();
    }
    fill();
}

void ChecklistPanel::fill()
{
    m_answers->setRowCount(0);
    m_progress.clear();
    if (!m_database || m_caseId == 0) {
        m_intro->setText(tr("No case is selected."));
        m_answers->hide();
        m_form->hide();
        m_record->hide();
        return;
    }
    const cases::ComplaintChecklist checklist(*m_database, m_caseId);
    if (!checklist.applies()) {
        m_intro->setText(
            tr("The direct-abuse checklist asks about a complaint written by a person or escalated "
               "by a trusted reporter, and this case has none linked. Attach the complaint from the "
               "Triage view (T) to answer it."));
        m_answers->hide();
        m_form->hide();
        m_record->hide();
        return;
    }
    m_answers->show();
    m_form->show();
    m_record->show();
    const cases::CaseComplaint &c = *checklist.complaint();
    const QString about = c.recipient.isEmpty() ? tr("about mail to an address it does not name")
        : c.recipient == c.writer               ? tr("about mail to the writer's own address")
                                                : tr("about mail to %1").arg(c.recipient);
    m_intro->setText(tr("The %1 from %2, received %3, %4. The data answers what it can; ⚠ marks an answer "
                        "that points at a problem of the list owner's. The rest is yours to find out.")
            .arg(c.kind == QLatin1String("complaint") ? tr("complaint") : tr("escalated complaint"),
                c.writer.isEmpty() ? tr("an unknown sender") : c.writer,
                QLocale().toString(c.received.toLocalTime(), QLocale::ShortFormat), about));
    int answered = 0;
    const QColor warning = CustomerTableModel::warningColour();
    for (const cases::ChecklistItem &item : checklist.items()) {
        const bool fromData = item.source == cases::ChecklistItem::Source::Data;
        QString answer = item.answer;
        if (answer.isEmpty())
            answer = fromData ? tr("(the data does not say)") : tr("(yours to answer below)");
        else
            ++answered;
        const QString inTimeline = item.recordedAt.isValid()
            ? (item.recorded == item.answer || !fromData ? tr("recorded") : tr("changed since"))
            : tr("not yet");
        const int row = m_answers->rowCount();
        m_answers->insertRow(row);
        const QStringList cells { item.question, item.concern ? QStringLiteral("⚠ ") + answer : answer,
            inTimeline };
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_answers->setItem(row, column, cell);
        }
        m_answers->item(row, 0)->setData(Qt::UserRole, item.key);
        if (item.concern)
            m_answers->item(row, 1)->setForeground(warning);
        if (!fromData) { // the analyst's questions: in italics, as the fields below
            QFont italic = m_answers->font();
            italic.setItalic(true);
            m_answers->item(row, 0)->setFont(italic);
        }
        if (!fromData && item.key == QLatin1String("expectations") && m_expectations->text().isEmpty())
            m_expectations->setPlaceholderText(item.answer.isEmpty()
                    ? tr("e.g. signed up for a monthly newsletter, got daily offers")
                    : tr("recorded: %1").arg(item.answer));
    }
    m_progress = tr("%1 of %2").arg(answered).arg(checklist.items().size());
}

void ChecklistPanel::record()
{
    if (!m_database || m_caseId == 0)
        return;
    cases::ComplaintChecklist checklist(*m_database, m_caseId);
    if (!checklist.applies())
        return;
    cases::CaseStore store(*m_database);
    int written = checklist.recordDataAnswers(store, m_author);
    bool ok = written >= 0;
    written = std::max(written, 0);
    const QString expectations = m_expectations->text().trimmed();
    if (ok && !expectations.isEmpty()) {
        ok = checklist.recordAnswer(store, m_author, QStringLiteral("expectations"), expectations);
        written += ok ? 1 : 0;
    }
    const cases::OptInEvidence optIn { m_source->text(), m_date->text(), m_ip->text(),
        m_confirmation->text() };
    if (ok && !optIn.isEmpty()) {
        ok = checklist.recordAnswer(store, m_author, QStringLiteral("opt-in"), optIn.answer());
        written += ok ? 1 : 0;
    }
    if (ok)
        for (QLineEdit *edit : { m_expectations, m_source, m_date, m_ip, m_confirmation })
            edit->clear();
    fill();
    m_status->setText(!ok  ? tr("Not recorded: %1").arg(store.lastError())
            : written == 0 ? tr("Nothing new to record: the timeline holds every answer.")
                           : tr("%n answer(s) recorded in the timeline.", nullptr, written));
    if (written > 0)
        Q_EMIT recorded();
}

} // namespace abusedesk::gui
