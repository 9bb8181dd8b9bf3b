// SPDX-License-Identifier: GPL-2.0-or-later
#include "BlocklistListingDialog.h"

#include "delivery/BlocklistEntry.h"
#include "storage/CustomerStore.h"
#include "storage/DeliveryStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace abusedesk::gui {

namespace {
const QStringList CommonLists
    = { QStringLiteral("Spamhaus SBL"), QStringLiteral("Spamhaus CSS"), QStringLiteral("Spamhaus DBL"),
          QStringLiteral("Spamhaus PBL"), QStringLiteral("Spamcop"), QStringLiteral("Barracuda"),
          QStringLiteral("SORBS"), QStringLiteral("UCEPROTECT Level 1"), QStringLiteral("SURBL"),
          QStringLiteral("URIBL"), QStringLiteral("Invaluement"), QStringLiteral("Proofpoint") };
}

BlocklistListingDialog::BlocklistListingDialog(const storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("blocklistListingDialog"));
    setWindowTitle(tr("Add Blocklist Listing"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("listingList"));
    m_list->setEditable(true);
    m_list->addItems(CommonLists);
    m_list->setCurrentText(QString());
    m_list->lineEdit()->setPlaceholderText(tr("e.g. Spamhaus SBL"));
    form->addRow(tr("&Blocklist:"), m_list);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("listingTarget"));
    m_target->setPlaceholderText(tr("192.0.2.17, 198.51.100.0/24 or mail.example.com"));
    form->addRow(tr("&Listed IP, range or domain:"), m_target);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_listed = new QDateTimeEdit(now, this);
    m_listed->setObjectName(QStringLiteral("listingListed"));
    m_listed->setTimeZone(QTimeZone::UTC);
    m_listed->setCalendarPopup(true);
    m_listed->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    form->addRow(tr("Listed &since:"), m_listed);
    m_hasDelisted = new QCheckBox(tr("&Delisted on:"), this);
    m_hasDelisted->setObjectName(QStringLiteral("listingHasDelisted"));
    m_delisted = new QDateTimeEdit(now, this);
    m_delisted->setObjectName(QStringLiteral("listingDelisted"));
    m_delisted->setTimeZone(QTimeZone::UTC);
    m_delisted->setCalendarPopup(true);
    m_delisted->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_delisted->setEnabled(false);
    form->addRow(m_hasDelisted, m_delisted);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("listingNote"));
    m_note->setPlaceholderText(tr("what happened, the listing's reference …"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("listingProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_hasDelisted, &QCheckBox::toggled, m_delisted, &QWidget::setEnabled);
    connect(m_hasDelisted, &QCheckBox::toggled, this, &BlocklistListingDialog::validate);
    connect(m_list, &QComboBox::currentTextChanged, this, &BlocklistListingDialog::validate);
    connect(m_target, &QLineEdit::textChanged, this, &BlocklistListingDialog::validate);
    connect(m_listed, &QDateTimeEdit::dateTimeChanged, this, &BlocklistListingDialog::validate);
    connect(m_delisted, &QDateTimeEdit::dateTimeChanged, this, &BlocklistListingDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

void BlocklistListingDialog::validate()
{
    QString problem;
    const bool complete = !m_list->currentText().trimmed().isEmpty() && !m_target->text().trimmed().isEmpty();
    const bool valid = complete
        && delivery::BlocklistEntry::make(m_list->currentText(), m_target->text(), m_listed->dateTime(),
            m_hasDelisted->isChecked() ? m_delisted->dateTime() : QDateTime(), m_note->text(), &problem)
               .has_value();
    // Say what is wrong only once there is something to judge.
    m_problem->setText(complete && !valid ? problem : QString());
    m_save->setEnabled(valid);
}

void BlocklistListingDialog::accept()
{
    QString problem;
    const auto listing
        = delivery::BlocklistEntry::make(m_list->currentText(), m_target->text(), m_listed->dateTime(),
            m_hasDelisted->isChecked() ? m_delisted->dateTime() : QDateTime(), m_note->text(), &problem);
    if (!listing) {
        m_problem->setText(problem);
        return;
    }
    const attribution::Attributor attributor(storage::CustomerStore(m_database).directory());
    storage::DeliveryStore store(m_database, &attributor);
    if (!store.storeByHand(*listing)) {
        m_problem->setText(tr("The case database refused the listing: %1").arg(store.lastError()));
        return;
    }
    QDialog::accept();
}

} // namespace abusedesk::gui
