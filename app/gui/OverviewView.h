// SPDX-License-Identifier: GPL-2.0-or-later
// The first page of a case database that holds evidence: what it contains.
#pragma once

#include <QWidget>

class QTreeWidget;
class QLabel;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class OverviewView : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewView(QWidget *parent = nullptr);
    void showDatabase(const storage::Database &database);

private:
    QLabel *m_title = nullptr;
    QTreeWidget *m_counts = nullptr;
};

} // namespace abusedesk::gui
