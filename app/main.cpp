// SPDX-License-Identifier: GPL-2.0-or-later
#include "MainWindow.h"
#include "WindowHost.h"
#include "common/BuildInfo.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("abusedesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("AbuseDesk"));
    QApplication::setApplicationVersion(abusedesk::common::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("org.abusedesk.AbuseDesk"));

    QSettings settings(
        QSettings::IniFormat, QSettings::UserScope, QStringLiteral("abusedesk"), QStringLiteral("abusedesk"));
    // The language chosen in View > Language, else the system's (before --help is printed).
    abusedesk::common::Translations::install(settings.value(QStringLiteral("language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "AbuseDesk: the abuse desk's workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate(
            "main", "A case database to open, or mail files (.eml, .mbox) to import into the last one."),
        QStringLiteral("[FILE…]"));
    // For installers and CI: start, show the window, say so and quit (tools/dev package runs it
    // under Xvfb in a fresh Debian root).
    QCommandLineOption selfTest(QStringLiteral("self-test"));
    selfTest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(selfTest);
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // View > Language builds the window anew in the new language (WindowHost).
    abusedesk::gui::WindowHost host(settings, dataDir + QStringLiteral("/cases.abusedesk"));
    host.openFiles(parser.positionalArguments());
    if (parser.isSet(selfTest)) {
        QTimer::singleShot(1500, &app, [&] {
            const auto *window = host.window();
            const bool shown = window && window->isVisible() && window->database();
            QTextStream(stdout) << "abusedesk " << QApplication::applicationVersion()
                                << (shown ? " self-test: window shown, case database open\n"
                                          : " self-test FAILED\n");
            QApplication::exit(shown ? 0 : 1);
        });
    }
    return QApplication::exec();
}
