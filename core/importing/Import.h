// SPDX-License-Identifier: GPL-2.0-or-later
// One import of whatever the analyst drops: files and folders are sorted by content into mail
// (MailImport) and delivery data (DeliveryImport), and both reports are folded into one.
#pragma once

#include "delivery/TabularFormats.h"
#include "importing/CustomerImport.h"
#include "importing/DeliveryImport.h"
#include "importing/MailImport.h"

#include <QTimeZone>

namespace abusedesk::importing {

struct ImportOptions
{
    QTimeZone logTimeZone = QTimeZone::systemTimeZone(); ///< of MTA log times written without a zone
    QList<delivery::CsvProfile> extraProfiles; ///< besides the saved ones

    /// The options the case database's policy sets (log_time_zone).
    [[nodiscard]] static ImportOptions fromPolicy(const storage::Database &database);
};

/// What each part of one import did, for reports that list it apart (the command line).
struct ImportDetails
{
    RoutedSources routed;
    QList<CustomerImportReport> customers;
    ImportReport mail; ///< the mail import alone
    LogImportReport logs;
};

/// Customers files first, then mail, then delivery data; everything attributed as it is stored
/// (and the whole history again when the customers' identifiers changed).
[[nodiscard]] ImportReport importPaths(const storage::Database &database, const QStringList &paths,
    const ImportOptions &options = {}, const MailImport::ProgressSink &progress = {},
    const MailImport::CancelCheck &cancelled = {}, ImportDetails *details = nullptr);

} // namespace abusedesk::importing
