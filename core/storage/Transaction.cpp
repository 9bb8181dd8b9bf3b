// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/Transaction.h"

#include "common/Logging.h"

#include <QSqlError>

namespace abusedesk::storage {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcStorage) << "BEGIN failed:" << m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        qCWarning(lcStorage) << "COMMIT failed:" << m_db.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_db.rollback();
    m_active = false;
}

QString Transaction::lastError() const
{
    return m_db.lastError().text();
}

} // namespace abusedesk::storage
