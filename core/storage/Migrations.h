// SPDX-License-Identifier: GPL-2.0-or-later
// The case database schema as ordered steps: step N takes a database from user_version N-1 to N.
// A feature that needs new tables appends a step; a released step is never edited.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace abusedesk::storage {

struct MigrationStep
{
    int version; ///< the user_version after this step
    QString summary; ///< what the step adds, for the log
    QStringList statements; ///< executed in order, in one transaction with the version bump
};

[[nodiscard]] const QList<MigrationStep> &migrationSteps();
[[nodiscard]] int latestSchemaVersion();

/// Recounts daily_aggregates (emptied before) from the stored deliveries and opt-outs, per
/// attributed customer: used by the migration that introduced that key and by
/// DeliveryStore::rebuildAggregates.
[[nodiscard]] QString dailyAggregatesRebuildSql();

/// SQL expressions over a message's columns (or bound parameters) for the triage columns: the
/// receiver a report is about and the campaign of its original. Used by the migration that added
/// them and by EvidenceStore when it stores or updates a message.
[[nodiscard]] QString messageReceiverSql(const QString &kind, const QString &facts, const QString &from);
[[nodiscard]] QString messageCampaignSql(const QString &facts);

} // namespace abusedesk::storage
