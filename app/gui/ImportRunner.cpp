// SPDX-License-Identifier: GPL-2.0-or-later
#include "ImportRunner.h"

#include "importing/Import.h"
#include "mail/MailSourceReader.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

namespace abusedesk::gui {

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{ }

ImportRunner::~ImportRunner()
{
    cancelAll();
    waitForAll();
}

int ImportRunner::start(const storage::Database &database, const QStringList &paths)
{
    const int jobId = m_jobs.addJob(paths, 0);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    QPointer<ImportRunner> self(this);
    const storage::Database *db = &database;

    QThread *thread = QThread::create([self, db, paths, jobId, cancelled] {
        // Walking a large folder tree for its size is work for this thread, not the GUI's.
        qint64 total = 0;
        for (const QString &path : paths)
            for (const QString &file : mail::MailSourceReader::expand(path))
                total += QFileInfo(file).size();
        QMetaObject::invokeMethod(
            self,
            [self, jobId, total] {
                if (self)
                    self->m_jobs.setTotalBytes(jobId, total);
            },
            Qt::QueuedConnection);
        // The import and its queries end before the thread's connection is released.
        const importing::ImportReport report = [&] {
            qint64 bytesBefore = 0; // bytes of the files already finished
            QString lastFile;
            qint64 lastFileBytes = 0;
            QElapsedTimer throttle;
            throttle.start();
            return importing::importPaths(
                *db, paths, importing::ImportOptions::fromPolicy(*db),
                [&](const importing::ImportProgress &p) {
                    if (p.currentFile != lastFile) {
                        bytesBefore += lastFileBytes;
                        lastFile = p.currentFile;
                    }
                    lastFileBytes = p.bytesInFile;
                    if (throttle.elapsed() < 100)
                        return; // ten updates a second are plenty for a progress bar
                    throttle.restart();
                    const qint64 done = bytesBefore + p.bytesInFile;
                    const qint64 messages = p.messages;
                    QMetaObject::invokeMethod(
                        self,
                        [self, jobId, done, messages] {
                            if (self)
                                self->m_jobs.updateProgress(jobId, done, messages);
                        },
                        Qt::QueuedConnection);
                },
                [cancelled] { return cancelled->load(); });
        }();
        db->releaseConnection();
        QMetaObject::invokeMethod(
            self,
            [self, jobId, report] {
                if (!self)
                    return;
                self->m_jobs.finishJob(jobId, report);
                Q_EMIT self->jobFinished(jobId);
            },
            Qt::QueuedConnection);
    });
    m_workers.insert(jobId, { thread, cancelled });
    connect(thread, &QThread::finished, this, [this, jobId] {
        const Worker worker = m_workers.take(jobId);
        if (worker.thread)
            worker.thread->deleteLater();
    });
    thread->start();
    return jobId;
}

void ImportRunner::cancel(int jobId)
{
    const auto it = m_workers.constFind(jobId);
    if (it != m_workers.constEnd())
        it->cancelled->store(true);
}

void ImportRunner::cancelAll()
{
    for (const Worker &worker : std::as_const(m_workers))
        worker.cancelled->store(true);
}

void ImportRunner::waitForAll()
{
    for (const Worker &worker : std::as_const(m_workers))
        worker.thread->wait();
}

} // namespace abusedesk::gui
