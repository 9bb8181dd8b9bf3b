// SPDX-License-Identifier: GPL-2.0-or-later
#include "attribution/AttributionRun.h"

#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/DeliveryStore.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>
#include <map>

namespace abusedesk::attribution {

namespace {

constexpr int MessagesPerPage = 2048;
constexpr int RecordsPerPage = 50000;

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AttributionRun)
};

delivery::DeliveryResult resultOf(QByteArrayView text)
{
    if (text == "delivered")
        return delivery::DeliveryResult::Delivered;
    if (text == "deferred")
        return delivery::DeliveryResult::Deferred;
    if (text == "expired")
        return delivery::DeliveryResult::Expired;
    return delivery::DeliveryResult::Bounced;
}

struct MessageRow
{
    qint64 id = 0;
    QByteArray facts;
    Attribution stored;
    Attribution fresh;
    QList<Match> mentions;
    bool named = false;
    bool evaluated = false;
};

class Runner
{
public:
    Runner(const storage::Database &database, const AttributionRun::Options &options,
        const AttributionRun::ProgressSink &progress, const AttributionRun::CancelCheck &cancelled)
        : m_database(database)
        , m_options(options)
        , m_progress(progress)
        , m_cancelled(cancelled)
        , m_attributor(storage::CustomerStore(database).directory())
        , m_store(database)
    { }

    RunReport run()
    {
        QElapsedTimer clock;
        clock.start();
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO attribution_runs (started_at, reason) VALUES (?, ?)"));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(m_options.reason);
        if (!q.exec())
            return failed(q.lastError().text());
        m_report.runId = q.lastInsertId().toLongLong();
        countAll();
        const bool ok = messages() && (m_options.messagesOnly || (deliveries() && optOuts() && others()));
        if (!ok && m_report.error.isEmpty() && !m_report.cancelled)
            m_report.error = Tr::tr("attribution stopped");
        for (const auto &[key, move] : m_moves)
            m_report.moves.append(move);
        // Rows a move emptied are dropped (a customer without mail that day has no row).
        q.exec(QStringLiteral(
            "DELETE FROM daily_aggregates WHERE sent = 0 AND delivered = 0 AND deferred = 0 AND "
            "hard = 0 AND soft = 0 AND spam = 0 AND expired = 0 AND opt_outs = 0"));
        q.prepare(QStringLiteral("UPDATE attribution_runs SET finished_at = ?, examined = ?, moved = ?, "
                                 "summary = ? WHERE id = ?"));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(m_report.examined);
        q.addBindValue(m_report.moved);
        q.addBindValue(QString::fromUtf8(movesJson(m_report.moves)));
        q.addBindValue(m_report.runId);
        q.exec();
        m_report.milliseconds = clock.elapsed();
        return m_report;
    }

private:
    RunReport failed(const QString &error)
    {
        m_report.error = error;
        return m_report;
    }

    void countAll()
    {
        QSqlQuery q(m_database.connection());
        if (m_options.messagesOnly && q.exec(QStringLiteral("SELECT count(*) FROM messages")) && q.next()) {
            m_total = q.value(0).toLongLong();
            return;
        }
        if (q.exec(
                QStringLiteral("SELECT (SELECT count(*) FROM messages) + (SELECT max(id) FROM deliveries) + "
                               "(SELECT count(*) FROM opt_outs) + (SELECT count(*) FROM seed_results) + "
                               "(SELECT count(*) FROM blocklist_listings)"))
            && q.next())
            m_total = q.value(0).toLongLong();
    }

    bool stop()
    {
        if (m_cancelled && m_cancelled()) {
            m_report.cancelled = true;
            return true;
        }
        return false;
    }

    void report(qint64 items)
    {
        m_report.examined += items;
        if (m_progress)
            m_progress(m_report.examined, qMax(m_total, m_report.examined));
    }

    Move &move(qint64 from, qint64 to)
    {
        Move &m = m_moves[{ from, to }];
        m.from = from;
        m.to = to;
        return m;
    }

    bool commit(storage::Transaction &t)
    {
        if (!m_store.flushAggregates() || !t.commit()) {
            m_store.discardAggregates();
            m_report.error
                = Tr::tr("cannot save the attributions: %1").arg(m_store.lastError() + t.lastError());
            return false;
        }
        return true;
    }

    bool messages()
    {
        storage::SqliteStatement select(m_database.connection(),
            "SELECT evidence_id, facts, customer_id, attribution_rule, attribution_value, "
            "attribution_identifier, "
            "attribution_conflicts FROM messages WHERE evidence_id > ?1 AND attribution_rule IS NOT -1 "
            "ORDER BY evidence_id LIMIT 2048");
        storage::SqliteStatement update(m_database.connection(),
            "UPDATE messages SET customer_id = ?, attribution_rule = ?, attribution_value = ?, "
            "attribution_identifier = ?, attribution_conflicts = ? WHERE evidence_id = ?");
        storage::SqliteStatement forget(
            m_database.connection(), "DELETE FROM mentions WHERE evidence_id = ?");
        storage::SqliteStatement mention(m_database.connection(),
            "INSERT OR IGNORE INTO mentions (evidence_id, value, customer_id) VALUES (?, ?, ?)");
        qint64 after = 0;
        for (;;) {
            if (stop())
                return false;
            QList<MessageRow> rows;
            rows.reserve(MessagesPerPage);
            select.bindInt(1, after);
            while (select.next()) {
                MessageRow r;
                r.id = select.columnInt(0);
                r.facts = select.columnUtf8(1).toByteArray();
                r.stored.customerId = select.columnInt(2);
                r.evaluated = !select.isNull(3);
                r.stored.ruleId = select.columnInt(3);
                r.stored.value = select.columnText(4);
                r.stored.identifierId = select.columnInt(5);
                r.stored.setProblemsJson(select.columnUtf8(6).toByteArray());
                rows.append(std::move(r));
            }
            select.reset();
            if (rows.isEmpty())
                return true;
            after = rows.constLast().id;
            // Reading the facts is the work: spread over the cores.
            QtConcurrent::blockingMap(rows, [this](MessageRow &r) {
                MessageAttribution m = m_attributor.attributeMessage(r.facts);
                r.fresh = std::move(m.attribution);
                r.named = m.named;
                r.mentions = std::move(m.mentions);
                r.facts.clear();
            });
            storage::Transaction t(m_database.connection());
            for (const MessageRow &r : std::as_const(rows)) {
                if (r.named) {
                    forget.bindInt(1, r.id);
                    (void)forget.execute();
                    for (const Match &m : r.mentions) {
                        mention.bindInt(1, r.id);
                        mention.bindText(2, m.value);
                        if (m.customerId)
                            mention.bindInt(3, m.customerId);
                        else
                            mention.bindNull(3);
                        (void)mention.execute();
                    }
                }
                // A row never evaluated has rule NULL; an evaluated one without a decision has 0.
                if (r.fresh == r.stored && r.evaluated)
                    continue;
                if (r.fresh.customerId)
                    update.bindInt(1, r.fresh.customerId);
                else
                    update.bindNull(1);
                update.bindInt(2, r.fresh.ruleId);
                update.bindTextOrNull(3, r.fresh.value);
                if (r.fresh.identifierId)
                    update.bindInt(4, r.fresh.identifierId);
                else
                    update.bindNull(4);
                const QByteArray problems = r.fresh.problemsJson();
                if (problems.isEmpty())
                    update.bindNull(5);
                else
                    update.bindText(5, QByteArrayView(problems));
                update.bindInt(6, r.id);
                if (!update.execute()) {
                    m_report.error = Tr::tr("cannot save the attributions: %1").arg(update.lastError());
                    return false;
                }
                if (r.fresh == r.stored)
                    continue;
                ++m_report.changed;
                if (r.fresh.customerId != r.stored.customerId) {
                    ++m_report.moved;
                    Move &m = move(r.stored.customerId, r.fresh.customerId);
                    ++m.messages;
                    if (m.exampleEvidence.size() < 5)
                        m.exampleEvidence.append(r.id);
                }
            }
            if (!t.commit()) {
                m_report.error = Tr::tr("cannot save the attributions: %1").arg(t.lastError());
                return false;
            }
            report(rows.size());
        }
    }

    // Reads a table page by page in id order (column 0 the id), each page in one transaction with
    // the aggregate changes it makes; row() handles the current row, false on an error.
    bool pages(storage::SqliteStatement &select, const std::function<bool()> &row)
    {
        qint64 after = 0;
        for (;;) {
            if (stop())
                return false;
            storage::Transaction t(m_database.connection());
            qint64 rows = 0;
            select.bindInt(1, after);
            while (select.next()) {
                ++rows;
                after = select.columnInt(0);
                if (!row()) {
                    select.reset();
                    return false;
                }
            }
            select.reset();
            if (!commit(t))
                return false;
            report(rows);
            if (rows < RecordsPerPage)
                return true;
        }
    }

    bool deliveries()
    {
        storage::SqliteStatement select(m_database.connection(),
            "SELECT id, time, customer_ref, envelope_sender, sending_ip, customer_id, attribution_rule, "
            "attribution_conflict, result, bounce_class, receiver FROM deliveries WHERE id > ? ORDER BY id "
            "LIMIT 50000");
        storage::SqliteStatement update(m_database.connection(),
            "UPDATE deliveries SET customer_id = ?, attribution_rule = ?, attribution_conflict = ? WHERE id "
            "= ?");
        DeliveryAttributor attributor(m_attributor);
        return pages(select, [&] {
            const qint64 time = select.columnInt(1);
            const qint64 oldCustomer = select.columnInt(5);
            const bool evaluated = !select.isNull(6);
            const qint64 oldRule = select.columnInt(6);
            const bool oldConflict = select.columnInt(7) != 0;
            const Attribution &a = attributor.attribute(
                select.columnText(2), select.columnText(3), select.columnText(4), time);
            const bool conflict = !a.disagreements.isEmpty();
            if (evaluated && a.customerId == oldCustomer && a.ruleId == oldRule && conflict == oldConflict)
                return true;
            update.bindInt(4, select.columnInt(0));
            if (a.customerId)
                update.bindInt(1, a.customerId);
            else
                update.bindNull(1);
            update.bindInt(2, a.ruleId);
            update.bindInt(3, conflict ? 1 : 0);
            if (!update.execute()) {
                m_report.error = Tr::tr("cannot save the attributions: %1").arg(update.lastError());
                return false;
            }
            ++m_report.changed;
            if (a.customerId == oldCustomer)
                return true;
            ++m_report.moved;
            ++move(oldCustomer, a.customerId).deliveries;
            const QByteArray day = storage::DeliveryStore::dayOf(time);
            const QByteArray receiver = select.columnUtf8(10).toByteArray();
            storage::AggregateCounts delta;
            delta.addDelivery(resultOf(select.columnUtf8(8)), select.columnUtf8(9));
            m_store.adjustAggregate(day, a.customerId, receiver, delta);
            storage::AggregateCounts minus;
            minus.addDelivery(resultOf(select.columnUtf8(8)), select.columnUtf8(9), -1);
            m_store.adjustAggregate(day, oldCustomer, receiver, minus);
            return true;
        });
    }

    bool optOuts()
    {
        storage::SqliteStatement select(m_database.connection(),
            "SELECT id, time, customer_ref, customer_id, receiver FROM opt_outs WHERE id > ? ORDER BY id "
            "LIMIT 50000");
        storage::SqliteStatement update(
            m_database.connection(), "UPDATE opt_outs SET customer_id = ? WHERE id = ?");
        DeliveryAttributor attributor(m_attributor);
        return pages(select, [&] {
            const qint64 time = select.columnInt(1);
            const qint64 oldCustomer = select.columnInt(3);
            const qint64 customer = attributor.attribute(select.columnText(2), {}, {}, time).customerId;
            if (customer == oldCustomer)
                return true;
            if (customer)
                update.bindInt(1, customer);
            else
                update.bindNull(1);
            update.bindInt(2, select.columnInt(0));
            if (!update.execute()) {
                m_report.error = Tr::tr("cannot save the attributions: %1").arg(update.lastError());
                return false;
            }
            ++m_report.changed;
            ++m_report.moved;
            ++move(oldCustomer, customer).optOuts;
            const QByteArray day = storage::DeliveryStore::dayOf(time);
            const QByteArray receiver = select.columnUtf8(4).toByteArray();
            storage::AggregateCounts one;
            one.optOuts = 1;
            m_store.adjustAggregate(day, customer, receiver, one);
            one.optOuts = -1;
            m_store.adjustAggregate(day, oldCustomer, receiver, one);
            return true;
        });
    }

    // Seed results and blocklist listings: few, no aggregates.
    bool others()
    {
        storage::Transaction t(m_database.connection());
        QSqlQuery q(m_database.connection());
        QSqlQuery update(m_database.connection());
        struct Change
        {
            qint64 id, customer, old;
        };
        QList<Change> changes;
        if (!q.exec(QStringLiteral("SELECT id, time, customer_ref, customer_id FROM seed_results")))
            return failedQuery(q);
        DeliveryAttributor attributor(m_attributor);
        qint64 rows = 0;
        while (q.next()) {
            ++rows;
            const qint64 customer
                = attributor.attribute(q.value(2).toString(), {}, {}, q.value(1).toLongLong()).customerId;
            if (customer != q.value(3).toLongLong())
                changes.append({ q.value(0).toLongLong(), customer, q.value(3).toLongLong() });
        }
        update.prepare(QStringLiteral("UPDATE seed_results SET customer_id = ? WHERE id = ?"));
        for (const Change &c : std::as_const(changes)) {
            update.addBindValue(c.customer ? QVariant(c.customer) : QVariant());
            update.addBindValue(c.id);
            if (!update.exec())
                return failedQuery(update);
            ++m_report.changed;
        }
        changes.clear();
        if (!q.exec(QStringLiteral("SELECT id, target, listed, customer_id FROM blocklist_listings")))
            return failedQuery(q);
        while (q.next()) {
            ++rows;
            const qint64 customer
                = m_attributor.attribute(ItemFacts::forTarget(q.value(1).toString(), q.value(2).toLongLong()))
                      .customerId;
            if (customer != q.value(3).toLongLong())
                changes.append({ q.value(0).toLongLong(), customer, q.value(3).toLongLong() });
        }
        update.prepare(QStringLiteral("UPDATE blocklist_listings SET customer_id = ? WHERE id = ?"));
        for (const Change &c : std::as_const(changes)) {
            update.addBindValue(c.customer ? QVariant(c.customer) : QVariant());
            update.addBindValue(c.id);
            if (!update.exec())
                return failedQuery(update);
            ++m_report.changed;
            ++m_report.moved;
            ++move(c.old, c.customer).listings;
        }
        if (!t.commit()) {
            m_report.error = Tr::tr("cannot save the attributions: %1").arg(t.lastError());
            return false;
        }
        report(rows);
        return true;
    }

    bool failedQuery(const QSqlQuery &q)
    {
        m_report.error = Tr::tr("cannot read or save attributions: %1").arg(q.lastError().text());
        return false;
    }

    const storage::Database &m_database;
    const AttributionRun::Options &m_options;
    const AttributionRun::ProgressSink &m_progress;
    const AttributionRun::CancelCheck &m_cancelled;
    const Attributor m_attributor;
    storage::DeliveryStore m_store;
    RunReport m_report;
    qint64 m_total = 0;
    std::map<std::pair<qint64, qint64>, Move> m_moves;
};

} // namespace

QByteArray movesJson(const QList<Move> &moves)
{
    QJsonArray list;
    for (const Move &m : moves) {
        QJsonArray examples;
        for (qint64 id : m.exampleEvidence)
            examples.append(id);
        list.append(QJsonObject { { QStringLiteral("from"), m.from ? QJsonValue(m.from) : QJsonValue() },
            { QStringLiteral("to"), m.to ? QJsonValue(m.to) : QJsonValue() },
            { QStringLiteral("messages"), m.messages }, { QStringLiteral("deliveries"), m.deliveries },
            { QStringLiteral("opt_outs"), m.optOuts }, { QStringLiteral("listings"), m.listings },
            { QStringLiteral("examples"), examples } });
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

AttributionRun::AttributionRun(const storage::Database &database)
    : m_database(database)
{ }

RunReport AttributionRun::run(
    const Options &options, const ProgressSink &progress, const CancelCheck &cancelled)
{
    Runner runner(m_database, options, progress, cancelled);
    return runner.run();
}

} // namespace abusedesk::attribution
