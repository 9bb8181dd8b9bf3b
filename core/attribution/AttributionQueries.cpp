// SPDX-License-Identifier: GPL-2.0-or-later
#include "attribution/AttributionQueries.h"

#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace abusedesk::attribution {

namespace {

/// The attribution stored with a message, read from five columns from first on: customer_id,
/// attribution_rule, attribution_value, attribution_identifier, attribution_conflicts.
Attribution storedAttribution(const QSqlQuery &q, int first)
{
    Attribution a;
    a.customerId = q.value(first).toLongLong();
    a.ruleId = q.value(first + 1).toLongLong();
    a.value = q.value(first + 2).toString();
    a.identifierId = q.value(first + 3).toLongLong();
    a.setProblemsJson(q.value(first + 4).toByteArray());
    return a;
}

/// evidence_id, kind, sent_at, from_address, subject: the first five columns.
void readSummary(const QSqlQuery &q, MessageSummary &summary)
{
    summary.evidenceId = q.value(0).toLongLong();
    summary.kind = q.value(1).toString();
    summary.sentAt = q.value(2).toString();
    summary.fromAddress = q.value(3).toString();
    summary.subject = q.value(4).toString();
}

} // namespace

AttributionQueries::AttributionQueries(const storage::Database &database)
    : m_database(database)
    , m_attributor(storage::CustomerStore(database).directory())
{ }

Explanation AttributionQueries::explainEvidence(qint64 evidenceId) const
{
    Explanation e;
    e.itemId = evidenceId;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT facts, customer_id, attribution_rule, attribution_value, attribution_identifier, "
        "attribution_conflicts FROM messages WHERE evidence_id = ?"));
    q.addBindValue(evidenceId);
    if (!q.exec() || !q.next())
        return e;
    e.found = true;
    const ItemFacts facts = ItemFacts::fromMessageFacts(q.value(0).toByteArray());
    const Attribution stored = storedAttribution(q, 1);
    if (stored.ruleId == ManualRule) {
        // An analyst's decision: the rules are not asked.
        e.customerId = stored.customerId;
        if (const CustomerEntry *c = m_attributor.customer(stored.customerId)) {
            e.customerName = c->name;
            e.customerExternalId = c->externalId;
        }
        e.lines = { QCoreApplication::translate("AttributionQueries", "Attributed to %1 by hand by %2")
                .arg(e.customerName, stored.value.isEmpty() ? QStringLiteral("?") : stored.value) };
        e.clues = m_attributor.clues(facts);
        return e;
    }
    // What the rules say now: the same as stored unless rules or identifiers changed since
    // (a re-attribution is then pending or was cancelled).
    const Attribution now = m_attributor.attribute(facts);
    e.stale = !(now == stored);
    e.customerId = now.customerId;
    if (const CustomerEntry *c = m_attributor.customer(now.customerId)) {
        e.customerName = c->name;
        e.customerExternalId = c->externalId;
    }
    e.lines = m_attributor.explain(now, facts.when);
    e.clues = m_attributor.clues(facts);
    return e;
}

Explanation AttributionQueries::explainDelivery(qint64 deliveryId) const
{
    Explanation e;
    e.itemId = deliveryId;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT customer_ref, envelope_sender, sending_ip, time, customer_id FROM deliveries WHERE id = ?"));
    q.addBindValue(deliveryId);
    if (!q.exec() || !q.next())
        return e;
    e.found = true;
    const ItemFacts facts = ItemFacts::forDelivery(
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong());
    const Attribution now = m_attributor.attribute(facts);
    e.stale = now.customerId != q.value(4).toLongLong();
    e.customerId = now.customerId;
    if (const CustomerEntry *c = m_attributor.customer(now.customerId)) {
        e.customerName = c->name;
        e.customerExternalId = c->externalId;
    }
    e.lines = m_attributor.explain(now, facts.when);
    e.clues = m_attributor.clues(facts);
    return e;
}

QList<QueueItem> AttributionQueries::unattributed(int limit) const
{
    QList<QueueItem> out;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT evidence_id, kind, sent_at, from_address, subject, facts, attribution_conflicts "
        "FROM messages WHERE customer_id IS NULL AND kind != 'noise' "
        "ORDER BY evidence_id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        QueueItem item;
        readSummary(q, item);
        item.clues = m_attributor.clues(ItemFacts::fromMessageFacts(q.value(5).toByteArray()));
        item.ambiguous = q.value(6).toByteArray().contains("\"ambiguous\"");
        out.append(item);
    }
    return out;
}

qint64 AttributionQueries::unattributedCount() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(
               QStringLiteral("SELECT count(*) FROM messages WHERE customer_id IS NULL AND kind != 'noise'"))
            && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

qint64 AttributionQueries::disagreementCount() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM messages WHERE customer_id IS NOT NULL AND "
                                 "attribution_conflicts IS NOT NULL"))
            && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

QList<DisagreementItem> AttributionQueries::disagreements(int limit) const
{
    QList<DisagreementItem> out;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT evidence_id, kind, sent_at, from_address, subject, customer_id, attribution_rule, "
        "attribution_value, attribution_identifier, attribution_conflicts, facts FROM messages "
        "WHERE customer_id IS NOT NULL AND attribution_conflicts IS NOT NULL "
        "ORDER BY evidence_id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        DisagreementItem item;
        readSummary(q, item);
        const Attribution stored = storedAttribution(q, 5);
        if (const CustomerEntry *c = m_attributor.customer(stored.customerId))
            item.customerName = c->name;
        item.lines
            = m_attributor.explain(stored, ItemFacts::fromMessageFacts(q.value(10).toByteArray()).when);
        out.append(item);
    }
    return out;
}

QList<MentionRow> AttributionQueries::mentionsOf(qint64 customerId, int limit) const
{
    QList<MentionRow> out;
    QSqlQuery q(m_database.connection());
    // One row per message, its names joined; the customer's own evidence is listed elsewhere.
    q.prepare(QStringLiteral(
        "SELECT n.evidence_id, group_concat(n.value, ', '), m.kind, m.sent_at, m.from_address, "
        "m.subject FROM mentions n JOIN messages m ON m.evidence_id = n.evidence_id "
        "WHERE n.customer_id = ? AND m.customer_id IS NOT n.customer_id "
        "GROUP BY n.evidence_id ORDER BY n.evidence_id DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    return out;
}

QList<RunRow> AttributionQueries::recentRuns(int limit) const
{
    QList<RunRow> out;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, started_at, reason, examined, moved, summary FROM attribution_runs "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        RunRow r { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), {} };
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(5).toByteArray()).array()) {
            const QJsonObject o = v.toObject();
            Move m;
            m.from = o.value(QLatin1String("from")).toInteger();
            m.to = o.value(QLatin1String("to")).toInteger();
            m.messages = o.value(QLatin1String("messages")).toInteger();
            m.deliveries = o.value(QLatin1String("deliveries")).toInteger();
            m.optOuts = o.value(QLatin1String("opt_outs")).toInteger();
            m.listings = o.value(QLatin1String("listings")).toInteger();
            for (const QJsonValue &id : o.value(QLatin1String("examples")).toArray())
                m.exampleEvidence.append(id.toInteger());
            r.moves.append(m);
        }
        out.append(r);
    }
    return out;
}

} // namespace abusedesk::attribution
