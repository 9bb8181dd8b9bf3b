// SPDX-License-Identifier: GPL-2.0-or-later
#include "MainWindow.h"
#include "common/BuildInfo.h"
#include "common/Translations.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <functional>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("abusedesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("AbuseDesk"));
    QApplication::setApplicationVersion(abusedesk::common::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("org.abusedesk.AbuseDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "AbuseDesk: the abuse desk's workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"),
        QApplication::translate("main", "The case database to open."), QStringLiteral("[FILE]"));
    parser.process(app);

    QSettings settings(
        QSettings::IniFormat, QSettings::UserScope, QStringLiteral("abusedesk"), QStringLiteral("abusedesk"));
    // The language chosen in View > Language, else the system's.
    abusedesk::common::Translations::install(settings.value(QStringLiteral("language")).toString());
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString defaultDatabase = dataDir + QStringLiteral("/cases.abusedesk");

    // A new language builds the window anew: its state (geometry, page, layouts, the open case
    // database) is saved by the old one as it closes and read back by the new one.
    std::unique_ptr<abusedesk::gui::MainWindow> window;
    std::function<void(const QString &)> open = [&](const QString &databasePath) {
        window = std::make_unique<abusedesk::gui::MainWindow>(settings, defaultDatabase);
        QObject::connect(window.get(), &abusedesk::gui::MainWindow::languageChanged, &app, [&] {
            QTimer::singleShot(0, &app, [&] {
                const QString path = window->database() ? window->database()->path() : QString();
                window->close();
                window.reset();
                open(path);
            });
        });
        window->show();
        window->openInitialDatabase(databasePath);
    };
    open(parser.positionalArguments().value(0));
    return QApplication::exec();
}
