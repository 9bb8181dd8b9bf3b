// SPDX-License-Identifier: GPL-2.0-or-later
#include "AttributionRunner.h"

#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace abusedesk::gui {

AttributionRunner::AttributionRunner(QObject *parent)
    : QObject(parent)
{ }

AttributionRunner::~AttributionRunner()
{
    stop();
}

void AttributionRunner::start(const storage::Database &database, const QString &reason)
{
    if (m_thread) {
        m_pendingReason = reason;
        return;
    }
    m_database = &database;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const storage::Database *db = &database;
    QPointer<AttributionRunner> self(this);
    m_thread = QThread::create([self, db, cancel, reason] {
        const attribution::RunReport report = [&] {
            attribution::AttributionRun run(*db);
            return run.run(
                { reason },
                [self](qint64 done, qint64 total) {
                    const int percent = total > 0 ? int(std::min<qint64>(done * 100 / total, 100)) : 0;
                    QMetaObject::invokeMethod(
                        self,
                        [self, percent] {
                            if (self)
                                Q_EMIT self->progress(percent);
                        },
                        Qt::QueuedConnection);
                },
                [cancel] { return cancel->load(); });
        }();
        db->releaseConnection();
        QMetaObject::invokeMethod(
            self,
            [self, report] {
                if (self)
                    self->onFinished(report);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    Q_EMIT started();
}

void AttributionRunner::cancel()
{
    m_pendingReason.clear();
    if (m_cancel)
        m_cancel->store(true);
}

void AttributionRunner::stop()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void AttributionRunner::onFinished(const attribution::RunReport &report)
{
    if (m_thread) {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    m_lastReport = report;
    Q_EMIT finished(report);
    if (!m_pendingReason.isEmpty() && m_database) {
        const QString reason = std::exchange(m_pendingReason, QString());
        start(*m_database, reason);
    }
}

} // namespace abusedesk::gui
