// SPDX-License-Identifier: GPL-2.0-or-later
// Keeps the program's main window, and builds it anew when the analyst picks another language
// (View > Language): the old window saves its state (geometry, page, column layouts) as it closes,
// the new one reads it back and opens the same case database, in the new language.
#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QSettings;

namespace abusedesk::gui {

class MainWindow;

class WindowHost : public QObject
{
    Q_OBJECT

public:
    WindowHost(QSettings &settings, QString defaultDatabasePath, QObject *parent = nullptr);
    ~WindowHost() override;

    /// Shows a window and opens a case database in it (empty: the last one, else the default).
    void open(const QString &databasePath = {});
    /// Shows a window for files a file manager or the command line hands over: a case database
    /// (the first argument, when it is one) is opened; mail files are imported into the case
    /// database open then (the last one, else the default).
    void openFiles(const QStringList &files);
    [[nodiscard]] MainWindow *window() const { return m_window.get(); }

Q_SIGNALS:
    /// A window was built anew in another language.
    void windowReplaced(abusedesk::gui::MainWindow *window);

private:
    void replace();

    QSettings &m_settings;
    QString m_defaultDatabasePath;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace abusedesk::gui
