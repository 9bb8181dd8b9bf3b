// SPDX-License-Identifier: GPL-2.0-or-later
#include "ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace abusedesk::gui {

ImportReportDialog::ImportReportDialog(
    const importing::ImportReport &report, const QStringList &paths, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(tr("Import Report"));
    auto *layout = new QVBoxLayout(this);
    const QLocale locale;

    const qsizetype mailRejected = std::count_if(report.rejected.cbegin(), report.rejected.cend(),
        [](const mail::MailRejection &r) { return r.line == 0; });
    QString summary;
    if (report.unitsRead > 0 || report.logLines == 0) {
        summary
            += tr("<p><b>%1 messages read</b> from %2.</p>")
                   .arg(locale.toString(report.unitsRead), paths.join(QStringLiteral(", ")).toHtmlEscaped());
        summary += tr("<p>%1 stored · %2 already in the case database · %3 rejected</p>")
                       .arg(locale.toString(report.stored), locale.toString(report.duplicates),
                           locale.toString(mailRejected));
    }
    if (!report.storedByKind.isEmpty()) {
        QStringList kinds;
        for (auto it = report.storedByKind.cbegin(); it != report.storedByKind.cend(); ++it)
            kinds.append(QStringLiteral("%1: %2").arg(it.key()).arg(locale.toString(it.value())));
        summary += tr("<p>Stored: %1</p>").arg(kinds.join(QStringLiteral(" · ")));
    }
    if (report.logLines > 0) {
        QStringList logPaths = paths; // a customers.csv dropped with the logs is named below
        logPaths.removeIf([&report](const QString &path) {
            return report.customerFiles.contains(QFileInfo(path).absoluteFilePath());
        });
        summary += tr("<p><b>%1 log lines read</b> from %2.</p>")
                       .arg(locale.toString(report.logLines),
                           logPaths.join(QStringLiteral(", ")).toHtmlEscaped());
        summary += tr("<p>%1 records stored · %2 already in the case database · %3 lines rejected</p>")
                       .arg(locale.toString(report.logStored), locale.toString(report.logDuplicates),
                           locale.toString(report.logRejectedLines));
        if (report.logRejectedLines > report.rejected.size() - mailRejected)
            summary += tr("<p>The first rejected lines are listed; all are kept in the case database.</p>");
    }
    if (report.customersAdded + report.customersUpdated > 0) {
        QStringList names;
        for (const QString &path : report.customerFiles)
            names.append(QFileInfo(path).fileName().toHtmlEscaped());
        summary += tr("<p><b>Customers:</b> %1 added · %2 updated (%3)</p>")
                       .arg(locale.toString(report.customersAdded), locale.toString(report.customersUpdated),
                           names.join(QStringLiteral(", ")));
        if (report.attributionMoved > 0)
            summary += tr("<p>With their identifiers, %1 earlier items now belong to another customer.</p>")
                           .arg(locale.toString(report.attributionMoved));
    }
    if (!report.unmappedTables.isEmpty()) {
        QStringList names;
        for (const QString &path : report.unmappedTables)
            names.append(QFileInfo(path).fileName().toHtmlEscaped());
        summary += tr("<p><b>Not read yet:</b> %1 — tables whose columns no saved profile maps. Map their "
                      "columns to import them.</p>")
                       .arg(names.join(QStringLiteral(", ")));
    }
    if (report.cancelled)
        summary
            += tr("<p><b>The import was cancelled.</b> What was stored stays; import the same files again to "
                  "complete it.</p>");
    if (!report.error.isEmpty())
        summary += tr("<p><b>The import stopped:</b> %1</p>").arg(report.error.toHtmlEscaped());
    auto *label = new QLabel(summary, this);
    label->setObjectName(QStringLiteral("importReportSummary"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(label);

    if (!report.rejected.isEmpty()) {
        layout->addWidget(new QLabel(tr("Rejected, with the reason:"), this));
        auto *table = new QTableWidget(int(report.rejected.size()), 3, this);
        table->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
        table->setObjectName(QStringLiteral("importReportRejected"));
        table->setHorizontalHeaderLabels({ tr("File"), tr("Where"), tr("Reason") });
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        for (int row = 0; row < report.rejected.size(); ++row) {
            const auto &r = report.rejected.at(row);
            auto *file = new QTableWidgetItem(QFileInfo(r.sourcePath).fileName());
            file->setToolTip(r.sourcePath);
            table->setItem(row, 0, file);
            auto *offset = new QTableWidgetItem(r.line > 0 ? tr("line %1").arg(locale.toString(r.line))
                                                           : tr("byte %1").arg(locale.toString(r.position)));
            offset->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, 1, offset);
            table->setItem(row, 2, new QTableWidgetItem(r.reason));
            table->item(row, 2)->setToolTip(r.reason);
        }
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
        table->horizontalHeader()->setStretchLastSection(true);
        table->resizeColumnToContents(0);
        table->setColumnWidth(0, std::min(table->columnWidth(0), 360));
        layout->addWidget(table, 1);
    }
    if (report.rejected.isEmpty())
        layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!report.unmappedTables.isEmpty()) {
        auto *map = buttons->addButton(tr("Map Columns…"), QDialogButtonBox::ActionRole);
        map->setObjectName(QStringLiteral("importReportMapColumns"));
        const QStringList tables = report.unmappedTables;
        connect(map, &QPushButton::clicked, this, [this, tables] {
            Q_EMIT mapColumnsRequested(tables);
            accept();
        });
    }
    layout->addWidget(buttons);
    resize(760, report.rejected.isEmpty() ? 240 : 460);
}

} // namespace abusedesk::gui
