// SPDX-License-Identifier: GPL-2.0-or-later
// Reads mail sources and classifies every message on all cores, handing each message and its
// analysis back in input order on the calling thread (where the import writes to the database).
// Messages travel in chunks, so memory stays bounded whatever the size of the input.
#pragma once

#include "mail/MailSourceReader.h"
#include "mail/MessageAnalyzer.h"

#include <QList>
#include <functional>
#include <memory>

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
    bool accept(const MailUnit &unit);
    bool dispatch();
    QList<Job> takeFinished();
    bool deliver(const QList<Job> &jobs);

    MessageAnalyzer m_analyzer;
    Enricher m_enricher;
    ResultSink m_results;
    MailSourceReader m_reader;
    QList<Job> m_filling;
    qint64 m_fillingBytes = 0;
    struct Batch;
    std::shared_ptr<Batch> m_pending; // the chunk being classified, analysed in place
    bool m_stopped = false;
};

} // namespace abusedesk::mail
