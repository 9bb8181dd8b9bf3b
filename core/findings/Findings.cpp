// SPDX-License-Identifier: GPL-2.0-or-later
#include "findings/Findings.h"

#include "delivery/ReceiverDirectory.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <tuple>

Q_LOGGING_CATEGORY(lcFindings, "abusedesk.findings", QtWarningMsg)

namespace abusedesk::findings {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Findings)
};

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

QString keyOf(const QString &kind, qint64 customerId, const QString &receiver, const QString &target)
{
    return kind + QLatin1Char('|') + QString::number(customerId) + QLatin1Char('|') + receiver
        + QLatin1Char('|') + target;
}

// What ended at a receiver (delivered or bounced) and how much of it was refused as spam.
struct SpamCounts
{
    qint64 ended = 0;
    qint64 spam = 0;

    [[nodiscard]] bool above(double line) const { return spam > line * double(ended); }
    SpamCounts &operator+=(const SpamCounts &o)
    {
        ended += o.ended;
        spam += o.spam;
        return *this;
    }
    SpamCounts &operator-=(const SpamCounts &o)
    {
        ended -= o.ended;
        spam -= o.spam;
        return *this;
    }
};

using Address = std::pair<QString, QString>; // receiver, sending address

// Whether a notice names a listed target: the address or domain itself, or an address in the
// listed range.
bool names(const QJsonObject &named, const QString &target)
{
    const QJsonArray ips = named.value(QStringLiteral("ips")).toArray();
    const QJsonArray domains = named.value(QStringLiteral("domains")).toArray();
    if (ips.contains(target) || domains.contains(target))
        return true;
    if (!target.contains(QLatin1Char('/')))
        return false;
    const auto [network, prefix] = QHostAddress::parseSubnet(target);
    if (network.isNull())
        return false;
    for (const QJsonValue &ip : ips) {
        const QHostAddress address(ip.toString());
        if (!address.isNull() && address.isInSubnet(network, prefix))
            return true;
    }
    return false;
}

// The temporary table of one run's complaints, dropped when the run ends, also when it fails.
class ComplaintsTable
{
public:
    explicit ComplaintsTable(const storage::Database &database)
        : m_database(database)
    {
        drop();
    }
    ~ComplaintsTable() { drop(); }
    ComplaintsTable(const ComplaintsTable &) = delete;
    ComplaintsTable &operator=(const ComplaintsTable &) = delete;

private:
    void drop()
    {
        QSqlQuery(m_database.connection())
            .exec(QStringLiteral("DROP TABLE IF EXISTS temp.findings_complaints"));
    }

    const storage::Database &m_database;
};

} // namespace

FindingsEngine::FindingsEngine(const storage::Database &database)
    : m_database(database)
{ }

const QStringList &FindingsEngine::kinds()
{
    static const QStringList all { QStringLiteral("complaint-rate"), QStringLiteral("hard-bounces"),
        QStringLiteral("spam-bounces"), QStringLiteral("blocklist"), QStringLiteral("spam-trap"),
        QStringLiteral("mailing-after-opt-out"), QStringLiteral("mailing-after-complaint"),
        QStringLiteral("ip-reputation") };
    return all;
}

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
    const int maxIds = qMax(0, options.maximumEvidenceIds);

    const QList<attribution::CustomerRecord> records = store.customers();
    QHash<qint64, const attribution::CustomerRecord *> customers;
    for (const attribution::CustomerRecord &c : records)
        customers.insert(c.id, &c);

    const ComplaintsTable complaintsTable(m_database); // outlives q and its statements
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    bool failed = false;
    // QT_LOGGING_RULES="abusedesk.findings.debug=true" shows what each statement took (with what
    // the caller did with its rows).
    QElapsedTimer clock;
    clock.start();
    QString lastSql;
    auto exec = [&](const QString &sql, const QVariantList &values) {
        if (failed)
            return false;
        qCDebug(lcFindings, "%lld ms: %s", clock.restart(), qPrintable(lastSql.simplified().left(90)));
        lastSql = sql;
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            failed = true;
        }
        return !failed;
    };

    struct Volume
    {
        qint64 delivered = 0, ended = 0, hard = 0, complaints = 0, afterOptOut = 0, afterComplaint = 0;
        QSet<qint64> complaintsFollowed; // evidence ids of the complaints mail went on after
        QList<qint64> trapMessages; // evidence ids
        qint64 trapListings = 0;
    };
    QHash<qint64, Volume> volumes;
    if (exec(QStringLiteral("SELECT customer_id, sum(delivered), sum(sent), sum(hard) FROM daily_aggregates "
                            "WHERE day >= ? AND day <= ? AND customer_id != 0 GROUP BY customer_id"),
            { firstDay, lastDay }))
        while (q.next()) {
            Volume &v = volumes[q.value(0).toLongLong()];
            v.delivered = q.value(1).toLongLong();
            v.ended = q.value(2).toLongLong();
            v.hard = q.value(3).toLongLong();
        }
    // Every complaint before the period's end, once: feedback reports of type abuse (with the
    // recipients they name; none when the provider hides them) and complaints people wrote (their
    // writer). The complaint rate counts the reports of the period; suppression memory asks
    // whether mail reached a complainant afterwards. Sorted by recipient, so that the lookups in
    // the deliveries' recipient index go through it in order. The facts are JSON: read once here.
    exec(QStringLiteral("CREATE TEMP TABLE findings_complaints (customer_id INTEGER, evidence_id INTEGER, at "
                        "INTEGER, fbl INTEGER, recipient TEXT)"),
        {});
    exec(QStringLiteral(
             "INSERT INTO temp.findings_complaints SELECT * FROM ("
             " SELECT m.customer_id, m.evidence_id, CAST(strftime('%s', m.sent_at) AS INTEGER), 1, "
             "lower(r.value)"
             " FROM messages m LEFT JOIN json_each(m.facts, '$.feedback.original_rcpt_to') r"
             " WHERE m.kind = 'feedback-report' AND m.customer_id IS NOT NULL AND +m.sent_at < ?"
             " AND json_extract(m.facts, '$.feedback.type') = 'abuse'"
             " UNION ALL"
             " SELECT customer_id, evidence_id, CAST(strftime('%s', sent_at) AS INTEGER), 0, "
             "lower(from_address)"
             " FROM messages WHERE kind IN ('complaint', 'escalated-complaint') AND customer_id IS NOT NULL"
             " AND from_address IS NOT NULL AND +sent_at < ?) ORDER BY 5"),
        { endDay, endDay });
    QHash<qint64, QSet<qint64>> reports; // customer → the period's feedback reports of type abuse
    if (exec(QStringLiteral(
                 "SELECT customer_id, evidence_id FROM temp.findings_complaints WHERE fbl = 1 AND at >= ?"),
            { begin }))
        while (q.next())
            reports[q.value(0).toLongLong()].insert(q.value(1).toLongLong());
    for (auto it = reports.cbegin(); it != reports.cend(); ++it)
        volumes[it.key()].complaints = it->size();

    // Listings of what a customer held, one per customer and target; a note that names a trap
    // is a spam-trap hit as well.
    struct Listing
    {
        qint64 customerId = 0;
        QString target;
        qint64 count = 0;
        QString lists;
    };
    QList<Listing> listings;
    if (exec(
            QStringLiteral("SELECT customer_id, target, count(*), group_concat(DISTINCT list), "
                           "sum(note LIKE '%trap%') FROM blocklist_listings WHERE customer_id IS NOT NULL "
                           "AND listed < ? AND (delisted IS NULL OR delisted >= ?) GROUP BY 1, 2 ORDER BY 2"),
            { end, begin }))
        while (q.next()) {
            listings.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                q.value(3).toString().replace(QLatin1Char(','), QStringLiteral(", ")) });
            volumes[q.value(0).toLongLong()].trapListings += q.value(4).toLongLong();
        }
    // Notices and complaints whose words say the mail reached spam traps: the full-text index of
    // their subject and text (decoded), attributed and dated in the period.
    if (exec(QStringLiteral(
                 "SELECT customer_id, evidence_id FROM messages WHERE evidence_id IN (SELECT rowid FROM "
                 "message_text WHERE message_text MATCH ?) AND kind IN ('blocklist-notice', "
                 "'complaint', 'escalated-complaint') AND customer_id IS NOT NULL AND sent_at >= ? AND "
                 "sent_at < ? ORDER BY evidence_id"),
            { QStringLiteral(R"({subject body} : ("spam trap"* OR spamtrap* OR "trap address"*))"), firstDay,
                endDay }))
        while (q.next())
            volumes[q.value(0).toLongLong()].trapMessages.append(q.value(1).toLongLong());

    // Mail that ended (delivered or bounced) at a recipient after its opt-out from the same
    // customer: one recipient-index range per opt-out.
    if (exec(QStringLiteral("SELECT o.customer_id, count(DISTINCT d.id) FROM opt_outs o JOIN deliveries d ON "
                            "d.recipient = o.recipient AND d.customer_id = o.customer_id AND d.time > o.time "
                            "AND d.result != 'deferred' WHERE o.customer_id IS NOT NULL AND d.time >= ? AND "
                            "d.time < ? GROUP BY o.customer_id"),
            { begin, end }))
        while (q.next())
            volumes[q.value(0).toLongLong()].afterOptOut = q.value(1).toLongLong();

    // The same after a complaint, from any time before. CROSS JOIN keeps the complaints outside:
    // the planner would otherwise walk the period's deliveries.
    if (exec(QStringLiteral(
                 "SELECT c.customer_id, c.evidence_id, d.id FROM temp.findings_complaints c CROSS JOIN "
                 "deliveries d INDEXED BY deliveries_recipient ON d.recipient = c.recipient AND d.time > "
                 "c.at AND d.time >= ? AND d.time < ? AND d.customer_id = c.customer_id AND d.result != "
                 "'deferred' WHERE c.recipient IS NOT NULL"),
            { begin, end })) {
        QHash<qint64, QSet<qint64>> deliveries;
        while (q.next()) {
            const qint64 customer = q.value(0).toLongLong();
            deliveries[customer].insert(q.value(2).toLongLong());
            volumes[customer].complaintsFollowed.insert(q.value(1).toLongLong());
        }
        for (auto it = deliveries.cbegin(); it != deliveries.cend(); ++it)
            volumes[it.key()].afterComplaint = it->size();
    }

    // Spam refusals per customer and receiver from the daily aggregates. They do not keep the
    // sending address; where enough was refused to mean anything, the period's deliveries are
    // read for it: first the refusals alone (which addresses, which customers), then all the mail
    // that left from the addresses in question. No index serves either, so each is one pass over
    // the period's deliveries (in table order when the period is most of what is stored).
    const double spamLine = policyFraction(m_database, QStringLiteral("spam_bounce_rate_threshold"), 0.05);
    QHash<qint64, QMap<QString, SpamCounts>> spamAt; // customer → receiver → counts
    qint64 refusedInAll = 0;
    if (exec(QStringLiteral("SELECT customer_id, receiver, sum(sent), sum(spam) FROM daily_aggregates WHERE "
                            "day >= ? AND day <= ? AND customer_id != 0 GROUP BY 1, 2 HAVING sum(spam) > 0"),
            { firstDay, lastDay }))
        while (q.next()) {
            const SpamCounts counts { q.value(2).toLongLong(), q.value(3).toLongLong() };
            spamAt[q.value(0).toLongLong()].insert(q.value(1).toString(), counts);
            refusedInAll += counts.spam;
        }
    QString access = QStringLiteral("INDEXED BY deliveries_time");
    QMap<Address, QMap<qint64, qint64>> refusedFrom; // (receiver, address) → customer → refusals
    if (refusedInAll >= options.minimumSpamBounces) {
        if (exec(QStringLiteral(
                     "SELECT (SELECT min(time) FROM deliveries), (SELECT max(time) FROM deliveries)"),
                {})
            && q.next()) {
            const qint64 first = q.value(0).toLongLong();
            const qint64 last = q.value(1).toLongLong();
            if (qMin(last + 1, end) - qMax(first, begin) > (last - first + 1) / 4)
                access = QStringLiteral("NOT INDEXED");
        }
        if (exec(QStringLiteral(
                     "SELECT receiver, sending_ip, customer_id, count(*) FROM deliveries %1 WHERE time >= "
                     "? AND time < ? AND result IN ('bounced', 'expired') AND bounce_class = 'spam' AND "
                     "sending_ip IS NOT NULL AND customer_id IS NOT NULL GROUP BY 1, 2, 3")
                     .arg(access),
                { begin, end }))
            while (q.next())
                refusedFrom[{ q.value(0).toString(), q.value(1).toString() }].insert(
                    q.value(2).toLongLong(), q.value(3).toLongLong());
    }
    QMap<Address, QMap<qint64, SpamCounts>> byAddress; // (receiver, address) → customer → counts
    auto readAddresses = [&](const QSet<QString> &addresses) {
        QStringList list(addresses.cbegin(), addresses.cend());
        list.sort();
        if (exec(QStringLiteral(
                     "SELECT receiver, sending_ip, customer_id, sum(result != 'deferred'), sum(result IN "
                     "('bounced', 'expired') AND bounce_class = 'spam') FROM deliveries %1 WHERE time >= ? "
                     "AND time < ? AND sending_ip IN (SELECT value FROM json_each(?)) AND customer_id IS "
                     "NOT NULL GROUP BY 1, 2, 3")
                     .arg(access),
                { begin, end,
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact)) }))
            while (q.next())
                byAddress[{ q.value(0).toString(), q.value(1).toString() }].insert(
                    q.value(2).toLongLong(), { q.value(3).toLongLong(), q.value(4).toLongLong() });
    };
    // Read in one pass: the addresses at least two customers' mail was refused from, enough in
    // all at one receiver (their reputation is in question), and those the refused mail of a
    // customer above the line at a receiver left from (to compare it with the others there).
    QSet<QString> suspects;
    for (auto it = refusedFrom.cbegin(); it != refusedFrom.cend(); ++it) {
        qint64 refused = 0;
        for (const qint64 n : *it)
            refused += n;
        if (it->size() >= 2 && refused >= options.minimumSpamBounces)
            suspects.insert(it.key().second);
        for (auto c = it->cbegin(); c != it->cend(); ++c) {
            const SpamCounts there = spamAt.value(c.key()).value(it.key().first);
            if (there.spam >= options.minimumSpamBounces && there.above(spamLine))
                suspects.insert(it.key().second);
        }
    }
    if (!suspects.isEmpty())
        readAddresses(suspects);
    if (failed)
        return {};

    const QLocale locale;
    QList<Finding> reputation;
    QSet<Address> reputationProblems;
    for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it) {
        SpamCounts total;
        QList<qint64> judged;
        bool all = true;
        for (auto c = it->cbegin(); c != it->cend(); ++c) {
            total += c.value();
            if (c.value().ended < options.minimumAddressVolume)
                continue; // too little to say anything about the address
            judged.append(c.key());
            all = all && c.value().above(spamLine);
        }
        if (judged.size() < 2 || !all || total.spam < options.minimumSpamBounces)
            continue;
        reputationProblems.insert(it.key());
        Finding f;
        f.kind = QStringLiteral("ip-reputation");
        f.receiver = it.key().first;
        f.target = it.key().second;
        f.key = keyOf(f.kind, 0, f.receiver, f.target);
        std::sort(judged.begin(), judged.end(), [&](qint64 a, qint64 b) {
            const auto *ca = customers.value(a);
            const auto *cb = customers.value(b);
            return (ca ? ca->name : QString()) < (cb ? cb->name : QString());
        });
        for (const qint64 id : std::as_const(judged)) {
            const attribution::CustomerRecord *c = customers.value(id);
            f.affectedCustomerIds.append(id);
            f.affectedCustomers.append(!c     ? QString::number(id)
                    : c->externalId.isEmpty() ? c->name
                                              : c->externalId);
        }
        f.count = total.spam;
        f.volume = total.ended;
        f.ratePercent = 100.0 * total.spam / total.ended;
        f.thresholdPercent = 100.0 * spamLine;
        f.evidenceCount = total.spam;
        f.summary
            = Tr::tr("all %1 customers sending from %2 to %3 had their mail refused as spam: %4 of %5 "
                     "messages (%6 %): the reputation of the address, not one customer's mail")
                  .arg(locale.toString(judged.size()), f.target, f.receiver, locale.toString(total.spam),
                      locale.toString(total.ended), percent(f.ratePercent));
        reputation.append(f);
    }
    std::sort(reputation.begin(), reputation.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.target, a.receiver) < std::tie(b.target, b.receiver);
    });

    // One customer's spam refusals at a receiver, less what it sent from addresses with a
    // reputation problem there; compared with the other customers' mail from the addresses its
    // refused mail left from (read above, unless only leaving out an address's mail put it above
    // the line).
    struct SpamProblem
    {
        SpamCounts own;
        QStringList addresses;
    };
    QMap<std::pair<qint64, QString>, SpamProblem> spamProblems; // (customer, receiver)
    for (auto c = spamAt.cbegin(); c != spamAt.cend(); ++c) {
        for (auto r = c->cbegin(); r != c->cend(); ++r) {
            if (r->spam < options.minimumSpamBounces)
                continue;
            SpamProblem problem { r.value(), {} };
            for (auto a = byAddress.lowerBound({ r.key(), QString() });
                a != byAddress.cend() && a.key().first == r.key(); ++a) {
                if (reputationProblems.contains(a.key()))
                    problem.own -= a->value(c.key());
            }
            if (problem.own.spam < options.minimumSpamBounces || !problem.own.above(spamLine))
                continue;
            for (auto a = refusedFrom.lowerBound({ r.key(), QString() });
                a != refusedFrom.cend() && a.key().first == r.key(); ++a) {
                if (!a->contains(c.key()) || reputationProblems.contains(a.key()))
                    continue;
                problem.addresses.append(a.key().second);
            }
            spamProblems.insert({ c.key(), r.key() }, problem);
        }
    }

    // The stored bounces of a customer in the period, by recipient class (and receiver for spam),
    // read once per customer that needs them.
    const delivery::ReceiverDirectory directory(m_database);
    struct Bounces
    {
        QList<qint64> hard;
        QMap<QString, QList<qint64>> spamAt;
    };
    QHash<qint64, Bounces> bounces;
    auto bouncesOf = [&](qint64 customer) -> const Bounces & {
        if (const auto it = bounces.constFind(customer); it != bounces.cend())
            return *it;
        Bounces &b = bounces[customer];
        if (exec(QStringLiteral(
                     "SELECT DISTINCT m.evidence_id, json_extract(r.value, '$.class'), "
                     "json_extract(r.value, '$.address') FROM messages m, json_each(m.facts, "
                     "'$.recipients') r WHERE m.customer_id = ? AND m.kind = 'bounce' AND m.sent_at "
                     ">= ? AND m.sent_at < ? ORDER BY 1"),
                { customer, firstDay, endDay }))
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                const QString cls = q.value(1).toString();
                if (cls == QLatin1String("hard")) {
                    if (b.hard.isEmpty() || b.hard.constLast() != id)
                        b.hard.append(id);
                } else if (cls == QLatin1String("spam")) {
                    const QString receiver
                        = directory.receiverOf(delivery::ReceiverDirectory::domainOf(q.value(2).toString()))
                              .name;
                    QList<qint64> &ids = b.spamAt[receiver];
                    if (ids.isEmpty() || ids.constLast() != id)
                        ids.append(id);
                }
            }
        return b;
    };
    auto capped = [maxIds](QList<qint64> ids) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        if (ids.size() > maxIds)
            ids.resize(maxIds);
        return ids;
    };
    // Blocklist notices of the customers, for the listings and traps they are about.
    struct Notice
    {
        qint64 id;
        QJsonObject named;
    };
    QHash<qint64, QList<Notice>> notices;
    if (!listings.isEmpty()
        && exec(
            QStringLiteral("SELECT evidence_id, customer_id, json_extract(facts, '$.named') FROM messages "
                           "WHERE kind = 'blocklist-notice' AND customer_id IS NOT NULL AND +sent_at >= ? "
                           "AND +sent_at < ? ORDER BY evidence_id"),
            { firstDay, endDay }))
        while (q.next())
            notices[q.value(1).toLongLong()].append(
                { q.value(0).toLongLong(), QJsonDocument::fromJson(q.value(2).toByteArray()).object() });

    const double complaintLine
        = policyFraction(m_database, QStringLiteral("complaint_rate_threshold"), 0.001);
    auto complaintRateAbove = [&](const Volume &v) {
        return v.delivered >= options.minimumDelivered && v.complaints > complaintLine * v.delivered;
    };
    const double hardLine = policyFraction(m_database, QStringLiteral("hard_bounce_rate_threshold"), 0.05);
    QList<Finding> out;
    for (const attribution::CustomerRecord &c : records) {
        const Volume v = volumes.value(c.id);
        auto finding = [&](const QString &kind, const QString &receiver = {}, const QString &target = {}) {
            Finding f;
            f.kind = kind;
            f.key = keyOf(kind, c.id, receiver, target);
            f.customerId = c.id;
            f.customerName = c.name;
            f.customerExternalId = c.externalId;
            f.receiver = receiver;
            f.target = target;
            return f;
        };
        if (complaintRateAbove(v)) {
            Finding f = finding(QStringLiteral("complaint-rate"));
            f.count = v.complaints;
            f.volume = v.delivered;
            f.ratePercent = 100.0 * v.complaints / v.delivered;
            f.thresholdPercent = 100.0 * complaintLine;
            f.evidenceCount = v.complaints;
            const QSet<qint64> ids = reports.value(c.id);
            f.evidenceIds = capped(QList<qint64>(ids.cbegin(), ids.cend()));
            f.summary
                = Tr::tr("%1 feedback-loop complaints on %2 delivered messages: %3 %, above the %4 % line")
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
            f.evidenceIds = capped(bouncesOf(c.id).hard);
            f.summary = Tr::tr(
                "%1 hard bounces (unknown users and domains) of %2 messages: %3 %, above the %4 % line")
                            .arg(locale.toString(v.hard), locale.toString(v.ended), percent(f.ratePercent),
                                percent(f.thresholdPercent));
            out.append(f);
        }
        for (auto it = spamProblems.lowerBound({ c.id, QString() });
            it != spamProblems.cend() && it.key().first == c.id; ++it) {
            const QString &receiver = it.key().second;
            const SpamCounts &own = it->own;
            SpamCounts peers;
            for (const QString &address : it->addresses) {
                const QMap<qint64, SpamCounts> there = byAddress.value({ receiver, address });
                for (auto peer = there.cbegin(); peer != there.cend(); ++peer) {
                    if (peer.key() != c.id)
                        peers += peer.value();
                }
            }
            Finding f = finding(QStringLiteral("spam-bounces"), receiver);
            f.count = own.spam;
            f.volume = own.ended;
            f.ratePercent = 100.0 * own.spam / own.ended;
            f.thresholdPercent = 100.0 * spamLine;
            f.evidenceCount = own.spam;
            f.evidenceIds = capped(bouncesOf(c.id).spamAt.value(receiver));
            QString comparison;
            if (peers.ended >= options.minimumAddressVolume && !peers.above(spamLine))
                comparison
                    = Tr::tr("other customers sending from the same addresses to %1 were fine (%2 of %3 "
                             "refused): likely its content or its domains")
                          .arg(receiver, locale.toString(peers.spam), locale.toString(peers.ended));
            else if (peers.ended >= options.minimumAddressVolume)
                comparison
                    = Tr::tr("other customers sending from the same addresses to %1 were refused too (%2 "
                             "of %3)")
                          .arg(receiver, locale.toString(peers.spam), locale.toString(peers.ended));
            else if (!it->addresses.isEmpty())
                comparison = Tr::tr("no other customer sent from the same addresses to %1").arg(receiver);
            else
                comparison = Tr::tr("the logs do not name the addresses it sent from");
            f.summary = Tr::tr("%1 of %2 messages to %3 were refused as spam: %4 %, above the %5 % line; %6")
                            .arg(locale.toString(own.spam), locale.toString(own.ended), receiver,
                                percent(f.ratePercent), percent(f.thresholdPercent), comparison);
            out.append(f);
        }
        for (const Listing &l : std::as_const(listings)) {
            if (l.customerId != c.id)
                continue;
            Finding f = finding(QStringLiteral("blocklist"), QString(), l.target);
            f.count = l.count;
            f.evidenceCount = l.count;
            for (const Notice &n : notices.value(c.id))
                if (names(n.named, l.target))
                    f.evidenceIds.append(n.id);
            f.evidenceIds = capped(f.evidenceIds);
            f.summary = Tr::tr("%1, which it held, listed on %2 in the period").arg(l.target, l.lists);
            out.append(f);
        }
        if (v.trapListings > 0 || !v.trapMessages.isEmpty()) {
            Finding f = finding(QStringLiteral("spam-trap"));
            f.count = v.trapListings + v.trapMessages.size();
            f.evidenceCount = f.count;
            f.evidenceIds = capped(v.trapMessages);
            f.summary = Tr::tr(
                "its mail reached spam traps: %1 blocklist listings and %2 notices or reports say so")
                            .arg(locale.toString(v.trapListings), locale.toString(v.trapMessages.size()));
            out.append(f);
        }
        if (v.afterOptOut > 0) {
            Finding f = finding(QStringLiteral("mailing-after-opt-out"));
            f.count = v.afterOptOut;
            f.evidenceCount = v.afterOptOut;
            f.summary = Tr::tr("%1 messages reached recipients after they had opted out")
                            .arg(locale.toString(v.afterOptOut));
            out.append(f);
        }
        if (v.afterComplaint > 0) {
            Finding f = finding(QStringLiteral("mailing-after-complaint"));
            f.count = v.afterComplaint;
            f.evidenceCount = v.afterComplaint;
            f.evidenceIds = capped(QList<qint64>(v.complaintsFollowed.cbegin(), v.complaintsFollowed.cend()));
            f.summary
                = Tr::tr("%1 messages reached recipients after they had complained (%2 complaints, through "
                         "a feedback loop or in writing)")
                      .arg(locale.toString(v.afterComplaint), locale.toString(v.complaintsFollowed.size()));
            out.append(f);
        }
    }
    qCDebug(lcFindings, "%lld ms: %s", clock.restart(), qPrintable(lastSql.simplified().left(90)));
    if (failed)
        return {};
    out += reputation;
    return out;
}

} // namespace abusedesk::findings
