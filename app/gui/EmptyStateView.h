// SPDX-License-Identifier: GPL-2.0-or-later
// What an empty case database shows: what to import, and how.
#pragma once

#include <QWidget>

class QLabel;

namespace abusedesk::gui {

class EmptyStateView : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateView(QWidget *parent = nullptr);
    void setDatabasePath(const QString &path);

private:
    QLabel *m_location = nullptr;
};

} // namespace abusedesk::gui
