// SPDX-License-Identifier: GPL-2.0-or-later
// The case databases the analyst opened last, newest first, kept in the settings.
#pragma once

#include <QStringList>

class QSettings;

namespace abusedesk::gui {

class RecentDatabases
{
public:
    static constexpr int MaxEntries = 8;

    explicit RecentDatabases(QSettings &settings);

    [[nodiscard]] QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &paths);
    QSettings &m_settings;
};

} // namespace abusedesk::gui
