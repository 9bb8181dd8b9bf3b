// SPDX-License-Identifier: GPL-2.0-or-later
// GUI tests save what they exercise into the build folder, for a person to look at.
#pragma once

#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(ABUSEDESK_SCREENSHOT_DIR));
    const QString path = QStringLiteral(ABUSEDESK_SCREENSHOT_DIR "/") + name + QStringLiteral(".png");
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(path))
        qWarning("could not save screenshot %s", qPrintable(path));
    return path;
}
