// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/DeliveryStore.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace abusedesk::storage {

namespace {

QString placementName(delivery::SeedPlacement placement)
{
    switch (placement) {
    case delivery::SeedPlacement::Inbox:
        return QStringLiteral("inbox");
    case delivery::SeedPlacement::Junk:
        return QStringLiteral("junk");
    case delivery::SeedPlacement::Missing:
        break;
    }
    return QStringLiteral("missing");
}

} // namespace

void AggregateCounts::addDelivery(delivery::DeliveryResult result, QByteArrayView bounceClass, int sign)
{
    // Sent counts what ended (delivered or bounced); a deferral is an attempt, not a mail sent.
    // Expired mail bounced softly: it counts as soft and, apart, as expired.
    switch (result) {
    case delivery::DeliveryResult::Delivered:
        sent += sign;
        delivered += sign;
        break;
    case delivery::DeliveryResult::Deferred:
        deferred += sign;
        break;
    case delivery::DeliveryResult::Expired:
        expired += sign;
        [[fallthrough]];
    case delivery::DeliveryResult::Bounced:
        sent += sign;
        if (bounceClass == "hard")
            hard += sign;
        else if (bounceClass == "spam")
            spam += sign;
        else
            soft += sign;
        break;
    }
}

void StoredDelivery::attribute(const attribution::Attribution &a)
{
    customerId = a.customerId;
    attributionRule = a.ruleId;
    attributionConflict = !a.disagreements.isEmpty();
    aggregateKey = DeliveryStore::dayOf(time) + '\t' + QByteArray::number(customerId) + '\t' + receiver;
}

DeliveryStore::DeliveryStore(const Database &database, const attribution::Attributor *attributor)
    : m_database(database)
    , m_attributor(attributor)
    , m_insertDelivery(database.connection(),
          "INSERT OR IGNORE INTO deliveries (key, batch_id, time, result, recipient, recipient_domain, "
          "receiver, "
          "envelope_sender, sending_ip, customer_ref, campaign, queue_id, message_id, status, reply_code, "
          "diagnostic, remote_mta, bounce_class, reason, source_path, line, customer_id, attribution_rule, "
          "attribution_conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?)")
    , m_insertOptOut(database.connection(),
          "INSERT OR IGNORE INTO opt_outs (key, batch_id, time, customer_ref, recipient, receiver, reason, "
          "source, source_path, line, customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_insertSeed(database.connection(),
          "INSERT OR IGNORE INTO seed_results (key, batch_id, time, campaign, customer_ref, receiver, "
          "placement, source_path, line, customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_insertListing(database.connection(),
          "INSERT OR IGNORE INTO blocklist_listings (key, batch_id, list, target, listed, delisted, note, "
          "source_path, line, customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_upsertAggregate(database.connection(),
          "INSERT INTO daily_aggregates (day, customer_id, receiver, sent, delivered, deferred, hard, soft, "
          "spam, expired, opt_outs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, customer_id, "
          "receiver) "
          "DO UPDATE SET sent = sent + excluded.sent, delivered = delivered + excluded.delivered, "
          "deferred = deferred + excluded.deferred, hard = hard + excluded.hard, soft = soft + "
          "excluded.soft, "
          "spam = spam + excluded.spam, expired = expired + excluded.expired, "
          "opt_outs = opt_outs + excluded.opt_outs")
    , m_insertRejection(database.connection(),
          "INSERT INTO import_rejections (batch_id, source_path, line, reason) VALUES (?, ?, ?, ?)")
    , m_insertFile(database.connection(),
          "INSERT INTO log_files (batch_id, source_path, format, lines, stored, duplicates, rejected) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)")
{ }

QByteArray DeliveryStore::dayOf(qint64 unixSeconds)
{
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm): no QDateTime per record.
    qint64 z = (unixSeconds >= 0 ? unixSeconds : unixSeconds - 86399) / 86400 + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char text[16];
    const int n = std::snprintf(text, sizeof text, "%04lld-%02lld-%02lld", static_cast<long long>(year),
        static_cast<long long>(month), static_cast<long long>(day));
    return QByteArray(text, n);
}

DeliveryStore::Outcome DeliveryStore::run(SqliteStatement &statement)
{
    if (!statement.execute()) {
        m_lastError = statement.lastError();
        return Outcome::Failed;
    }
    return statement.changes() > 0 ? Outcome::Stored : Outcome::Duplicate;
}

StoredDelivery StoredDelivery::encode(const delivery::DeliveryRecord &r, const QByteArray &sourcePath,
    const QString &recipientDomain, const QString &receiver, const QString &bounceClass,
    const QString &reason)
{
    StoredDelivery d;
    d.time = r.time.toSecsSinceEpoch();
    // The parser's key, led by the time: logs arrive in time order, so new keys land at the end
    // of the unique index instead of all over it (random keys made the import slow down as the
    // database grew). The same line still gives the same key.
    const quint32 seconds = quint32(qBound<qint64>(0, d.time, 0xffffffffLL));
    const char prefix[4] = { char(seconds >> 24), char(seconds >> 16), char(seconds >> 8), char(seconds) };
    d.key = QByteArray(prefix, 4) + r.key.left(12);
    d.line = r.line;
    d.result = r.result;
    d.recipient = r.recipient.toUtf8();
    d.recipientDomain = recipientDomain.toUtf8();
    d.receiver = receiver.toUtf8();
    d.envelopeSender = r.envelopeSender.toUtf8();
    d.sendingIp = r.sendingIp.toUtf8();
    d.customer = r.customer.toUtf8();
    d.campaign = r.campaign.toUtf8();
    d.queueId = r.queueId.toUtf8();
    d.messageId = r.messageId.toUtf8();
    d.status = r.status.toUtf8();
    d.replyCode = r.replyCode.toUtf8();
    d.diagnostic = r.diagnostic.toUtf8();
    d.remoteMta = r.remoteMta.toUtf8();
    d.bounceClass = bounceClass.toUtf8();
    d.reason = reason.toUtf8();
    d.sourcePath = sourcePath;
    d.aggregateKey = DeliveryStore::dayOf(d.time) + "\t0\t" + d.receiver;
    return d;
}

DeliveryStore::Counts &DeliveryStore::countsFor(
    qint64 unixSeconds, qint64 customerId, const QString &receiver)
{
    return countsFor(dayOf(unixSeconds) + '\t' + QByteArray::number(customerId) + '\t' + receiver.toUtf8());
}

void DeliveryStore::adjustAggregate(
    const QByteArray &day, qint64 customerId, const QByteArray &receiver, const AggregateCounts &delta)
{
    Counts &c = countsFor(day + '\t' + QByteArray::number(customerId) + '\t' + receiver);
    c.sent += delta.sent;
    c.delivered += delta.delivered;
    c.deferred += delta.deferred;
    c.hard += delta.hard;
    c.soft += delta.soft;
    c.spam += delta.spam;
    c.expired += delta.expired;
    c.optOuts += delta.optOuts;
}

attribution::Attribution DeliveryStore::attributeRef(const QString &customerRef, qint64 when) const
{
    if (!m_attributor)
        return {};
    return m_attributor->attribute(attribution::ItemFacts::forDelivery(customerRef, {}, {}, when));
}

DeliveryStore::Counts &DeliveryStore::countsFor(const QByteArray &aggregateKey)
{
    return m_pending[aggregateKey];
}

DeliveryStore::Outcome DeliveryStore::store(qint64 batchId, const StoredDelivery &d)
{
    static const QByteArray results[] = { "delivered", "deferred", "bounced", "expired" };
    SqliteStatement &s = m_insertDelivery;
    auto textOrNull = [&s](int index, const QByteArray &utf8) {
        if (utf8.isEmpty())
            s.bindNull(index);
        else
            s.bindStaticText(index, QByteArrayView(utf8));
    };
    s.bindBlob(1, d.key);
    s.bindInt(2, batchId);
    s.bindInt(3, d.time);
    s.bindStaticText(4, QByteArrayView(results[int(d.result)]));
    s.bindStaticText(5, QByteArrayView(d.recipient));
    s.bindStaticText(6, QByteArrayView(d.recipientDomain));
    s.bindStaticText(7, QByteArrayView(d.receiver));
    textOrNull(8, d.envelopeSender);
    textOrNull(9, d.sendingIp);
    s.bindStaticText(10, QByteArrayView(d.customer));
    textOrNull(11, d.campaign);
    textOrNull(12, d.queueId);
    textOrNull(13, d.messageId);
    textOrNull(14, d.status);
    textOrNull(15, d.replyCode);
    textOrNull(16, d.diagnostic);
    textOrNull(17, d.remoteMta);
    textOrNull(18, d.bounceClass);
    textOrNull(19, d.reason);
    s.bindStaticText(20, QByteArrayView(d.sourcePath));
    s.bindInt(21, d.line);
    if (d.customerId)
        s.bindInt(22, d.customerId);
    else
        s.bindNull(22);
    s.bindInt(23, d.attributionRule);
    s.bindInt(24, d.attributionConflict ? 1 : 0);
    const Outcome outcome = run(s);
    if (outcome != Outcome::Stored)
        return outcome;
    countsFor(d.aggregateKey).addDelivery(d.result, d.bounceClass);
    return outcome;
}

DeliveryStore::Outcome DeliveryStore::store(
    qint64 batchId, const QString &sourcePath, const delivery::OptOutRecord &o, const QString &receiver)
{
    const qint64 time = o.time.toSecsSinceEpoch();
    SqliteStatement &s = m_insertOptOut;
    s.bindBlob(1, o.key);
    s.bindInt(2, batchId);
    s.bindInt(3, time);
    s.bindText(4, o.customer);
    s.bindText(5, o.recipient);
    s.bindText(6, receiver);
    s.bindTextOrNull(7, o.reason);
    s.bindTextOrNull(8, o.source);
    s.bindText(9, sourcePath);
    s.bindInt(10, o.line);
    const qint64 customer = attributeRef(o.customer, time).customerId;
    if (customer)
        s.bindInt(11, customer);
    else
        s.bindNull(11);
    const Outcome outcome = run(s);
    if (outcome == Outcome::Stored)
        ++countsFor(time, customer, receiver).optOuts;
    return outcome;
}

DeliveryStore::Outcome DeliveryStore::store(
    qint64 batchId, const QString &sourcePath, const delivery::SeedResult &r)
{
    SqliteStatement &s = m_insertSeed;
    s.bindBlob(1, r.key);
    s.bindInt(2, batchId);
    if (r.time.isValid())
        s.bindInt(3, r.time.toSecsSinceEpoch());
    else
        s.bindNull(3);
    s.bindText(4, r.campaign);
    s.bindText(5, r.customer);
    s.bindText(6, r.receiver);
    s.bindText(7, placementName(r.placement));
    s.bindText(8, sourcePath);
    s.bindInt(9, r.line);
    const qint64 customer
        = attributeRef(r.customer, r.time.isValid() ? r.time.toSecsSinceEpoch() : 0).customerId;
    if (customer)
        s.bindInt(10, customer);
    else
        s.bindNull(10);
    return run(s);
}

DeliveryStore::Outcome DeliveryStore::store(
    qint64 batchId, const QString &sourcePath, const delivery::BlocklistListing &l)
{
    SqliteStatement &s = m_insertListing;
    s.bindBlob(1, l.key);
    if (batchId >= 0)
        s.bindInt(2, batchId);
    else
        s.bindNull(2);
    s.bindText(3, l.list);
    s.bindText(4, l.target);
    s.bindInt(5, l.listed.toSecsSinceEpoch());
    if (l.delisted.isValid())
        s.bindInt(6, l.delisted.toSecsSinceEpoch());
    else
        s.bindNull(6);
    s.bindText(7, l.note);
    s.bindTextOrNull(8, sourcePath);
    if (sourcePath.isEmpty())
        s.bindNull(9);
    else
        s.bindInt(9, l.line);
    const qint64 customer = m_attributor
        ? m_attributor->attribute(attribution::ItemFacts::forTarget(l.target, l.listed.toSecsSinceEpoch()))
              .customerId
        : 0;
    if (customer)
        s.bindInt(10, customer);
    else
        s.bindNull(10);
    return run(s);
}

bool DeliveryStore::storeByHand(const delivery::BlocklistListing &l)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO blocklist_listings (key, list, target, listed, delisted, note, customer_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET delisted = excluded.delisted, note = excluded.note"));
    q.addBindValue(l.key);
    q.addBindValue(l.list);
    q.addBindValue(l.target);
    q.addBindValue(l.listed.toSecsSinceEpoch());
    q.addBindValue(l.delisted.isValid() ? QVariant(l.delisted.toSecsSinceEpoch()) : QVariant());
    q.addBindValue(l.note.isNull() ? QStringLiteral("") : l.note); // NOT NULL: no note is an empty one
    const qint64 customer = m_attributor
        ? m_attributor->attribute(attribution::ItemFacts::forTarget(l.target, l.listed.toSecsSinceEpoch()))
              .customerId
        : 0;
    q.addBindValue(customer ? QVariant(customer) : QVariant());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QStringList DeliveryStore::recipientDomains() const
{
    QStringList domains;
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT recipient_domain FROM deliveries UNION SELECT lower(substr(recipient, "
                              "instr(recipient, '@') + 1)) FROM opt_outs")))
        while (q.next())
            domains.append(q.value(0).toString());
    return domains;
}

qint64 DeliveryStore::reassignReceivers(const QHash<QString, QString> &receiverOfDomain)
{
    QSqlQuery q(m_database.connection());
    auto fail = [this, &q] {
        m_lastError = q.lastError().text();
        return -1;
    };
    if (!q.exec(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS new_receivers (domain TEXT PRIMARY KEY, receiver "
                           "TEXT NOT NULL)"))
        || !q.exec(QStringLiteral("DELETE FROM new_receivers")))
        return fail();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO new_receivers (domain, receiver) VALUES (?, ?)"));
    for (auto it = receiverOfDomain.cbegin(); it != receiverOfDomain.cend(); ++it) {
        q.addBindValue(it.key().toLower());
        q.addBindValue(it.value());
        if (!q.exec())
            return fail();
    }
    qint64 changed = 0;
    // opt_outs keeps no recipient_domain: its domain is the part after the "@".
    const std::pair<const char *, const char *> tables[] = { { "deliveries", "t.recipient_domain" },
        { "opt_outs", "lower(substr(t.recipient, instr(t.recipient, '@') + 1))" } };
    for (const auto &[table, domain] : tables) {
        if (!q.exec(QStringLiteral("UPDATE %1 AS t SET receiver = n.receiver FROM new_receivers AS n "
                                   "WHERE n.domain = %2 AND t.receiver != n.receiver")
                    .arg(QLatin1StringView(table), QLatin1StringView(domain))))
            return fail();
        changed += q.numRowsAffected();
    }
    q.exec(QStringLiteral("DELETE FROM new_receivers"));
    return changed;
}

bool DeliveryStore::rebuildAggregates()
{
    QSqlQuery q(m_database.connection());
    const bool ok
        = q.exec(QStringLiteral("DELETE FROM daily_aggregates")) && q.exec(dailyAggregatesRebuildSql());
    if (!ok)
        m_lastError = q.lastError().text();
    m_pending.clear();
    return ok;
}

bool DeliveryStore::flushAggregates()
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        const QList<QByteArray> parts = it.key().split('\t');
        const Counts &c = it.value();
        SqliteStatement &s = m_upsertAggregate;
        s.bindText(1, QByteArrayView(parts.at(0)));
        s.bindText(2, QByteArrayView(parts.at(1)));
        s.bindText(3, QByteArrayView(parts.at(2)));
        s.bindInt(4, c.sent);
        s.bindInt(5, c.delivered);
        s.bindInt(6, c.deferred);
        s.bindInt(7, c.hard);
        s.bindInt(8, c.soft);
        s.bindInt(9, c.spam);
        s.bindInt(10, c.expired);
        s.bindInt(11, c.optOuts);
        if (!s.execute()) {
            m_lastError = s.lastError();
            return false;
        }
    }
    m_pending.clear();
    return true;
}

void DeliveryStore::discardAggregates()
{
    m_pending.clear();
}

void DeliveryStore::recordFile(qint64 batchId, const QString &path, const QString &format, qint64 lines,
    qint64 stored, qint64 duplicates, qint64 rejected)
{
    SqliteStatement &s = m_insertFile;
    s.bindInt(1, batchId);
    s.bindText(2, path);
    s.bindText(3, format);
    s.bindInt(4, lines);
    s.bindInt(5, stored);
    s.bindInt(6, duplicates);
    s.bindInt(7, rejected);
    if (!s.execute())
        m_lastError = s.lastError();
}

void DeliveryStore::recordRejection(
    qint64 batchId, const QString &sourcePath, qint64 line, const QString &reason)
{
    SqliteStatement &s = m_insertRejection;
    s.bindInt(1, batchId);
    s.bindText(2, sourcePath);
    s.bindInt(3, line);
    s.bindText(4, reason);
    if (!s.execute())
        m_lastError = s.lastError();
}

RecipientHistory DeliveryStore::recipientHistory(const QString &recipient, const QString &customerRef) const
{
    RecipientHistory history;
    QSqlQuery q(m_database.connection());
    const QString where = customerRef.isNull() ? QStringLiteral("recipient = ?")
                                               : QStringLiteral("recipient = ? AND customer_ref = ?");
    q.prepare(
        QStringLiteral("SELECT result, time, campaign FROM deliveries WHERE %1 AND result != 'deferred' "
                       "ORDER BY time DESC")
            .arg(where));
    q.addBindValue(recipient.toLower());
    if (!customerRef.isNull())
        q.addBindValue(customerRef);
    if (!q.exec())
        return history;
    while (q.next()) {
        const QDateTime time = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::UTC);
        if (history.messages == 0)
            history.last = time;
        history.first = time;
        ++history.messages;
        if (q.value(0).toString() == QLatin1String("delivered"))
            ++history.delivered;
        const QString campaign = q.value(2).toString();
        if (!campaign.isEmpty() && !history.campaigns.contains(campaign))
            history.campaigns.append(campaign);
    }
    return history;
}

} // namespace abusedesk::storage
