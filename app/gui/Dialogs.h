// SPDX-License-Identifier: GPL-2.0-or-later
// File dialogs behind one door, so that GUI tests can answer them without a nested event loop
// (as KeePassXC's fileDialog()->setNextFileName does).
#pragma once

#include <QString>

class QWidget;

namespace abusedesk::gui::Dialogs {

[[nodiscard]] QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter);
[[nodiscard]] QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter);

/// Tests: the next file dialog returns name at once instead of showing itself ("" = cancelled).
void setNextFileName(const QString &name);

/// A non-blocking warning box (QMessageBox::open), found by tests through its objectName
/// "warningBox".
void showWarning(QWidget *parent, const QString &title, const QString &text);

} // namespace abusedesk::gui::Dialogs
