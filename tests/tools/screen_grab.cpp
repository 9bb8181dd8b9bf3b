// SPDX-License-Identifier: GPL-2.0-or-later
// screen_grab FILE.png: saves what the current display shows, to look at a program started by
// `tools/dev run` under Xvfb (the build root has no ImageMagick).
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: screen_grab FILE.png\n");
        return 2;
    }
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    if (shot.isNull() || !shot.save(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "screen_grab: cannot grab or save %s\n", argv[1]);
        return 1;
    }
    return 0;
}
