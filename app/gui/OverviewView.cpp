// SPDX-License-Identifier: GPL-2.0-or-later
#include "OverviewView.h"

#include "storage/Database.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace abusedesk::gui {

OverviewView::OverviewView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overview"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_title->setFont(font);
    layout->addWidget(m_title);
    m_counts = new QTreeWidget(this);
    m_counts->setObjectName(QStringLiteral("overviewCounts"));
    m_counts->setRootIsDecorated(false);
    m_counts->setHeaderLabels({tr("Table"), tr("Rows")});
    m_counts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_counts);
}

void OverviewView::showDatabase(const storage::Database &database)
{
    m_title->setText(tr("Case database %1").arg(QDir::toNativeSeparators(database.path())));
    m_counts->clear();
    const QLocale locale;
    for (const auto &count : database.tableCounts()) {
        auto *item = new QTreeWidgetItem(m_counts, {count.table, locale.toString(count.rows)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace abusedesk::gui
