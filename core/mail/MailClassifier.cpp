// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/MailClassifier.h"

#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>
#include <atomic>

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

// One chunk being classified: pool threads and the waiting caller take messages one at a time,
// so no core idles at the end of a chunk (QtConcurrent::map hands out blocks of up to a quarter
// of the chunk, and one thread finishing early left a core idle for milliseconds per chunk).
struct MailClassifier::Batch
{
    QList<Job> jobs;
    std::atomic<qsizetype> next { 0 };
    std::atomic<qsizetype> done { 0 };
    QMutex mutex;
    QWaitCondition finished;

    const Enricher *enricher = nullptr; // the classifier's, which outlives every batch

    void work(const MessageAnalyzer &analyzer)
    {
        const qsizetype size = jobs.size();
        for (qsizetype i = next.fetch_add(1); i < size; i = next.fetch_add(1)) {
            Job &job = jobs[i];
            job.analysis = analyzer.analyze(job.unit);
            if (enricher && *enricher)
                (*enricher)(job.analysis);
            if (done.fetch_add(1) + 1 == size) {
                QMutexLocker lock(&mutex);
                finished.wakeAll();
            }
        }
    }

    void helpAndWait(const MessageAnalyzer &analyzer)
    {
        work(analyzer);
        QMutexLocker lock(&mutex);
        while (done.load() < jobs.size())
            finished.wait(&mutex);
    }
};

void MailClassifier::setEnricher(Enricher enricher)
{
    m_enricher = std::move(enricher);
}

MailClassifier::~MailClassifier()
{
    if (m_pending)
        m_pending->helpAndWait(m_analyzer);
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
        m_pending = std::make_shared<Batch>();
        m_pending->jobs.swap(chunk);
        m_pending->enricher = &m_enricher;
        // The batch (and the analyzer, which outlives every batch: the destructor waits) is
        // shared with the pool threads; the pool's thread count is the machine's core count.
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = qMax(1, qMin<int>(pool->maxThreadCount(), int(m_pending->jobs.size())));
        for (int t = 0; t < threads; ++t)
            pool->start([batch = m_pending, analyzer = &m_analyzer] { batch->work(*analyzer); });
    }
    return deliver(done);
}

QList<MailClassifier::Job> MailClassifier::takeFinished()
{
    if (!m_pending)
        return {};
    m_pending->helpAndWait(m_analyzer);
    QList<Job> jobs;
    jobs.swap(m_pending->jobs);
    m_pending.reset();
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
