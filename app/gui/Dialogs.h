// SPDX-License-Identifier: GPL-2.0-or-later
// File dialogs behind one door, so that GUI tests can answer them without a nested event loop
// (as KeePassXC's fileDialog()->setNextFileName does).
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace abusedesk::gui::Dialogs {

[[nodiscard]] QString openFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
[[nodiscard]] QString saveFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter);

[[nodiscard]] QStringList openFileNames(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
[[nodiscard]] QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory);

/// Tests: the next file dialog returns name at once instead of showing itself ("" = cancelled;
/// several names for openFileNames are separated by newlines).
void setNextFileName(const QString &name);

/// A non-blocking warning box (QMessageBox::open), found by tests through its objectName
/// "warningBox".
void showWarning(QWidget *parent, const QString &title, const QString &text);

} // namespace abusedesk::gui::Dialogs
