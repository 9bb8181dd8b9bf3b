// SPDX-License-Identifier: GPL-2.0-or-later
// The case database: one SQLite file holding evidence, messages, customers, cases and policy.
// It owns the schema and its migrations; every other layer goes through it for SQL.
#pragma once

#include "storage/DatabaseError.h"

#include <QList>
#include <QMap>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace abusedesk::storage {

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

class Database
{
public:
    enum class OpenMode {
        OpenExisting, ///< the file must exist and be an AbuseDesk database (older ones are upgraded)
        CreateNew, ///< the file must not exist; it is created with owner-only permissions
        OpenOrCreate, ///< the program's default database on first start
    };

    /// The SQLite application_id stamped into every AbuseDesk case database ("AbDs").
    static constexpr quint32 ApplicationId = 0x41624473;

    /// Opens or creates the case database at path. On failure returns null and fills error;
    /// a file that is refused is never written to.
    [[nodiscard]] static std::unique_ptr<Database> open(
        const QString &path, OpenMode mode, DatabaseError *error = nullptr);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] static int latestSchemaVersion();
    /// Whether a file is (or, by its .abusedesk suffix, is meant to be) a case database rather
    /// than mail to import: an SQLite file whose header carries ApplicationId.
    [[nodiscard]] static bool looksLikeCaseDatabase(const QString &path);

    /// The connection for the calling thread, opened on first use (a Qt SQL connection belongs
    /// to the thread that opened it).
    [[nodiscard]] QSqlDatabase connection() const;

    /// Closes the calling thread's connection; a worker thread calls it before it ends.
    void releaseConnection() const;

    /// Row counts of every table, by name.
    [[nodiscard]] QList<TableCount> tableCounts() const;
    [[nodiscard]] qint64 evidenceCount() const;
    /// Whether any deliveries, opt-outs, seed results or blocklist listings are stored.
    [[nodiscard]] bool holdsDeliveryData() const;
    /// The policy's values (JSON text) by key: thresholds, windows, role accounts, trusted
    /// reporters — the defaults, with what the analyst changed.
    [[nodiscard]] QMap<QString, QByteArray> policy() const;
    /// The policy a new case database starts with.
    [[nodiscard]] static const QMap<QString, QByteArray> &policyDefaults();
    /// Sets one known policy key to a JSON value; false with a reason for an unknown key or bad JSON.
    [[nodiscard]] bool setPolicy(const QString &key, const QByteArray &json, QString *error = nullptr);

private:
    explicit Database(QString path);
    [[nodiscard]] bool migrate(DatabaseError *error);
    [[nodiscard]] QSqlDatabase openConnection(const QString &name) const;
    [[nodiscard]] QString connectionName() const;

    QString m_path;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

} // namespace abusedesk::storage
