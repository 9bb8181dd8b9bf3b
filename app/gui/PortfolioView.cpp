// SPDX-License-Identifier: GPL-2.0-or-later
#include "PortfolioView.h"

#include "CustomerTableModel.h"
#include "Report.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <bit>

namespace abusedesk::gui {

namespace {

constexpr int SortRole = Qt::UserRole + 1;
constexpr int CustomerRole = Qt::UserRole + 2;
constexpr int ConcernRole = Qt::UserRole + 3;

// Filters the rows to those with a concern when asked.
class AttentionFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setAttentionOnly(bool only)
    {
        m_only = only;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return !m_only || sourceModel()->index(row, 0, parent).data(ConcernRole).toInt() != 0;
    }

private:
    bool m_only = false;
};

} // namespace

PortfolioView::PortfolioView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("portfolioView"));
    auto *bar = new QHBoxLayout;
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("portfolioFrom"));
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("portfolioUntil"));
    for (QDateEdit *edit : { m_from, m_until }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *untilLabel = new QLabel(tr("&to:"), this);
    untilLabel->setBuddy(m_until);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("portfolioShow"));
    m_show->addItem(tr("Every customer"));
    m_show->addItem(tr("Needing attention"));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    auto *report = new QPushButton(tr("Write &Report…"), this);
    report->setObjectName(QStringLiteral("portfolioReport"));
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(untilLabel);
    bar->addWidget(m_until);
    bar->addSpacing(12);
    bar->addWidget(showLabel);
    bar->addWidget(m_show);
    bar->addStretch();
    bar->addWidget(report);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({ tr("Customer"), tr("Status"), tr("Delivered"), tr("Complaints"),
        tr("Complaint rate"), tr("Hard bounce rate"), tr("Trend"), tr("Open cases"), tr("Time"), tr("Cost"),
        tr("Revenue"), tr("Concerns") });
    auto *proxy = new AttentionFilter(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_table->setObjectName(QStringLiteral("portfolioTable"));
    m_table->setAccessibleName(tr("Portfolio"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setWordWrap(false);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("portfolioEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &PortfolioView::recompute);
    connect(m_until, &QDateEdit::dateChanged, this, &PortfolioView::recompute);
    connect(m_show, &QComboBox::currentIndexChanged, this,
        [this, proxy](int index) { proxy->setAttentionOnly(index == 1); });
    connect(report, &QPushButton::clicked, this, &PortfolioView::reportRequested);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.siblingAtColumn(0).data(CustomerRole).toLongLong())
            Q_EMIT customerRequested(id);
    });
}

PortfolioView::~PortfolioView()
{
    waitForThread();
}

void PortfolioView::waitForThread()
{
    ++m_generation; // a result still on its way is dropped
    if (m_thread)
        m_thread->wait();
    m_thread = nullptr;
}

void PortfolioView::setDatabase(const storage::Database *database)
{
    waitForThread();
    m_database = database;
    m_periodSet = false;
    m_data = {};
    m_stale = true;
    if (isVisible())
        reload();
    else
        fill();
}

void PortfolioView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void PortfolioView::reload()
{
    if (m_database && !m_periodSet) {
        // The twelve months up to the last day with data.
        QDate last = storage::CustomerStore(*m_database).lastDataDay();
        if (!last.isValid())
            last = QDate::currentDate();
        const QSignalBlocker a(m_from), b(m_until);
        m_until->setDate(last);
        m_from->setDate(last.addYears(-1).addDays(1));
        m_periodSet = true;
    }
    recompute();
}

void PortfolioView::setPeriod(QDate from, QDate until)
{
    const QSignalBlocker a(m_from), b(m_until);
    m_from->setDate(from);
    m_until->setDate(until);
    m_periodSet = true;
    recompute();
}

void PortfolioView::setAttentionOnly(bool only)
{
    m_show->setCurrentIndex(only ? 1 : 0);
}

QByteArray PortfolioView::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_table->horizontalHeader()->saveState() << (m_show->currentIndex() == 1);
    return state;
}

void PortfolioView::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray header;
    bool attentionOnly = false;
    in >> header >> attentionOnly;
    if (in.status() != QDataStream::Ok || !m_table->horizontalHeader()->restoreState(header))
        return;
    m_layoutRestored = true;
    setAttentionOnly(attentionOnly);
}

QDate PortfolioView::from() const
{
    return m_from->date();
}

QDate PortfolioView::until() const
{
    return m_until->date();
}

qint64 PortfolioView::currentCustomer() const
{
    return m_table->currentIndex().siblingAtColumn(0).data(CustomerRole).toLongLong();
}

void PortfolioView::recompute()
{
    m_stale = false;
    m_error.clear();
    if (!m_database || m_from->date() > m_until->date()) {
        waitForThread();
        m_data = {};
        fill();
        return;
    }
    // Read off the GUI thread (a year of 500 customers takes about a second); a newer period
    // supersedes the one being read.
    const quint64 generation = ++m_generation;
    const storage::Database *db = m_database;
    const reports::PortfolioRequest request { m_from->date(), m_until->date() };
    m_summary->setText(tr("Reading the figures of every customer…"));
    QPointer<PortfolioView> self(this);
    if (m_thread)
        m_thread->wait();
    QThread *thread = QThread::create([self, db, request, generation] {
        QString error;
        reports::PortfolioData data = reports::PortfolioData::compute(*db, request, &error);
        db->releaseConnection();
        QMetaObject::invokeMethod(
            self,
            [self, generation, data = std::move(data), error] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_thread = nullptr;
                self->m_data = data;
                self->m_error = error;
                self->fill();
                Q_EMIT self->computed();
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

void PortfolioView::fill()
{
    const qint64 current = currentCustomer();
    m_model->removeRows(0, m_model->rowCount());
    if (!m_database) {
        m_empty->setText(tr("No case database is open."));
        m_summary->clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (m_from->date() > m_until->date()) {
        m_empty->setText(tr("The period ends before it begins: choose a first day before the last."));
        m_summary->clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (m_data.customers.isEmpty()) {
        m_empty->setText(tr("There are no customers yet.\nImport them with File > Import Customers…, then "
                            "their mail and delivery logs."));
        m_summary->clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_table);
    using reports::Concern;
    const QLocale locale;
    const QColor warning = CustomerTableModel::warningColour();
    const reports::DashboardPolicy &policy = m_data.policy;
    auto money = [&](qint64 cents, const QString &currency) {
        return tr("%1 %2").arg(locale.toString(double(cents) / 100.0, 'f', 2), currency);
    };
    m_model->setRowCount(int(m_data.customers.size()));
    int row = 0;
    int concerned = 0;
    for (const reports::PortfolioCustomer &c : m_data.customers) {
        const reports::DashboardBucket &t = c.totals;
        const int flags = m_data.concerns(c);
        concerned += flags != 0;
        const QStringList words = report::ReportWriter::concernWords(flags);
        const double trend = c.complaintTrendPoints();
        auto set = [&](int column, const QString &text, const QVariant &sortKey, bool warn = false) {
            auto *item = new QStandardItem(text);
            item->setData(sortKey, SortRole);
            if (column >= Delivered && column <= Revenue)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (warn)
                item->setForeground(warning);
            m_model->setItem(row, column, item);
            return item;
        };
        QStandardItem *name = set(Name, c.name, c.name.toLower());
        name->setData(c.customerId, CustomerRole);
        name->setData(flags, ConcernRole);
        name->setToolTip(words.isEmpty() ? tr("Within the lines") : words.join(QStringLiteral("; ")));
        set(Status, CustomerTableModel::statusText(c.status), c.status);
        set(Delivered, locale.toString(t.delivered), t.delivered);
        set(Complaints, locale.toString(t.complaints), t.complaints);
        set(ComplaintRate, tr("%1 %").arg(locale.toString(t.complaintRatePercent(), 'f', 3)),
            t.complaintRatePercent(), flags & int(Concern::AboveComplaintLine));
        set(HardBounceRate, tr("%1 %").arg(locale.toString(t.hardBounceRatePercent(), 'f', 2)),
            t.hardBounceRatePercent(), flags & int(Concern::AboveBounceLine));
        set(Trend,
            (trend > 0 ? QStringLiteral("+") : QString()) + tr("%1 pt").arg(locale.toString(trend, 'f', 3)),
            trend, flags & int(Concern::Rising));
        set(OpenCases, locale.toString(c.openCases), c.openCases);
        set(Time, tr("%1:%2 h").arg(t.minutes / 60).arg(t.minutes % 60, 2, 10, QLatin1Char('0')), t.minutes);
        set(Cost, money(t.costCents, c.currency), t.costCents, flags & int(Concern::CostsMoreThanRevenue));
        set(Revenue, c.revenueKnown ? money(t.revenueCents, c.currency) : tr("not known"),
            c.revenueKnown ? t.revenueCents : -1);
        set(Concerns, words.join(QStringLiteral("; ")), flags ? std::popcount(unsigned(flags)) : 0,
            flags != 0);
        ++row;
    }
    // Most concerning first, as computed, until the analyst sorts by a column.
    m_proxy->sort(-1);
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    if (!m_layoutRestored)
        m_table->resizeColumnsToContents();
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The figures could not all be read: %1").arg(m_error));
        return;
    }
    m_summary->setText(tr("%1 of %n customer(s) need attention: %2 above the complaint line (%3), %4 above "
                          "the hard bounce line "
                          "(%5), %6 rising, %7 costing more than they bring.",
        nullptr, int(m_data.customers.size()))
            .arg(concerned)
            .arg(m_data.count(Concern::AboveComplaintLine))
            .arg(tr("%1 %").arg(locale.toString(policy.complaintRatePercent, 'f', 1)))
            .arg(m_data.count(Concern::AboveBounceLine))
            .arg(tr("%1 %").arg(locale.toString(policy.hardBounceRatePercent, 'f', 1)))
            .arg(m_data.count(Concern::Rising))
            .arg(m_data.count(Concern::CostsMoreThanRevenue)));
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (m_proxy->index(r, 0).data(CustomerRole).toLongLong() == current)
            m_table->selectRow(r);
}

} // namespace abusedesk::gui
