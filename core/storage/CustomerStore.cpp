// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/CustomerStore.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace abusedesk::attribution {

const QStringList &CustomerRecord::statuses()
{
    static const QStringList all { QStringLiteral("active"), QStringLiteral("warned"),
        QStringLiteral("suspended"), QStringLiteral("terminated") };
    return all;
}

} // namespace abusedesk::attribution

namespace abusedesk::storage {

using namespace attribution;

namespace {

QStringList jsonStrings(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        if (v.isString())
            out.append(v.toString());
    return out;
}

QVariant nullable(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

CustomerStore::CustomerStore(const Database &database)
    : m_database(database)
{ }

Directory CustomerStore::directory() const
{
    Directory d;
    for (const CustomerRecord &c : customers()) {
        d.customers.append({ c.id, c.externalId, c.name, c.contacts });
        d.identifiers += c.identifiers;
    }
    d.rules = rules();
    const QMap<QString, QByteArray> policy = m_database.policy();
    d.ownDomains = jsonStrings(policy.value(QStringLiteral("own_domains")));
    d.ownNetworks = jsonStrings(policy.value(QStringLiteral("own_networks")));
    return d;
}

QList<CustomerRecord> CustomerStore::customers() const
{
    QList<CustomerRecord> out;
    QHash<qint64, int> index;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT id, external_id, name, status, ladder_step, monthly_revenue_cents, currency, "
            "contacts, notes FROM customers ORDER BY name COLLATE NOCASE, id"))) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        CustomerRecord c;
        c.id = q.value(0).toLongLong();
        c.externalId = q.value(1).toString();
        c.name = q.value(2).toString();
        c.status = q.value(3).toString();
        c.ladderStep = q.value(4).toInt();
        c.revenueCents = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        c.currency = q.value(6).toString();
        c.contacts = jsonStrings(q.value(7).toByteArray());
        c.notes = q.value(8).toString();
        index.insert(c.id, int(out.size()));
        out.append(c);
    }
    if (!q.exec(QStringLiteral(
            "SELECT id, customer_id, kind, header, value, valid_from, valid_until, shared, note "
            "FROM customer_identifiers ORDER BY customer_id, id"))) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        Identifier id;
        id.id = q.value(0).toLongLong();
        id.customerId = q.value(1).toLongLong();
        const std::optional<IdentifierKind> kind = identifierKindFromName(q.value(2).toString());
        if (!kind || !index.contains(id.customerId))
            continue;
        id.kind = *kind;
        id.header = q.value(3).toString();
        id.value = q.value(4).toString();
        id.validFrom = q.value(5).toLongLong();
        id.validUntil = q.value(6).toLongLong();
        id.shared = q.value(7).toBool();
        id.note = q.value(8).toString();
        out[index.value(id.customerId)].identifiers.append(id);
    }
    return out;
}

std::optional<CustomerRecord> CustomerStore::customer(qint64 id) const
{
    for (const CustomerRecord &c : customers())
        if (c.id == id)
            return c;
    return std::nullopt;
}

bool CustomerStore::save(CustomerRecord &c)
{
    QSqlQuery q(m_database.connection());
    auto fail = [&] {
        m_lastError = q.lastError().text();
        return false;
    };
    if (c.id == 0 && !c.externalId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM customers WHERE external_id = ?"));
        q.addBindValue(c.externalId);
        if (!q.exec())
            return fail();
        if (q.next())
            c.id = q.value(0).toLongLong();
    }
    const QByteArray contacts
        = QJsonDocument(QJsonArray::fromStringList(c.contacts)).toJson(QJsonDocument::Compact);
    if (c.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO customers (external_id, name, status, ladder_step, monthly_revenue_cents, "
            "currency, contacts, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(
            QStringLiteral("UPDATE customers SET external_id = ?, name = ?, status = ?, ladder_step = ?, "
                           "monthly_revenue_cents = ?, currency = ?, contacts = ?, notes = ? WHERE id = ?"));
    }
    q.addBindValue(nullableText(c.externalId));
    q.addBindValue(c.name);
    q.addBindValue(c.status);
    q.addBindValue(c.ladderStep);
    q.addBindValue(c.revenueCents >= 0 ? QVariant(c.revenueCents) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(c.currency);
    q.addBindValue(QString::fromUtf8(contacts));
    q.addBindValue(c.notes.isNull() ? QStringLiteral("") : c.notes); // NOT NULL
    if (c.id == 0)
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    else
        q.addBindValue(c.id);
    if (!q.exec())
        return fail();
    if (c.id == 0)
        c.id = q.lastInsertId().toLongLong();

    q.prepare(QStringLiteral("DELETE FROM customer_identifiers WHERE customer_id = ?"));
    q.addBindValue(c.id);
    if (!q.exec())
        return fail();
    q.prepare(
        QStringLiteral("INSERT INTO customer_identifiers (customer_id, kind, header, value, valid_from, "
                       "valid_until, shared, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (Identifier &id : c.identifiers) {
        id.customerId = c.id;
        q.addBindValue(c.id);
        q.addBindValue(identifierKindName(id.kind));
        q.addBindValue(nullableText(id.header));
        q.addBindValue(id.value);
        q.addBindValue(nullable(id.validFrom));
        q.addBindValue(nullable(id.validUntil));
        q.addBindValue(id.shared ? 1 : 0);
        q.addBindValue(id.note.isNull() ? QStringLiteral("") : id.note);
        if (!q.exec())
            return fail();
        id.id = q.lastInsertId().toLongLong();
    }
    return true;
}

bool CustomerStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM customers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QList<Rule> CustomerStore::rules() const
{
    QList<Rule> out;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, position, kind, header, pattern, enabled FROM attribution_rules "
                               "ORDER BY position, id"))) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const std::optional<RuleKind> kind = ruleKindFromName(q.value(2).toString());
        if (!kind)
            continue;
        out.append({ q.value(0).toLongLong(), q.value(1).toInt(), *kind, q.value(3).toString(),
            q.value(4).toString(), q.value(5).toBool() });
    }
    return out;
}

bool CustomerStore::saveRules(const QList<Rule> &rules)
{
    for (const Rule &r : rules)
        if (const QString problem = r.problem(); !problem.isEmpty()) {
            m_lastError = problem;
            return false;
        }
    QSqlQuery q(m_database.connection());
    QList<qint64> kept;
    int position = 0;
    for (const Rule &r : rules) {
        ++position;
        if (r.id)
            q.prepare(QStringLiteral("UPDATE attribution_rules SET position = ?, kind = ?, header = ?, "
                                     "pattern = ?, enabled = ? WHERE id = ?"));
        else
            q.prepare(QStringLiteral("INSERT INTO attribution_rules (position, kind, header, pattern, "
                                     "enabled) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(position);
        q.addBindValue(ruleKindName(r.kind));
        q.addBindValue(nullableText(r.header));
        q.addBindValue(nullableText(r.pattern));
        q.addBindValue(r.enabled ? 1 : 0);
        if (r.id)
            q.addBindValue(r.id);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        kept.append(r.id ? r.id : q.lastInsertId().toLongLong());
    }
    QStringList ids;
    for (qint64 id : kept)
        ids.append(QString::number(id));
    if (!q.exec(QStringLiteral("DELETE FROM attribution_rules WHERE id NOT IN (%1)")
                .arg(ids.join(QLatin1Char(','))))) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QDate CustomerStore::lastDataDay() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT max(d) FROM (SELECT max(day) AS d FROM daily_aggregates "
                               "UNION ALL SELECT max(substr(sent_at, 1, 10)) FROM messages)"))
        || !q.next())
        return {};
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}

QHash<qint64, CustomerFigures> CustomerStore::figures(QDate from, QDate until) const
{
    QHash<qint64, CustomerFigures> out;
    const QString first = from.toString(Qt::ISODate);
    const QString last = until.toString(Qt::ISODate);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT customer_id, sum(delivered), sum(sent), sum(hard) FROM daily_aggregates "
                             "WHERE day BETWEEN ? AND ? AND customer_id != 0 GROUP BY customer_id"));
    q.addBindValue(first);
    q.addBindValue(last);
    if (q.exec())
        while (q.next()) {
            CustomerFigures &f = out[q.value(0).toLongLong()];
            f.customerId = q.value(0).toLongLong();
            f.delivered = q.value(1).toLongLong();
            f.sent = q.value(2).toLongLong();
            f.hard = q.value(3).toLongLong();
        }
    // sent_at is ISO 8601 UTC text: the days as a half-open text range use the messages_sent index.
    q.prepare(QStringLiteral(
        "SELECT customer_id, count(*), sum(kind = 'feedback-report' AND json_extract(facts, "
        "'$.feedback.type') = "
        "'abuse') FROM messages WHERE sent_at >= ? AND sent_at < ? AND customer_id IS NOT NULL "
        "AND kind IN ('feedback-report', 'complaint', 'escalated-complaint') GROUP BY customer_id"));
    q.addBindValue(first);
    q.addBindValue(until.addDays(1).toString(Qt::ISODate));
    if (q.exec())
        while (q.next()) {
            CustomerFigures &f = out[q.value(0).toLongLong()];
            f.customerId = q.value(0).toLongLong();
            f.complaints = q.value(1).toLongLong();
            f.fblComplaints = q.value(2).toLongLong();
        }
    if (q.lastError().isValid())
        m_lastError = q.lastError().text();
    return out;
}

} // namespace abusedesk::storage
