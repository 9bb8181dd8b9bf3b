// SPDX-License-Identifier: GPL-2.0-or-later
#include "TriageView.h"

#include "CasePickerDialog.h"
#include "CustomerPickerDialog.h"
#include "CustomerTableModel.h"
#include "FindingsRunner.h"
#include "FlowLayout.h"
#include "OpenCaseDialog.h"
#include "ReadingPane.h"
#include "TriageTableModel.h"
#include "attribution/AttributionQueries.h"
#include "cases/CaseStore.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/EvidenceQueries.h"
#include "triage/TriageActions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace abusedesk::gui {

namespace {

using Type = triage::TriageItem::Type;

/// The first day a date field offers; showing it means "no bound".
const QDate NoBound(2000, 1, 1);

QComboBox *facetCombo(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    // The facet bar's spare width goes to the facets, so that their values can be read.
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

// A date that may be "any day": while it shows that, Tab leaves it (QDateEdit would keep Tab to
// walk its year, month and day, which "any day" does not have).
class OptionalDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override
    {
        if (date() == minimumDate())
            return QWidget::focusNextPrevChild(next);
        return QDateEdit::focusNextPrevChild(next);
    }
};

QDateEdit *dateField(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *edit = new OptionalDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(NoBound);
    edit->setSpecialValueText(TriageView::tr("any day"));
    edit->setDate(NoBound);
    return edit;
}

/// The case category an item proposes.
QString categoryFor(const triage::TriageItem &item)
{
    if (item.type == Type::Finding) {
        // Findings whose kind is no case category propose the nearest one.
        static const QHash<QString, QString> nearest {
            { QStringLiteral("ip-reputation"), QStringLiteral("spam-bounces") },
            { QStringLiteral("mailing-after-complaint"), QStringLiteral("mailing-after-opt-out") },
        };
        return cases::CaseStore::categories().contains(item.kind)
            ? item.kind
            : nearest.value(item.kind, QStringLiteral("other"));
    }
    if (item.type == Type::Cluster)
        return QStringLiteral("complaint-rate");
    if (item.legal)
        return QStringLiteral("legal");
    static const QHash<QString, QString> byKind {
        { QStringLiteral("escalated-complaint"), QStringLiteral("escalated-complaint") },
        { QStringLiteral("complaint"), QStringLiteral("direct-complaint") },
        { QStringLiteral("blocklist-notice"), QStringLiteral("blocklist") },
        { QStringLiteral("unsubscribe-request"), QStringLiteral("unsubscribe-failure") },
        { QStringLiteral("feedback-report"), QStringLiteral("complaint-rate") },
        { QStringLiteral("bounce"), QStringLiteral("hard-bounces") },
    };
    return byKind.value(item.kind, QStringLiteral("other"));
}

} // namespace

TriageView::TriageView(QString author, QWidget *parent)
    : QWidget(parent)
    , m_clock(&common::Clock::system())
    , m_author(std::move(author))
    , m_findingsRunner(new FindingsRunner(this))
{
    setObjectName(QStringLiteral("triageView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // --- the facet bar: search and switches, then the facets ---
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("triageSearch"));
    m_search->setAccessibleName(tr("Search subject, sender and text"));
    m_search->setPlaceholderText(
        tr("Search subject, sender and text: words, \"a phrase\", prefix* (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    m_legal = new QCheckBox(tr("&Legal only"), this);
    m_legal->setObjectName(QStringLiteral("triageLegalOnly"));
    m_legal->setToolTip(tr("Only reports written in a legal tone"));
    searchRow->addWidget(m_legal);
    m_handled = new QCheckBox(tr("Include &handled"), this);
    m_handled->setObjectName(QStringLiteral("triageIncludeHandled"));
    m_handled->setToolTip(tr("Also acknowledged items, noise and items already in a case"));
    searchRow->addWidget(m_handled);
    m_clear = new QPushButton(tr("Clear Filters"), this);
    m_clear->setObjectName(QStringLiteral("triageClearFilters"));
    searchRow->addWidget(m_clear);
    layout->addLayout(searchRow);

    // The facets flow onto a second line where the window is narrow.
    m_kind = facetCombo(this, QStringLiteral("triageKind"), tr("Kind"));
    m_customer = facetCombo(this, QStringLiteral("triageCustomer"), tr("Customer"));
    m_role = facetCombo(this, QStringLiteral("triageRoleAccount"), tr("Role account"));
    m_reporter = facetCombo(this, QStringLiteral("triageReporter"), tr("Reporter"));
    m_receiver = facetCombo(this, QStringLiteral("triageReceiver"), tr("Receiver"));
    m_from = dateField(this, QStringLiteral("triageFrom"), tr("Received from"));
    m_until = dateField(this, QStringLiteral("triageUntil"), tr("Received until"));
    auto *facets = new QWidget(this);
    facets->setObjectName(QStringLiteral("triageFacets"));
    auto *flow = new FlowLayout(facets, 12, 4);
    for (const auto &[text, field] :
        { std::pair<QString, QWidget *> { tr("&Kind:"), m_kind }, { tr("C&ustomer:"), m_customer },
            { tr("Role &account:"), m_role }, { tr("Re&porter:"), m_reporter },
            { tr("Recei&ver:"), m_receiver }, { tr("&From:"), m_from }, { tr("U&ntil:"), m_until } }) {
        auto *pair = new QWidget(facets);
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        pairLayout->setSpacing(4);
        auto *label = new QLabel(text, pair);
        label->setBuddy(field);
        pairLayout->addWidget(label);
        field->setParent(pair);
        pairLayout->addWidget(field);
        flow->addWidget(pair);
    }
    layout->addWidget(facets);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("triageSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("triageProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    {
        QPalette p = m_problem->palette();
        p.setColor(QPalette::WindowText, CustomerTableModel::warningColour());
        m_problem->setPalette(p);
    }
    m_problem->hide();
    layout->addWidget(m_problem);

    // --- the queue on the left, what the current row is on the right ---
    // An empty queue takes the whole width for its words; the splitter keeps its sizes meanwhile.
    m_listStack = new QStackedWidget(this);
    m_splitter = new QSplitter(Qt::Horizontal, m_listStack);
    m_model = new TriageTableModel(this);
    m_table = new QTableView(m_splitter);
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_table->setObjectName(QStringLiteral("triageTable"));
    m_table->setAccessibleName(tr("Triage queue"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    {
        // The subject takes the room that is left; the rest keep the width the analyst gives them.
        using M = TriageTableModel;
        QFont bold = m_table->font();
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const int padding = 18;
        // Widths for what the columns hold at most, in the font they are shown in; the reading pane
        // gets a third of the width, so that the subject keeps some room on a laptop screen.
        for (const auto &[col, width] :
            { std::pair {
                  M::ColumnClock, boldMetrics.horizontalAdvance(tr("overdue by 88 h 88 min")) + padding },
                { M::ColumnCustomer, 130 },
                { M::ColumnKind,
                    m_table->fontMetrics().horizontalAdvance(tr("Legal · Escalated complaint")) + padding },
                { M::ColumnReporter, 140 }, { M::ColumnReceiver, 95 },
                { M::ColumnReceived,
                    m_table->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88 88:88"))
                        + padding } })
            m_table->setColumnWidth(col, width);
        m_table->horizontalHeader()->setSectionResizeMode(M::ColumnSubject, QHeaderView::Stretch);
        m_table->horizontalHeader()->setMinimumSectionSize(60);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    // An empty queue says so, and what to do.
    m_empty = new QWidget(m_listStack);
    m_empty->setObjectName(QStringLiteral("triageEmpty"));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(32, 32, 32, 32);
    emptyLayout->addStretch(1);
    m_emptyTitle = new QLabel(m_empty);
    m_emptyTitle->setObjectName(QStringLiteral("triageEmptyTitle"));
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    emptyLayout->addWidget(m_emptyTitle);
    m_emptyBody = new QLabel(m_empty);
    m_emptyBody->setObjectName(QStringLiteral("triageEmptyBody"));
    m_emptyBody->setWordWrap(true);
    m_emptyBody->setAlignment(Qt::AlignHCenter);
    m_emptyBody->setMaximumWidth(560);
    emptyLayout->addWidget(m_emptyBody, 0, Qt::AlignHCenter);
    m_emptyClear = new QPushButton(tr("Clear Filters"), m_empty);
    m_emptyClear->setObjectName(QStringLiteral("triageEmptyClear"));
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_listStack->addWidget(m_empty);

    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(right);
    m_detail->setObjectName(QStringLiteral("triageDetail"));
    m_detail->setAccessibleName(tr("Numbers of the selected cluster or finding"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(8);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->hide();
    rightLayout->addWidget(m_detail);
    m_reading = new ReadingPane(right);
    rightLayout->addWidget(m_reading, 1);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 1000, 460 });
    m_listStack->insertWidget(0, m_splitter);
    layout->addWidget(m_listStack, 1);

    // --- actions: single keys act on the queue when it has the focus, the rest anywhere in the view ---
    m_acknowledge
        = makeAction(QStringLiteral("actionAcknowledge"), tr("&Acknowledge"), QKeySequence(Qt::Key_A), true);
    m_acknowledge->setToolTip(tr("Acknowledge the selected items: they leave the queue (A)"));
    connect(m_acknowledge, &QAction::triggered, this, &TriageView::acknowledge);
    m_noise
        = makeAction(QStringLiteral("actionMarkNoise"), tr("Mark as &Noise"), QKeySequence(Qt::Key_N), true);
    connect(m_noise, &QAction::triggered, this, &TriageView::markNoise);
    m_attribute = makeAction(QStringLiteral("actionAttribute"), tr("Attribute to C&ustomer…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), false);
    connect(m_attribute, &QAction::triggered, this, &TriageView::attribute);
    m_openCase
        = makeAction(QStringLiteral("actionOpenCase"), tr("&Open Case…"), QKeySequence(Qt::Key_C), true);
    connect(m_openCase, &QAction::triggered, this, &TriageView::openCase);
    m_attach = makeAction(
        QStringLiteral("actionAttachToCase"), tr("A&ttach to Case…"), QKeySequence(Qt::Key_T), true);
    connect(m_attach, &QAction::triggered, this, &TriageView::attachToCase);
    m_dismiss = makeAction(
        QStringLiteral("actionDismissFinding"), tr("&Dismiss Finding…"), QKeySequence(Qt::Key_D), true);
    connect(m_dismiss, &QAction::triggered, this, &TriageView::dismissFinding);
    m_undo = makeAction(QStringLiteral("actionTriageUndo"), tr("&Undo"), QKeySequence::Undo, false);
    connect(m_undo, &QAction::triggered, this, &TriageView::undo);
    m_find
        = makeAction(QStringLiteral("actionTriageFind"), tr("&Search the Queue"), QKeySequence::Find, false);
    connect(m_find, &QAction::triggered, this, &TriageView::focusSearch);
    m_lookAgain = makeAction(
        QStringLiteral("actionLookForFindings"), tr("&Look for Findings Again"), QKeySequence(), false);
    connect(m_lookAgain, &QAction::triggered, this, &TriageView::refreshFindings);

    // --- wiring ---
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &TriageView::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        filterChanged();
        m_table->setFocus();
    });
    for (QComboBox *combo : { m_kind, m_customer, m_role, m_reporter, m_receiver })
        connect(combo, &QComboBox::currentIndexChanged, this, &TriageView::filterChanged);
    for (QDateEdit *edit : { m_from, m_until })
        connect(edit, &QDateEdit::dateChanged, this, &TriageView::filterChanged);
    for (QCheckBox *box : { m_legal, m_handled })
        connect(box, &QCheckBox::toggled, this, &TriageView::filterChanged);
    connect(m_clear, &QPushButton::clicked, this, &TriageView::clearFilters);
    connect(m_emptyClear, &QPushButton::clicked, this, &TriageView::clearFilters);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TriageView::showCurrent);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TriageView::updateActions);
    connect(m_table, &QTableView::activated, this, [this] { m_reading->tabs()->setFocus(); });
    connect(m_findingsRunner, &FindingsRunner::finished, this, &TriageView::onFindings);
    connect(m_findingsRunner, &FindingsRunner::started, this, &TriageView::updateSummary);

    setTabOrder({ m_search, m_legal, m_handled, m_clear, m_kind, m_customer, m_role, m_reporter, m_receiver,
        m_from, m_until, m_table, m_reading });
    refill({}, 0);
}

TriageView::~TriageView()
{
    m_findingsRunner->stop();
}

QAction *TriageView::makeAction(
    const QString &name, const QString &text, const QKeySequence &key, bool onTable)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    // A single key must not fire while the analyst types or picks a facet: it belongs to the queue.
    action->setShortcutContext(onTable ? Qt::WidgetShortcut : Qt::WidgetWithChildrenShortcut);
    if (!onTable)
        addAction(action);
    // The queue's context menu lists what acts on its rows.
    if (onTable || name == QLatin1String("actionAttribute"))
        m_table->addAction(action);
    return action;
}

QList<QAction *> TriageView::menuActions() const
{
    return { m_acknowledge, m_noise, m_attribute, m_openCase, m_attach, m_dismiss, nullptr, m_undo, nullptr,
        m_find, m_lookAgain };
}

void TriageView::setDatabase(const storage::Database *database)
{
    m_findingsRunner->stop();
    m_database = database;
    m_findings.clear();
    m_findingsNote.clear();
    m_dismissed.clear();
    m_lastKeys.clear();
    m_attribution.reset();
    m_actions = database ? std::make_unique<triage::TriageActions>(*database, m_author, *m_clock) : nullptr;
    {
        // Facets of another database mean nothing here.
        for (QComboBox *combo : { m_kind, m_customer, m_role, m_reporter, m_receiver }) {
            const QSignalBlocker blocker(combo);
            combo->clear();
        }
    }
    refill({}, 0);
    if (database)
        m_findingsRunner->start(*database);
}

void TriageView::setClock(const common::Clock &clock)
{
    m_clock = &clock;
    if (m_database)
        m_actions = std::make_unique<triage::TriageActions>(*m_database, m_author, *m_clock);
    reload();
}

void TriageView::reload()
{
    const QModelIndex current = m_table->currentIndex();
    refill(keysOf(selectedRows()), current.isValid() ? current.row() : 0);
}

void TriageView::refreshFindings()
{
    if (m_database)
        m_findingsRunner->start(*m_database);
}

void TriageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Cases, attributions and imports change the queue while it is not in sight.
    if (m_database)
        reload();
    updateActions();
}

void TriageView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

triage::TriageFilter TriageView::filter() const
{
    triage::TriageFilter f;
    f.kind = m_kind->currentData().toString();
    const QString customer = m_customer->currentData().toString();
    f.customerId = customer.isEmpty() ? -1 : customer.toLongLong();
    f.roleAccount = m_role->currentData().toString();
    f.reporter = m_reporter->currentData().toString();
    f.receiver = m_receiver->currentData().toString();
    f.from = m_from->date() == NoBound ? QDate() : m_from->date();
    f.until = m_until->date() == NoBound ? QDate() : m_until->date();
    f.text = m_search->text().trimmed();
    f.legalOnly = m_legal->isChecked();
    f.includeHandled = m_handled->isChecked();
    return f;
}

bool TriageView::hasFilter() const
{
    const triage::TriageFilter f = filter();
    return !f.kind.isEmpty() || f.customerId != -1 || !f.roleAccount.isEmpty() || !f.reporter.isEmpty()
        || !f.receiver.isEmpty() || f.from.isValid() || f.until.isValid() || !f.text.isEmpty() || f.legalOnly;
}

void TriageView::clearFilters()
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_search, m_kind, m_customer, m_role, m_reporter, m_receiver, m_from, m_until, m_legal })
        w->blockSignals(true);
    m_search->clear();
    for (QComboBox *combo : { m_kind, m_customer, m_role, m_reporter, m_receiver })
        combo->setCurrentIndex(0);
    m_from->setDate(NoBound);
    m_until->setDate(NoBound);
    m_legal->setChecked(false);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_search, m_kind, m_customer, m_role, m_reporter, m_receiver, m_from, m_until, m_legal })
        w->blockSignals(false);
    m_searchTimer->stop();
    filterChanged();
}

void TriageView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TriageView::filterChanged()
{
    // A new question: the first row of the answer is the current one.
    refill(keysOf(selectedRows()), 0);
}

void TriageView::refill(const QStringList &keepKeys, int fallbackRow)
{
    m_problem->hide();
    if (!m_database) {
        m_model->setItems({});
        m_summary->setText(tr("No case database is open."));
        m_emptyTitle->setText(tr("No case database is open"));
        m_emptyBody->setText(tr("Create one with File ▸ New Case Database or open one with File ▸ Open."));
        m_emptyClear->hide();
        m_listStack->setCurrentWidget(m_empty);
        m_reading->clear();
        m_detail->hide();
        updateActions();
        return;
    }
    const triage::TriageQueue queue(*m_database, *m_clock);
    const triage::TriageFilter f = filter();
    QList<triage::TriageItem> items = queue.items(f, m_findings);
    const QString error = queue.lastError();
    m_model->setItems(std::move(items));
    fillFacets(queue, f);
    if (!error.isEmpty()) {
        // The store says what it did not understand; the analyst also needs to know what works.
        QString text = error;
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        m_problem->setText(!f.text.isEmpty() ? tr("%1. Search for words, \"a phrase\" in double quotes, or "
                                                  "the start of a word followed by *.")
                                                   .arg(text)
                                             : tr("The queue could not be read: %1").arg(error));
        m_problem->show();
    }

    // The rows acted on or selected before, else the row where the analyst was (the next one).
    QItemSelection selection;
    int current = -1;
    for (const QString &key : keepKeys) {
        const int row = m_model->rowOfKey(key);
        if (row < 0)
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, TriageTableModel::ColumnCount - 1));
        if (current < 0)
            current = row;
    }
    if (current < 0 && m_model->rowCount() > 0) {
        current = std::clamp(fallbackRow, 0, m_model->rowCount() - 1);
        selection.select(
            m_model->index(current, 0), m_model->index(current, TriageTableModel::ColumnCount - 1));
    }
    if (current >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_table->scrollTo(m_model->index(current, 0));
    }
    showCurrent();

    if (m_model->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_splitter);
    } else if (!error.isEmpty()) {
        m_emptyTitle->setText(tr("The search cannot be read"));
        m_emptyBody->setText(tr("Change the search above, or clear the filters."));
        m_emptyClear->show();
        m_listStack->setCurrentWidget(m_empty);
    } else if (hasFilter()) {
        m_emptyTitle->setText(tr("Nothing matches these filters"));
        m_emptyBody->setText(
            tr("Nothing in the queue fits the search and facets above. Clear them to see everything "
               "that waits for you%1.")
                .arg(f.includeHandled ? QString()
                                      : tr(", or tick Include handled to search what was handled too")));
        m_emptyClear->show();
        m_listStack->setCurrentWidget(m_empty);
    } else if (m_database->evidenceCount() == 0) {
        m_emptyTitle->setText(tr("Nothing waits for you"));
        m_emptyBody->setText(
            tr("Nothing has been imported yet. Import the mail of your role accounts (File ▸ Import "
               "Files…, or drop files on the window): complaints, feedback reports and notices that "
               "need a human wait here, most urgent first."));
        m_emptyClear->hide();
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_emptyTitle->setText(tr("Nothing waits for you"));
        m_emptyBody->setText(tr("Every report has been handled. New complaints, feedback reports and notices "
                                "join the queue when you "
                                "import mail (File ▸ Import Files…, or drop files on the window); automatic "
                                "findings join it when "
                                "the data shows a problem. What was handled is under Include handled."));
        m_emptyClear->hide();
        m_listStack->setCurrentWidget(m_empty);
    }
    updateSummary();
    updateActions();
}

void TriageView::fillFacets(const triage::TriageQueue &queue, const triage::TriageFilter &filter)
{
    // All five in one pass over the queue; each counts under the rest of the filter.
    const QHash<QString, QList<triage::FacetValue>> all = queue.facets(filter);
    if (all.isEmpty() && !queue.lastError().isEmpty())
        return; // a search it cannot read: the values stay as they were
    const QLocale locale;
    const auto fill = [&](QComboBox *combo, const QString &name, const QString &any, auto labelOf) {
        const QList<triage::FacetValue> values = all.value(name);
        const QString chosen = combo->currentData().toString();
        const QString chosenLabel = combo->currentData(Qt::UserRole + 1).toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(any, QString());
        for (const triage::FacetValue &v : values) {
            const QString label = labelOf(v);
            combo->addItem(tr("%1 (%2)").arg(label, locale.toString(v.count)), v.value);
            combo->setItemData(combo->count() - 1, label, Qt::UserRole + 1);
            combo->setItemData(combo->count() - 1, label, Qt::ToolTipRole);
        }
        int index = chosen.isEmpty() ? 0 : combo->findData(chosen);
        if (index < 0) {
            // The choice stays even where nothing is left under it: the analyst changes it, not the data.
            combo->addItem(tr("%1 (0)").arg(chosenLabel.isEmpty() ? chosen : chosenLabel), chosen);
            combo->setItemData(combo->count() - 1, chosenLabel, Qt::UserRole + 1);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    const auto plain = [](const triage::FacetValue &v) { return v.label.isEmpty() ? v.value : v.label; };
    fill(m_kind, QStringLiteral("kind"), tr("Any kind"), [](const triage::FacetValue &v) {
        return v.value == QLatin1String("feedback-report") ? tr("Feedback reports (clusters)")
                                                           : TriageTableModel::messageKindText(v.value);
    });
    {
        // Findings are not messages: the kind facet offers them beside the message kinds.
        const QSignalBlocker blocker(m_kind);
        if (m_kind->findData(QStringLiteral("finding")) < 0 && !m_findings.isEmpty()) {
            m_kind->addItem(tr("Findings"), QStringLiteral("finding"));
            m_kind->setItemData(m_kind->count() - 1, tr("Findings"), Qt::UserRole + 1);
        }
    }
    fill(m_customer, QStringLiteral("customer"), tr("Any customer"), plain);
    fill(m_role, QStringLiteral("role_account"), tr("Any role account"), plain);
    fill(m_reporter, QStringLiteral("reporter"), tr("Any reporter"), plain);
    fill(m_receiver, QStringLiteral("receiver"), tr("Any receiver"), plain);
}

void TriageView::updateSummary()
{
    if (!m_database)
        return;
    const QLocale locale;
    qint64 overdue = 0;
    qint64 legal = 0;
    qint64 findingRows = 0;
    for (const triage::TriageItem &item : m_model->items()) {
        overdue += item.needsAnswer && item.state.isEmpty() && item.secondsLeft < 0;
        legal += item.legal;
        findingRows += item.type == Type::Finding;
    }
    QStringList parts;
    const int rows = m_model->rowCount();
    parts.append(tr("%Ln item(s)", nullptr, int(rows)));
    if (overdue > 0)
        parts.append(tr("%1 overdue").arg(locale.toString(overdue)));
    if (legal > 0)
        parts.append(tr("%1 in a legal tone").arg(locale.toString(legal)));
    if (m_findingsRunner->isRunning())
        parts.append(tr("looking for automatic findings…"));
    else if (!m_findingsNote.isEmpty())
        parts.append(m_findingsNote);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

QList<int> TriageView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> TriageView::evidenceOf(const QList<int> &rows) const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (int row : rows) {
        const triage::TriageItem &item = m_model->item(row);
        const QList<qint64> own = item.type == Type::Cluster
            ? triage::TriageQueue(*m_database, *m_clock).evidenceOf(item, filter())
            : item.type == Type::Message ? QList<qint64> { item.evidenceId }
                                         : item.evidenceIds;
        for (qint64 id : own)
            if (id != 0 && !seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
    }
    return ids;
}

QStringList TriageView::keysOf(const QList<int> &rows) const
{
    QStringList keys;
    for (int row : rows)
        if (row >= 0 && row < m_model->rowCount())
            keys.append(TriageTableModel::keyOf(m_model->item(row)));
    return keys;
}

QString TriageView::describeSelection(const QList<int> &rows) const
{
    const qsizetype messages = evidenceOf(rows).size();
    if (rows.size() == 1 && m_model->item(rows.first()).type == Type::Message)
        return tr("this message");
    return tr("%Ln message(s)", nullptr, int(messages));
}

void TriageView::updateActions()
{
    const QList<int> rows = m_database ? selectedRows() : QList<int>();
    bool anyEvidence = false;
    bool anyFinding = false;
    for (int row : rows) {
        const triage::TriageItem &item = m_model->item(row);
        anyFinding = anyFinding || item.type == Type::Finding;
        anyEvidence = anyEvidence || item.type == Type::Message
            || (item.type == Type::Cluster && item.count > 0) || !item.evidenceIds.isEmpty();
    }
    const bool shown = isVisible();
    for (QAction *action : { m_acknowledge, m_noise, m_attribute, m_attach })
        action->setEnabled(shown && anyEvidence);
    m_openCase->setEnabled(shown && (anyEvidence || anyFinding));
    m_dismiss->setEnabled(shown && anyFinding);
    const bool canUndo = !m_dismissed.isEmpty() || (m_actions && m_actions->canUndo());
    m_undo->setEnabled(shown && canUndo);
    m_undo->setText(!m_dismissed.isEmpty()
            ? (m_dismissed.size() == 1 ? tr("&Undo Dismissal of the Finding")
                                       : tr("&Undo Dismissal of %1 Findings").arg(m_dismissed.size()))
            : (m_actions && m_actions->canUndo() ? tr("&%1").arg(m_actions->undoText()) : tr("&Undo")));
    m_find->setEnabled(shown && m_database);
    m_lookAgain->setEnabled(shown && m_database);
}

void TriageView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_database) {
        m_reading->clear();
        m_reading->show();
        m_detail->hide();
        return;
    }
    const triage::TriageItem &item = m_model->item(current.row());
    const QLocale locale;
    const QString customer = item.customerId == 0 ? tr("no customer yet") : item.customerName.toHtmlEscaped();
    if (item.type == Type::Message) {
        m_detail->hide();
    } else if (item.type == Type::Cluster) {
        m_detail->setText(
            tr("<b>Feedback reports ×%1</b><br>%2.<br><i>The newest report is below. Acknowledge (A), "
               "Noise (N), Open Case (C) and Attach (T) act on every report of the cluster.</i>")
                .arg(locale.toString(item.count), item.summary.toHtmlEscaped()));
        m_detail->show();
    } else {
        // Some findings rest on messages (feedback reports), others on the delivery logs alone.
        const QString behind = item.evidenceIds.isEmpty()
            ? tr("Counted from the delivery data (%1 items); no messages are linked to it.")
                  .arg(locale.toString(item.count))
            : tr("%1 messages behind it; a case opened from it links them.")
                  .arg(locale.toString(item.evidenceIds.size()));
        m_detail->setText(
            tr("<b>%1</b> — %2<br>%3<br>%4<br><i>Open a case (C) to act on it, or dismiss it (D) with "
               "a reason.</i>")
                .arg(TriageTableModel::kindText(item).toHtmlEscaped(), customer, item.summary.toHtmlEscaped(),
                    behind.toHtmlEscaped()));
        m_detail->show();
    }
    if (item.evidenceId == 0) {
        m_reading->clear();
        m_reading->hide();
        return;
    }
    m_reading->show();
    m_reading->showItem(storage::EvidenceQueries(*m_database).item(item.evidenceId));
    if (!m_attribution)
        m_attribution = std::make_unique<attribution::AttributionQueries>(*m_database);
    m_reading->showExplanation(m_attribution->explainEvidence(item.evidenceId));
}

bool TriageView::act(const std::function<bool(const QList<qint64> &)> &action, bool keepSelection)
{
    if (!m_database || !m_actions)
        return false;
    const QList<int> rows = selectedRows();
    const QList<qint64> ids = evidenceOf(rows);
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(rows.isEmpty()
                ? tr("Select the items to act on first.")
                : tr("These findings have no messages to act on: open a case (C) or dismiss them (D)."));
        return false;
    }
    const QStringList keys = keysOf(rows);
    if (!action(ids)) {
        Q_EMIT statusMessage(tr("That did not work: %1").arg(m_actions->lastError()));
        return false;
    }
    m_dismissed.clear();
    afterAction(keys, rows.first(), keepSelection);
    return true;
}

void TriageView::afterAction(const QStringList &keys, int fallbackRow, bool keepSelection)
{
    m_lastKeys = keys;
    // Items that leave the queue give their place to the next one.
    refill(keepSelection ? keys : QStringList(), fallbackRow);
    m_attribution.reset();
    if (m_actions)
        Q_EMIT statusMessage(m_actions->lastDescription());
    m_table->setFocus();
}

void TriageView::acknowledge()
{
    act([this](const QList<qint64> &ids) { return m_actions->acknowledge(ids); }, false);
}

void TriageView::markNoise()
{
    act([this](const QList<qint64> &ids) { return m_actions->markNoise(ids); }, false);
}

void TriageView::attribute()
{
    if (!m_database || !m_actions)
        return;
    const QList<int> rows = selectedRows();
    const QList<qint64> ids = evidenceOf(rows);
    if (ids.isEmpty())
        return;
    auto *dialog = new CustomerPickerDialog(*m_database, describeSelection(rows), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 proposed = m_model->item(rows.first()).customerId;
    if (proposed != 0)
        dialog->select(proposed);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 customerId = dialog->customerId();
        if (act([this, customerId](
                    const QList<qint64> &ids) { return m_actions->attribute(ids, customerId); },
                true))
            Q_EMIT attributionChanged();
    });
    dialog->open();
}

void TriageView::openCase()
{
    if (!m_database || !m_actions)
        return;
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    // What the items propose: the first (most urgent) row names the problem.
    const triage::TriageItem &first = m_model->item(rows.first());
    cases::NewCase proposal;
    proposal.evidenceIds = evidenceOf(rows);
    proposal.category = categoryFor(first);
    proposal.severity
        = first.legal || first.kind == QLatin1String("escalated-complaint") || first.type == Type::Finding
        ? 2
        : 3;
    proposal.owner = m_author;
    // Legal-tone items are routed to whoever the policy names for them.
    if (first.legal) {
        const QString legalOwner
            = QJsonDocument::fromJson("[" + m_database->policy().value(QStringLiteral("legal_owner")) + "]")
                  .array()
                  .at(0)
                  .toString()
                  .trimmed();
        if (!legalOwner.isEmpty())
            proposal.owner = legalOwner;
    }
    const QString firstTitle = first.type == Type::Message
        ? tr("%1: %2").arg(TriageTableModel::kindText(first), TriageTableModel::titleOf(first))
        : TriageTableModel::titleOf(first);
    proposal.title
        = rows.size() == 1 ? firstTitle : tr("%1 (and %2 more)").arg(firstTitle).arg(rows.size() - 1);
    qint64 customer = first.customerId;
    for (int row : rows)
        if (m_model->item(row).customerId != customer)
            customer = 0;
    proposal.customerId = customer;
    if (rows.size() == 1 && first.type == Type::Finding) {
        proposal.findingKey = first.findingKey;
        proposal.findingData = QJsonObject { { QStringLiteral("kind"), first.kind },
            { QStringLiteral("count"), first.count }, { QStringLiteral("delivered"), first.delivered },
            { QStringLiteral("rate_percent"), first.ratePercent },
            { QStringLiteral("summary"), first.summary } };
    }
    auto *dialog = new OpenCaseDialog(*m_database, proposal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList keys = keysOf(rows);
    const int fallback = rows.first();
    connect(dialog, &QDialog::accepted, this, [this, dialog, keys, fallback] {
        const qint64 caseId = m_actions->openCase(dialog->newCase());
        if (caseId == 0) {
            Q_EMIT statusMessage(tr("The case could not be opened: %1").arg(m_actions->lastError()));
            return;
        }
        m_dismissed.clear();
        afterAction(keys, fallback, false);
        Q_EMIT casesChanged();
        Q_EMIT caseOpened(caseId, dialog->showCaseAfterwards());
    });
    dialog->open();
}

void TriageView::attachToCase()
{
    if (!m_database || !m_actions)
        return;
    const QList<int> rows = selectedRows();
    if (evidenceOf(rows).isEmpty())
        return;
    auto *dialog = new CasePickerDialog(
        *m_database, describeSelection(rows), m_model->item(rows.first()).customerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 caseId = dialog->caseId();
        if (act([this, caseId](const QList<qint64> &ids) { return m_actions->attachToCase(ids, caseId); },
                false))
            Q_EMIT casesChanged();
    });
    dialog->open();
}

void TriageView::dismissFinding()
{
    if (!m_database)
        return;
    QStringList keys;
    QStringList rowKeys;
    int fallback = -1;
    for (int row : selectedRows())
        if (m_model->item(row).type == Type::Finding) {
            keys.append(m_model->item(row).findingKey);
            rowKeys.append(TriageTableModel::keyOf(m_model->item(row)));
            if (fallback < 0)
                fallback = row;
        }
    if (keys.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("dismissFindingDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Dismiss Finding"));
    dialog->setLabelText(
        tr("Why is this not a problem? The finding is not proposed again; Undo (Ctrl+Z) brings it "
           "back."));
    dialog->setOkButtonText(tr("&Dismiss"));
    connect(
        dialog, &QInputDialog::textValueSelected, this, [this, keys, rowKeys, fallback](const QString &text) {
            const QString reason = text.trimmed();
            if (reason.isEmpty()) {
                Q_EMIT statusMessage(tr("A finding is dismissed with a reason; nothing was dismissed."));
                return;
            }
            triage::TriageQueue queue(*m_database, *m_clock);
            QStringList done;
            for (const QString &key : keys) {
                if (!queue.dismissFinding(key, m_author, reason)) {
                    Q_EMIT statusMessage(tr("The finding could not be dismissed: %1").arg(queue.lastError()));
                    break;
                }
                done.append(key);
            }
            if (done.isEmpty())
                return;
            m_dismissed = done;
            m_lastKeys = rowKeys;
            refill({}, fallback);
            Q_EMIT statusMessage(done.size() == 1
                    ? tr("Finding dismissed: %1").arg(reason)
                    : tr("%1 findings dismissed: %2").arg(done.size()).arg(reason));
            m_table->setFocus();
        });
    dialog->open();
}

void TriageView::undo()
{
    if (!m_database)
        return;
    if (!m_dismissed.isEmpty()) {
        triage::TriageQueue queue(*m_database, *m_clock);
        for (const QString &key : std::as_const(m_dismissed))
            if (!queue.restoreFinding(key))
                Q_EMIT statusMessage(tr("The finding could not be restored: %1").arg(queue.lastError()));
        const qsizetype count = m_dismissed.size();
        m_dismissed.clear();
        refill(m_lastKeys, 0);
        Q_EMIT statusMessage(count == 1 ? tr("The finding is proposed again.")
                                        : tr("%1 findings are proposed again.").arg(count));
        return;
    }
    if (!m_actions || !m_actions->canUndo())
        return;
    if (!m_actions->undo()) {
        Q_EMIT statusMessage(tr("That could not be undone: %1").arg(m_actions->lastError()));
        updateActions();
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    refill(m_lastKeys, current.isValid() ? current.row() : 0);
    m_attribution.reset();
    Q_EMIT statusMessage(m_actions->lastDescription());
    Q_EMIT casesChanged();
    Q_EMIT attributionChanged();
    m_table->setFocus();
}

void TriageView::onFindings(
    const QList<findings::Finding> &found, const QString &error, QDate from, QDate until)
{
    m_findings = found;
    const QLocale locale;
    if (!error.isEmpty())
        m_findingsNote = tr("automatic findings could not be computed: %1").arg(error);
    else if (from.isValid() && until.isValid())
        m_findingsNote = tr("findings over %1 – %2")
                             .arg(locale.toString(from, QLocale::ShortFormat),
                                 locale.toString(until, QLocale::ShortFormat));
    else
        m_findingsNote.clear();
    if (isVisible())
        reload(); // else when it is shown
    updateSummary();
}

QByteArray TriageView::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_splitter->saveState() << m_table->horizontalHeader()->saveState();
    return state;
}

void TriageView::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray splitter;
    QByteArray header;
    in >> splitter >> header;
    if (in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(header);
}

} // namespace abusedesk::gui
