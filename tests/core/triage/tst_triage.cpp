// SPDX-License-Identifier: GPL-2.0-or-later
// The triage queue, its actions and cases on a realistic case database (the demo, seed 7,
// imported for real): what waits and in which order, the acknowledgement clock at an injected
// time, facets and text search against what the generator planted (expected.json), bulk actions
// and their undo, a case's timeline and the escalation ladder.
#include "DemoDatabase.h"
#include "attribution/AttributionRun.h"
#include "attribution/CustomerCsv.h"
#include "cases/CaseStore.h"
#include "cases/EscalationLadder.h"
#include "common/Clock.h"
#include "findings/Findings.h"
#include "importing/CustomerImport.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "triage/AcknowledgementClock.h"
#include "triage/TriageActions.h"
#include "triage/TriageQueue.h"

#include <QDir>
#include <QFile>
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

qint64 scalar(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = storage::Database::open(
            m_dir.filePath(u"cases.abusedesk"_s), storage::Database::OpenMode::CreateNew);
        QVERIFY(m_db);
        m_expected = testing::importDemo(*m_db, m_dir.filePath(u"demo"_s));
        QVERIFY(!m_expected.isEmpty());
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM messages"_s),
            qint64(m_expected.value(u"messages"_s).toArray().size()));
        // The external id of each customer by database id, to compare with expected.json.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT id, external_id FROM customers"_s));
        while (q.next())
            m_external.insert(q.value(0).toLongLong(), q.value(1).toString());
        m_clock = std::make_unique<common::FixedClock>(
            QDateTime(QDate(2026, 11, 8), QTime(9, 0), QTimeZone::UTC));
    }

    void theQueueHoldsWhatNeedsAHumanInOrder()
    {
        // Every complaint, escalation, notice and unsubscribe request waits one by one; feedback
        // reports wait in clusters that add up to all of them.
        QHash<QString, int> planted;
        for (const QJsonValue &v : m_expected.value(u"messages"_s).toArray())
            ++planted[v.toObject().value(u"kind"_s).toString()];
        triage::TriageQueue queue(*m_db, *m_clock);
        const QList<triage::TriageItem> items = queue.items({});
        QVERIFY2(queue.lastError().isEmpty(), qPrintable(queue.lastError()));
        QHash<QString, int> queued;
        qint64 inClusters = 0;
        for (const triage::TriageItem &it : items) {
            if (it.type == triage::TriageItem::Type::Message)
                ++queued[it.kind];
            else if (it.type == triage::TriageItem::Type::Cluster)
                inClusters += it.count;
        }
        for (const QString &kind :
            { u"escalated-complaint"_s, u"complaint"_s, u"blocklist-notice"_s, u"unsubscribe-request"_s })
            QCOMPARE(queued.value(kind), planted.value(kind));
        QCOMPARE(queued.value(u"feedback-report"_s), 0);
        QCOMPARE(inClusters, qint64(planted.value(u"feedback-report"_s)));
        QVERIFY(planted.value(u"escalated-complaint"_s) > 0);

        // Legal items first (policy), then the groups in the policy's order, oldest first.
        bool legalPart = true;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const triage::TriageItem &it = items.at(i);
            if (!it.legal)
                legalPart = false;
            QVERIFY2(!(it.legal && !legalPart), "a legal item after a non-legal one");
            if (i == 0 || it.legal != items.at(i - 1).legal)
                continue;
            const triage::TriageItem &prev = items.at(i - 1);
            QVERIFY(prev.priority <= it.priority);
            if (prev.priority == it.priority && prev.receivedAt.isValid() && it.receivedAt.isValid())
                QVERIFY(prev.receivedAt <= it.receivedAt);
        }
        int firstNonLegal = 0;
        while (firstNonLegal < items.size() && items.at(firstNonLegal).legal)
            ++firstNonLegal;
        QCOMPARE(items.at(firstNonLegal).kind, u"escalated-complaint"_s);

        // Clusters are per customer, receiver and campaign: every report in one has the cluster's customer.
        QHash<QString, QString> customerOfHash;
        for (const QJsonValue &v : m_expected.value(u"messages"_s).toArray())
            customerOfHash.insert(
                v.toObject().value(u"sha256"_s).toString(), v.toObject().value(u"customer"_s).toString());
        QSqlQuery sha(m_db->connection());
        sha.prepare(u"SELECT sha256 FROM evidence WHERE id = ?"_s);
        for (const triage::TriageItem &it : items) {
            if (it.type != triage::TriageItem::Type::Cluster)
                continue;
            const QList<qint64> members = queue.evidenceOf(it, {});
            QCOMPARE(members.size(), it.count);
            for (const qint64 id : members) {
                sha.addBindValue(id);
                QVERIFY(sha.exec() && sha.next());
                QCOMPARE(customerOfHash.value(sha.value(0).toString()), m_external.value(it.customerId));
            }
        }
    }

    void theAcknowledgementClockCountsDown()
    {
        const QTimeZone utc = QTimeZone::UTC;
        const triage::AcknowledgementClock plain(24, false, utc);
        const QDateTime friday(QDate(2026, 11, 6), QTime(18, 0), utc);
        QCOMPARE(plain.deadline(friday), friday.addDays(1));
        QCOMPARE(plain.secondsLeft(friday, friday.addSecs(23 * 3600)), 3600);
        QCOMPARE(plain.secondsLeft(friday, friday.addSecs(25 * 3600)), -3600);
        QCOMPARE(triage::AcknowledgementClock::describe(-3600), u"overdue by 1 h 0 min"_s);
        QCOMPARE(triage::AcknowledgementClock::describe(5 * 3600 + 20 * 60), u"5 h 20 min left"_s);
        // Business days: Friday 18:00 + 24 h skips the weekend: Monday 18:00.
        const triage::AcknowledgementClock business(24, true, utc);
        QCOMPARE(business.deadline(friday), QDateTime(QDate(2026, 11, 9), QTime(18, 0), utc));
        QCOMPARE(business.deadline(QDateTime(QDate(2026, 11, 7), QTime(10, 0), utc)),
            QDateTime(QDate(2026, 11, 10), QTime(0, 0), utc));

        // In the queue, at the injected time: each complaint's time left is its date + 24 h - now.
        common::FixedClock clock(QDateTime(QDate(2026, 10, 20), QTime(12, 0), utc));
        triage::TriageQueue queue(*m_db, clock);
        int overdue = 0, running = 0;
        for (const triage::TriageItem &it : queue.items({})) {
            const bool complaint = it.kind == u"complaint"_s || it.kind == u"escalated-complaint"_s;
            QCOMPARE(it.needsAnswer, complaint && it.type == triage::TriageItem::Type::Message);
            if (!it.needsAnswer)
                continue;
            QCOMPARE(it.deadline, it.receivedAt.addSecs(24 * 3600));
            QCOMPARE(it.secondsLeft, clock.now().secsTo(it.deadline));
            (it.secondsLeft < 0 ? overdue : running)++;
        }
        QVERIFY(overdue > 0);
        QVERIFY(running > 0);
    }

    void facetsAndSearchNarrowTheQueue()
    {
        triage::TriageQueue queue(*m_db, *m_clock);
        // Per customer: the facet's counts and the filtered queue agree with the plan.
        QHash<QString, int> plantedPerCustomer;
        for (const QJsonValue &v : m_expected.value(u"messages"_s).toArray()) {
            const QJsonObject m = v.toObject();
            if (triage::TriageQueue::queuedKinds().contains(m.value(u"kind"_s).toString()))
                ++plantedPerCustomer[m.value(u"customer"_s).toString()];
        }
        const QList<triage::FacetValue> customers = queue.facet(u"customer"_s, {});
        QVERIFY2(queue.lastError().isEmpty(), qPrintable(queue.lastError()));
        QVERIFY(customers.size() > 3);
        for (const triage::FacetValue &v : customers) {
            const QString external = v.value == u"0"_s ? QString() : m_external.value(v.value.toLongLong());
            QCOMPARE(v.count, qint64(plantedPerCustomer.value(external)));
        }
        // All five facets in one pass agree with each asked alone, with and without a choice made.
        for (const triage::TriageFilter &f : { triage::TriageFilter {},
                 triage::TriageFilter { .customerId = customers.first().value.toLongLong() },
                 triage::TriageFilter {
                     .kind = u"complaint"_s, .receiver = queue.facet(u"receiver"_s, {}).first().value } }) {
            const QHash<QString, QList<triage::FacetValue>> all = queue.facets(f);
            QCOMPARE(all.size(), 5);
            for (auto it = all.cbegin(); it != all.cend(); ++it) {
                const QList<triage::FacetValue> alone = queue.facet(it.key(), f);
                QCOMPARE(it->size(), alone.size());
                for (qsizetype i = 0; i < alone.size(); ++i) {
                    QCOMPARE(it->at(i).value, alone.at(i).value);
                    QCOMPARE(it->at(i).count, alone.at(i).count);
                    QCOMPARE(it->at(i).label, alone.at(i).label);
                }
            }
        }
        const triage::FacetValue busiest = customers.first();
        triage::TriageFilter filter;
        filter.customerId = busiest.value.toLongLong();
        qint64 shown = 0;
        for (const triage::TriageItem &it : queue.items(filter)) {
            if (it.type == triage::TriageItem::Type::Finding)
                continue;
            QCOMPARE(it.customerId, filter.customerId);
            shown += it.type == triage::TriageItem::Type::Cluster ? it.count : 1;
        }
        QCOMPARE(shown, busiest.count);

        // Text: a word of a planted complaint's subject finds exactly the queued messages whose
        // subject, sender or text holds it.
        QString word;
        for (const QJsonValue &v : m_expected.value(u"messages"_s).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(u"kind"_s).toString() == u"escalated-complaint"_s) {
                const QStringList words = m.value(u"facts"_s)
                                              .toObject()
                                              .value(u"original"_s)
                                              .toObject()
                                              .value(u"subject"_s)
                                              .toString()
                                              .split(u' ');
                for (const QString &w : words)
                    if (w.size() > word.size() && w.front().isLetter() && w.back().isLetter())
                        word = w;
                break;
            }
        }
        QVERIFY(!word.isEmpty());
        triage::TriageFilter text;
        text.text = word;
        text.kind = u"escalated-complaint"_s;
        const QList<triage::TriageItem> found = queue.items(text);
        QVERIFY2(queue.lastError().isEmpty(), qPrintable(queue.lastError()));
        QVERIFY(!found.isEmpty());
        for (const triage::TriageItem &it : found)
            QVERIFY2(it.subject.contains(word, Qt::CaseInsensitive)
                    || it.reporter.contains(word, Qt::CaseInsensitive) || rawContains(it.evidenceId, word),
                qPrintable(it.subject));
        // A prefix finds at least as much; nonsense finds nothing; broken syntax is a message.
        text.text = word.left(4) + u"*"_s;
        QVERIFY(queue.items(text).size() >= found.size());
        text.text = u"zzqqxxnothing"_s;
        QVERIFY(queue.items(text).isEmpty());
        QVERIFY(queue.lastError().isEmpty());
        text.text = u"\"unbalanced"_s;
        QVERIFY(queue.items(text).isEmpty());
        QVERIFY(queue.lastError().contains(u"not understood"_s));
        QVERIFY(queue.facets(text).isEmpty());
        QVERIFY(queue.lastError().contains(u"not understood"_s));
    }

    void bulkActionsAreRecordedAndUndone()
    {
        triage::TriageQueue queue(*m_db, *m_clock);
        triage::TriageFilter complaints;
        complaints.kind = u"complaint"_s;
        const QList<triage::TriageItem> before = queue.items(complaints);
        QVERIFY(before.size() >= 4);
        const QList<qint64> two { before.at(0).evidenceId, before.at(1).evidenceId };
        triage::TriageActions actions(*m_db, u"analyst"_s, *m_clock);
        QVERIFY(!actions.canUndo());
        QVERIFY(actions.acknowledge(two));
        QCOMPARE(queue.items(complaints).size(), before.size() - 2);
        QVERIFY(actions.undoText().contains(u"2"_s));
        QVERIFY(actions.undo());
        QCOMPARE(queue.items(complaints).size(), before.size());
        QVERIFY(!actions.canUndo());
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM triage_log WHERE undone_at IS NOT NULL"_s), 1);

        // Noise, then a manual attribution that survives a re-attribution, and its undo.
        QVERIFY(actions.markNoise({ before.at(2).evidenceId }));
        QCOMPARE(queue.items(complaints).size(), before.size() - 1);
        const qint64 target = before.at(3).evidenceId;
        const qint64 other = scalar(*m_db,
            u"SELECT id FROM customers WHERE id IS NOT (SELECT customer_id FROM messages WHERE evidence_id = %1) LIMIT 1"_s
                .arg(target));
        const qint64 was = scalar(
            *m_db, u"SELECT coalesce(customer_id, 0) FROM messages WHERE evidence_id = %1"_s.arg(target));
        QVERIFY(actions.attribute({ target }, other));
        (void)attribution::AttributionRun(*m_db).run({ .reason = u"test"_s });
        QCOMPARE(
            scalar(*m_db, u"SELECT customer_id FROM messages WHERE evidence_id = %1"_s.arg(target)), other);
        QCOMPARE(
            scalar(*m_db, u"SELECT attribution_rule FROM messages WHERE evidence_id = %1"_s.arg(target)), -1);
        QVERIFY(actions.undo());
        QCOMPARE(scalar(*m_db,
                     u"SELECT coalesce(customer_id, 0) FROM messages WHERE evidence_id = %1"_s.arg(target)),
            was);
        QVERIFY(actions.reopen({ before.at(2).evidenceId }));
        QCOMPARE(queue.items(complaints).size(), before.size());

        // Open a case with three items: they leave the queue; undo deletes the case.
        cases::NewCase c;
        c.category = u"direct-complaint"_s;
        c.severity = 2;
        c.title = u"Complaints about a newsletter"_s;
        c.evidenceIds = { before.at(0).evidenceId, before.at(1).evidenceId, before.at(2).evidenceId };
        const qint64 caseId = actions.openCase(c);
        QVERIFY2(caseId > 0, qPrintable(actions.lastError()));
        QCOMPARE(queue.items(complaints).size(), before.size() - 3);
        cases::CaseStore store(*m_db, *m_clock);
        QCOMPARE(store.evidenceOf(caseId).size(), 3);
        QVERIFY(actions.undo());
        QVERIFY(!store.find(caseId));
        QCOMPARE(queue.items(complaints).size(), before.size());

        // Attach to an existing case; its undo unlinks only what it linked.
        const qint64 kept = actions.openCase(c);
        QVERIFY(kept > 0);
        QVERIFY(actions.attachToCase({ before.at(2).evidenceId, before.at(3).evidenceId }, kept));
        QCOMPARE(store.evidenceOf(kept).size(), 4);
        QVERIFY(actions.undo());
        QCOMPARE(store.evidenceOf(kept).size(), 3);
        QCOMPARE(queue.items(complaints).size(), before.size() - 3);
        QVERIFY(!actions.attachToCase({ target }, 999999));
        QVERIFY(!actions.lastError().isEmpty());
    }

    void aCaseKeepsItsTimeline()
    {
        cases::CaseStore store(*m_db, *m_clock);
        const qint64 customer = scalar(*m_db, u"SELECT min(id) FROM customers"_s);
        cases::NewCase c;
        c.customerId = customer;
        c.category = u"complaint-rate"_s;
        c.severity = 2;
        c.title = u"Complaint rate at Postbox"_s;
        QCOMPARE(store.open({ .category = u"nonsense"_s }, u"a"_s), 0);
        QVERIFY(store.lastError().contains(u"nonsense"_s));
        const qint64 id = store.open(c, u"analyst"_s);
        QVERIFY(id > 0);
        m_clock->advance(60);
        QVERIFY(store.addNote(id, u"analyst"_s, u"Called the list owner."_s));
        QVERIFY(!store.addNote(id, u"analyst"_s, u"   "_s));
        QVERIFY(store.addTimeEntry(id, u"analyst"_s, 25, u"reading the reports"_s) > 0);
        QCOMPARE(store.addTimeEntry(id, u"analyst"_s, 0, {}), 0);
        QVERIFY(store.setStatus(id, u"waiting-on-customer"_s, {}, u"analyst"_s));
        QVERIFY(!store.setStatus(id, u"resolved"_s, {}, u"analyst"_s));
        QVERIFY(store.lastError().contains(u"outcome"_s));
        QVERIFY(store.setSeverity(id, 1, u"analyst"_s, u"legal threat"_s));
        QVERIFY(store.setStatus(id, u"resolved"_s, u"educated"_s, u"analyst"_s, u"List cleaned"_s));
        const std::optional<cases::CaseRecord> r = store.find(id);
        QVERIFY(r);
        QCOMPARE(r->status, u"resolved"_s);
        QCOMPARE(r->outcome, u"educated"_s);
        QCOMPARE(r->severity, 1);
        QCOMPARE(r->minutes, 25);
        QVERIFY(r->closedAt.isValid());
        QStringList types;
        for (const cases::CaseEvent &e : store.timeline(id))
            types.append(e.type);
        QCOMPARE(types,
            (QStringList { u"opened"_s, u"note"_s, u"time"_s, u"status"_s, u"severity"_s, u"status"_s }));
        QCOMPARE(store.timeline(id).last().text,
            u"Status: Waiting on customer → Resolved (Educated). List cleaned"_s);
        QVERIFY(store.cases({ .customerId = customer }).size() >= 1);
    }

    void theLadderIsAHistoryOfDecisions()
    {
        cases::EscalationLadder ladder(*m_db, *m_clock);
        QCOMPARE(ladder.steps().size(), 4);
        QCOMPARE(ladder.steps().at(1).status, u"warned"_s);
        const qint64 customer = scalar(*m_db, u"SELECT max(id) FROM customers"_s);
        const cases::LadderPosition start = ladder.positionOf(customer);
        QCOMPARE(start.step, 0);
        QCOMPARE(start.nextLabel, u"Notice"_s);
        QVERIFY(!ladder.decide(customer, 2, {}, u"  "_s, u"analyst"_s));
        QVERIFY(ladder.lastError().contains(u"reason"_s));
        cases::CaseStore store(*m_db, *m_clock);
        const qint64 caseId
            = store.open({ .customerId = customer, .category = u"hard-bounces"_s }, u"analyst"_s);
        QVERIFY(
            ladder.decide(customer, 2, {}, u"Second hard-bounce case in 60 days"_s, u"analyst"_s, caseId));
        const cases::LadderPosition now = ladder.positionOf(customer);
        QCOMPARE(now.step, 2);
        QCOMPARE(now.status, u"warned"_s);
        QCOMPARE(now.stepLabel, u"Warning"_s);
        QVERIFY(!now.movesOn.isEmpty());
        QCOMPARE(scalar(*m_db, u"SELECT status = 'warned' FROM customers WHERE id = %1"_s.arg(customer)), 1);
        const QList<cases::CustomerDecision> history = ladder.history(customer);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().fromStep, 0);
        QCOMPARE(history.first().toStatus, u"warned"_s);
        QCOMPARE(history.first().caseId, caseId);
        QCOMPARE(store.timeline(caseId).last().type, u"ladder"_s);
        QVERIFY(!ladder.decide(customer, 9, {}, u"x"_s, u"analyst"_s));
    }

    void aCustomersFileThatChangesAStatusIsADecision()
    {
        // The customers as exported, with one of them suspended in the file.
        QList<attribution::CustomerRecord> customers = storage::CustomerStore(*m_db).customers();
        const auto active
            = std::find_if(customers.begin(), customers.end(), [](const attribution::CustomerRecord &c) {
                  return c.status == u"active"_s && c.ladderStep == 0;
              });
        QVERIFY(active != customers.end());
        const qint64 customer = active->id;
        active->status = u"suspended"_s;
        const QString path = m_dir.filePath(u"statuses.csv"_s);
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(attribution::CustomerCsv::write(customers));
        csv.close();
        const cases::EscalationLadder ladder(*m_db, *m_clock);
        const qsizetype before = ladder.history(customer).size();
        for (int round = 0; round < 2; ++round) {
            const importing::CustomerImportReport report = importing::importCustomers(*m_db, path);
            QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
            QCOMPARE(report.updated, customers.size());
        }
        // Once, however often the file is read: the second time nothing changes.
        const QList<cases::CustomerDecision> history = ladder.history(customer);
        QCOMPARE(history.size(), before + 1);
        QCOMPARE(history.last().fromStatus, u"active"_s);
        QCOMPARE(history.last().toStatus, u"suspended"_s);
        QVERIFY2(history.last().reason.contains(u"statuses.csv"_s), qPrintable(history.last().reason));
        QCOMPARE(ladder.positionOf(customer).status, u"suspended"_s);
    }

    void findingsAreProposedUntilTakenUp()
    {
        findings::FindingsEngine engine(*m_db);
        const QList<findings::Finding> found = engine.run({});
        QVERIFY(!found.isEmpty());
        triage::TriageQueue queue(*m_db, *m_clock);
        triage::TriageFilter onlyFindings;
        onlyFindings.kind = u"finding"_s;
        QCOMPARE(queue.items(onlyFindings, found).size(), found.size());
        const findings::Finding &f = found.first();
        QVERIFY(!f.key.isEmpty());
        cases::CaseStore store(*m_db, *m_clock);
        const qint64 caseId = store.open(
            { .customerId = f.customerId, .category = u"other"_s, .findingKey = f.key }, u"analyst"_s);
        QCOMPARE(queue.items(onlyFindings, found).size(), found.size() - 1);
        QVERIFY(store.setStatus(caseId, u"closed"_s, u"no-action"_s, u"analyst"_s));
        QCOMPARE(queue.items(onlyFindings, found).size(), found.size());
        QVERIFY(queue.dismissFinding(f.key, u"analyst"_s, u"known, seasonal"_s));
        QCOMPARE(queue.items(onlyFindings, found).size(), found.size() - 1);
        QVERIFY(queue.restoreFinding(f.key));
        QCOMPARE(queue.items(onlyFindings, found).size(), found.size());
    }

private:
    bool rawContains(qint64 evidenceId, const QString &word) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT raw FROM evidence_raw WHERE evidence_id = ?"_s);
        q.addBindValue(evidenceId);
        return q.exec() && q.next()
            && QString::fromUtf8(q.value(0).toByteArray()).contains(word, Qt::CaseInsensitive);
    }

    QTemporaryDir m_dir;
    QJsonObject m_expected;
    std::unique_ptr<storage::Database> m_db;
    QHash<qint64, QString> m_external;
    std::unique_ptr<common::FixedClock> m_clock;
};

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
