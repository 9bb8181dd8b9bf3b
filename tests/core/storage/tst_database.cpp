// SPDX-License-Identifier: GPL-2.0-or-later
// The case database: creation, migrations from an empty file, refusals that leave files untouched,
// the transaction guard and one connection per thread — on real SQLite files.
#include "replies/ReplyTemplateStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using abusedesk::storage::Database;
using abusedesk::storage::DatabaseError;
using abusedesk::storage::Transaction;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Runs SQL on a file with a plain connection, as another program would.
void runRawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

qint64 rowCount(const Database &db, const QString &table)
{
    for (const auto &count : db.tableCounts())
        if (count.table == table)
            return count.rows;
    return -1;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void migrationStepsAreOrdered()
    {
        int previous = 0;
        for (const auto &step : abusedesk::storage::migrationSteps()) {
            QCOMPARE(step.version, previous + 1);
            QVERIFY(!step.statements.isEmpty());
            previous = step.version;
        }
        QCOMPARE(Database::latestSchemaVersion(), previous);
    }

    void createNewIsOwnerOnlyAndAtLatestSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.abusedesk"));
        DatabaseError error;
        auto db = Database::open(path, Database::OpenMode::CreateNew, &error);
        QVERIFY2(db, qPrintable(error.message()));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        const auto permissions = QFile::permissions(path);
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QVERIFY(permissions & QFileDevice::WriteOwner);
        QVERIFY(!(permissions
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                | QFileDevice::WriteOther)));

        // The domain tables of schema 1 exist and start empty; the policy is its defaults.
        for (const char *table :
            { "evidence", "evidence_raw", "messages", "customers", "import_batches", "import_rejections" })
            QCOMPARE(rowCount(*db, QString::fromLatin1(table)), 0);
        QCOMPARE(rowCount(*db, QStringLiteral("policy")), 0);
        QCOMPARE(db->policy().value(QStringLiteral("complaint_rate_threshold")), QByteArray("0.001"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        // A customer's seed results over a period are found through an index, not a full scan.
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT receiver, placement, count(*) FROM "
                                      "seed_results WHERE customer_id = 1 AND time >= 0 AND time < 9 "
                                      "GROUP BY 1, 2")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(QStringLiteral("seed_results_customer")), qPrintable(plan));
        db.reset();

        // The header carries AbuseDesk's application id, so other programs' files are recognised.
        const QByteArray header = readAll(path).left(100);
        QCOMPARE(qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(header.constData()) + 68),
            Database::ApplicationId);
    }

    void createNewRefusesToOverwrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.abusedesk"));
        writeFile(path, "precious\n");
        DatabaseError error;
        QVERIFY(!Database::open(path, Database::OpenMode::CreateNew, &error));
        QCOMPARE(error.kind(), DatabaseError::Kind::AlreadyExists);
        QVERIFY(error.message().contains(path));
        QCOMPARE(readAll(path), QByteArray("precious\n"));
    }

    void createNewInMissingFolderSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.abusedesk"));
        DatabaseError error;
        QVERIFY(!Database::open(path, Database::OpenMode::CreateNew, &error));
        QCOMPARE(error.kind(), DatabaseError::Kind::NotFound);
        QVERIFY(error.message().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path));
    }

    void migratesAnEmptySqliteFile()
    {
        // An SQLite file without tables (as the sqlite3 shell leaves it) is adopted and upgraded
        // step by step from user_version 0.
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        runRawSql(path, { QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t") });
        QVERIFY(readAll(path).startsWith("SQLite format 3"));
        DatabaseError error;
        auto db = Database::open(path, Database::OpenMode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error.message()));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(rowCount(*db, QStringLiteral("evidence")), 0);
    }

    void aSchema4DatabaseGainsTriageColumnsAndTextIndex()
    {
        // A database from before triage (schema 4) with a feedback report and a bounce: the upgrade
        // fills the triage columns from the facts and indexes subject and sender for search.
        const QString path = m_dir.filePath(QStringLiteral("v4.abusedesk"));
        QStringList sql;
        for (const auto &step : abusedesk::storage::migrationSteps())
            if (step.version <= 4)
                sql += step.statements;
        sql += { QStringLiteral("PRAGMA user_version = 4"),
            QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
            QStringLiteral(
                "INSERT INTO import_batches (started_at, origin) VALUES ('2026-11-01T00:00:00Z', 'x')"),
            QStringLiteral(
                "INSERT INTO evidence (id, sha256, size, source_path, batch_id, imported_at, role_account) "
                "VALUES (1, printf('%064d', 1), 1, 'a.mbox', 1, '2026-11-01T00:00:00Z', "
                "'abuse@esp.example'), (2, printf('%064d', 2), 1, 'b.mbox', 1, '2026-11-01T00:00:00Z', "
                "NULL)"),
            QStringLiteral(
                "INSERT INTO messages (evidence_id, kind, subject, from_address, facts) VALUES (1, "
                "'feedback-report', "
                "'Abuse report', 'fbl@Postbox.example', '{\"feedback\": {\"original_rcpt_to\": "
                "[\"someone@kitemail.example\"]}, \"original\": {\"subject\": \"Frost roses\", \"headers\": "
                "{\"X-Campaign-ID\": \"jg-1029\"}}}'), (2, 'bounce', 'Undelivered', "
                "'mailer-daemon@mta.example', "
                "'{\"recipients\": [{\"address\": \"x@GMX.example\"}], \"original\": {\"feedback_id\": "
                "\"bhp-7:k1:news:esp\"}}')") };
        runRawSql(path, sql);
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT role_account, receiver, campaign, triage_state FROM messages ORDER BY "
                           "evidence_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("abuse@esp.example"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("kitemail.example"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("jg-1029"));
        QVERIFY(q.value(3).isNull());
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(q.value(1).toString(), QStringLiteral("gmx.example"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("bhp-7"));
        QVERIFY(q.exec(QStringLiteral("SELECT rowid FROM message_text WHERE message_text MATCH 'frost'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
        QVERIFY(q.exec(
            QStringLiteral("SELECT rowid FROM message_text WHERE message_text MATCH 'sender:mailer*'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 2);
    }

    void aSchema5DatabaseGainsReplyTemplates()
    {
        // A database from before replies (schema 5) with a case: the upgrade adds the template
        // table and leaves the case alone; the template store then seeds the shipped templates once.
        const QString path = m_dir.filePath(QStringLiteral("v5.abusedesk"));
        QStringList sql;
        for (const auto &step : abusedesk::storage::migrationSteps())
            if (step.version <= 5)
                sql += step.statements;
        sql += { QStringLiteral("PRAGMA user_version = 5"),
            QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
            QStringLiteral(
                "INSERT INTO cases (id, category, title, opened_at, updated_at) VALUES (7, "
                "'direct-complaint', 'A complaint', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')") };
        runRawSql(path, sql);
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(rowCount(*db, QStringLiteral("reply_templates")), 0);
        QCOMPARE(rowCount(*db, QStringLiteral("cases")), 1);
        QSqlQuery q(db->connection());
        // The audience is checked by the schema.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO reply_templates (name, title, audience, subject, body, "
                                       "updated_at) VALUES ('x', 'X', 'everyone', 's', 'b', '')")));
        const qsizetype shipped = abusedesk::replies::ReplyTemplate::shippedTemplates().size();
        QVERIFY(shipped > 0);
        QCOMPARE(abusedesk::replies::ReplyTemplateStore(*db).templates().size(), shipped);
        QCOMPARE(abusedesk::replies::ReplyTemplateStore(*db).templates().size(), shipped);
        QCOMPARE(rowCount(*db, QStringLiteral("reply_templates")), shipped);
    }

    void reopeningKeepsDataAndSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.abusedesk"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateNew);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO customers (name, created_at) VALUES ('ACME Mailers', '2026-11-01T00:00:00Z')")));
        }
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(db);
        QCOMPARE(rowCount(*db, QStringLiteral("customers")), 1);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    }

    void refusesFilesThatAreNotCaseDatabases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::newRow("text") << QByteArray("From: someone\nSubject: not a database\n\nhello\n")
                              << int(DatabaseError::Kind::NotADatabase);
        QTest::newRow("empty") << QByteArray() << int(DatabaseError::Kind::NotADatabase);
        QTest::newRow("short-sqlite-magic")
            << QByteArray("SQLite format 3", 16) << int(DatabaseError::Kind::NotADatabase);
        QTest::newRow("binary") << QByteArray(4096, '\xff') << int(DatabaseError::Kind::NotADatabase);
    }

    void refusesFilesThatAreNotCaseDatabases()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        const QString path = m_dir.filePath(QStringLiteral("foreign.txt"));
        writeFile(path, content);
        for (const auto mode : { Database::OpenMode::OpenExisting, Database::OpenMode::OpenOrCreate }) {
            DatabaseError error;
            QVERIFY(!Database::open(path, mode, &error));
            QCOMPARE(int(error.kind()), kind);
            QVERIFY2(error.message().contains(path), qPrintable(error.message()));
            QCOMPARE(readAll(path), content);
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    }

    void refusesAnotherProgramsSqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.db"));
        runRawSql(path,
            { QStringLiteral("CREATE TABLE bookmarks (url TEXT)"),
                QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org/')") });
        const QByteArray before = readAll(path);
        DatabaseError error;
        QVERIFY(!Database::open(path, Database::OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind(), DatabaseError::Kind::ForeignDatabase);
        QVERIFY(error.message().contains(QStringLiteral("another program")));
        QCOMPARE(readAll(path), before);
    }

    void refusesADatabaseFromANewerVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.abusedesk"));
        QVERIFY(Database::open(path, Database::OpenMode::CreateNew));
        runRawSql(path,
            { QStringLiteral("PRAGMA journal_mode = DELETE"),
                QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 7) });
        const QByteArray before = readAll(path);
        DatabaseError error;
        QVERIFY(!Database::open(path, Database::OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind(), DatabaseError::Kind::NewerVersion);
        QVERIFY(error.message().contains(QStringLiteral("newer version")));
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void aDatabaseWhoseHeaderIsStillInItsWalFileOpens()
    {
        // After a crash the newest pages, the header's application id among them, may live only in
        // the -wal file: the database must still be recognised as AbuseDesk's.
        const QString path = m_dir.filePath(QStringLiteral("crashed.abusedesk"));
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE scratch (x)")));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        DatabaseError error;
        auto db = Database::open(path, Database::OpenMode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error.message()));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        db.reset();
        q.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }

    void policyChangesAreKeptAndCheckedAgainstTheDefaults()
    {
        const QString path = m_dir.filePath(QStringLiteral("policy.abusedesk"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateNew);
            QVERIFY(db);
            QString error;
            QVERIFY2(db->setPolicy(QStringLiteral("trusted_reporters"), R"(["spamhaus.org"])", &error),
                qPrintable(error));
            QVERIFY(!db->setPolicy(QStringLiteral("trusted_reporters"), "\"spamhaus.org\"", &error));
            QVERIFY(error.contains(QStringLiteral("JSON list")));
            QVERIFY(!db->setPolicy(QStringLiteral("no_such_key"), "1", &error));
            QVERIFY(error.contains(QStringLiteral("unknown policy key")));
            QVERIFY(!db->setPolicy(QStringLiteral("complaint_rate_threshold"), "{oops", &error));
            QVERIFY(error.contains(QStringLiteral("not JSON")));
        }
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QCOMPARE(db->policy().value(QStringLiteral("trusted_reporters")), QByteArray(R"(["spamhaus.org"])"));
        QCOMPARE(db->policy().value(QStringLiteral("hard_bounce_rate_threshold")), QByteArray("0.05"));
        QCOMPARE(rowCount(*db, QStringLiteral("policy")), 1);
    }

    void missingFileIsNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.abusedesk"));
        DatabaseError error;
        QVERIFY(!Database::open(path, Database::OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind(), DatabaseError::Kind::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db
            = Database::open(m_dir.filePath(QStringLiteral("tx.abusedesk")), Database::OpenMode::CreateNew);
        QVERIFY(db);
        const QString insert
            = QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('x', '2026-01-01T00:00:00Z')");
        {
            Transaction tx(db->connection());
            QVERIFY(tx.isActive());
            QVERIFY(QSqlQuery(db->connection()).exec(insert));
            // no commit: the guard rolls back when it goes out of scope
        }
        QCOMPARE(rowCount(*db, QStringLiteral("customers")), 0);
        {
            Transaction tx(db->connection());
            QVERIFY(QSqlQuery(db->connection()).exec(insert));
            QVERIFY(tx.commit());
        }
        QCOMPARE(rowCount(*db, QStringLiteral("customers")), 1);
    }

    void eachThreadHasItsOwnConnection()
    {
        auto db = Database::open(
            m_dir.filePath(QStringLiteral("threads.abusedesk")), Database::OpenMode::CreateNew);
        QVERIFY(db);
        const QString mainName = db->connection().connectionName();
        QString workerName;
        qint64 workerCount = -1;
        QThread *worker = QThread::create([&] {
            workerName = db->connection().connectionName();
            QSqlQuery q(db->connection());
            if (q.exec(QStringLiteral("SELECT count(*) FROM policy")) && q.next())
                workerCount = q.value(0).toLongLong();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QCOMPARE(workerCount, rowCount(*db, QStringLiteral("policy")));

        // Threads that end without releasing their connection, one after another (a new thread
        // often takes the memory of the one before): each still gets a connection of its own.
        QStringList names { mainName, workerName };
        for (int i = 0; i < 40; ++i) {
            QString name;
            bool works = false;
            QThread *next = QThread::create([&] {
                const QSqlDatabase connection = db->connection();
                name = connection.connectionName();
                QSqlQuery q(connection);
                works = connection.isOpen() && q.exec(QStringLiteral("SELECT count(*) FROM policy"))
                    && q.next();
            });
            next->start();
            QVERIFY(next->wait(10000));
            delete next;
            QVERIFY2(works, qPrintable(name));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.append(name);
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
