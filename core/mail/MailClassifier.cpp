// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/MailClassifier.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace abusedesk::mail {

namespace {
// Large enough that thread hand-over costs nothing, small enough to keep memory flat.
constexpr qsizetype ChunkMessages = 1024;
constexpr qint64 ChunkBytes = 8 * 1024 * 1024;
} // namespace

MailClassifier::MailClassifier(AnalysisPolicy policy, ResultSink results,
    MailSourceReader::RejectionSink rejections, MailSourceReader::ProgressSink progress)
    : m_analyzer(std::move(policy))
    , m_results(std::move(results))
    , m_reader(
          [this](const MailUnit &unit) { return accept(unit); }, std::move(rejections), std::move(progress))
{ }

MailClassifier::~MailClassifier()
{
    m_pending.waitForFinished();
}

bool MailClassifier::read(const QString &path)
{
    if (m_stopped)
        return false;
    return m_reader.read(path) && !m_stopped;
}

bool MailClassifier::accept(const MailUnit &unit)
{
    m_filling.append({ unit, {} });
    m_fillingBytes += unit.bytes.size();
    if (m_filling.size() >= ChunkMessages || m_fillingBytes >= ChunkBytes)
        return dispatch();
    return true;
}

// Waits for the chunk in the pool, starts classifying the chunk just filled, and only then hands
// back the finished chunk's results: the caller's work on them (the import's database writes)
// overlaps the pool's work on the next chunk instead of leaving the pool idle.
bool MailClassifier::dispatch()
{
    QList<Job> chunk;
    chunk.swap(m_filling);
    m_fillingBytes = 0;
    QList<Job> done = takeFinished();
    if (!m_stopped && !chunk.isEmpty()) {
        m_pendingJobs.swap(chunk);
        m_pending = QtConcurrent::map(QThreadPool::globalInstance(), m_pendingJobs,
            [this](Job &job) { job.analysis = m_analyzer.analyze(job.unit); });
    }
    return deliver(done);
}

QList<MailClassifier::Job> MailClassifier::takeFinished()
{
    m_pending.waitForFinished();
    m_pending = {};
    QList<Job> jobs;
    jobs.swap(m_pendingJobs);
    return jobs;
}

bool MailClassifier::deliver(const QList<Job> &jobs)
{
    if (m_stopped)
        return false;
    for (const Job &job : jobs) {
        if (!m_results(job.unit, job.analysis)) {
            m_stopped = true;
            return false;
        }
    }
    return true;
}

bool MailClassifier::finish()
{
    if (m_stopped)
        return false;
    return dispatch() && deliver(takeFinished());
}

} // namespace abusedesk::mail
