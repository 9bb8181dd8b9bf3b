// SPDX-License-Identifier: GPL-2.0-or-later
// Help > About: what AbuseDesk is and the versions of everything it runs on.
#pragma once

#include <QDialog>

namespace abusedesk::gui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    /// The version lines as shown, for tests and for pasting into a bug report.
    [[nodiscard]] QString versionText() const { return m_versions; }

private:
    QString m_versions;
};

} // namespace abusedesk::gui
