// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/Database.h"

#include "common/Logging.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <atomic>

namespace abusedesk::storage {

namespace {

constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);
constexpr int SqliteHeaderSize = 100;

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::storage::Database)
};

DatabaseError makeError(DatabaseError::Kind kind, const QString &path, const QString &message)
{
    return DatabaseError(kind, path, message);
}

void setError(DatabaseError *target, const DatabaseError &error)
{
    qCInfo(lcStorage).noquote() << error.message();
    if (target)
        *target = error;
}

struct SqliteIdentity
{
    bool ok = false;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
    qint64 tables = 0;
    QString error;
};

// Asks SQLite itself, read-only, so that a database whose newest pages still sit in its -wal
// file (after a crash) is seen as it really is; a read-only connection writes nothing.
SqliteIdentity readSqliteIdentity(const QString &path)
{
    const QString name
        = QStringLiteral("abusedesk-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    SqliteIdentity identity;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            const bool ok = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
            if (ok)
                identity.applicationId = quint32(q.value(0).toLongLong());
            const bool ok2 = ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            if (ok2)
                identity.userVersion = quint32(q.value(0).toLongLong());
            const bool ok3 = ok2 && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next();
            if (ok3)
                identity.tables = q.value(0).toLongLong();
            identity.ok = ok3;
            if (!ok3)
                identity.error = q.lastError().text();
        } else {
            identity.error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return identity;
}

// The magic bytes are checked without SQLite, so that text, mail or binary files are refused
// before SQLite opens them; SQLite files are then identified by SQLite, read-only.
DatabaseError inspectExistingFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            DatabaseError::Kind::Io, path, Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray header = file.read(SqliteHeaderSize);
    file.close();
    if (header.isEmpty())
        return makeError(DatabaseError::Kind::NotADatabase, path,
            Tr::tr("%1 is an empty file, not an AbuseDesk case database.").arg(path));
    if (header.size() < SqliteHeaderSize || !QByteArrayView(header).startsWith(SqliteMagic))
        return makeError(DatabaseError::Kind::NotADatabase, path,
            Tr::tr("%1 is not an AbuseDesk case database: it is not an SQLite file.").arg(path));

    const SqliteIdentity identity = readSqliteIdentity(path);
    if (!identity.ok)
        return makeError(DatabaseError::Kind::Io, path,
            Tr::tr("SQLite cannot read %1: %2. The file was left unchanged.").arg(path, identity.error));
    if (identity.applicationId == Database::ApplicationId) {
        if (identity.userVersion > quint32(latestSchemaVersion()))
            return makeError(DatabaseError::Kind::NewerVersion, path,
                Tr::tr("%1 was written by a newer version of AbuseDesk (schema %2; this program "
                       "knows schema %3). Update AbuseDesk to open it; the file was left unchanged.")
                    .arg(path)
                    .arg(identity.userVersion)
                    .arg(latestSchemaVersion()));
        return {};
    }
    // An SQLite database without any table (as the sqlite3 shell leaves it) is adopted.
    if (identity.applicationId == 0 && identity.userVersion == 0 && identity.tables == 0)
        return {};
    return makeError(DatabaseError::Kind::ForeignDatabase, path,
        Tr::tr("%1 is an SQLite database of another program, not an AbuseDesk case database; "
               "it was left unchanged.")
            .arg(path));
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("abusedesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        names = m_connectionNames;
    }
    const QString mine = connectionName();
    for (const QString &name : std::as_const(names)) {
        // Only this thread may ask for its own connection; the others' (threads that have ended
        // without releasing theirs) are closed by being removed.
        if (name == mine) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

std::unique_ptr<Database> Database::open(const QString &path, OpenMode mode, DatabaseError *error)
{
    if (path.isEmpty()) {
        setError(error,
            makeError(DatabaseError::Kind::NotFound, path, Tr::tr("No case database file was given.")));
        return nullptr;
    }
    const QFileInfo info(path);
    const bool exists = info.exists();

    if (mode == OpenMode::CreateNew && (exists || info.isSymLink())) {
        setError(error,
            makeError(DatabaseError::Kind::AlreadyExists, path,
                Tr::tr("%1 already exists; AbuseDesk does not overwrite files. Choose a new "
                       "file name.")
                    .arg(path)));
        return nullptr;
    }
    if (mode == OpenMode::OpenExisting && !exists) {
        setError(
            error, makeError(DatabaseError::Kind::NotFound, path, Tr::tr("%1 does not exist.").arg(path)));
        return nullptr;
    }
    if (exists && !info.isFile()) {
        setError(error,
            makeError(DatabaseError::Kind::NotADatabase, path,
                Tr::tr("%1 is a folder or a device, not a case database file.").arg(path)));
        return nullptr;
    }

    if (exists) {
        const DatabaseError problem = inspectExistingFile(path);
        if (problem.isError()) {
            setError(error, problem);
            return nullptr;
        }
    } else {
        if (!info.absoluteDir().exists()) {
            setError(error,
                makeError(DatabaseError::Kind::NotFound, path,
                    Tr::tr("Cannot create %1: the folder %2 does not exist.")
                        .arg(path, info.absolutePath())));
            return nullptr;
        }
        // Evidence holds personal data: the file is the owner's alone from its first byte.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            setError(error,
                makeError(DatabaseError::Kind::Io, path,
                    Tr::tr("Cannot create %1: %2.").arg(path, file.errorString())));
            return nullptr;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath()));
    if (!db->connection().isOpen()) {
        setError(error,
            makeError(DatabaseError::Kind::Io, path,
                Tr::tr("SQLite cannot open %1: %2.").arg(path, db->connection().lastError().text())));
        if (!exists)
            QFile::remove(path);
        return nullptr;
    }
    if (!db->migrate(error)) {
        if (!exists) {
            db.reset();
            QFile::remove(path);
        }
        return nullptr;
    }
    return db;
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        qCWarning(lcStorage) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    // Evidence is stored as 4 KB-sized blobs: 16 KB pages hold several per page without overflow
    // chains (page_size only takes effect on a new, empty file, before WAL). A larger cache and
    // fewer checkpoints keep an import from writing every page twice in quick succession.
    for (const char *pragma :
        { "PRAGMA page_size = 16384", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
            "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536",
            "PRAGMA wal_autocheckpoint = 4096", "PRAGMA mmap_size = 268435456" }) {
        if (!q.exec(QString::fromLatin1(pragma)))
            qCWarning(lcStorage) << pragma << "failed:" << q.lastError().text();
    }
    return db;
}

QString Database::connectionName() const
{
    // One number per thread for its whole life, never given again. (The QThread's address was
    // used before: a thread that ended without releasing its connection left that name behind,
    // and a new thread allocated at the same address then met a connection it does not own.)
    static std::atomic<quint64> nextThread { 1 };
    thread_local const quint64 thisThread = nextThread.fetch_add(1);
    return m_connectionPrefix + QLatin1Char('-') + QString::number(thisThread);
}

void Database::releaseConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.removeAll(name);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    return openConnection(name);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::looksLikeCaseDatabase(const QString &path)
{
    if (path.endsWith(QStringLiteral(".abusedesk"), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The SQLite header: the magic string, and the application id (big-endian) at byte 68.
    const QByteArray header = file.read(72);
    if (header.size() < 72 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return false;
    const auto *b = reinterpret_cast<const uchar *>(header.constData() + 68);
    const quint32 id = (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
    return id == ApplicationId;
}

int Database::latestSchemaVersion()
{
    return storage::latestSchemaVersion();
}

bool Database::migrate(DatabaseError *error)
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    if (current < 0) {
        setError(error,
            makeError(DatabaseError::Kind::Io, m_path,
                Tr::tr("Cannot read the schema version of %1: %2.").arg(m_path, db.lastError().text())));
        return false;
    }
    bool migrated = false;
    for (const MigrationStep &step : migrationSteps()) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        if (!tx.isActive()) {
            setError(error,
                makeError(DatabaseError::Kind::Io, m_path,
                    Tr::tr("Cannot upgrade %1: %2.").arg(m_path, tx.lastError())));
            return false;
        }
        QSqlQuery q(db);
        QStringList statements = step.statements;
        statements.append(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                setError(error,
                    makeError(DatabaseError::Kind::Io, m_path,
                        Tr::tr("Cannot upgrade %1 to schema %2: %3.")
                            .arg(m_path)
                            .arg(step.version)
                            .arg(q.lastError().text())));
                return false;
            }
        }
        if (!tx.commit()) {
            setError(error,
                makeError(DatabaseError::Kind::Io, m_path,
                    Tr::tr("Cannot upgrade %1 to schema %2: %3.")
                        .arg(m_path)
                        .arg(step.version)
                        .arg(db.lastError().text())));
            return false;
        }
        qCInfo(lcStorage).noquote() << "migrated" << m_path << "to schema" << step.version << "-"
                                    << step.summary;
        migrated = true;
    }
    // Write the new schema into the main file at once: a file whose identity lived only in its
    // -wal file would be at the mercy of whoever copies it without that file.
    if (migrated)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

QList<TableCount> Database::tableCounts() const
{
    QSqlDatabase db = connection();
    QStringList tables;
    QSqlQuery q(db);
    // Tables of rows: not the text index (a virtual table) nor its shadow tables.
    q.exec(
        QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name "
                       "NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        tables.append(q.value(0).toString());
    QList<TableCount> counts;
    for (const QString &table : std::as_const(tables)) {
        // Table names come from sqlite_schema, not from the user; quoting keeps odd names safe.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QSqlQuery c(db);
        if (c.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) && c.next())
            counts.append({ table, c.value(0).toLongLong() });
    }
    return counts;
}

const QMap<QString, QByteArray> &Database::policyDefaults()
{
    static const QMap<QString, QByteArray> defaults {
        { QStringLiteral("complaint_rate_threshold"), "0.001" },
        { QStringLiteral("hard_bounce_rate_threshold"), "0.05" },
        // Spam refusals of one customer at one receiver above this share of its mail there are a finding.
        { QStringLiteral("spam_bounce_rate_threshold"), "0.05" },
        { QStringLiteral("acknowledgement_window_hours"), "24" },
        { QStringLiteral("acknowledgement_business_days"), "false" },
        { QStringLiteral("hourly_cost_cents"), "6000" },
        { QStringLiteral("role_accounts"),
            R"(["postmaster", "abuse", "hostmaster", "privacy", "legal", "webmaster"])" },
        { QStringLiteral("trusted_reporters"), "[]" },
        { QStringLiteral("customer_headers"),
            R"(["X-Customer-ID", "X-Campaign-ID", "X-Job-ID", "X-Tenant-ID"])" },
        // The triage queue's groups in order; message kinds, "feedback-cluster" and "finding".
        { QStringLiteral("triage_order"),
            R"(["escalated-complaint", "complaint", "feedback-cluster", "finding", "blocklist-notice",
                "unsubscribe-request"])" },
        // Legal-tone items go to the top of the queue, whatever their group.
        { QStringLiteral("legal_first"), "true" },
        // Who a case opened from legal-tone items is given to (a colleague, legal@…); empty: the analyst.
        { QStringLiteral("legal_owner"), R"("")" },
        // The ladder as written policy: each step, the customer status it carries, and what moves a
        // customer on to the next (shown on the customer).
        { QStringLiteral("escalation_ladder"),
            R"([{"step": "notice", "status": "active",
                 "next_when": "The same problem again within 90 days, or no answer within 7 days"},
                {"step": "warning", "status": "warned",
                 "next_when": "Any new case of severity 1 or 2, or the problem continues 14 days after the warning"},
                {"step": "suspension", "status": "suspended",
                 "next_when": "The problem continues after sending resumes, or a legal complaint"},
                {"step": "termination", "status": "terminated", "next_when": ""}])" },
        // The zone of MTA log times written without one (classic syslog, Exim): an IANA name or
        // "UTC"; empty for this computer's zone.
        { QStringLiteral("log_time_zone"), R"("")" },
        // The sender's own domains: mail that names them is listed as a mention (never a customer).
        { QStringLiteral("own_domains"), "[]" },
        // The sender's own addresses and CIDR ranges, likewise.
        { QStringLiteral("own_networks"), "[]" },
    };
    return defaults;
}

QMap<QString, QByteArray> Database::policy() const
{
    QMap<QString, QByteArray> values = policyDefaults();
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT key, value FROM policy")))
        while (q.next())
            values.insert(q.value(0).toString(), q.value(1).toByteArray());
    return values;
}

bool Database::setPolicy(const QString &key, const QByteArray &json, QString *error)
{
    const QMap<QString, QByteArray> known = policy();
    if (!policyDefaults().contains(key)) {
        if (error)
            *error = Tr::tr("unknown policy key \"%1\" (known: %2)")
                         .arg(key, QStringList(known.keys()).join(QStringLiteral(", ")));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        if (error)
            *error = Tr::tr("the value of %1 is not JSON: %2").arg(key, QString::fromUtf8(json));
        return false;
    }
    // A list stays a list and a number a number: the program reads them by their shape.
    const QJsonValue before = QJsonDocument::fromJson("[" + known.value(key) + "]").array().at(0);
    const QJsonValue after = document.array().at(0);
    if (before.type() != after.type()) {
        if (error)
            *error
                = Tr::tr("%1 must be %2, like %3")
                      .arg(key, before.isArray() ? Tr::tr("a JSON list") : Tr::tr("the same kind of value"),
                          QString::fromUtf8(known.value(key)));
        return false;
    }
    if (key == QLatin1String("log_time_zone") && !after.toString().isEmpty()
        && after.toString().compare(QLatin1String("UTC"), Qt::CaseInsensitive) != 0
        && !QTimeZone(after.toString().toUtf8()).isValid()) {
        if (error)
            *error = Tr::tr("log_time_zone: “%1” is not a time zone (such as UTC or Europe/Berlin)")
                         .arg(after.toString());
        return false;
    }
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO policy (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(json));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Database::holdsDeliveryData() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM deliveries) OR EXISTS (SELECT 1 FROM "
                                 "opt_outs) OR EXISTS (SELECT 1 "
                                 "FROM seed_results) OR EXISTS (SELECT 1 FROM blocklist_listings)"))
        && q.next() && q.value(0).toBool();
}

qint64 Database::evidenceCount() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM evidence")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace abusedesk::storage
