// SPDX-License-Identifier: GPL-2.0-or-later
// A prepared SQLite statement on a Qt SQL connection's own handle, for the few statements run
// once per imported message: binding UTF-8 and blobs directly costs a fraction of QSqlQuery's
// QVariant and UTF-16 round trips. Finalized on destruction, before its connection closes.
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace abusedesk::storage {

class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &connection, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }

    void bindText(int index, QByteArrayView utf8);
    /// Like bindText, without copying: the caller keeps the bytes alive until execute() returns.
    void bindStaticText(int index, QByteArrayView utf8);
    void bindText(int index, const QString &text);
    void bindTextOrNull(int index, const QString &text);
    void bindBlob(int index, QByteArrayView bytes);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    /// Runs the statement to completion and resets it for the next use. False on an error.
    [[nodiscard]] bool execute();
    /// Rows changed by the last execute().
    [[nodiscard]] qint64 changes() const { return m_changes; }
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] QString lastError() const { return m_error; }

    /// Reading rows: next() steps to the following row (false at the end or on an error, then
    /// lastError() is set); read the columns (0-based) in between; reset() before binding anew.
    [[nodiscard]] bool next();
    void reset();
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 columnInt(int column) const;
    [[nodiscard]] QByteArrayView columnUtf8(int column) const; ///< valid until the next step
    [[nodiscard]] QString columnText(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    qint64 m_changes = 0;
    QString m_error;
};

} // namespace abusedesk::storage
