// SPDX-License-Identifier: GPL-2.0-or-later
#include "CasesView.h"

#include "CaseStatusDialog.h"
#include "CaseTableModel.h"
#include "ChecklistPanel.h"
#include "CustomerTableModel.h"
#include "Dialogs.h"
#include "LadderDialog.h"
#include "ReplyDialog.h"
#include "cases/CaseStore.h"
#include "cases/EscalationLadder.h"
#include "cases/EvidenceBundle.h"
#include "storage/Database.h"
#include "storage/EvidenceQueries.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace abusedesk::gui {

namespace {

/// At most this many linked messages are listed.
constexpr int EvidenceListLimit = 5000;

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QString();
}

QString stored(const QString &text)
{
    return when(QDateTime::fromString(text, Qt::ISODate));
}

QString eventTypeText(const QString &type)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("opened"), QT_TRANSLATE_NOOP("abusedesk::gui::CasesView", "Opened") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("abusedesk::gui::CasesView", "Note") },
        { QStringLiteral("communication"), QT_TRANSLATE_NOOP("abusedesk::gui::CasesView", "Communication") },
        { QStringLiteral("checklist"), QT_TRANSLATE_NOOP("abusedesk::gui::CasesView", "Checklist") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("abusedesk::gui::CasesView", "Status") },
        { QStringLiteral("severity"), QT_TRANSLATE_NOOP("abusedesk::gui::CasesView", "Severity") },
        { QStringLiteral("evidence"), QT_TRANSLATE_NOOP("abusedesk::gui::CasesView", "Evidence") },
        { QStringLiteral("time"), QT_TRANSLATE_NOOP("abusedesk::gui::CasesView", "Time") },
        { QStringLiteral("ladder"), QT_TRANSLATE_NOOP("abusedesk::gui::CasesView", "Ladder") },
        { QStringLiteral("attribution"), QT_TRANSLATE_NOOP("abusedesk::gui::CasesView", "Attribution") },
        { QStringLiteral("undo"), QT_TRANSLATE_NOOP("abusedesk::gui::CasesView", "Undo") },
    };
    const auto it = words.constFind(type);
    return it == words.constEnd() ? type : CasesView::tr(*it);
}

} // namespace

CasesView::CasesView(QString author, QWidget *parent)
    : QWidget(parent)
    , m_author(std::move(author))
{
    setObjectName(QStringLiteral("casesView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(m_splitter, 1);

    // --- the list ---
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("casesFilter"));
    m_filter->setAccessibleName(tr("Filter cases"));
    m_filter->setPlaceholderText(tr("Filter by customer, title, category, status…"));
    m_filter->setClearButtonEnabled(true);
    filterRow->addWidget(m_filter, 1);
    m_openOnly = new QCheckBox(tr("&Open cases only"), left);
    m_openOnly->setObjectName(QStringLiteral("casesOpenOnly"));
    m_openOnly->setToolTip(tr("Open and waiting on the customer; resolved and closed cases are left out"));
    filterRow->addWidget(m_openOnly);
    leftLayout->addLayout(filterRow);
    m_model = new CaseTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView(left);
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_table->setObjectName(QStringLiteral("casesTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseTableModel::ColumnUpdated, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    {
        using M = CaseTableModel;
        for (const auto &[column, width] : { std::pair { M::ColumnId, 45 }, { M::ColumnCustomer, 130 },
                 { M::ColumnTitle, 190 }, { M::ColumnCategory, 120 }, { M::ColumnSeverity, 80 },
                 { M::ColumnStatus, 120 }, { M::ColumnOutcome, 80 }, { M::ColumnOwner, 70 },
                 { M::ColumnOpened, 112 }, { M::ColumnUpdated, 112 }, { M::ColumnMinutes, 60 } })
            m_table->setColumnWidth(column, width);
    }
    leftLayout->addWidget(m_table, 1);
    connect(m_openOnly, &QCheckBox::toggled, this, &CasesView::reload);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesView::showCurrent);

    // --- the selected case ---
    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    m_hint = new QLabel(right);
    m_hint->setObjectName(QStringLiteral("casesHint"));
    m_hint->setWordWrap(true);
    rightLayout->addWidget(m_hint);
    m_details = new QWidget(right);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_details);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    details->addWidget(m_title);
    m_subtitle = new QLabel(m_details);
    m_subtitle->setObjectName(QStringLiteral("caseSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->addWidget(m_subtitle);

    auto *controls = new QHBoxLayout;
    m_severity = new QComboBox(m_details);
    m_severity->setObjectName(QStringLiteral("caseSeverity"));
    m_severity->setAccessibleName(tr("Severity"));
    for (int severity = 1; severity <= 4; ++severity)
        m_severity->addItem(cases::CaseStore::severityLabel(severity), severity);
    auto *severityLabel = new QLabel(tr("Se&verity:"), m_details);
    severityLabel->setBuddy(m_severity);
    controls->addWidget(severityLabel);
    controls->addWidget(m_severity);
    m_status = new QComboBox(m_details);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (const QString &status : cases::CaseStore::statuses())
        m_status->addItem(cases::CaseStore::statusLabel(status), status);
    auto *statusLabel = new QLabel(tr("&Status:"), m_details);
    statusLabel->setBuddy(m_status);
    controls->addSpacing(12);
    controls->addWidget(statusLabel);
    controls->addWidget(m_status);
    m_outcome = new QLabel(m_details);
    m_outcome->setObjectName(QStringLiteral("caseOutcomeText"));
    controls->addSpacing(12);
    controls->addWidget(m_outcome, 1);
    m_replyButton = new QPushButton(tr("Write &Reply…"), m_details);
    m_replyButton->setObjectName(QStringLiteral("caseWriteReply"));
    m_replyButton->setToolTip(tr("A reply to the complainant or the list owner from a template, filled with "
                                 "this case's numbers"));
    connect(m_replyButton, &QPushButton::clicked, this, &CasesView::writeReply);
    controls->addWidget(m_replyButton);
    details->addLayout(controls);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &CasesView::onSeverityChosen);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CasesView::onStatusChosen);

    auto *ladderBox = new QGroupBox(tr("Escalation ladder"), m_details);
    auto *ladderLayout = new QHBoxLayout(ladderBox);
    m_ladder = new QLabel(ladderBox);
    m_ladder->setObjectName(QStringLiteral("caseLadder"));
    m_ladder->setWordWrap(true);
    m_ladder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ladderLayout->addWidget(m_ladder, 1);
    m_ladderButton = new QPushButton(tr("&Ladder Step…"), ladderBox);
    m_ladderButton->setObjectName(QStringLiteral("caseLadderStep"));
    m_ladderButton->setToolTip(
        tr("Move the customer on the escalation ladder, with a reason, recorded in this case"));
    connect(m_ladderButton, &QPushButton::clicked, this, &CasesView::changeLadderStep);
    ladderLayout->addWidget(m_ladderButton, 0, Qt::AlignTop);
    details->addWidget(ladderBox);

    m_tabs = new QTabWidget(m_details);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    auto *timelinePage = new QWidget(m_tabs);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(4, 4, 4, 4);
    // A table, not a tree: notes are paragraphs, and a table's rows grow to the wrapped text.
    m_timeline = new QTableWidget(0, 4, timelinePage);
    m_timeline->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_timeline->setObjectName(QStringLiteral("caseTimeline"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(true);
    m_timeline->setTextElideMode(Qt::ElideNone);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setShowGrid(false);
    m_timeline->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Details") });
    m_timeline->verticalHeader()->hide();
    m_timeline->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->horizontalHeader()->setHighlightSections(false);
    m_timeline->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (const auto &[column, width] : { std::pair { 0, 120 }, { 1, 80 }, { 2, 95 } })
        m_timeline->setColumnWidth(column, width);
    timelineLayout->addWidget(m_timeline, 1);

    m_note = new QPlainTextEdit(timelinePage);
    m_note->setObjectName(QStringLiteral("caseNote"));
    m_note->setAccessibleName(tr("New note"));
    m_note->setPlaceholderText(
        tr("A note for the timeline: what you found, what you told whom, what comes next"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 3 + 14);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    m_addNote = new QPushButton(tr("Add &Note"), timelinePage);
    m_addNote->setObjectName(QStringLiteral("caseAddNote"));
    m_addNote->setToolTip(tr("Add the note to the timeline (Ctrl+Return in the note)"));
    connect(m_addNote, &QPushButton::clicked, this, &CasesView::addNote);
    noteRow->addWidget(m_addNote, 0, Qt::AlignTop);
    timelineLayout->addLayout(noteRow);
    auto *noteShortcut = new QAction(this);
    noteShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    noteShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(noteShortcut, &QAction::triggered, this, &CasesView::addNote);
    m_note->addAction(noteShortcut);

    auto *timeRow = new QHBoxLayout;
    m_minutes = new QSpinBox(timelinePage);
    m_minutes->setObjectName(QStringLiteral("caseMinutes"));
    m_minutes->setAccessibleName(tr("Minutes spent"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(15);
    m_minutes->setSuffix(tr(" min"));
    auto *minutesLabel = new QLabel(tr("T&ime spent:"), timelinePage);
    minutesLabel->setBuddy(m_minutes);
    timeRow->addWidget(minutesLabel);
    timeRow->addWidget(m_minutes);
    m_activity = new QLineEdit(timelinePage);
    m_activity->setObjectName(QStringLiteral("caseActivity"));
    m_activity->setAccessibleName(tr("Activity"));
    m_activity->setPlaceholderText(tr("on what: investigation, reply to the customer, call…"));
    timeRow->addWidget(m_activity, 1);
    m_logTime = new QPushButton(tr("Log &Time"), timelinePage);
    m_logTime->setObjectName(QStringLiteral("caseLogTime"));
    connect(m_logTime, &QPushButton::clicked, this, &CasesView::logTime);
    connect(m_activity, &QLineEdit::returnPressed, this, &CasesView::logTime);
    timeRow->addWidget(m_logTime);
    timelineLayout->addLayout(timeRow);
    m_tabs->addTab(timelinePage, tr("Timeline"));

    auto *evidencePage = new QWidget(m_tabs);
    auto *evidenceLayout = new QVBoxLayout(evidencePage);
    evidenceLayout->setContentsMargins(4, 4, 4, 4);
    m_evidenceNote = new QLabel(evidencePage);
    m_evidenceNote->setObjectName(QStringLiteral("caseEvidenceNote"));
    m_evidenceNote->setWordWrap(true);
    auto *evidenceTop = new QHBoxLayout;
    evidenceTop->addWidget(m_evidenceNote, 1);
    m_exportBundle = new QPushButton(tr("E&xport Evidence Bundle…"), evidencePage);
    m_exportBundle->setObjectName(QStringLiteral("caseExportBundle"));
    m_exportBundle->setToolTip(tr("Save the linked messages exactly as received, with a manifest of their "
                                  "SHA-256s, sources and import times, as a .zip for legal or a peer"));
    connect(m_exportBundle, &QPushButton::clicked, this, &CasesView::exportEvidenceBundle);
    evidenceTop->addWidget(m_exportBundle, 0, Qt::AlignTop);
    evidenceLayout->addLayout(evidenceTop);
    m_evidence = new QTreeWidget(evidencePage);
    m_evidence->setObjectName(QStringLiteral("caseEvidence"));
    m_evidence->setAccessibleName(tr("Linked evidence"));
    m_evidence->setRootIsDecorated(false);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setUniformRowHeights(true);
    m_evidence->setHeaderLabels({ tr("Date"), tr("Kind"), tr("From"), tr("Subject") });
    for (const auto &[column, width] : { std::pair { 0, 120 }, { 1, 130 }, { 2, 200 } })
        m_evidence->setColumnWidth(column, width);
    connect(m_evidence, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT evidenceRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    evidenceLayout->addWidget(m_evidence, 1);
    m_tabs->addTab(evidencePage, tr("Evidence"));
    m_checklist = new ChecklistPanel(m_tabs);
    connect(m_checklist, &ChecklistPanel::recorded, this, [this] { showCase(m_caseId); });
    m_tabs->addTab(m_checklist, tr("Checklist"));
    details->addWidget(m_tabs, 1);

    m_problem = new QLabel(m_details);
    m_problem->setObjectName(QStringLiteral("caseProblem"));
    m_problem->setWordWrap(true);
    {
        QPalette p = m_problem->palette();
        p.setColor(QPalette::WindowText, CustomerTableModel::warningColour());
        m_problem->setPalette(p);
    }
    m_problem->hide();
    details->addWidget(m_problem);
    rightLayout->addWidget(m_details, 1);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setSizes({ 640, 740 });
    setTabOrder({ m_filter, m_openOnly, m_table, m_severity, m_status, m_ladderButton, m_tabs, m_timeline,
        m_note, m_addNote, m_minutes, m_activity, m_logTime, m_evidence });
    showCase(0);
}

CasesView::~CasesView()
{
    waitForEvidenceBundle();
}

void CasesView::setDatabase(const storage::Database *database)
{
    waitForEvidenceBundle();
    m_database = database;
    m_caseId = 0;
    reload();
}

void CasesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Triage opens cases and attaches evidence while this view is not in sight.
    if (m_database)
        reload();
}

void CasesView::reload()
{
    const qint64 selected = m_caseId;
    if (!m_database) {
        m_model->setCases({});
        showCase(0);
        return;
    }
    cases::CaseFilter filter;
    filter.openOnly = m_openOnly->isChecked();
    m_model->setCases(cases::CaseStore(*m_database).cases(filter));
    if (selected != 0 && m_model->rowOf(selected) >= 0) {
        const QSignalBlocker blocker(m_table->selectionModel());
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(selected), 0));
        m_table->setCurrentIndex(index);
        m_table->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        showCase(selected);
    } else if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    } else {
        showCase(0);
    }
}

bool CasesView::selectCase(qint64 caseId)
{
    if (!m_database)
        return false;
    if (m_model->rowOf(caseId) < 0) {
        if (m_openOnly->isChecked())
            m_openOnly->setChecked(false); // reloads with every case
        else
            reload();
    }
    const int row = m_model->rowOf(caseId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showCase(caseId);
    return true;
}

void CasesView::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    showCase(current.isValid() ? m_model->record(current.row()).id : 0);
}

void CasesView::showCase(qint64 caseId)
{
    m_filling = true;
    m_caseId = caseId;
    m_problem->hide();
    const std::optional<cases::CaseRecord> found
        = m_database && caseId != 0 ? cases::CaseStore(*m_database).find(caseId) : std::nullopt;
    if (!found) {
        m_caseId = 0;
        m_customerId = 0;
        m_details->hide();
        m_checklist->setCase(nullptr, 0, m_author);
        m_hint->setText(!m_database        ? tr("No case database is open.")
                : m_model->rowCount() == 0 ? tr("No cases yet. Open one from the Triage view: select the "
                                                "reports or findings and press C "
                                                "(Triage ▸ Open Case…).")
                                           : tr("Select a case to see its timeline, evidence and customer."));
        m_hint->show();
        m_filling = false;
        return;
    }
    const cases::CaseRecord &c = *found;
    m_customerId = c.customerId;
    m_hint->hide();
    m_details->show();
    const QLocale locale;
    m_title->setText(c.title);
    QStringList sub { tr("Case #%1").arg(c.id), cases::CaseStore::categoryLabel(c.category),
        c.customerId == 0 ? tr("no customer") : c.customerName };
    sub.append(c.owner.isEmpty() ? tr("opened %1").arg(when(c.openedAt))
                                 : tr("opened %1 by %2").arg(when(c.openedAt), c.owner));
    if (c.minutes > 0)
        sub.append(tr("%1 logged").arg(CaseTableModel::minutesText(c.minutes)));
    if (c.closedAt.isValid())
        sub.append(tr("ended %1").arg(when(c.closedAt)));
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));
    m_severity->setCurrentIndex(std::clamp(c.severity, 1, 4) - 1);
    m_status->setCurrentIndex(std::max(0, m_status->findData(c.status)));
    m_outcome->setText(
        c.outcome.isEmpty() ? QString() : tr("Outcome: %1").arg(cases::CaseStore::outcomeLabel(c.outcome)));

    // Where the customer stands, and what moves it on.
    if (c.customerId == 0) {
        m_ladder->setText(tr("The case has no customer yet, so no ladder step applies."));
        m_ladderButton->setEnabled(false);
    } else {
        const cases::LadderPosition p = cases::EscalationLadder(*m_database).positionOf(c.customerId);
        QString text = tr("%1 is at <b>%2</b> (step %3 of 4), status %4.")
                           .arg(c.customerName.toHtmlEscaped(), p.stepLabel.toHtmlEscaped())
                           .arg(p.step)
                           .arg(CustomerTableModel::statusText(p.status).toLower());
        if (!p.nextLabel.isEmpty())
            text += tr("<br>Moves on to <b>%1</b> when: %2")
                        .arg(p.nextLabel.toHtmlEscaped(), p.movesOn.toHtmlEscaped());
        m_ladder->setText(text);
        m_ladderButton->setEnabled(true);
    }

    const cases::CaseStore store(*m_database);
    m_timeline->setRowCount(0);
    const QList<cases::CaseEvent> events = store.timeline(c.id);
    m_timeline->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const cases::CaseEvent &e = events.at(row);
        const QStringList cells { when(e.at), e.author, eventTypeText(e.type), e.text };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_timeline->setItem(row, column, item);
        }
        m_timeline->item(row, 0)->setData(Qt::UserRole, e.id);
    }
    // Newest at the bottom, in sight.
    if (m_timeline->rowCount() > 0)
        m_timeline->scrollToBottom();
    m_tabs->setTabText(0, tr("Timeline (%1)").arg(locale.toString(events.size())));

    m_evidence->clear();
    const QList<qint64> ids = store.evidenceOf(c.id);
    QList<QTreeWidgetItem *> items;
    for (const storage::EvidenceRow &row :
        storage::EvidenceQueries(*m_database).rowsOfCase(c.id, EvidenceListLimit)) {
        auto *item = new QTreeWidgetItem({ stored(row.sentAt.isEmpty() ? row.importedAt : row.sentAt),
            row.kind, row.fromAddress, row.subject.isEmpty() ? tr("(no subject)") : row.subject });
        item->setData(0, Qt::UserRole, row.id);
        item->setToolTip(3, row.subject);
        items.append(item);
    }
    m_evidence->addTopLevelItems(items);
    m_tabs->setTabText(1, tr("Evidence (%1)").arg(locale.toString(ids.size())));
    m_exportBundle->setEnabled(!ids.isEmpty() && !m_bundleThread);
    m_evidenceNote->setText(ids.isEmpty()
            ? tr("No messages are linked to this case. Attach reports from the Triage view (T).")
            : ids.size() > EvidenceListLimit
            ? tr("%1 messages are linked; the first %2 are listed. Double-click one to read it in Evidence.")
                  .arg(locale.toString(ids.size()), locale.toString(EvidenceListLimit))
            : tr("Double-click a message to read it in Evidence."));
    m_checklist->setCase(m_database, c.id, m_author);
    m_tabs->setTabText(m_tabs->indexOf(m_checklist),
        m_checklist->progressText().isEmpty() ? tr("Checklist")
                                              : tr("Checklist (%1)").arg(m_checklist->progressText()));
    m_filling = false;
}

void CasesView::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void CasesView::changed()
{
    reload();
    Q_EMIT casesChanged();
}

void CasesView::onSeverityChosen()
{
    if (m_filling || !m_database || m_caseId == 0)
        return;
    cases::CaseStore store(*m_database);
    if (!store.setSeverity(m_caseId, m_severity->currentData().toInt(), m_author)) {
        setProblem(tr("The severity could not be changed: %1").arg(store.lastError()));
        return;
    }
    changed();
}

void CasesView::onStatusChosen()
{
    if (m_filling || !m_database || m_caseId == 0)
        return;
    const QString status = m_status->currentData().toString();
    const qint64 caseId = m_caseId;
    if (status == QLatin1String("resolved") || status == QLatin1String("closed")) {
        // Ending a case asks how it ended.
        auto *dialog = new CaseStatusDialog(*m_database, caseId, status, m_author, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, caseId](int result) {
            if (result == QDialog::Accepted)
                changed();
            else if (caseId == m_caseId)
                showCase(caseId); // the status combo shows the stored status again
        });
        dialog->open();
        return;
    }
    cases::CaseStore store(*m_database);
    if (!store.setStatus(caseId, status, QString(), m_author)) {
        setProblem(tr("The status could not be changed: %1").arg(store.lastError()));
        showCase(caseId);
        return;
    }
    changed();
}

void CasesView::addNote()
{
    const QString text = m_note->toPlainText().trimmed();
    if (!m_database || m_caseId == 0 || text.isEmpty())
        return;
    cases::CaseStore store(*m_database);
    if (!store.addNote(m_caseId, m_author, text)) {
        setProblem(tr("The note could not be added: %1").arg(store.lastError()));
        return;
    }
    m_note->clear();
    changed();
    m_note->setFocus();
}

void CasesView::logTime()
{
    if (!m_database || m_caseId == 0)
        return;
    cases::CaseStore store(*m_database);
    if (store.addTimeEntry(m_caseId, m_author, m_minutes->value(), m_activity->text().trimmed()) == 0) {
        setProblem(tr("The time could not be logged: %1").arg(store.lastError()));
        return;
    }
    m_activity->clear();
    changed();
}

void CasesView::changeLadderStep()
{
    if (!m_database || m_caseId == 0 || m_customerId == 0)
        return;
    auto *dialog = new LadderDialog(*m_database, m_customerId, m_author, m_caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        changed();
        Q_EMIT customerChanged();
    });
    dialog->open();
}

void CasesView::exportEvidenceBundle()
{
    if (!m_database || m_caseId == 0 || m_bundleThread)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = Dialogs::saveFileName(this, tr("Export Evidence Bundle"),
        QDir(documents).filePath(tr("case-%1-evidence.zip").arg(m_caseId)), tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".zip");
    // A case can hold thousands of messages: read and compressed off the GUI thread, with the
    // worker's own database connection.
    const storage::Database *db = m_database;
    const qint64 caseId = m_caseId;
    const QString author = m_author;
    QPointer<CasesView> self(this);
    const quint64 generation = ++m_bundleGeneration;
    m_bundleThread = QThread::create([self, db, caseId, path, author, generation] {
        cases::EvidenceBundle bundle(*db);
        const bool ok = bundle.write(caseId, path, author);
        const QString error = bundle.error();
        const qsizetype messages = bundle.summary().messages.size();
        db->releaseConnection();
        QMetaObject::invokeMethod(
            self,
            [self, ok, error, messages, caseId, path, generation] {
                if (!self || generation != self->m_bundleGeneration || !self->m_bundleThread)
                    return;
                self->m_bundleThread->wait();
                self->m_bundleThread->deleteLater();
                self->m_bundleThread = nullptr;
                self->m_exportBundle->setEnabled(self->m_evidence->topLevelItemCount() > 0);
                if (!ok) {
                    Dialogs::showWarning(self, tr("Evidence bundle not written"), error);
                    return;
                }
                Q_EMIT self->statusMessage(tr("Evidence bundle of case #%1 written to %2: %3.")
                        .arg(caseId)
                        .arg(QDir::toNativeSeparators(path), tr("%Ln message(s)", nullptr, int(messages))));
            },
            Qt::QueuedConnection);
    });
    m_exportBundle->setEnabled(false);
    Q_EMIT statusMessage(tr("Writing the evidence bundle of case #%1…").arg(caseId));
    m_bundleThread->start();
}

void CasesView::waitForEvidenceBundle()
{
    if (!m_bundleThread)
        return;
    ++m_bundleGeneration; // its queued result is dropped
    m_bundleThread->wait();
    delete m_bundleThread;
    m_bundleThread = nullptr;
    m_exportBundle->setEnabled(m_evidence->topLevelItemCount() > 0);
}

QByteArray CasesView::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_splitter->saveState() << m_table->horizontalHeader()->saveState()
        << m_timeline->horizontalHeader()->saveState() << m_openOnly->isChecked();
    return state;
}

void CasesView::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray splitter, header, timeline;
    bool openOnly = false;
    in >> splitter >> header >> timeline >> openOnly;
    if (in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(header);
    m_timeline->horizontalHeader()->restoreState(timeline);
    m_openOnly->setChecked(openOnly);
}

void CasesView::writeReply()
{
    if (!m_database || m_caseId == 0)
        return;
    auto *dialog = new ReplyDialog(*m_database, m_caseId, m_author, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReplyDialog::replied, this, [this] { showCase(m_caseId); });
    dialog->open();
}

} // namespace abusedesk::gui
