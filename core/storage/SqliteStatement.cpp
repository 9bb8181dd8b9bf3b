// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace abusedesk::storage {

SqliteStatement::SqliteStatement(const QSqlDatabase &connection, const char *sql)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text64(m_statement, index, utf8.data() ? utf8.data() : "", sqlite3_uint64(utf8.size()),
        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bindStaticText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text64(m_statement, index, utf8.data() ? utf8.data() : "", sqlite3_uint64(utf8.size()),
        SQLITE_STATIC, SQLITE_UTF8);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    bindText(index, QByteArrayView(text.toUtf8()));
}

void SqliteStatement::bindTextOrNull(int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        bindText(index, text);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    // SQLITE_STATIC: the caller keeps the bytes alive until execute() returns.
    sqlite3_bind_blob64(
        m_statement, index, bytes.data() ? bytes.data() : "", sqlite3_uint64(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

bool SqliteStatement::execute()
{
    if (!m_statement)
        return false;
    int rc;
    do {
        rc = sqlite3_step(m_statement);
    } while (rc == SQLITE_ROW);
    const bool ok = rc == SQLITE_DONE;
    m_changes = ok ? sqlite3_changes64(m_db) : 0;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QString SqliteStatement::columnText(int column) const
{
    return QString::fromUtf8(columnUtf8(column));
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

} // namespace abusedesk::storage
