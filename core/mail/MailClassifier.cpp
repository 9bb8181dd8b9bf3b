// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/MailClassifier.h"

#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>
#include <atomic>
#include <thread>

namespace abusedesk::mail {

namespace {
// Large enough that thread hand-over costs nothing, small enough to keep memory flat.
constexpr qsizetype ChunkMessages = 1024;
constexpr qint64 ChunkBytes = 8 * 1024 * 1024;
// Chunks read and not yet handed back: enough to keep the pool busy while the caller writes.
constexpr int MaxBatchesWaiting = 2;
} // namespace

MailClassifier::MailClassifier(AnalysisPolicy policy, ResultSink results,
    MailSourceReader::RejectionSink rejections, MailSourceReader::ProgressSink progress)
    : m_analyzer(std::move(policy))
    , m_results(std::move(results))
    , m_rejections(std::move(rejections))
    , m_progress(std::move(progress))
    , m_reader([this](const MailUnit &unit) { return accept(unit); },
          [this](const MailRejection &rejection) { post({ {}, rejection, {}, 0 }); },
          [this](const QString &file, qint64 bytes) {
              if (m_progress)
                  post({ {}, std::nullopt, file, bytes });
          })
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
    // Chunks still in the pool use the analyzer (only after a stop can any be left).
    for (const Event &event : m_events)
        if (event.batch)
            event.batch->helpAndWait(m_analyzer);
}

bool MailClassifier::read(const QString &path)
{
    if (m_stopped.load())
        return false;
    {
        QMutexLocker lock(&m_mutex);
        m_readingDone = false;
    }
    bool readAll = true;
    std::thread reading([this, &path, &readAll] {
        readAll = m_reader.read(path);
        QMutexLocker lock(&m_mutex);
        m_readingDone = true;
        m_changed.wakeAll();
    });
    // Hands back what the reading thread posts, in order, until it has read the whole path; after
    // a stop, only waits for the chunks already in the pool.
    for (;;) {
        Event event;
        {
            QMutexLocker lock(&m_mutex);
            while (m_events.empty() && !m_readingDone)
                m_changed.wait(&m_mutex);
            if (m_events.empty())
                break;
            event = std::move(m_events.front());
            m_events.pop_front();
            if (event.batch) {
                --m_batchesWaiting;
                m_changed.wakeAll(); // room for the reading thread's next chunk
            }
        }
        if (!handOver(event)) {
            QMutexLocker lock(&m_mutex);
            m_stopped.store(true);
            m_changed.wakeAll();
        }
    }
    reading.join();
    return readAll && !m_stopped.load();
}

bool MailClassifier::accept(const MailUnit &unit)
{
    if (m_stopped.load())
        return false;
    m_filling.append({ unit, {} });
    m_fillingBytes += unit.bytes.size();
    if (m_filling.size() < ChunkMessages && m_fillingBytes < ChunkBytes)
        return true;
    {
        QMutexLocker lock(&m_mutex);
        while (m_batchesWaiting >= MaxBatchesWaiting && !m_stopped.load())
            m_changed.wait(&m_mutex);
        if (m_stopped.load())
            return false;
        ++m_batchesWaiting;
    }
    post({ startBatch(), std::nullopt, {}, 0 });
    return true;
}

std::shared_ptr<MailClassifier::Batch> MailClassifier::startBatch()
{
    auto batch = std::make_shared<Batch>();
    batch->jobs.swap(m_filling);
    m_fillingBytes = 0;
    batch->enricher = &m_enricher;
    // The batch (and the analyzer, which outlives every batch: the destructor waits) is shared
    // with the pool threads. One core fewer than the machine has: the calling thread classifies
    // too while it waits, and when it writes to a database it is the pipeline's slowest stage,
    // which a thread per core crowded (bench_mail_import: 20,500 against 22,200 messages/s).
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = qMax(1, qMin<int>(pool->maxThreadCount() - 1, int(batch->jobs.size())));
    for (int t = 0; t < threads; ++t)
        pool->start([batch, analyzer = &m_analyzer] { batch->work(*analyzer); });
    return batch;
}

void MailClassifier::post(Event event)
{
    QMutexLocker lock(&m_mutex);
    // Only the latest progress matters.
    const bool progress = !event.batch && !event.rejection;
    if (progress && !m_events.empty() && !m_events.back().batch && !m_events.back().rejection)
        m_events.back() = std::move(event);
    else
        m_events.push_back(std::move(event));
    m_changed.wakeAll();
}

bool MailClassifier::handOver(const Event &event)
{
    if (event.batch) {
        event.batch->helpAndWait(m_analyzer); // the caller classifies too while it waits
        return deliver(event.batch->jobs);
    }
    if (m_stopped.load())
        return false;
    if (event.rejection) {
        if (m_rejections)
            m_rejections(*event.rejection);
    } else if (m_progress) {
        m_progress(event.progressFile, event.progressBytes);
    }
    return true;
}

bool MailClassifier::deliver(const QList<Job> &jobs)
{
    if (m_stopped.load())
        return false;
    for (const Job &job : jobs) {
        if (!m_results(job.unit, job.analysis)) {
            m_stopped.store(true);
            return false;
        }
    }
    return true;
}

bool MailClassifier::finish()
{
    if (m_stopped.load())
        return false;
    if (m_filling.isEmpty())
        return true;
    return handOver({ startBatch(), std::nullopt, {}, 0 });
}

} // namespace abusedesk::mail
