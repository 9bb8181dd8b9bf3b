// SPDX-License-Identifier: GPL-2.0-or-later
// Re-attributes the stored history on a worker thread after customers or rules changed, with
// progress and cancel; a request while a run is going is kept and run right after it.
#pragma once

#include "attribution/AttributionRun.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class AttributionRunner : public QObject
{
    Q_OBJECT
public:
    explicit AttributionRunner(QObject *parent = nullptr);
    ~AttributionRunner() override;

    /// Starts a run over everything (or queues it behind the running one).
    void start(const storage::Database &database, const QString &reason);
    void cancel();
    /// Cancels, and waits for the worker to end (before the database closes).
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    [[nodiscard]] const attribution::RunReport &lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void started();
    void progress(int percent);
    void finished(const abusedesk::attribution::RunReport &report);

private:
    void onFinished(const attribution::RunReport &report);

    const storage::Database *m_database = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_pendingReason; ///< a run asked for while one was going
    attribution::RunReport m_lastReport;
};

} // namespace abusedesk::gui
