// SPDX-License-Identifier: GPL-2.0-or-later
// A nestable transaction (SQLite SAVEPOINT): a change made of several statements is whole or
// absent, whether or not the caller already runs a transaction (a triage action that opens a
// case and links its evidence). Rolls back unless release() succeeded.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace abusedesk::storage {

class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool release();
    [[nodiscard]] QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
    QString m_error;
};

} // namespace abusedesk::storage
