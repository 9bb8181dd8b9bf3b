// SPDX-License-Identifier: GPL-2.0-or-later
#include "EvidenceView.h"

#include "ReadingPane.h"
#include "attribution/AttributionQueries.h"
#include "evidence/EvidenceListModel.h"
#include "storage/Database.h"

#include <QAction>
#include <QClipboard>
#include <QDataStream>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace abusedesk::gui {

EvidenceView::EvidenceView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("evidenceView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("evidenceSummary"));
    layout->addWidget(m_summary);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(m_splitter);
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_table->setObjectName(QStringLiteral("evidenceTable"));
    m_table->setAccessibleName(tr("Evidence"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    // The actions on the selected message, also in its context menu.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *saveOriginal = new QAction(tr("Save &Original As…"), m_table);
    saveOriginal->setObjectName(QStringLiteral("actionSaveOriginal"));
    saveOriginal->setShortcut(QKeySequence::Save);
    saveOriginal->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveOriginal, &QAction::triggered, this, [this] { m_reading->saveOriginal(); });
    auto *copyHash = new QAction(tr("Copy &SHA-256"), m_table);
    copyHash->setObjectName(QStringLiteral("actionCopySha256"));
    copyHash->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyHash->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyHash, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            QGuiApplication::clipboard()->setText(
                current.data(evidence::EvidenceListModel::Sha256Role).toString());
    });
    m_table->addActions({ saveOriginal, copyHash });
    m_table->horizontalHeader()->setHighlightSections(false);
    m_reading = new ReadingPane(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_reading);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 300, 450 });
    layout->addWidget(m_splitter, 1);
}

EvidenceView::~EvidenceView() = default;

void EvidenceView::setDatabase(const storage::Database *database)
{
    m_database = database;
    m_attribution.reset();
    if (m_model)
        m_headerState = m_table->horizontalHeader()->saveState(); // the analyst's layout survives a switch
    delete m_model;
    m_model = nullptr;
    m_reading->clear();
    if (!database) {
        m_table->setModel(nullptr);
        return;
    }
    m_model = new evidence::EvidenceListModel(*database, this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (m_headerState.isEmpty() || !m_table->horizontalHeader()->restoreState(m_headerState)) {
        using M = evidence::EvidenceListModel;
        for (const auto &[column, width] : { std::pair { M::ColumnDate, 130 }, { M::ColumnKind, 170 },
                 { M::ColumnRoleAccount, 190 }, { M::ColumnFrom, 230 }, { M::ColumnCustomer, 140 } })
            m_table->setColumnWidth(column, width);
    }
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvidenceView::showCurrent);
    reload();
}

void EvidenceView::reload()
{
    if (!m_model)
        return;
    m_model->reload();
    m_attribution.reset();
    m_summary->setText(tr("%n message(s) in this case database", nullptr,
        int(std::min<qint64>(m_model->totalCount(), INT_MAX))));
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void EvidenceView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_database) {
        m_reading->clear();
        return;
    }
    const qint64 id = current.data(evidence::EvidenceListModel::EvidenceIdRole).toLongLong();
    m_reading->showItem(storage::EvidenceQueries(*m_database).item(id));
    if (!m_attribution)
        m_attribution = std::make_unique<attribution::AttributionQueries>(*m_database);
    m_reading->showExplanation(m_attribution->explainEvidence(id));
}

bool EvidenceView::selectEvidence(qint64 evidenceId)
{
    if (!m_model)
        return false;
    for (int row = 0;; ++row) {
        if (row >= m_model->rowCount()) {
            if (!m_model->canFetchMore({}))
                return false;
            m_model->fetchMore({});
            if (row >= m_model->rowCount())
                return false;
        }
        if (m_model->row(row).id == evidenceId) {
            const QModelIndex index = m_model->index(row, 0);
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_table->setFocus();
            return true;
        }
    }
}

QByteArray EvidenceView::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_splitter->saveState() << (m_model ? m_table->horizontalHeader()->saveState() : m_headerState);
    return state;
}

void EvidenceView::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray splitter;
    QByteArray header;
    in >> splitter >> header;
    if (in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_headerState = header;
    if (m_model)
        m_table->horizontalHeader()->restoreState(header);
}

} // namespace abusedesk::gui
