// SPDX-License-Identifier: GPL-2.0-or-later
// Looks for the automatic findings (FindingsEngine over its default period) on a worker thread
// with its own database connection, so that the triage queue opens at once and the findings
// join it when they are known. A request while a run is going runs again right after it.
#pragma once

#include "findings/Findings.h"

#include <QObject>

class QThread;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class FindingsRunner : public QObject
{
    Q_OBJECT
public:
    explicit FindingsRunner(QObject *parent = nullptr);
    ~FindingsRunner() override;

    void start(const storage::Database &database);
    /// Waits for a running search to end (before the database closes); its result is dropped.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void started();
    /// error is empty on success; from and until are the period looked at.
    void finished(
        const QList<abusedesk::findings::Finding> &findings, const QString &error, QDate from, QDate until);

private:
    const storage::Database *m_database = nullptr;
    QThread *m_thread = nullptr;
    bool m_again = false;
    quint64 m_generation = 0; ///< results of a stopped run are not delivered
};

} // namespace abusedesk::gui
