// SPDX-License-Identifier: GPL-2.0-or-later
// RAII transaction guard: rolls back unless commit() succeeded, so an exception or an early
// return can never leave half an import in the case database.
#pragma once

#include <QSqlDatabase>

namespace abusedesk::storage {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN failed (another writer holds the lock past the busy timeout, …).
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();
    void rollback();
    [[nodiscard]] QString lastError() const;

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace abusedesk::storage
