// SPDX-License-Identifier: GPL-2.0-or-later
#include "PolicyDialog.h"

#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace abusedesk::gui {

namespace {

QJsonValue jsonValue(const QByteArray &text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

QPlainTextEdit *listEditor(
    const QString &name, const QByteArray &json, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    QStringList lines;
    for (const QJsonValue &v : jsonValue(json).toArray())
        lines.append(v.toString());
    edit->setPlainText(lines.join(QLatin1Char('\n')));
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
    return edit;
}

QByteArray listJson(const QPlainTextEdit *edit)
{
    QJsonArray array;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString entry = line.trimmed();
        if (!entry.isEmpty() && !array.contains(entry))
            array.append(entry);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString groupLabel(const QString &group)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("escalated-complaint"),
            QT_TRANSLATE_NOOP("abusedesk::gui::PolicyDialog", "Escalated complaints") },
        { QStringLiteral("complaint"),
            QT_TRANSLATE_NOOP("abusedesk::gui::PolicyDialog", "Complaints written by people") },
        { QStringLiteral("feedback-cluster"),
            QT_TRANSLATE_NOOP("abusedesk::gui::PolicyDialog", "Feedback reports (clusters)") },
        { QStringLiteral("finding"),
            QT_TRANSLATE_NOOP("abusedesk::gui::PolicyDialog", "Automatic findings") },
        { QStringLiteral("blocklist-notice"),
            QT_TRANSLATE_NOOP("abusedesk::gui::PolicyDialog", "Blocklist notices") },
        { QStringLiteral("unsubscribe-request"),
            QT_TRANSLATE_NOOP("abusedesk::gui::PolicyDialog", "Unsubscribe requests") },
    };
    const char *label = labels.value(group);
    return label ? PolicyDialog::tr(label) : group;
}

} // namespace

PolicyDialog::PolicyDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_before(database.policy())
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(tr("Policy"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The policy belongs to this case database. Lists take one entry per line: a role account "
           "is a local part (abuse) or an address; a trusted reporter is an address or a domain. "
           "Changing the lists classifies the evidence already imported again."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_roleAccounts
        = listEditor(QStringLiteral("policyRoleAccounts"), m_before.value(QStringLiteral("role_accounts")),
            tr("abuse\npostmaster\nfbl-reports@esp.example"), this);
    form->addRow(tr("&Role accounts:"), m_roleAccounts);
    m_trustedReporters = listEditor(QStringLiteral("policyTrustedReporters"),
        m_before.value(QStringLiteral("trusted_reporters")), tr("spamhaus.org\nabuse-desk@peer.example"),
        this);
    form->addRow(tr("&Trusted reporters:"), m_trustedReporters);
    m_customerHeaders = listEditor(QStringLiteral("policyCustomerHeaders"),
        m_before.value(QStringLiteral("customer_headers")), tr("X-Customer-ID"), this);
    form->addRow(tr("&Customer headers:"), m_customerHeaders);
    // One list for the sender's own domains and networks: mail naming them is a mention.
    QStringList own;
    for (const char *key : { "own_domains", "own_networks" })
        for (const QJsonValue &v : jsonValue(m_before.value(QLatin1StringView(key))).toArray())
            own.append(v.toString());
    m_own = listEditor(QStringLiteral("policyOwn"), QJsonDocument(QJsonArray::fromStringList(own)).toJson(),
        tr("esp.example\n192.0.2.0/24"), this);
    m_own->setToolTip(tr("Your own domains, addresses and CIDR ranges, one per line: mail that names "
                         "them is listed as a mention."));
    form->addRow(tr("&Own domains and networks:"), m_own);

    m_complaintRate = new QDoubleSpinBox(this);
    m_complaintRate->setObjectName(QStringLiteral("policyComplaintRate"));
    m_complaintRate->setRange(0.001, 10);
    m_complaintRate->setDecimals(3);
    m_complaintRate->setSuffix(QStringLiteral(" %"));
    m_complaintRate->setValue(
        jsonValue(m_before.value(QStringLiteral("complaint_rate_threshold"))).toDouble() * 100);
    form->addRow(tr("Complaint rate &line:"), m_complaintRate);
    m_hardBounceRate = new QDoubleSpinBox(this);
    m_hardBounceRate->setObjectName(QStringLiteral("policyHardBounceRate"));
    m_hardBounceRate->setRange(0.1, 100);
    m_hardBounceRate->setDecimals(1);
    m_hardBounceRate->setSuffix(QStringLiteral(" %"));
    m_hardBounceRate->setValue(
        jsonValue(m_before.value(QStringLiteral("hard_bounce_rate_threshold"))).toDouble() * 100);
    form->addRow(tr("&Hard bounce rate line:"), m_hardBounceRate);
    m_ackHours = new QSpinBox(this);
    m_ackHours->setObjectName(QStringLiteral("policyAckHours"));
    m_ackHours->setRange(1, 24 * 14);
    m_ackHours->setSuffix(tr(" hours"));
    m_ackHours->setValue(jsonValue(m_before.value(QStringLiteral("acknowledgement_window_hours"))).toInt());
    m_businessDays = new QCheckBox(tr("count &business days only"), this);
    m_businessDays->setChecked(
        jsonValue(m_before.value(QStringLiteral("acknowledgement_business_days"))).toBool());
    auto *ack = new QHBoxLayout;
    ack->addWidget(m_ackHours);
    ack->addWidget(m_businessDays);
    ack->addStretch();
    auto *ackLabel = new QLabel(tr("&Acknowledge within:"), this);
    ackLabel->setBuddy(m_ackHours);
    form->addRow(ackLabel, ack);

    // The triage queue's order: drag, or Alt+Up/Alt+Down from the keyboard.
    m_triageOrder = new QListWidget(this);
    m_triageOrder->setObjectName(QStringLiteral("policyTriageOrder"));
    m_triageOrder->setAccessibleName(tr("Triage order"));
    m_triageOrder->setDragDropMode(QAbstractItemView::InternalMove);
    QStringList order;
    for (const QJsonValue &v : jsonValue(m_before.value(QStringLiteral("triage_order"))).toArray())
        order.append(v.toString());
    for (const QString &group : { QStringLiteral("escalated-complaint"), QStringLiteral("complaint"),
             QStringLiteral("feedback-cluster"), QStringLiteral("finding"),
             QStringLiteral("blocklist-notice"), QStringLiteral("unsubscribe-request") })
        if (!order.contains(group))
            order.append(group);
    for (const QString &group : std::as_const(order)) {
        auto *item = new QListWidgetItem(groupLabel(group), m_triageOrder);
        item->setData(Qt::UserRole, group);
    }
    m_triageOrder->setCurrentRow(0);
    // Every group in sight: the order is read at a glance.
    m_triageOrder->setFixedHeight(
        m_triageOrder->sizeHintForRow(0) * int(order.size()) + 2 * m_triageOrder->frameWidth() + 4);
    m_triageOrder->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *up = new QPushButton(tr("Move &Up"), this);
    up->setObjectName(QStringLiteral("policyTriageUp"));
    up->setToolTip(tr("Alt+Up in the list"));
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    down->setObjectName(QStringLiteral("policyTriageDown"));
    down->setToolTip(tr("Alt+Down in the list"));
    connect(up, &QPushButton::clicked, this, [this] { moveTriageGroup(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveTriageGroup(1); });
    m_triageOrder->installEventFilter(this);
    m_legalFirst = new QCheckBox(tr("&Legal-tone items first"), this);
    m_legalFirst->setObjectName(QStringLiteral("policyLegalFirst"));
    m_legalFirst->setChecked(jsonValue(m_before.value(QStringLiteral("legal_first"))).toBool());
    m_legalOwner = new QLineEdit(jsonValue(m_before.value(QStringLiteral("legal_owner"))).toString(), this);
    m_legalOwner->setObjectName(QStringLiteral("policyLegalOwner"));
    m_legalOwner->setPlaceholderText(tr("legal@esp.example"));
    m_legalOwner->setToolTip(tr("Cases opened from legal-tone items are given to this owner (empty: you)."));
    m_legalOwner->setAccessibleName(tr("Legal items go to"));
    auto *orderButtons = new QVBoxLayout;
    orderButtons->addWidget(up);
    orderButtons->addWidget(down);
    orderButtons->addWidget(m_legalFirst);
    auto *routed = new QLabel(tr("Legal items &go to:"), this);
    routed->setBuddy(m_legalOwner);
    orderButtons->addWidget(routed);
    orderButtons->addWidget(m_legalOwner);
    orderButtons->addStretch();
    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(m_triageOrder, 1);
    orderRow->addLayout(orderButtons);
    auto *orderLabel = new QLabel(tr("Triage &order:"), this);
    orderLabel->setBuddy(m_triageOrder);
    form->addRow(orderLabel, orderRow);
    m_logTimeZone = new QComboBox(this);
    m_logTimeZone->setObjectName(QStringLiteral("policyLogTimeZone"));
    m_logTimeZone->setEditable(true);
    m_logTimeZone->addItem(
        tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    m_logTimeZone->addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    for (const char *zone : { "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid",
             "America/New_York", "America/Chicago", "America/Los_Angeles", "Asia/Tokyo" })
        m_logTimeZone->addItem(QString::fromLatin1(zone), QString::fromLatin1(zone));
    const QString zone = jsonValue(m_before.value(QStringLiteral("log_time_zone"))).toString();
    const int known = m_logTimeZone->findData(zone);
    if (known >= 0)
        m_logTimeZone->setCurrentIndex(known);
    else
        m_logTimeZone->setEditText(zone);
    m_logTimeZone->setToolTip(
        tr("Postfix (classic syslog) and Exim write their times without a zone: the zone "
           "the mail servers' clocks run in."));
    form->addRow(tr("MTA log &time zone:"), m_logTimeZone);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("policyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(600, 760);
}

bool PolicyDialog::save()
{
    const QList<std::pair<QString, QByteArray>> values {
        { QStringLiteral("role_accounts"), listJson(m_roleAccounts) },
        { QStringLiteral("trusted_reporters"), listJson(m_trustedReporters) },
        { QStringLiteral("customer_headers"), listJson(m_customerHeaders) },
        { QStringLiteral("complaint_rate_threshold"),
            QByteArray::number(m_complaintRate->value() / 100, 'g', 6) },
        { QStringLiteral("hard_bounce_rate_threshold"),
            QByteArray::number(m_hardBounceRate->value() / 100, 'g', 6) },
        { QStringLiteral("acknowledgement_window_hours"), QByteArray::number(m_ackHours->value()) },
        { QStringLiteral("acknowledgement_business_days"),
            m_businessDays->isChecked() ? QByteArray("true") : QByteArray("false") },
        { QStringLiteral("log_time_zone"), logTimeZoneJson() },
        { QStringLiteral("own_domains"), ownJson(false) },
        { QStringLiteral("own_networks"), ownJson(true) },
        { QStringLiteral("triage_order"), triageOrderJson() },
        { QStringLiteral("legal_first"),
            m_legalFirst->isChecked() ? QByteArray("true") : QByteArray("false") },
        { QStringLiteral("legal_owner"),
            QJsonDocument(QJsonArray { m_legalOwner->text().trimmed() })
                .toJson(QJsonDocument::Compact)
                .mid(1)
                .chopped(1) },
    };
    m_classificationChanged = false;
    m_ownChanged = false;
    for (const auto &[key, json] : values) {
        if (jsonValue(m_before.value(key)) == jsonValue(json))
            continue;
        QString error;
        if (!m_database.setPolicy(key, json, &error)) {
            m_error->setText(error);
            m_error->show();
            return false;
        }
        if (key == QLatin1String("role_accounts") || key == QLatin1String("trusted_reporters")
            || key == QLatin1String("customer_headers"))
            m_classificationChanged = true;
        if (key.startsWith(QLatin1String("own_")))
            m_ownChanged = true;
    }
    m_before = m_database.policy();
    return true;
}

QByteArray PolicyDialog::ownJson(bool networks) const
{
    QJsonArray list;
    for (const QString &line : m_own->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString entry = line.trimmed();
        if (entry.isEmpty())
            continue;
        const bool isNetwork = !QHostAddress::parseSubnet(entry.contains(QLatin1Char('/'))
                ? entry
                : entry + (entry.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32")))
                                    .first.isNull();
        if (isNetwork == networks)
            list.append(networks ? entry : entry.toLower());
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

void PolicyDialog::moveTriageGroup(int by)
{
    const int row = m_triageOrder->currentRow();
    if (row < 0 || row + by < 0 || row + by >= m_triageOrder->count())
        return;
    QListWidgetItem *item = m_triageOrder->takeItem(row);
    m_triageOrder->insertItem(row + by, item);
    m_triageOrder->setCurrentRow(row + by);
}

bool PolicyDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Alt+Up and Alt+Down move the current group within the list.
    if (watched == m_triageOrder && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveTriageGroup(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QByteArray PolicyDialog::triageOrderJson() const
{
    QJsonArray order;
    for (int row = 0; row < m_triageOrder->count(); ++row)
        order.append(m_triageOrder->item(row)->data(Qt::UserRole).toString());
    return QJsonDocument(order).toJson(QJsonDocument::Compact);
}

QByteArray PolicyDialog::logTimeZoneJson() const
{
    // A zone chosen from the list carries its name as data; one typed in is the text itself.
    const int index = m_logTimeZone->findText(m_logTimeZone->currentText());
    const QString zone
        = index >= 0 ? m_logTimeZone->itemData(index).toString() : m_logTimeZone->currentText().trimmed();
    return QJsonDocument(QJsonArray { zone }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

void PolicyDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace abusedesk::gui
