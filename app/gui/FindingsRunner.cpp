// SPDX-License-Identifier: GPL-2.0-or-later
#include "FindingsRunner.h"

#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace abusedesk::gui {

FindingsRunner::FindingsRunner(QObject *parent)
    : QObject(parent)
{ }

FindingsRunner::~FindingsRunner()
{
    stop();
}

void FindingsRunner::start(const storage::Database &database)
{
    if (m_thread && m_database == &database) {
        m_again = true;
        return;
    }
    stop();
    m_database = &database;
    m_again = false;
    const quint64 generation = ++m_generation;
    const storage::Database *db = &database;
    QPointer<FindingsRunner> self(this);
    m_thread = QThread::create([self, db, generation] {
        findings::FindingsEngine engine(*db);
        const QList<findings::Finding> found = engine.run({});
        const QString error = engine.lastError();
        const QDate from = engine.from();
        const QDate until = engine.until();
        db->releaseConnection();
        QMetaObject::invokeMethod(
            self,
            [self, generation, found, error, from, until] {
                if (!self || generation != self->m_generation)
                    return;
                if (self->m_thread) {
                    self->m_thread->wait();
                    self->m_thread->deleteLater();
                    self->m_thread = nullptr;
                }
                Q_EMIT self->finished(found, error, from, until);
                if (std::exchange(self->m_again, false) && self->m_database)
                    self->start(*self->m_database);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    Q_EMIT started();
}

void FindingsRunner::stop()
{
    ++m_generation;
    m_again = false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_database = nullptr;
}

} // namespace abusedesk::gui
