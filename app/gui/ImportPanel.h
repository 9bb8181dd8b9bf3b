// SPDX-License-Identifier: GPL-2.0-or-later
// The imports panel: each running import with bytes, messages, rate and time left, a cancel
// button, and the report of each finished one.
#pragma once

#include <QWidget>

class QPushButton;
class QTreeView;

namespace abusedesk::gui {

class ImportRunner;

class ImportPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPanel(ImportRunner &runner, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void reportRequested(int jobId);

private:
    void updateButtons();
    [[nodiscard]] int selectedJob() const;

    ImportRunner &m_runner;
    QTreeView *m_view = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_report = nullptr;
};

} // namespace abusedesk::gui
