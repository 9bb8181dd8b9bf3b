// SPDX-License-Identifier: GPL-2.0-or-later
// What GUI flow tests share: finding a window the program opened by itself, and saving a view's
// screenshot in the light and the dark palette for a person to judge.
#pragma once

#include "DarkPalette.h"
#include "Screenshots.h"

#include <QApplication>

/// The visible top-level window of that object name (a dialog opened with open()), or null.
inline QWidget *visibleTopLevel(const QString &objectName)
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        if (w->objectName() == objectName && w->isVisible())
            return w;
    return nullptr;
}

/// Saves name.png and name-dark.png.
inline void saveLightAndDark(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents(); // the layout follows what changed
    saveScreenshot(widget, name);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    saveScreenshot(widget, name + QStringLiteral("-dark"));
    QApplication::setPalette(before);
    QCoreApplication::processEvents();
}
