// SPDX-License-Identifier: GPL-2.0-or-later
#include "findings/Findings.h"

#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace abusedesk::findings {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Findings", text);
}

double policyFraction(const storage::Database &db, const QString &key, double fallback)
{
    const QJsonArray value = QJsonDocument::fromJson("[" + db.policy().value(key) + "]").array();
    const double v = value.isEmpty() ? -1 : value.at(0).toDouble(-1);
    return v > 0 ? v : fallback;
}

qint64 startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', value < 1 ? 3 : 2);
}

} // namespace

FindingsEngine::FindingsEngine(const storage::Database &database)
    : m_database(database)
{ }

QList<Finding> FindingsEngine::run(const FindingsOptions &options)
{
    m_lastError.clear();
    const storage::CustomerStore store(m_database);
    m_until = options.until.isValid() ? options.until : store.lastDataDay();
    if (!m_until.isValid())
        return {};
    m_from = options.from.isValid() ? options.from : m_until.addDays(-29);
    const qint64 begin = startOf(m_from);
    const qint64 end = startOf(m_until.addDays(1)); // excluded
    const QString firstDay = m_from.toString(Qt::ISODate);
    const QString lastDay = m_until.toString(Qt::ISODate);
    const QString endDay = m_until.addDays(1).toString(Qt::ISODate);

    QMap<qint64, const attribution::CustomerRecord *> customers;
    const QList<attribution::CustomerRecord> records = store.customers();
    for (const attribution::CustomerRecord &c : records)
        customers.insert(c.id, &c);

    struct Volume
    {
        qint64 delivered = 0, ended = 0, hard = 0, complaints = 0, listings = 0, afterOptOut = 0;
    };
    QMap<qint64, Volume> volumes;
    QSqlQuery q(m_database.connection());
    auto fail = [this, &q] {
        m_lastError = q.lastError().text();
        return QList<Finding>();
    };
    q.prepare(QStringLiteral("SELECT customer_id, sum(delivered), sum(sent), sum(hard) FROM daily_aggregates "
                             "WHERE day >= ? AND day <= ? AND customer_id != 0 GROUP BY customer_id"));
    q.addBindValue(firstDay);
    q.addBindValue(lastDay);
    if (!q.exec())
        return fail();
    while (q.next()) {
        Volume &v = volumes[q.value(0).toLongLong()];
        v.delivered = q.value(1).toLongLong();
        v.ended = q.value(2).toLongLong();
        v.hard = q.value(3).toLongLong();
    }
    q.prepare(
        QStringLiteral("SELECT customer_id, count(*) FROM messages WHERE sent_at >= ? AND sent_at < ? AND "
                       "customer_id IS NOT NULL AND kind = 'feedback-report' AND "
                       "json_extract(facts, '$.feedback.type') = 'abuse' GROUP BY customer_id"));
    q.addBindValue(firstDay);
    q.addBindValue(endDay);
    if (!q.exec())
        return fail();
    while (q.next())
        volumes[q.value(0).toLongLong()].complaints = q.value(1).toLongLong();
    q.prepare(
        QStringLiteral("SELECT customer_id, count(*) FROM blocklist_listings WHERE customer_id IS NOT NULL "
                       "AND listed < ? AND (delisted IS NULL OR delisted >= ?) GROUP BY customer_id"));
    q.addBindValue(end);
    q.addBindValue(begin);
    if (!q.exec())
        return fail();
    while (q.next())
        volumes[q.value(0).toLongLong()].listings = q.value(1).toLongLong();
    // Mail that ended (delivered or bounced) at a recipient after its opt-out from the same
    // customer: one recipient-index range per opt-out.
    q.prepare(QStringLiteral(
        "SELECT o.customer_id, count(DISTINCT d.id) FROM opt_outs o JOIN deliveries d ON d.recipient = "
        "o.recipient "
        "AND d.customer_id = o.customer_id AND d.time > o.time AND d.result != 'deferred' "
        "WHERE o.customer_id IS NOT NULL AND d.time >= ? AND d.time < ? GROUP BY o.customer_id"));
    q.addBindValue(begin);
    q.addBindValue(end);
    if (!q.exec())
        return fail();
    while (q.next())
        volumes[q.value(0).toLongLong()].afterOptOut = q.value(1).toLongLong();

    const double complaintLine
        = policyFraction(m_database, QStringLiteral("complaint_rate_threshold"), 0.001);
    const double hardLine = policyFraction(m_database, QStringLiteral("hard_bounce_rate_threshold"), 0.05);
    const QLocale locale;
    QList<Finding> out;
    for (const attribution::CustomerRecord &c : records) {
        const Volume v = volumes.value(c.id);
        auto finding = [&](const QString &kind) {
            Finding f;
            f.kind = kind;
            f.customerId = c.id;
            f.customerName = c.name;
            f.customerExternalId = c.externalId;
            f.key = kind + QLatin1Char(':') + QString::number(c.id);
            return f;
        };
        if (v.delivered >= options.minimumDelivered && v.complaints > complaintLine * v.delivered) {
            Finding f = finding(QStringLiteral("complaint-rate"));
            f.count = v.complaints;
            f.volume = v.delivered;
            f.ratePercent = 100.0 * v.complaints / v.delivered;
            f.thresholdPercent = 100.0 * complaintLine;
            f.evidenceCount = v.complaints;
            f.summary = tr("%1 feedback-loop complaints on %2 delivered messages: %3 %, above the %4 % line")
                            .arg(locale.toString(v.complaints), locale.toString(v.delivered),
                                percent(f.ratePercent), percent(f.thresholdPercent));
            out.append(f);
        }
        if (v.ended > 0 && v.hard > hardLine * v.ended) {
            Finding f = finding(QStringLiteral("hard-bounces"));
            f.count = v.hard;
            f.volume = v.ended;
            f.ratePercent = 100.0 * v.hard / v.ended;
            f.thresholdPercent = 100.0 * hardLine;
            f.evidenceCount = v.hard;
            f.summary
                = tr("%1 hard bounces (unknown users and domains) of %2 messages: %3 %, above the %4 % line")
                      .arg(locale.toString(v.hard), locale.toString(v.ended), percent(f.ratePercent),
                          percent(f.thresholdPercent));
            out.append(f);
        }
        if (v.listings > 0) {
            Finding f = finding(QStringLiteral("blocklist"));
            f.count = v.listings;
            f.evidenceCount = v.listings;
            f.summary = tr("blocklist listings of an address or domain it held when listed: %1")
                            .arg(locale.toString(v.listings));
            out.append(f);
        }
        if (v.afterOptOut > 0) {
            Finding f = finding(QStringLiteral("mailing-after-opt-out"));
            f.count = v.afterOptOut;
            f.evidenceCount = v.afterOptOut;
            f.summary = tr("%1 messages reached recipients after they had opted out")
                            .arg(locale.toString(v.afterOptOut));
            out.append(f);
        }
    }
    return out;
}

} // namespace abusedesk::findings
