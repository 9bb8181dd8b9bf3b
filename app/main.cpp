// SPDX-License-Identifier: GPL-2.0-or-later
#include "MainWindow.h"
#include "common/BuildInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

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
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    abusedesk::gui::MainWindow window(settings, dataDir + QStringLiteral("/cases.abusedesk"));
    window.show();
    window.openInitialDatabase(parser.positionalArguments().value(0));
    return QApplication::exec();
}
