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
};

} // namespace abusedesk::gui
