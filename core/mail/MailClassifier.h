// SPDX-License-Identifier: GPL-2.0-or-later
// Reads mail sources and classifies every message on all cores, handing each message and its
// analysis back in input order on the calling thread (where the import writes to the database).
// Three stages overlap: a reading thread splits the input into chunks of messages, the pool's
// threads classify them, and the calling thread hands back finished chunks (and helps classify
// while it waits). At most a few chunks are in flight, so memory stays bounded whatever the size
// of the input. Rejections and progress are handed back on the calling thread too.
#pragma once

#include "mail/MailSourceReader.h"
#include "mail/MessageAnalyzer.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace abusedesk::mail {

class MailClassifier
{
public:
    /// Called in input order; return false to stop (cancel).
    using ResultSink = std::function<bool(const MailUnit &, const MessageAnalysis &)>;

    MailClassifier(AnalysisPolicy policy, ResultSink results, MailSourceReader::RejectionSink rejections,
        MailSourceReader::ProgressSink progress = {});
    ~MailClassifier();
    MailClassifier(const MailClassifier &) = delete;
    MailClassifier &operator=(const MailClassifier &) = delete;

    /// Runs on the classifying threads after each analysis (the import attributes there); it
    /// must be safe to call from several threads at once. Set before reading.
    using Enricher = std::function<void(MessageAnalysis &)>;
    void setEnricher(Enricher enricher);

    /// Reads a file or folder. Returns false when the sink asked to stop.
    bool read(const QString &path);
    /// Delivers what is still being classified. Returns false when the sink asked to stop.
    bool finish();

private:
    struct Job
    {
        MailUnit unit;
        MessageAnalysis analysis;
    };
    struct Batch;
    /// What the reading thread hands to the calling thread, in reading order.
    struct Event
    {
        std::shared_ptr<Batch> batch; ///< a chunk being classified, or:
        std::optional<MailRejection> rejection;
        QString progressFile; ///< progress when neither of the above
        qint64 progressBytes = 0;
    };

    // On the reading thread:
    bool accept(const MailUnit &unit);
    std::shared_ptr<Batch> startBatch();
    void post(Event event);
    // On the calling thread:
    bool handOver(const Event &event);
    bool deliver(const QList<Job> &jobs);

    MessageAnalyzer m_analyzer;
    Enricher m_enricher;
    ResultSink m_results;
    MailSourceReader::RejectionSink m_rejections;
    MailSourceReader::ProgressSink m_progress;
    MailSourceReader m_reader;
    QList<Job> m_filling; // the reading thread's while it reads, the caller's otherwise
    qint64 m_fillingBytes = 0;

    QMutex m_mutex; // guards what follows
    QWaitCondition m_changed;
    std::deque<Event> m_events;
    int m_batchesWaiting = 0;
    bool m_readingDone = false;
    std::atomic<bool> m_stopped { false };
};

} // namespace abusedesk::mail
