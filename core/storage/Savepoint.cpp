// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/Savepoint.h"

#include "common/Logging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace abusedesk::storage {

Savepoint::Savepoint(QSqlDatabase db)
    : m_db(std::move(db))
{
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("sp%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_active) {
        m_error = q.lastError().text();
        qCWarning(lcStorage) << "SAVEPOINT failed:" << m_error;
    }
}

Savepoint::~Savepoint()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK TO ") + m_name) || !q.exec(QStringLiteral("RELEASE ") + m_name))
        qCWarning(lcStorage) << "ROLLBACK TO failed:" << q.lastError().text();
}

bool Savepoint::release()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE ") + m_name)) {
        m_error = q.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace abusedesk::storage
