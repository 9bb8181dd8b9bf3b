// SPDX-License-Identifier: GPL-2.0-or-later
#include "RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace abusedesk::gui {

namespace {
const QString Key = QStringLiteral("databases/recent");
}

RecentDatabases::RecentDatabases(QSettings &settings)
    : m_settings(settings)
{ }

QStringList RecentDatabases::paths() const
{
    return m_settings.value(Key).toStringList();
}

void RecentDatabases::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, MaxEntries));
}

void RecentDatabases::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentDatabases::clear()
{
    store({});
}

void RecentDatabases::store(const QStringList &paths)
{
    m_settings.setValue(Key, paths);
}

} // namespace abusedesk::gui
