// SPDX-License-Identifier: GPL-2.0-or-later
// The core's item models under QAbstractItemModelTester: the imports model that drives the
// progress panel, and the evidence list that loads page by page from a real case database.
#include "evidence/EvidenceListModel.h"
#include "importing/ImportJobsModel.h"
#include "mail/MessageAnalyzer.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace abusedesk;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importJobsShowProgressAndResult()
    {
        importing::ImportJobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int first = model.addJob({ QStringLiteral("/data/abuse.mbox") }, 0);
        QCOMPARE(model.index(0, importing::ImportJobsModel::ColumnImport).data().toString(),
            QStringLiteral("abuse.mbox"));
        QCOMPARE(model.index(0, importing::ImportJobsModel::ColumnProgress).data().toString(),
            QStringLiteral("counting…"));
        model.setTotalBytes(first, 2'000'000);
        model.updateProgress(first, 1'000'000, 250);
        QCOMPARE(model.index(0, importing::ImportJobsModel::ColumnProgress)
                     .data(importing::ImportJobsModel::ProgressRole)
                     .toInt(),
            500);
        QCOMPARE(model.index(0, importing::ImportJobsModel::ColumnMessages).data().toString(),
            QStringLiteral("250"));
        QCOMPARE(model.runningCount(), 1);

        const int second = model.addJob({ QStringLiteral("/data/a.eml"), QStringLiteral("/data/b.eml") }, 10);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, importing::ImportJobsModel::ColumnImport).data().toString(),
            QStringLiteral("a.eml and 1 more"));

        importing::ImportReport report;
        report.unitsRead = 300;
        report.stored = 280;
        report.duplicates = 20;
        report.rejected.append({ QStringLiteral("/data/abuse.mbox"), 4711, QStringLiteral("empty message") });
        model.finishJob(first, report);
        QCOMPARE(model.state(first), importing::ImportJobsModel::State::Finished);
        QCOMPARE(model.index(1, importing::ImportJobsModel::ColumnResult).data().toString(),
            QStringLiteral("280 stored, 20 duplicates, 1 rejected"));
        QVERIFY(model.report(first));
        QVERIFY(!model.report(second)); // still running
        report.cancelled = true;
        model.finishJob(second, report);
        QCOMPARE(model.state(second), importing::ImportJobsModel::State::Cancelled);
        QCOMPARE(model.runningCount(), 0);
    }

    void evidenceListLoadsPageByPageNewestFirst()
    {
        QTemporaryDir dir;
        auto db = storage::Database::open(
            dir.filePath(QStringLiteral("m.abusedesk")), storage::Database::OpenMode::CreateNew);
        QVERIFY(db);
        {
            storage::EvidenceStore store(*db);
            const qint64 batch = store.beginBatch(QStringLiteral("test"));
            storage::Transaction tx(db->connection());
            for (int i = 0; i < 1200; ++i) {
                storage::NewEvidence e;
                e.bytes = "Subject: message " + QByteArray::number(i) + "\n\nbody\n";
                e.sha256 = mail::MessageAnalyzer::sha256Hex(e.bytes);
                e.sourcePath = QStringLiteral("/data/x.mbox");
                e.offset = i * 100;
                e.kind = QStringLiteral("noise");
                e.subject = QStringLiteral("message %1").arg(i);
                e.factsJson = "{}";
                QCOMPARE(store.store(batch, e), storage::EvidenceStore::Outcome::Stored);
            }
            QVERIFY(tx.commit());
        }
        evidence::EvidenceListModel model(*db);
        QCOMPARE(model.totalCount(), 1200);
        QCOMPARE(model.rowCount(), evidence::EvidenceListModel::PageSize);
        QCOMPARE(model.index(0, evidence::EvidenceListModel::ColumnSubject).data().toString(),
            QStringLiteral("message 1199"));
        // The tester fetches the remaining pages itself, checking every insertion on the way.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1200);
        QCOMPARE(model.index(1199, evidence::EvidenceListModel::ColumnSubject).data().toString(),
            QStringLiteral("message 0"));
        QCOMPARE(model.index(5, 0).data(evidence::EvidenceListModel::KindRole).toString(),
            QStringLiteral("noise"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
