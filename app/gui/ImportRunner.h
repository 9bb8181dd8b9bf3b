// SPDX-License-Identifier: GPL-2.0-or-later
// Runs imports off the GUI thread: each on its own worker thread with its own database
// connection, reporting progress into the jobs model through queued calls; cancellable.
#pragma once

#include "importing/ImportJobsModel.h"

#include <QHash>
#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    [[nodiscard]] importing::ImportJobsModel *jobs() { return &m_jobs; }

    /// Starts importing paths into database; returns the job id.
    int start(const storage::Database &database, const QStringList &paths);
    void cancel(int jobId);
    void cancelAll();
    /// Whether an import is still running.
    [[nodiscard]] bool isBusy() const { return !m_workers.isEmpty(); }
    /// Blocks until every worker has stopped (on close, or before switching databases).
    void waitForAll();

Q_SIGNALS:
    void jobFinished(int jobId);

private:
    struct Worker
    {
        QThread *thread = nullptr;
        std::shared_ptr<std::atomic_bool> cancelled;
    };
    importing::ImportJobsModel m_jobs;
    QHash<int, Worker> m_workers;
};

} // namespace abusedesk::gui
