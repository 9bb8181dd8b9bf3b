// SPDX-License-Identifier: GPL-2.0-or-later
// A realistic case database for tests: the demo generator's case for a seed, written to a folder
// and imported for real (mail, logs with the send log's mapping, customers), with the case's
// trusted reporters set first as an analyst would.
#pragma once

#include "delivery/TabularFormats.h"
#include "demo/DemoCase.h"
#include "importing/Import.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace abusedesk::testing {

/// Writes the demo to folder and imports it into database; returns expected.json (empty on failure).
inline QJsonObject importDemo(storage::Database &database, const QString &folder, quint64 seed = 7)
{
    using namespace Qt::StringLiterals;
    if (!QDir().mkpath(folder) || !demo::DemoCase(demo::DemoOptions { seed, 1 }).writeTo(folder))
        return {};
    QFile expectedFile(folder + u"/expected.json"_s);
    QFile profileFile(folder + u"/logs/sendlog-profile.json"_s);
    if (!expectedFile.open(QIODevice::ReadOnly) || !profileFile.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    const auto profile
        = delivery::CsvProfile::fromJson(QJsonDocument::fromJson(profileFile.readAll()).object());
    if (!profile
        || !database.setPolicy(u"trusted_reporters"_s,
            QJsonDocument(expected.value(u"trusted_reporters"_s).toArray()).toJson(QJsonDocument::Compact)))
        return {};
    importing::ImportOptions options;
    options.logTimeZone = QTimeZone::UTC;
    options.extraProfiles = { *profile };
    (void)importing::importPaths(database, { folder }, options);
    return expected;
}

} // namespace abusedesk::testing
