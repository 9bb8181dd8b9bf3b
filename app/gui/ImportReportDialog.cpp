// SPDX-License-Identifier: GPL-2.0-or-later
#include "ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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

    QString summary
        = tr("<p><b>%1 messages read</b> from %2.</p>")
              .arg(locale.toString(report.unitsRead), paths.join(QStringLiteral(", ")).toHtmlEscaped());
    summary += tr("<p>%1 stored · %2 already in the case database · %3 rejected</p>")
                   .arg(locale.toString(report.stored), locale.toString(report.duplicates),
                       locale.toString(qsizetype(report.rejected.size())));
    if (!report.storedByKind.isEmpty()) {
        QStringList kinds;
        for (auto it = report.storedByKind.cbegin(); it != report.storedByKind.cend(); ++it)
            kinds.append(QStringLiteral("%1: %2").arg(it.key()).arg(locale.toString(it.value())));
        summary += tr("<p>Stored: %1</p>").arg(kinds.join(QStringLiteral(" · ")));
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
    layout->addWidget(label);

    if (!report.rejected.isEmpty()) {
        layout->addWidget(new QLabel(tr("Rejected, with the reason:"), this));
        auto *table = new QTableWidget(int(report.rejected.size()), 3, this);
        table->setObjectName(QStringLiteral("importReportRejected"));
        table->setHorizontalHeaderLabels({ tr("File"), tr("Byte"), tr("Reason") });
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        for (int row = 0; row < report.rejected.size(); ++row) {
            const auto &r = report.rejected.at(row);
            table->setItem(row, 0, new QTableWidgetItem(r.sourcePath));
            auto *offset = new QTableWidgetItem(locale.toString(r.position));
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, report.rejected.isEmpty() ? 220 : 460);
}

} // namespace abusedesk::gui
