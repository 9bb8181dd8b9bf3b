// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/MailClassifier.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace abusedesk::mail {

namespace {
// Large enough that thread hand-over costs nothing, small enough to keep memory flat.
constexpr qsizetype ChunkMessages = 256;
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
    m_filling.append(unit);
    m_fillingBytes += unit.bytes.size();
    if (m_filling.size() >= ChunkMessages || m_fillingBytes >= ChunkBytes)
        return dispatch();
    return true;
}

// Starts classifying the chunk being filled, then hands back the previous chunk's results while
// the pool works on this one.
bool MailClassifier::dispatch()
{
    QList<MailUnit> chunk;
    chunk.swap(m_filling);
    m_fillingBytes = 0;
    const bool goOn = deliverPending();
    if (!goOn || chunk.isEmpty())
        return goOn;
    m_pendingUnits = chunk;
    m_pending = QtConcurrent::mapped(QThreadPool::globalInstance(), m_pendingUnits,
        [this](const MailUnit &unit) { return m_analyzer.analyze(unit); });
    return true;
}

bool MailClassifier::deliverPending()
{
    if (m_pendingUnits.isEmpty())
        return !m_stopped;
    m_pending.waitForFinished();
    const QList<MessageAnalysis> analyses = m_pending.results();
    QList<MailUnit> units;
    units.swap(m_pendingUnits);
    m_pending = {};
    for (qsizetype i = 0; i < units.size() && i < analyses.size(); ++i) {
        if (!m_results(units.at(i), analyses.at(i))) {
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
    return dispatch() && deliverPending();
}

} // namespace abusedesk::mail
