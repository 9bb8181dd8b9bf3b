// SPDX-License-Identifier: GPL-2.0-or-later
#include "WindowHost.h"

#include "MainWindow.h"
#include "storage/Database.h"

#include <QTimer>

namespace abusedesk::gui {

WindowHost::WindowHost(QSettings &settings, QString defaultDatabasePath, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_defaultDatabasePath(std::move(defaultDatabasePath))
{ }

WindowHost::~WindowHost() = default;

void WindowHost::open(const QString &databasePath)
{
    m_window = std::make_unique<MainWindow>(m_settings, m_defaultDatabasePath);
    // After the menu action that asked for it has returned: the window it belongs to goes.
    connect(m_window.get(), &MainWindow::languageChanged, this,
        [this] { QTimer::singleShot(0, this, &WindowHost::replace); });
    m_window->show();
    m_window->openInitialDatabase(databasePath);
}

void WindowHost::openFiles(const QStringList &files)
{
    QString database;
    QStringList mail = files;
    if (!mail.isEmpty() && storage::Database::looksLikeCaseDatabase(mail.constFirst()))
        database = mail.takeFirst();
    open(database);
    if (!mail.isEmpty() && m_window->database())
        m_window->importPaths(mail);
}

void WindowHost::replace()
{
    if (!m_window)
        return;
    const QString path = m_window->database() ? m_window->database()->path() : QString();
    m_window->close(); // saves the window's state
    m_window.reset();
    open(path);
    Q_EMIT windowReplaced(m_window.get());
}

} // namespace abusedesk::gui
