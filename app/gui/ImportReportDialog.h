// SPDX-License-Identifier: GPL-2.0-or-later
// The report of a finished import: stored, duplicates, what kinds arrived, and every rejected
// unit with its file, position and reason. Nothing is silently skipped.
#pragma once

#include "importing/MailImport.h"

#include <QDialog>

namespace abusedesk::gui {

class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(
        const importing::ImportReport &report, const QStringList &paths, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The analyst wants to map the columns of these tables (then import them).
    void mapColumnsRequested(const QStringList &tables);
};

} // namespace abusedesk::gui
