// SPDX-License-Identifier: GPL-2.0-or-later
#include "ImportPanel.h"

#include "ImportRunner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace abusedesk::gui {

namespace {

using importing::ImportJobsModel;

// Draws the progress column as a progress bar with the byte counts on it.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = index.data(ImportJobsModel::ProgressRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

} // namespace

ImportPanel::ImportPanel(ImportRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("importPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("importJobs"));
    m_view->setModel(runner.jobs());
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegateForColumn(ImportJobsModel::ColumnProgress, new ProgressDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(ImportJobsModel::ColumnImport, 220);
    m_view->header()->resizeSection(ImportJobsModel::ColumnProgress, 220);
    m_view->setAccessibleName(tr("Imports"));
    layout->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_report = new QPushButton(tr("Show &Report"), this);
    m_report->setObjectName(QStringLiteral("importShowReport"));
    m_cancel = new QPushButton(tr("&Cancel Import"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    buttons->addWidget(m_report);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] { m_runner.cancel(selectedJob()); });
    connect(m_report, &QPushButton::clicked, this, [this] { Q_EMIT reportRequested(selectedJob()); });
    connect(m_view, &QTreeView::doubleClicked, this, [this] { Q_EMIT reportRequested(selectedJob()); });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportPanel::updateButtons);
    connect(runner.jobs(), &QAbstractItemModel::dataChanged, this, &ImportPanel::updateButtons);
    connect(runner.jobs(), &QAbstractItemModel::rowsInserted, this, [this] {
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
        updateButtons();
    });
    updateButtons();
}

int ImportPanel::selectedJob() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(ImportJobsModel::JobIdRole).toInt() : 0;
}

void ImportPanel::updateButtons()
{
    const int job = selectedJob();
    const bool running = job > 0 && m_runner.jobs()->state(job) == ImportJobsModel::State::Running;
    m_cancel->setEnabled(running);
    m_report->setEnabled(job > 0 && !running);
}

} // namespace abusedesk::gui
