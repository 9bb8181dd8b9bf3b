// SPDX-License-Identifier: GPL-2.0-or-later
// The evidence bundle of a case on a realistic case database (the demo, seed 7, imported for
// real): read back with KZip, each message is the stored original byte for byte, its SHA-256 (by
// QCryptographicHash, not the program's own hashing) is the manifest's, and the manifests name
// the case, the sources, offsets, imports and who made the bundle when. A failure half-way (bytes
// that no longer match their hash) leaves an earlier bundle untouched and no stray file; a missing
// case or folder is an error naming it.
#include "DemoDatabase.h"
#include "cases/CaseStore.h"
#include "cases/EvidenceBundle.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace abusedesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray entryBytes(const KArchiveDirectory *root, const QString &name)
{
    const KArchiveFile *file = root->file(name);
    return file ? file->data() : QByteArray();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestEvidenceBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = storage::Database::open(
            m_dir.filePath(u"cases.abusedesk"_s), storage::Database::OpenMode::CreateNew);
        QVERIFY(m_db);
        QVERIFY(!testing::importDemo(*m_db, m_dir.filePath(u"demo"_s)).isEmpty());

        // A case of the customer with the most feedback reports: a few of its reports, and one
        // message of every other kind the demo holds, so that mbox and EML sources both appear.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT customer_id FROM messages WHERE kind = 'feedback-report' AND customer_id IS "
                       "NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"_s)
            && q.next());
        m_customer = q.value(0).toLongLong();
        QVERIFY(q.exec(u"SELECT evidence_id FROM messages WHERE kind = 'feedback-report' AND customer_id = "
                       "%1 ORDER BY evidence_id LIMIT 5"_s.arg(m_customer)));
        while (q.next())
            m_evidence.append(q.value(0).toLongLong());
        QVERIFY(
            q.exec(u"SELECT min(evidence_id) FROM messages WHERE kind != 'feedback-report' GROUP BY kind"_s));
        while (q.next())
            m_evidence.append(q.value(0).toLongLong());
        QVERIFY(m_evidence.size() >= 8);
        std::sort(m_evidence.begin(), m_evidence.end()); // the bundle's order

        cases::CaseStore store(*m_db);
        cases::NewCase c;
        c.customerId = m_customer;
        c.category = u"complaint-rate"_s;
        c.severity = 2;
        c.title = u"Complaints, \"quoted\", and a comma"_s;
        c.evidenceIds = m_evidence;
        m_case = store.open(c, u"dana"_s);
        QVERIFY2(m_case > 0, qPrintable(store.lastError()));
    }

    void theBundleHoldsTheOriginalsAndTheirManifest()
    {
        const QString path = m_dir.filePath(u"bundle.zip"_s);
        const common::FixedClock clock(QDateTime(QDate(2027, 1, 15), QTime(9, 30), QTimeZone::UTC));
        cases::EvidenceBundle bundle(*m_db, clock);
        QVERIFY2(bundle.write(m_case, path, u"legal-team"_s), qPrintable(bundle.error()));
        QCOMPARE(bundle.summary().messages.size(), m_evidence.size());

        KZip zip(path);
        QVERIFY2(zip.open(QIODevice::ReadOnly), qPrintable(zip.errorString()));
        const KArchiveDirectory *root = zip.directory();
        const auto *messages = dynamic_cast<const KArchiveDirectory *>(root->entry(u"messages"_s));
        QVERIFY(messages);
        QCOMPARE(messages->entries().size(), m_evidence.size());

        const QJsonObject manifest = QJsonDocument::fromJson(entryBytes(root, u"manifest.json"_s)).object();
        QVERIFY(!manifest.isEmpty());
        const QJsonObject theCase = manifest.value(u"case"_s).toObject();
        QCOMPARE(theCase.value(u"id"_s).toInteger(), m_case);
        QCOMPARE(theCase.value(u"title"_s).toString(), u"Complaints, \"quoted\", and a comma"_s);
        QCOMPARE(theCase.value(u"category"_s).toString(), u"complaint-rate"_s);
        QCOMPARE(theCase.value(u"severity"_s).toInt(), 2);
        QCOMPARE(theCase.value(u"status"_s).toString(), u"open"_s);
        QVERIFY(theCase.value(u"opened_at"_s).toString().endsWith(u'Z'));
        QCOMPARE(theCase.value(u"customer"_s).toObject().value(u"id"_s).toInteger(), m_customer);
        QVERIFY(!theCase.value(u"customer"_s).toObject().value(u"name"_s).toString().isEmpty());
        QVERIFY(!theCase.value(u"customer"_s).toObject().value(u"external_id"_s).toString().isEmpty());
        const QJsonObject made = manifest.value(u"bundle"_s).toObject();
        QCOMPARE(made.value(u"made_at"_s).toString(), u"2027-01-15T09:30:00Z"_s);
        QCOMPARE(made.value(u"made_by"_s).toString(), u"legal-team"_s);
        QCOMPARE(made.value(u"messages"_s).toInteger(), m_evidence.size());
        QSet<qint64> importIds;
        for (const QJsonValue &v : manifest.value(u"imports"_s).toArray()) {
            importIds.insert(v.toObject().value(u"id"_s).toInteger());
            QVERIFY(!v.toObject().value(u"sources"_s).toArray().isEmpty());
            QVERIFY(!v.toObject().value(u"started_at"_s).toString().isEmpty());
        }

        // Each message: the stored bytes, hashed independently, as the manifest says.
        const QJsonArray listed = manifest.value(u"messages"_s).toArray();
        QCOMPARE(listed.size(), m_evidence.size());
        const storage::EvidenceStore store(*m_db);
        QSqlQuery q(m_db->connection());
        qint64 bytes = 0;
        QSet<QString> kinds;
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QJsonObject m = listed.at(i).toObject();
            const QString name = m.value(u"file"_s).toString();
            QVERIFY2(name.startsWith(u"messages/"_s) && name.endsWith(u".eml"_s), qPrintable(name));
            const QByteArray data = entryBytes(root, name);
            const QString sha = m.value(u"sha256"_s).toString();
            QVERIFY(name.contains(sha.left(12)));
            QCOMPARE(
                QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()), sha);
            QCOMPARE(data, store.originalBytes(sha));
            QCOMPARE(m.value(u"size"_s).toInteger(), data.size());
            QCOMPARE(m.value(u"evidence_id"_s).toInteger(), m_evidence.at(i));
            QVERIFY(q.exec(u"SELECT sha256, source_path, source_offset, batch_id, imported_at FROM evidence "
                           "WHERE id = %1"_s.arg(m_evidence.at(i)))
                && q.next());
            QCOMPARE(sha, q.value(0).toString());
            QCOMPARE(m.value(u"source_path"_s).toString(), q.value(1).toString());
            QVERIFY(m.value(u"source_path"_s).toString().startsWith(m_dir.filePath(u"demo"_s)));
            QCOMPARE(m.value(u"source_offset"_s).toInteger(), q.value(2).toLongLong());
            QCOMPARE(m.value(u"import_batch"_s).toInteger(), q.value(3).toLongLong());
            QVERIFY(importIds.contains(q.value(3).toLongLong()));
            QCOMPARE(m.value(u"imported_at"_s).toString(), q.value(4).toString());
            kinds.insert(m.value(u"kind"_s).toString());
            bytes += data.size();
        }
        QVERIFY(kinds.size() >= 3);
        QCOMPARE(made.value(u"bytes"_s).toInteger(), bytes);

        // manifest.csv: a header and one row per message, in the same order, with the same hashes.
        const QList<QByteArray> rows = entryBytes(root, u"manifest.csv"_s).split('\n');
        QCOMPARE(rows.size(), listed.size() + 2); // the last line ends with CRLF too
        QVERIFY(rows.first().startsWith("file,sha256,size,"));
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QList<QByteArray> cells = rows.at(i + 1).trimmed().split(',');
            const QJsonObject m = listed.at(i).toObject();
            QCOMPARE(QString::fromUtf8(cells.at(0)), m.value(u"file"_s).toString());
            QCOMPARE(QString::fromUtf8(cells.at(1)), m.value(u"sha256"_s).toString());
            QCOMPARE(cells.at(2).toLongLong(), m.value(u"size"_s).toInteger());
            QCOMPARE(cells.at(3).toLongLong(), m.value(u"evidence_id"_s).toInteger());
        }
    }

    void aFailureLeavesTheEarlierBundle()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString path = out.filePath(u"case.zip"_s);
        cases::EvidenceBundle bundle(*m_db);
        QVERIFY2(bundle.write(m_case, path, u"dana"_s), qPrintable(bundle.error()));
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());

        // Stored bytes that no longer match their hash stop the bundle half-way.
        const qint64 tampered = m_evidence.at(m_evidence.size() / 2);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE evidence_raw SET raw = raw || X'0A' WHERE evidence_id = %1"_s.arg(tampered)));
        const bool written = bundle.write(m_case, path, u"dana"_s);
        QVERIFY(q.exec(
            u"UPDATE evidence_raw SET raw = substr(raw, 1, length(raw) - 1) WHERE evidence_id = %1"_s.arg(
                tampered)));
        QVERIFY(!written);
        QVERIFY2(bundle.error().contains(path), qPrintable(bundle.error()));
        QVERIFY2(bundle.error().contains(QString::number(tampered)), qPrintable(bundle.error()));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
            QStringList { u"case.zip"_s });

        // The bytes back as they were: the bundle is written again.
        QVERIFY2(bundle.write(m_case, path, u"dana"_s), qPrintable(bundle.error()));
    }

    void aMissingCaseOrFolderIsAnError()
    {
        cases::EvidenceBundle bundle(*m_db);
        const QString path = m_dir.filePath(u"none.zip"_s);
        QVERIFY(!bundle.write(999999, path, u"dana"_s));
        QVERIFY2(bundle.error().contains(u"999999"_s), qPrintable(bundle.error()));
        QVERIFY(!QFile::exists(path));
        const QString nowhere = m_dir.filePath(u"no-such-folder/bundle.zip"_s);
        QVERIFY(!bundle.write(m_case, nowhere, u"dana"_s));
        QVERIFY2(bundle.error().contains(nowhere), qPrintable(bundle.error()));
        QVERIFY(!QFile::exists(nowhere));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    qint64 m_customer = 0;
    qint64 m_case = 0;
    QList<qint64> m_evidence;
};

QTEST_GUILESS_MAIN(TestEvidenceBundle)
#include "tst_evidencebundle.moc"
