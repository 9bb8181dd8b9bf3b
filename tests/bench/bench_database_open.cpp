// SPDX-License-Identifier: GPL-2.0-or-later
// How long creating and opening a case database takes (the program does it at every start).
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using abusedesk::storage::Database;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QTextStream out(stdout);
    constexpr int Rounds = 50;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Rounds; ++i) {
        auto db = Database::open(
            dir.filePath(QStringLiteral("db%1.abusedesk").arg(i)), Database::OpenMode::CreateNew);
        if (!db)
            return 1;
    }
    const double createMs = double(timer.nsecsElapsed()) / 1e6 / Rounds;
    timer.restart();
    for (int i = 0; i < Rounds; ++i) {
        auto db = Database::open(
            dir.filePath(QStringLiteral("db%1.abusedesk").arg(i)), Database::OpenMode::OpenExisting);
        if (!db)
            return 1;
    }
    const double openMs = double(timer.nsecsElapsed()) / 1e6 / Rounds;
    out << "create new case database: " << QString::number(createMs, 'f', 2) << " ms\n"
        << "open existing case database: " << QString::number(openMs, 'f', 2) << " ms\n";
    return 0;
}
