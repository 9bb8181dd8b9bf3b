// SPDX-License-Identifier: GPL-2.0-or-later
#include "CustomersView.h"

#include "AnalystName.h"
#include "AttributionRunner.h"
#include "CustomerTableModel.h"
#include "LadderDialog.h"
#include "cases/EscalationLadder.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace abusedesk::gui {

namespace {

enum IdentifierColumn { IdKind, IdHeader, IdValue, IdFrom, IdUntil, IdShared, IdNote, IdColumnCount };

const QList<attribution::IdentifierKind> &identifierKinds()
{
    using K = attribution::IdentifierKind;
    static const QList<K> kinds { K::Ip, K::Domain, K::DkimDomain, K::ReturnPathDomain, K::FromDomain,
        K::ListId, K::Header, K::Contact };
    return kinds;
}

/// The identifier kind column edits through a combo of the stored kind names.
/// What an identifier kind is called in the program.
QString kindLabel(attribution::IdentifierKind kind)
{
    using K = attribution::IdentifierKind;
    switch (kind) {
    case K::Ip:
        return CustomersView::tr("IP address or range");
    case K::Domain:
        return CustomersView::tr("Domain (any use)");
    case K::DkimDomain:
        return CustomersView::tr("DKIM d= domain");
    case K::ReturnPathDomain:
        return CustomersView::tr("Return-Path domain");
    case K::FromDomain:
        return CustomersView::tr("From domain");
    case K::ListId:
        return CustomersView::tr("List-Id");
    case K::Header:
        return CustomersView::tr("Header value");
    case K::Contact:
        return CustomersView::tr("Contact address");
    }
    return {};
}

/// A kind from its label, or from its stored name ("dkim-domain") as typed.
std::optional<attribution::IdentifierKind> kindFromText(const QString &text)
{
    for (const auto kind : identifierKinds())
        if (text.compare(kindLabel(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return attribution::identifierKindFromName(text);
}

class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const auto kind : identifierKinds())
            combo->addItem(kindLabel(kind));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const auto kind = kindFromText(index.data().toString());
        combo->setCurrentIndex(std::max(0, kind ? combo->findText(kindLabel(*kind)) : 0));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }
};

/// Days typed as yyyy-mm-dd, or nothing (always / still held).
class DayDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(CustomersView::tr("yyyy-mm-dd"));
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral(R"(\d{0,4}(-\d{0,2}(-\d{0,2})?)?)")), edit));
        return edit;
    }
};

QString dayText(qint64 seconds)
{
    return seconds == 0 ? QString()
                        : QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC).date().toString(Qt::ISODate);
}

QString shortTime(const QString &stored)
{
    const QDateTime when = QDateTime::fromString(stored, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                          : stored;
}

double policyFraction(const storage::Database &db, const QString &key, double fallback)
{
    const QByteArray json = db.policy().value(key);
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
    const double value = doc.isArray() ? doc.array().at(0).toDouble(-1) : -1;
    return value > 0 ? value : fallback;
}

} // namespace

CustomersView::CustomersView(QWidget *parent)
    : QWidget(parent)
    , m_runner(new AttributionRunner(this))
{
    setObjectName(QStringLiteral("customersView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // Re-attribution progress and what it moved, above both tabs.
    m_runRow = new QWidget(this);
    auto *runLayout = new QHBoxLayout(m_runRow);
    runLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_runRow);
    m_progress->setObjectName(QStringLiteral("customersProgress"));
    m_progress->setAccessibleName(tr("Re-attribution progress"));
    m_progress->setFormat(tr("Attributing the history again… %p%"));
    runLayout->addWidget(m_progress, 1);
    m_cancel = new QPushButton(tr("Cancel"), m_runRow);
    m_cancel->setObjectName(QStringLiteral("customersCancelRun"));
    runLayout->addWidget(m_cancel);
    m_runRow->hide();
    layout->addWidget(m_runRow);
    m_moved = new QLabel(this);
    m_moved->setObjectName(QStringLiteral("customersMoved"));
    m_moved->setAccessibleName(tr("What moved"));
    m_moved->setWordWrap(true);
    m_moved->setTextFormat(Qt::RichText);
    m_moved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_moved->setFrameShape(QFrame::StyledPanel);
    m_moved->setMargin(6);
    m_moved->hide();
    layout->addWidget(m_moved);
    connect(m_cancel, &QPushButton::clicked, m_runner, &AttributionRunner::cancel);
    connect(m_runner, &AttributionRunner::started, this, [this] {
        m_progress->setValue(0);
        m_runRow->show();
    });
    connect(m_runner, &AttributionRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &AttributionRunner::finished, this, &CustomersView::onRunFinished);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("customersTabs"));
    layout->addWidget(m_tabs, 1);

    // --- the customers tab: list on the left, details on the right ---
    auto *customersPage = new QWidget(m_tabs);
    auto *pageLayout = new QVBoxLayout(customersPage);
    pageLayout->setContentsMargins(4, 4, 4, 4);
    m_splitter = new QSplitter(Qt::Horizontal, customersPage);
    pageLayout->addWidget(m_splitter, 1);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_period = new QLabel(left);
    m_period->setObjectName(QStringLiteral("customersPeriod"));
    m_period->setWordWrap(true);
    leftLayout->addWidget(m_period);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("customersFilter"));
    m_filter->setAccessibleName(tr("Filter customers"));
    m_filter->setPlaceholderText(tr("Filter by name, id or status…"));
    m_filter->setClearButtonEnabled(true);
    leftLayout->addWidget(m_filter);
    m_model = new CustomerTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CustomerTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView(left);
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setAccessibleName(tr("Customers"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerTableModel::ColumnName, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    {
        using M = CustomerTableModel;
        for (const auto &[column, width] :
            { std::pair { M::ColumnName, 165 }, { M::ColumnExternalId, 45 }, { M::ColumnStatus, 72 },
                { M::ColumnLadder, 70 }, { M::ColumnRevenue, 100 }, { M::ColumnComplaints, 78 },
                { M::ColumnComplaintRate, 100 }, { M::ColumnHardBounceRate, 90 } })
            m_table->setColumnWidth(column, width);
    }
    leftLayout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CustomersView::showCurrent);
    auto *listButtons = new QHBoxLayout;
    m_new = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Customer"), left);
    m_new->setObjectName(QStringLiteral("customersNew"));
    connect(m_new, &QPushButton::clicked, this, &CustomersView::newCustomer);
    m_delete
        = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Customer…"), left);
    m_delete->setObjectName(QStringLiteral("customersDelete"));
    connect(m_delete, &QPushButton::clicked, this, &CustomersView::deleteCustomer);
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);

    // The details scroll when the window is small (a laptop screen), instead of holding the whole
    // window to their height.
    auto *rightScroll = new QScrollArea;
    rightScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls inside
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget(rightScroll);
    right->setMinimumHeight(680);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_hint = new QLabel(right);
    m_hint->setObjectName(QStringLiteral("customersHint"));
    m_hint->setWordWrap(true);
    rightLayout->addWidget(m_hint);

    m_detailsBox = new QGroupBox(tr("Customer"), right);
    auto *form = new QFormLayout(m_detailsBox);
    m_name = new QLineEdit(m_detailsBox);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);
    auto *idRow = new QHBoxLayout;
    m_externalId = new QLineEdit(m_detailsBox);
    m_externalId->setObjectName(QStringLiteral("customerExternalId"));
    m_externalId->setAccessibleName(tr("External id"));
    m_externalId->setPlaceholderText(tr("your system's id, e.g. c001"));
    idRow->addWidget(m_externalId, 1);
    m_status = new QComboBox(m_detailsBox);
    m_status->setObjectName(QStringLiteral("customerStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (const QString &status : attribution::CustomerRecord::statuses())
        m_status->addItem(CustomerTableModel::statusText(status), status);
    // Status and ladder step change only as recorded decisions (Escalation ▸ Change Status…).
    m_status->setEnabled(false);
    m_status->setToolTip(tr("Changed with Change Status… below, as a decision with a reason"));
    auto *statusLabel = new QLabel(tr("S&tatus:"), m_detailsBox);
    statusLabel->setBuddy(m_status);
    idRow->addWidget(statusLabel);
    idRow->addWidget(m_status);
    m_ladder = new QComboBox(m_detailsBox);
    m_ladder->setObjectName(QStringLiteral("customerLadder"));
    m_ladder->setAccessibleName(tr("Ladder step"));
    for (int step = 0; step <= 4; ++step)
        m_ladder->addItem(CustomerTableModel::ladderText(step), step);
    m_ladder->setEnabled(false);
    m_ladder->setToolTip(tr("Changed with Change Status… below, as a decision with a reason"));
    auto *ladderLabel = new QLabel(tr("&Ladder:"), m_detailsBox);
    ladderLabel->setBuddy(m_ladder);
    idRow->addWidget(ladderLabel);
    idRow->addWidget(m_ladder);
    auto *idLabel = new QLabel(tr("E&xternal id:"), m_detailsBox);
    idLabel->setBuddy(m_externalId);
    form->addRow(idLabel, idRow);
    auto *revenueRow = new QHBoxLayout;
    m_revenue = new QDoubleSpinBox(m_detailsBox);
    m_revenue->setObjectName(QStringLiteral("customerRevenue"));
    m_revenue->setAccessibleName(tr("Monthly revenue"));
    m_revenue->setRange(-0.01, 1e10);
    m_revenue->setDecimals(2);
    m_revenue->setSingleStep(100);
    m_revenue->setSpecialValueText(tr("unknown"));
    m_revenue->setGroupSeparatorShown(true);
    revenueRow->addWidget(m_revenue, 1);
    m_currency = new QLineEdit(m_detailsBox);
    m_currency->setObjectName(QStringLiteral("customerCurrency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(m_currency->fontMetrics().horizontalAdvance(QStringLiteral("WWWWW")));
    auto *currencyLabel = new QLabel(tr("C&urrency:"), m_detailsBox);
    currencyLabel->setBuddy(m_currency);
    revenueRow->addWidget(currencyLabel);
    revenueRow->addWidget(m_currency);
    auto *revenueLabel = new QLabel(tr("&Revenue / month:"), m_detailsBox);
    revenueLabel->setBuddy(m_revenue);
    form->addRow(revenueLabel, revenueRow);
    m_contacts = new QLineEdit(m_detailsBox);
    m_contacts->setObjectName(QStringLiteral("customerContacts"));
    m_contacts->setAccessibleName(tr("Contacts"));
    m_contacts->setPlaceholderText(tr("addresses, separated by commas or semicolons"));
    form->addRow(tr("C&ontacts:"), m_contacts);
    m_notes = new QPlainTextEdit(m_detailsBox);
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 3 + 12);
    form->addRow(tr("No&tes:"), m_notes);
    rightLayout->addWidget(m_detailsBox);

    // Where the customer stands on the escalation ladder, how it got there, and the way on.
    m_escalationBox = new QGroupBox(tr("Escalation"), right);
    m_escalationBox->setObjectName(QStringLiteral("customerEscalation"));
    auto *escalationLayout = new QVBoxLayout(m_escalationBox);
    auto *positionRow = new QHBoxLayout;
    m_ladderPosition = new QLabel(m_escalationBox);
    m_ladderPosition->setObjectName(QStringLiteral("customerLadderPosition"));
    m_ladderPosition->setWordWrap(true);
    m_ladderPosition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for the step and a "moves on when" that wraps, which the scrolling panel would otherwise cut.
    m_ladderPosition->setMinimumHeight(m_ladderPosition->fontMetrics().lineSpacing() * 3 + 4);
    m_ladderPosition->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    positionRow->addWidget(m_ladderPosition, 1);
    m_ladderChange = new QPushButton(tr("C&hange Status…"), m_escalationBox);
    m_ladderChange->setObjectName(QStringLiteral("customerLadderChange"));
    m_ladderChange->setToolTip(
        tr("Move the customer on the escalation ladder: a decision recorded with a reason"));
    connect(m_ladderChange, &QPushButton::clicked, this, &CustomersView::changeLadderStep);
    positionRow->addWidget(m_ladderChange, 0, Qt::AlignTop);
    escalationLayout->addLayout(positionRow);
    m_ladderHistory = new QTreeWidget(m_escalationBox);
    m_ladderHistory->setObjectName(QStringLiteral("customerLadderHistory"));
    m_ladderHistory->setAccessibleName(tr("Escalation history"));
    m_ladderHistory->setRootIsDecorated(false);
    m_ladderHistory->setAlternatingRowColors(true);
    // The reason last: it takes the room that is left, and its tooltip holds all of it.
    m_ladderHistory->setHeaderLabels(
        { tr("Date"), tr("Step"), tr("Status"), tr("Who"), tr("Case"), tr("Reason") });
    for (const auto &[column, width] : { std::pair { 0, 112 }, { 1, 130 }, { 2, 135 }, { 3, 60 }, { 4, 45 } })
        m_ladderHistory->setColumnWidth(column, width);
    m_ladderHistory->setFixedHeight(m_ladderHistory->fontMetrics().height() * 5 + 16);
    escalationLayout->addWidget(m_ladderHistory);
    rightLayout->addWidget(m_escalationBox);

    m_identifiersBox = new QGroupBox(tr("Identifiers"), right);
    auto *idLayout = new QVBoxLayout(m_identifiersBox);
    m_identifiers = new QTableWidget(0, IdColumnCount, m_identifiersBox);
    m_identifiers->setObjectName(QStringLiteral("customerIdentifiers"));
    // Tab leaves the table; the arrow keys move between its cells.
    m_identifiers->setTabKeyNavigation(false);
    m_identifiers->setAccessibleName(tr("Identifiers"));
    m_identifiers->setHorizontalHeaderLabels({ tr("Kind"), tr("Header"), tr("Value"), tr("Valid from"),
        tr("Valid until"), tr("Shared"), tr("Note") });
    m_identifiers->horizontalHeaderItem(IdFrom)->setToolTip(tr("First UTC day (yyyy-mm-dd); empty: always"));
    m_identifiers->horizontalHeaderItem(IdUntil)->setToolTip(
        tr("UTC day it was given up (yyyy-mm-dd, not included); empty: still held"));
    m_identifiers->horizontalHeaderItem(IdShared)->setToolTip(
        tr("A pool several customers use at once: it decides nothing on its own"));
    m_identifiers->setItemDelegateForColumn(IdKind, new KindDelegate(m_identifiers));
    m_identifiers->setItemDelegateForColumn(IdFrom, new DayDelegate(m_identifiers));
    m_identifiers->setItemDelegateForColumn(IdUntil, new DayDelegate(m_identifiers));
    m_identifiers->verticalHeader()->hide();
    m_identifiers->verticalHeader()->setDefaultSectionSize(m_identifiers->fontMetrics().height() + 10);
    m_identifiers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_identifiers->setAlternatingRowColors(true);
    m_identifiers->horizontalHeader()->setStretchLastSection(true);
    m_identifiers->horizontalHeader()->setHighlightSections(false);
    for (const auto &[column, width] : { std::pair { IdKind, 150 }, { IdHeader, 100 }, { IdValue, 230 },
             { IdFrom, 88 }, { IdUntil, 88 }, { IdShared, 55 } })
        m_identifiers->setColumnWidth(column, width);
    idLayout->addWidget(m_identifiers, 1);
    auto *idButtons = new QHBoxLayout;
    m_addIdentifier = new QPushButton(tr("&Add Identifier"), m_identifiersBox);
    m_addIdentifier->setObjectName(QStringLiteral("identifierAdd"));
    connect(m_addIdentifier, &QPushButton::clicked, this, [this] {
        attribution::Identifier identifier;
        identifier.kind = attribution::IdentifierKind::Domain;
        addIdentifierRow(identifier);
        const int row = m_identifiers->rowCount() - 1;
        m_identifiers->setCurrentCell(row, IdValue);
        m_identifiers->editItem(m_identifiers->item(row, IdValue));
    });
    m_removeIdentifier = new QPushButton(tr("Re&move Identifier"), m_identifiersBox);
    m_removeIdentifier->setObjectName(QStringLiteral("identifierRemove"));
    connect(m_removeIdentifier, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_identifiers->selectionModel()->selectedRows())
            rows.append(index.row());
        if (rows.isEmpty() && m_identifiers->currentRow() >= 0)
            rows.append(m_identifiers->currentRow());
        std::sort(rows.rbegin(), rows.rend());
        for (int row : rows)
            m_identifiers->removeRow(row);
    });
    idButtons->addWidget(m_addIdentifier);
    idButtons->addWidget(m_removeIdentifier);
    idButtons->addStretch(1);
    idLayout->addLayout(idButtons);
    rightLayout->addWidget(m_identifiersBox, 3);

    m_mentionsBox = new QGroupBox(tr("Mentions"), right);
    auto *mentionsLayout = new QVBoxLayout(m_mentionsBox);
    m_mentions = new QTreeWidget(m_mentionsBox);
    m_mentions->setObjectName(QStringLiteral("customerMentions"));
    m_mentions->setAccessibleName(tr("Mail that mentions this customer"));
    m_mentions->setRootIsDecorated(false);
    m_mentions->setAlternatingRowColors(true);
    m_mentions->setHeaderLabels({ tr("Date"), tr("Kind"), tr("Mentions"), tr("From"), tr("Subject") });
    for (const auto &[column, width] : { std::pair { 0, 120 }, { 1, 120 }, { 2, 140 }, { 3, 170 } })
        m_mentions->setColumnWidth(column, width);
    connect(m_mentions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT evidenceRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    mentionsLayout->addWidget(m_mentions);
    rightLayout->addWidget(m_mentionsBox, 2);

    m_problem = new QLabel(right);
    m_problem->setObjectName(QStringLiteral("customerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    {
        QPalette p = m_problem->palette();
        p.setColor(QPalette::WindowText, CustomerTableModel::warningColour());
        m_problem->setPalette(p);
    }
    // The problem line and the buttons stay in sight below the scrolling details.
    auto *rightPane = new QWidget(m_splitter);
    auto *rightPaneLayout = new QVBoxLayout(rightPane);
    rightPaneLayout->setContentsMargins(0, 0, 0, 0);
    rightPaneLayout->addWidget(rightScroll, 1);
    m_problem->setParent(rightPane);
    rightPaneLayout->addWidget(m_problem);
    auto *saveButtons = new QHBoxLayout;
    saveButtons->addStretch(1);
    m_revert = new QPushButton(tr("Re&vert"), right);
    m_revert->setObjectName(QStringLiteral("customerRevert"));
    connect(m_revert, &QPushButton::clicked, this, &CustomersView::revert);
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), right);
    m_save->setObjectName(QStringLiteral("customerSave"));
    m_save->setToolTip(tr("Save the customer and attribute the history again (Ctrl+S)"));
    connect(m_save, &QPushButton::clicked, this, &CustomersView::saveCustomer);
    saveButtons->addWidget(m_revert);
    saveButtons->addWidget(m_save);
    rightPaneLayout->addLayout(saveButtons);

    rightScroll->setWidget(right);
    m_splitter->addWidget(left);
    m_splitter->addWidget(rightPane);
    // The rates are what the analyst looks for: the table gets the room to show them all.
    m_splitter->setStretchFactor(0, 6);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({ 760, 620 });
    m_tabs->addTab(customersPage, tr("&Customers"));

    // --- the unattributed queue, and the messages whose rules disagree ---
    // A note and a list of messages; double-clicking one reads it in Evidence.
    const auto queuePage = [this](const QString &name, const QString &accessibleName,
                               const QStringList &headers, QLabel **note) {
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(4, 4, 4, 4);
        *note = new QLabel(page);
        (*note)->setObjectName(name + QStringLiteral("Note"));
        (*note)->setWordWrap(true);
        layout->addWidget(*note);
        auto *list = new QTreeWidget(page);
        list->setObjectName(name + QStringLiteral("List"));
        list->setAccessibleName(accessibleName);
        list->setRootIsDecorated(false);
        list->setAlternatingRowColors(true);
        list->setUniformRowHeights(true);
        list->setHeaderLabels(headers);
        for (const auto &[column, width] : { std::pair { 0, 130 }, { 1, 140 }, { 2, 220 }, { 3, 300 } })
            list->setColumnWidth(column, width);
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            Q_EMIT evidenceRequested(item->data(0, Qt::UserRole).toLongLong());
        });
        layout->addWidget(list, 1);
        return std::pair { page, list };
    };
    QWidget *page = nullptr;
    std::tie(page, m_unattributed) = queuePage(QStringLiteral("unattributed"), tr("Unattributed messages"),
        { tr("Date"), tr("Kind"), tr("From"), tr("Subject"), tr("Clues") }, &m_unattributedNote);
    m_tabs->addTab(page, tr("&Unattributed"));
    std::tie(page, m_disagreements)
        = queuePage(QStringLiteral("disagreements"), tr("Messages whose rules disagree"),
            { tr("Date"), tr("Kind"), tr("Attributed to"), tr("Subject"), tr("Disagreeing rules") },
            &m_disagreementsNote);
    m_tabs->addTab(page, tr("&Disagreements"));

    auto *saveAction = new QAction(tr("Save Customer"), this);
    saveAction->setObjectName(QStringLiteral("actionSaveCustomer"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &CustomersView::saveCustomer);
    addAction(saveAction);

    setEditing(false);
}

CustomersView::~CustomersView() = default;

void CustomersView::setDatabase(const storage::Database *database)
{
    m_runner->stop();
    m_runRow->hide();
    m_moved->hide();
    m_database = database;
    m_current = {};
    reload();
}

void CustomersView::reload()
{
    const qint64 selected = m_current.id;
    m_queries.reset();
    m_names.clear();
    if (!m_database) {
        m_model->setContents({}, {}, 0.001, 0.05);
        m_period->clear();
        reloadUnattributed();
        reloadDisagreements();
        showRecord({});
        setEditing(false);
        return;
    }
    m_queries = std::make_unique<attribution::AttributionQueries>(*m_database);
    const storage::CustomerStore store(*m_database);
    const QList<attribution::CustomerRecord> customers = store.customers();
    for (const auto &c : customers)
        m_names.insert(c.id, c.name);
    const QDate last = store.lastDataDay();
    QHash<qint64, storage::CustomerFigures> figures;
    const QLocale locale;
    if (last.isValid()) {
        const QDate first = last.addDays(-29);
        figures = store.figures(first, last);
        m_period->setText(
            tr("Complaints and rates over the 30 days from %1 to %2 (the last day with data, UTC).")
                .arg(locale.toString(first, QLocale::ShortFormat),
                    locale.toString(last, QLocale::ShortFormat)));
    } else {
        m_period->setText(tr("No mail or delivery data yet: complaints and rates appear after an import."));
    }
    m_model->setContents(customers, figures,
        policyFraction(*m_database, QStringLiteral("complaint_rate_threshold"), 0.001),
        policyFraction(*m_database, QStringLiteral("hard_bounce_rate_threshold"), 0.05));
    reloadUnattributed();
    reloadDisagreements();
    if (selected != 0 && m_model->rowOf(selected) >= 0 && hasUnsavedChanges()) {
        highlight(selected); // fresh figures, but the analyst's edits in progress stay in the form
    } else if (selected != 0 && m_model->rowOf(selected) >= 0) {
        selectCustomer(selected);
    } else if (m_editing && m_current.id == 0) {
        // a new customer being typed stays
    } else if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    } else {
        showRecord({});
        setEditing(false);
    }
}

void CustomersView::reloadDisagreements()
{
    m_disagreements->clear();
    if (!m_queries) {
        m_tabs->setTabText(2, tr("&Disagreements"));
        m_disagreementsNote->setText(tr("No case database is open."));
        return;
    }
    const qint64 count = m_queries->disagreementCount();
    const QList<attribution::DisagreementItem> items = m_queries->disagreements();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(items.size());
    for (const attribution::DisagreementItem &item : items) {
        auto *row = new QTreeWidgetItem({ shortTime(item.sentAt), item.kind, item.customerName,
            item.subject.isEmpty() ? tr("(no subject)") : item.subject,
            // The deciding rule is in the tooltip; what disagrees is what the analyst scans for.
            item.lines.mid(1).join(QStringLiteral(" · ")) });
        row->setData(0, Qt::UserRole, item.evidenceId);
        row->setToolTip(4, item.lines.join(QLatin1Char('\n')));
        row->setToolTip(3, item.subject);
        rows.append(row);
    }
    m_disagreements->addTopLevelItems(rows);
    const QLocale locale;
    m_tabs->setTabText(2, tr("&Disagreements (%1)").arg(locale.toString(count)));
    m_disagreementsNote->setText(count == 0
            ? tr("No rules disagree: where several rules name a customer, they name the same one.")
            : tr("These messages are attributed by the first rule that named one customer, while a later "
                 "rule "
                 "named someone else: an identifier may be wrong, or a customer sends in another's name. "
                 "Double-click one to read it in Evidence."));
}

void CustomersView::reloadUnattributed()
{
    m_unattributed->clear();
    if (!m_queries) {
        m_tabs->setTabText(1, tr("&Unattributed"));
        m_unattributedNote->setText(tr("No case database is open."));
        return;
    }
    const qint64 count = m_queries->unattributedCount();
    const QList<attribution::QueueItem> items = m_queries->unattributed();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(items.size());
    for (const attribution::QueueItem &item : items) {
        auto *row = new QTreeWidgetItem({ shortTime(item.sentAt), item.kind, item.fromAddress,
            item.subject.isEmpty() ? tr("(no subject)") : item.subject,
            item.clues.isEmpty() ? tr("nothing that names a customer")
                                 : item.clues.join(QStringLiteral("; ")) });
        row->setData(0, Qt::UserRole, item.evidenceId);
        row->setToolTip(4, item.clues.join(QLatin1Char('\n')));
        row->setToolTip(3, item.subject);
        rows.append(row);
    }
    m_unattributed->addTopLevelItems(rows);
    const QLocale locale;
    m_tabs->setTabText(1, tr("&Unattributed (%1)").arg(locale.toString(count)));
    if (count == 0)
        m_unattributedNote->setText(tr("Every message is attributed to a customer (noise left out)."));
    else if (count > items.size())
        m_unattributedNote->setText(
            tr("%1 messages no rule could attribute; the newest %2 are listed with the facts that could "
               "identify their sender. Double-click one to read it in Evidence.")
                .arg(locale.toString(count), locale.toString(items.size())));
    else
        m_unattributedNote->setText(
            (count == 1 ? tr("One message no rule could attribute, with the facts that could identify its "
                             "sender.")
                        : tr("%1 messages no rule could attribute, newest first, with the facts that could "
                             "identify their sender.")
                              .arg(locale.toString(count)))
            + QLatin1Char(' ')
            + tr(
                "Double-click one to read it in Evidence; add an identifier to a customer to attribute it."));
}

void CustomersView::highlight(qint64 customerId)
{
    const int row = m_model->rowOf(customerId);
    if (row < 0)
        return;
    const QSignalBlocker blocker(m_table->selectionModel());
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->viewport()->update();
}

void CustomersView::selectCustomer(qint64 customerId)
{
    const int row = m_model->rowOf(customerId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        return selectCustomer(customerId);
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showCurrent();
}

bool CustomersView::hasUnsavedChanges()
{
    if (!m_editing || !m_database)
        return false;
    attribution::CustomerRecord record = m_current;
    record.identifiers.clear();
    if (!collect(record).isEmpty())
        return true; // something typed that does not even read
    const auto sameIdentifiers = [](const QList<attribution::Identifier> &a,
                                     const QList<attribution::Identifier> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const attribution::Identifier &x = a.at(i);
            const attribution::Identifier &y = b.at(i);
            if (x.kind != y.kind || x.header != y.header || x.value != y.value || x.validFrom != y.validFrom
                || x.validUntil != y.validUntil || x.shared != y.shared || x.note != y.note)
                return false;
        }
        return true;
    };
    return record.name != m_current.name || record.externalId != m_current.externalId
        || record.status != m_current.status || record.ladderStep != m_current.ladderStep
        || record.revenueCents != m_current.revenueCents || record.currency != m_current.currency
        || record.contacts != m_current.contacts || record.notes != m_current.notes
        || !sameIdentifiers(record.identifiers, m_current.identifiers);
}

void CustomersView::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const qint64 chosen = current.isValid() ? m_model->customer(current.row()).id : 0;
    if (chosen != 0 && chosen == m_current.id && hasUnsavedChanges())
        return; // the same customer again: its edits in progress stay
    // Another customer chosen while this one has changes: save them, drop them, or stay.
    if (!m_askingToSave && chosen != m_current.id && hasUnsavedChanges()) {
        m_askingToSave = true;
        const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
            tr("%1 has changes that are not saved. Save them?")
                .arg(m_current.name.isEmpty() ? tr("The new customer") : m_current.name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        const bool stay = answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveCustomer());
        if (stay && m_current.id != 0)
            highlight(m_current.id); // the form keeps the edits
        else if (!stay && chosen != 0)
            selectCustomer(chosen);
        m_askingToSave = false;
        if (stay || chosen != 0)
            return;
    }
    if (!current.isValid()) {
        showRecord({});
        setEditing(false);
        return;
    }
    showRecord(m_model->customer(current.row()));
    setEditing(true);
}

void CustomersView::setEditing(bool enabled)
{
    m_editing = enabled;
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_detailsBox, m_identifiersBox, m_mentionsBox, m_save, m_revert })
        w->setEnabled(enabled && m_database);
    m_delete->setEnabled(enabled && m_current.id != 0);
    m_escalationBox->setEnabled(enabled && m_database && m_current.id != 0);
    m_new->setEnabled(m_database != nullptr);
    if (!m_database)
        m_hint->setText(tr("No case database is open."));
    else if (!enabled && m_model->rowCount() == 0)
        m_hint->setText(tr("No customers yet. Add one with New Customer, or import a customers.csv with "
                           "File > Import Customers."));
    else if (!enabled)
        m_hint->setText(tr("Select a customer to see and edit its details."));
    else if (m_current.id == 0)
        m_hint->setText(tr("A new customer: give it a name and identifiers, then Save."));
    else
        m_hint->setText(tr("Changes to identifiers attribute the history again when you save."));
}

void CustomersView::showRecord(const attribution::CustomerRecord &record)
{
    m_current = record;
    m_problem->clear();
    m_name->setText(record.name);
    m_externalId->setText(record.externalId);
    m_status->setCurrentIndex(std::max(0, m_status->findData(record.status)));
    m_ladder->setCurrentIndex(std::clamp(record.ladderStep, 0, 4));
    m_revenue->setValue(record.revenueCents < 0 ? m_revenue->minimum() : record.revenueCents / 100.0);
    m_currency->setText(record.currency);
    m_contacts->setText(record.contacts.join(QStringLiteral("; ")));
    m_notes->setPlainText(record.notes);
    showLadder();
    m_identifiers->setRowCount(0);
    for (const attribution::Identifier &identifier : record.identifiers)
        addIdentifierRow(identifier);
    m_identifiersBox->setTitle(tr("Identifiers (%1)").arg(record.identifiers.size()));
    m_mentions->clear();
    if (record.id != 0 && m_queries) {
        const QList<attribution::MentionRow> mentions = m_queries->mentionsOf(record.id);
        for (const attribution::MentionRow &m : mentions) {
            auto *item = new QTreeWidgetItem(m_mentions,
                { shortTime(m.sentAt), m.kind, m.value, m.fromAddress,
                    m.subject.isEmpty() ? tr("(no subject)") : m.subject });
            item->setData(0, Qt::UserRole, m.evidenceId);
        }
        m_mentionsBox->setTitle(mentions.isEmpty()
                ? tr("Mentions: no other mail (list posts, notices, replies) names this customer's domains "
                     "or "
                     "addresses")
                : tr("Mentions (%1): other mail that names this customer's domains or addresses")
                      .arg(mentions.size()));
    } else {
        m_mentionsBox->setTitle(tr("Mentions"));
    }
}

void CustomersView::addIdentifierRow(const attribution::Identifier &identifier)
{
    const int row = m_identifiers->rowCount();
    m_identifiers->insertRow(row);
    auto *kind = new QTableWidgetItem(kindLabel(identifier.kind));
    kind->setData(Qt::UserRole, identifier.id);
    m_identifiers->setItem(row, IdKind, kind);
    m_identifiers->setItem(row, IdHeader, new QTableWidgetItem(identifier.header));
    m_identifiers->setItem(row, IdValue, new QTableWidgetItem(identifier.value));
    m_identifiers->setItem(row, IdFrom, new QTableWidgetItem(dayText(identifier.validFrom)));
    m_identifiers->setItem(row, IdUntil, new QTableWidgetItem(dayText(identifier.validUntil)));
    auto *shared = new QTableWidgetItem;
    shared->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    shared->setCheckState(identifier.shared ? Qt::Checked : Qt::Unchecked);
    m_identifiers->setItem(row, IdShared, shared);
    m_identifiers->setItem(row, IdNote, new QTableWidgetItem(identifier.note));
}

QString CustomersView::collect(attribution::CustomerRecord &record) const
{
    record.name = m_name->text().trimmed();
    if (record.name.isEmpty())
        return tr("The customer needs a name.");
    record.externalId = m_externalId->text().trimmed();
    record.status = m_status->currentData().toString();
    record.ladderStep = m_ladder->currentData().toInt();
    record.revenueCents = m_revenue->value() < 0 ? -1 : qRound64(m_revenue->value() * 100);
    record.currency = m_currency->text().trimmed().toUpper();
    record.contacts.clear();
    for (const QString &part : m_contacts->text().split(QRegularExpression(QStringLiteral("[,;]"))))
        if (!part.trimmed().isEmpty())
            record.contacts.append(part.trimmed());
    record.notes = m_notes->toPlainText();
    record.identifiers.clear();
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_identifiers->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    const auto day = [](const QString &t, bool *ok) -> qint64 {
        *ok = true;
        if (t.isEmpty())
            return 0;
        const QDate date = QDate::fromString(t, Qt::ISODate);
        *ok = date.isValid();
        return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch() : 0;
    };
    for (int row = 0; row < m_identifiers->rowCount(); ++row) {
        const QString where = tr("Identifier row %1").arg(row + 1);
        attribution::Identifier identifier;
        identifier.id = m_identifiers->item(row, IdKind)->data(Qt::UserRole).toLongLong();
        identifier.customerId = record.id;
        const auto kind = kindFromText(text(row, IdKind));
        if (!kind)
            return tr("%1: \"%2\" is not a kind of identifier.").arg(where, text(row, IdKind));
        identifier.kind = *kind;
        identifier.header = text(row, IdHeader);
        identifier.value = text(row, IdValue);
        if (identifier.value.isEmpty())
            return tr("%1: the value is empty.").arg(where);
        if (identifier.kind == attribution::IdentifierKind::Header && identifier.header.isEmpty())
            return tr("%1: a header identifier needs the name of the header (e.g. X-Customer-ID).")
                .arg(where);
        if (identifier.kind == attribution::IdentifierKind::Ip) {
            const bool ok = identifier.value.contains(QLatin1Char('/'))
                ? !QHostAddress::parseSubnet(identifier.value).first.isNull()
                : !QHostAddress(identifier.value).isNull();
            if (!ok)
                return tr("%1: \"%2\" is not an IP address or CIDR range (e.g. 192.0.2.7 or 192.0.2.0/24).")
                    .arg(where, identifier.value);
        }
        bool ok = false;
        identifier.validFrom = day(text(row, IdFrom), &ok);
        if (!ok)
            return tr("%1: \"valid from\" is not a date (yyyy-mm-dd, or empty for always).").arg(where);
        identifier.validUntil = day(text(row, IdUntil), &ok);
        if (!ok)
            return tr("%1: \"valid until\" is not a date (yyyy-mm-dd, or empty while still held).")
                .arg(where);
        if (identifier.validFrom != 0 && identifier.validUntil != 0
            && identifier.validUntil <= identifier.validFrom)
            return tr("%1: \"valid until\" must come after \"valid from\".").arg(where);
        identifier.shared = m_identifiers->item(row, IdShared)->checkState() == Qt::Checked;
        identifier.note = text(row, IdNote);
        record.identifiers.append(identifier);
    }
    return {};
}

bool CustomersView::saveCustomer()
{
    if (!m_database || !m_editing)
        return false;
    // Moving the current cell commits a cell being typed in.
    m_identifiers->setCurrentItem(nullptr);
    attribution::CustomerRecord record = m_current;
    if (const QString problem = collect(record); !problem.isEmpty()) {
        m_problem->setText(problem);
        return false;
    }
    storage::CustomerStore store(*m_database);
    storage::Transaction transaction(m_database->connection());
    if (!transaction.isActive() || !store.save(record) || !transaction.commit()) {
        m_problem->setText(tr("The customer could not be saved: %1")
                .arg(store.lastError().isEmpty() ? transaction.lastError() : store.lastError()));
        return false;
    }
    m_problem->clear();
    m_current = record;
    reload();
    selectCustomer(record.id);
    reattribute(tr("customer %1 changed").arg(record.name));
    Q_EMIT attributionChanged();
    return true;
}

void CustomersView::revert()
{
    if (!m_database)
        return;
    if (m_current.id == 0) {
        showCurrent();
        return;
    }
    if (const auto stored = storage::CustomerStore(*m_database).customer(m_current.id))
        showRecord(*stored);
}

void CustomersView::newCustomer()
{
    if (!m_database)
        return;
    m_table->selectionModel()->clearSelection();
    m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    showRecord({});
    setEditing(true);
    m_name->setFocus();
}

void CustomersView::deleteCustomer()
{
    if (!m_database || m_current.id == 0)
        return;
    const qint64 id = m_current.id;
    const QString name = m_current.name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Customer"),
        tr("Delete %1 with its identifiers? Its mail and deliveries stay and are attributed again, "
           "to another customer or to no one.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteCustomerBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id, name](int result) {
        if (result != QMessageBox::Yes || !m_database)
            return;
        storage::CustomerStore store(*m_database);
        storage::Transaction transaction(m_database->connection());
        if (!transaction.isActive() || !store.remove(id) || !transaction.commit()) {
            m_problem->setText(tr("%1 could not be deleted: %2").arg(name, store.lastError()));
            return;
        }
        m_current = {};
        reload();
        reattribute(tr("customer %1 deleted").arg(name));
        Q_EMIT attributionChanged();
    });
    box->open();
}

void CustomersView::reattribute(const QString &reason)
{
    if (!m_database)
        return;
    m_moved->hide();
    m_runner->start(*m_database, reason);
}

void CustomersView::onRunFinished(const attribution::RunReport &report)
{
    m_runRow->setVisible(m_runner->isRunning());
    const QLocale locale;
    QStringList lines;
    if (!report.error.isEmpty()) {
        lines.append(tr("Attributing the history again failed: %1").arg(report.error.toHtmlEscaped()));
    } else {
        if (report.cancelled)
            lines.append(tr("Attributing the history again was cancelled; what was done so far stays. "
                            "Save again to finish it."));
        // The names as they are now; a deleted customer's id is all there is.
        reload();
        const auto name = [this](qint64 id) {
            if (id == 0)
                return tr("(unattributed)");
            return m_names.value(id, tr("deleted customer #%1").arg(id)).toHtmlEscaped();
        };
        for (const attribution::Move &move : report.moves) {
            QStringList parts;
            // Spelled out in singular and plural: no English translation file supplies plural forms.
            const auto counted = [&locale](qint64 n, const QString &one, const QString &many) {
                return n == 1 ? one : many.arg(locale.toString(n));
            };
            if (move.messages)
                parts.append(counted(move.messages, tr("1 message"), tr("%1 messages")));
            if (move.deliveries)
                parts.append(counted(move.deliveries, tr("1 delivery"), tr("%1 deliveries")));
            if (move.optOuts)
                parts.append(counted(move.optOuts, tr("1 opt-out"), tr("%1 opt-outs")));
            if (move.listings)
                parts.append(counted(move.listings, tr("1 listing"), tr("%1 listings")));
            if (parts.isEmpty())
                continue;
            lines.append(tr("%1 moved from %2 to %3")
                    .arg(parts.join(QStringLiteral(", ")), name(move.from), name(move.to)));
        }
        if (report.moves.isEmpty() && !report.cancelled)
            lines.append(tr("Nothing moved: %1 items examined, every one stays with its customer (%2 "
                            "explanations updated).")
                    .arg(locale.toString(report.examined), locale.toString(report.changed)));
        else if (!report.cancelled)
            lines.prepend(tr("<b>What moved</b> (%1 items examined):").arg(locale.toString(report.examined)));
    }
    m_moved->setText(lines.join(QStringLiteral("<br>")));
    m_moved->show();
    Q_EMIT attributionChanged();
}

void CustomersView::showLadder()
{
    m_ladderHistory->clear();
    if (!m_database || m_current.id == 0) {
        m_ladderPosition->setText(
            m_current.id == 0 && m_editing ? tr("A new customer starts in good standing.") : QString());
        return;
    }
    const cases::EscalationLadder ladder(*m_database);
    const cases::LadderPosition p = ladder.positionOf(m_current.id);
    QString text = tr("<b>%1</b> (step %2 of 4), status <b>%3</b>.")
                       .arg(p.stepLabel.toHtmlEscaped())
                       .arg(p.step)
                       .arg(CustomerTableModel::statusText(p.status).toHtmlEscaped());
    if (!p.nextLabel.isEmpty())
        text += tr("<br>Moves on to %1 when: %2").arg(p.nextLabel.toHtmlEscaped(), p.movesOn.toHtmlEscaped());
    m_ladderPosition->setText(text);
    // A decision may move the step, the status or both: each column says what changed.
    const auto change = [](const QString &from, const QString &to) {
        return from == to ? to : tr("%1 → %2").arg(from, to);
    };
    const QList<cases::CustomerDecision> history = ladder.history(m_current.id);
    for (const cases::CustomerDecision &d : history) {
        auto *item = new QTreeWidgetItem(m_ladderHistory,
            { QLocale().toString(d.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                change(CustomerTableModel::ladderText(d.fromStep), CustomerTableModel::ladderText(d.toStep)),
                change(
                    CustomerTableModel::statusText(d.fromStatus), CustomerTableModel::statusText(d.toStatus)),
                d.author, d.caseId == 0 ? QString() : QStringLiteral("#%1").arg(d.caseId), d.reason });
        item->setToolTip(5, d.reason);
    }
    if (m_ladderHistory->topLevelItemCount() > 0)
        m_ladderHistory->scrollToItem(
            m_ladderHistory->topLevelItem(m_ladderHistory->topLevelItemCount() - 1));
}

void CustomersView::changeLadderStep()
{
    if (!m_database || m_current.id == 0)
        return;
    const qint64 id = m_current.id;
    auto *dialog = new LadderDialog(*m_database, id, analystName(), 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        // The form takes the decided status and step, so that saving other edits keeps them.
        if (const auto stored = storage::CustomerStore(*m_database).customer(id);
            stored && m_current.id == id) {
            m_current.status = stored->status;
            m_current.ladderStep = stored->ladderStep;
            m_status->setCurrentIndex(std::max(0, m_status->findData(stored->status)));
            m_ladder->setCurrentIndex(std::clamp(stored->ladderStep, 0, 4));
        }
        reload();
        showLadder();
        Q_EMIT customerDecided(id);
    });
    dialog->open();
}

QByteArray CustomersView::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_splitter->saveState() << m_table->horizontalHeader()->saveState()
        << m_identifiers->horizontalHeader()->saveState() << m_unattributed->header()->saveState();
    return state;
}

void CustomersView::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray splitter, table, identifiers, unattributed;
    in >> splitter >> table >> identifiers >> unattributed;
    if (in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(table);
    m_identifiers->horizontalHeader()->restoreState(identifiers);
    m_unattributed->header()->restoreState(unattributed);
}

} // namespace abusedesk::gui
