// SPDX-License-Identifier: GPL-2.0-or-later
#include "triage/TriageQueue.h"

#include "cases/CaseStore.h"
#include "common/IsoTime.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "triage/AcknowledgementClock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace abusedesk::triage {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TriageQueue)
};

const QString FeedbackCluster = QStringLiteral("feedback-cluster");
const QString FindingGroup = QStringLiteral("finding");

/// The analyst's words as an FTS5 query: plain words must all occur (prefixes with a trailing
/// *); text that already uses FTS5 syntax (quotes, AND/OR/NOT, NEAR, column filters) is passed on.
QString ftsQuery(const QString &text)
{
    static const QRegularExpression syntax(QStringLiteral(R"((["():^]|\b(AND|OR|NOT|NEAR)\b))"));
    const QString trimmed = text.trimmed();
    if (syntax.match(trimmed).hasMatch())
        return trimmed;
    QStringList terms;
    for (const QString &word :
        trimmed.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(QLatin1Char('*'));
        QString bare = prefix ? word.chopped(1) : word;
        bare.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (bare.isEmpty())
            continue;
        terms.append(QLatin1Char('"') + bare + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString()));
    }
    return terms.join(QLatin1Char(' '));
}

struct Where
{
    QStringList clauses;
    QVariantList values;

    void add(const QString &clause, const QVariant &value = {})
    {
        clauses.append(clause);
        if (value.isValid())
            values.append(value);
    }
    [[nodiscard]] QString sql() const { return clauses.join(QStringLiteral(" AND ")); }
};

const QStringList FacetNames { QStringLiteral("kind"), QStringLiteral("customer"),
    QStringLiteral("role_account"), QStringLiteral("reporter"), QStringLiteral("receiver") };

/// The filter as SQL over messages m, leaving out one facet (the one whose values are counted),
/// or all of them ("*").
Where whereOf(const TriageFilter &f, const QString &skip = {})
{
    if (skip == QLatin1String("*")) {
        TriageFilter rest = f;
        rest.customerId = -1;
        rest.roleAccount.clear();
        rest.reporter.clear();
        rest.receiver.clear();
        return whereOf(rest);
    }
    Where w;
    if (!f.includeHandled)
        w.add(QStringLiteral("m.triage_state IS NULL"));
    if (skip != QLatin1String("customer") && f.customerId >= 0) {
        if (f.customerId == 0)
            w.add(QStringLiteral("m.customer_id IS NULL"));
        else
            w.add(QStringLiteral("m.customer_id = ?"), f.customerId);
    }
    if (skip != QLatin1String("role_account") && !f.roleAccount.isEmpty())
        w.add(QStringLiteral("m.role_account = ?"), f.roleAccount);
    if (skip != QLatin1String("reporter") && !f.reporter.isEmpty())
        w.add(QStringLiteral("m.from_address = ?"), f.reporter);
    if (skip != QLatin1String("receiver") && !f.receiver.isEmpty())
        w.add(QStringLiteral("m.receiver = ?"), f.receiver);
    if (f.from.isValid())
        w.add(QStringLiteral("m.sent_at >= ?"), f.from.toString(Qt::ISODate));
    if (f.until.isValid())
        w.add(QStringLiteral("m.sent_at < ?"), f.until.addDays(1).toString(Qt::ISODate));
    if (f.legalOnly)
        w.add(QStringLiteral("m.legal = 1"));
    if (!f.text.trimmed().isEmpty())
        w.add(QStringLiteral("m.evidence_id IN (SELECT rowid FROM message_text WHERE message_text MATCH ?)"),
            ftsQuery(f.text));
    return w;
}

/// A failed query in words: with a search, the search is what was not understood.
QString queryErrorText(const QString &error, const TriageFilter &filter)
{
    return filter.text.trimmed().isEmpty()
        ? error
        : Tr::tr("the search \"%1\" is not understood: %2").arg(filter.text, error);
}

QString queryError(const QSqlQuery &q, const TriageFilter &filter)
{
    return queryErrorText(
        filter.text.trimmed().isEmpty() ? q.lastError().text() : q.lastError().databaseText(), filter);
}

QString placeholders(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(QLatin1Char('\'') + QString(v).replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\''));
    return quoted.join(QStringLiteral(", "));
}

QHash<qint64, QString> customerNames(const storage::Database &database)
{
    QHash<qint64, QString> names;
    QSqlQuery q(database.connection());
    if (q.exec(QStringLiteral("SELECT id, name FROM customers")))
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

bool policyFlag(const storage::Database &database, const QString &key, bool fallback)
{
    const QJsonArray a = QJsonDocument::fromJson("[" + database.policy().value(key) + "]").array();
    return a.isEmpty() || !a.at(0).isBool() ? fallback : a.at(0).toBool();
}

QString kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("escalated-complaint"), QT_TRANSLATE_NOOP("TriageQueue", "Escalated complaint") },
        { QStringLiteral("complaint"), QT_TRANSLATE_NOOP("TriageQueue", "Complaint") },
        { QStringLiteral("feedback-report"), QT_TRANSLATE_NOOP("TriageQueue", "Feedback report") },
        { QStringLiteral("blocklist-notice"), QT_TRANSLATE_NOOP("TriageQueue", "Blocklist notice") },
        { QStringLiteral("unsubscribe-request"), QT_TRANSLATE_NOOP("TriageQueue", "Unsubscribe request") },
    };
    const char *label = labels.value(kind);
    return label ? Tr::tr(label) : kind;
}

} // namespace

TriageQueue::TriageQueue(const storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

const QStringList &TriageQueue::queuedKinds()
{
    static const QStringList kinds { QStringLiteral("escalated-complaint"), QStringLiteral("complaint"),
        QStringLiteral("feedback-report"), QStringLiteral("blocklist-notice"),
        QStringLiteral("unsubscribe-request") };
    return kinds;
}

QStringList TriageQueue::order() const
{
    QStringList out;
    const QJsonArray a
        = QJsonDocument::fromJson(m_database.policy().value(QStringLiteral("triage_order"))).array();
    for (const QJsonValue &v : a)
        if (!v.toString().isEmpty() && !out.contains(v.toString()))
            out.append(v.toString());
    // Whatever the policy leaves out still waits, after the rest.
    for (const QString &g :
        { QStringLiteral("escalated-complaint"), QStringLiteral("complaint"), FeedbackCluster, FindingGroup,
            QStringLiteral("blocklist-notice"), QStringLiteral("unsubscribe-request") })
        if (!out.contains(g))
            out.append(g);
    return out;
}

QList<TriageItem> TriageQueue::items(
    const TriageFilter &filter, const QList<findings::Finding> &findings, int limit) const
{
    m_lastError.clear();
    const QStringList groups = order();
    const bool legalFirst = policyFlag(m_database, QStringLiteral("legal_first"), true);
    const AcknowledgementClock clock = AcknowledgementClock::fromPolicy(m_database);
    const QDateTime now = m_clock.now();
    const QHash<qint64, QString> names = customerNames(m_database);
    QList<TriageItem> out;

    // Messages triaged one by one: every queued kind but feedback reports.
    QStringList kinds;
    for (const QString &k : queuedKinds())
        if (k != QLatin1String("feedback-report") && (filter.kind.isEmpty() || filter.kind == k))
            kinds.append(k);
    if (!kinds.isEmpty()) {
        Where w = whereOf(filter);
        w.add(QStringLiteral("m.kind IN (%1)").arg(placeholders(kinds)));
        QString rank = QStringLiteral("CASE m.kind");
        for (const QString &k : kinds)
            rank += QStringLiteral(" WHEN '%1' THEN %2").arg(k).arg(groups.indexOf(k));
        rank += QStringLiteral(" END");
        // First the order, from the covering index alone; then the rows shown, by id (a queue of a
        // few hundred thousand items must not read each one's row to sort them).
        const QString order
            = QStringLiteral("SELECT m.evidence_id FROM messages m WHERE %1 ORDER BY %2%3, m.sent_at IS "
                             "NULL, m.sent_at, m.evidence_id "
                             "LIMIT %4")
                  .arg(w.sql(), legalFirst ? QStringLiteral("m.legal DESC, ") : QString(), rank)
                  .arg(limit);
        QSqlQuery ids(m_database.connection());
        ids.setForwardOnly(true);
        ids.prepare(order);
        for (const QVariant &v : std::as_const(w.values))
            ids.addBindValue(v);
        if (!ids.exec()) {
            m_lastError = queryError(ids, filter);
            return {};
        }
        QHash<qint64, qsizetype> position;
        QStringList idList;
        while (ids.next()) {
            position.insert(ids.value(0).toLongLong(), position.size());
            idList.append(ids.value(0).toString());
        }
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (!idList.isEmpty()
            && !q.exec(QStringLiteral(
                "SELECT m.evidence_id, m.kind, m.legal, coalesce(m.sent_at, e.imported_at), m.customer_id, "
                "m.role_account, m.from_address, m.receiver, m.campaign, m.subject, m.triage_state "
                "FROM messages m JOIN evidence e ON e.id = m.evidence_id WHERE m.evidence_id IN (%1)")
                    .arg(idList.join(QLatin1Char(','))))) {
            m_lastError = q.lastError().text();
            return {};
        }
        const qsizetype first = out.size();
        out.resize(first + position.size());
        while (!idList.isEmpty() && q.next()) {
            TriageItem it;
            it.type = TriageItem::Type::Message;
            it.evidenceId = q.value(0).toLongLong();
            it.kind = q.value(1).toString();
            it.group = it.kind;
            it.priority = int(groups.indexOf(it.kind));
            it.legal = q.value(2).toBool();
            it.receivedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
            it.customerId = q.value(4).toLongLong();
            it.customerName = names.value(it.customerId);
            it.roleAccount = q.value(5).toString();
            it.reporter = q.value(6).toString();
            it.receiver = q.value(7).toString();
            it.campaign = q.value(8).toString();
            it.subject = q.value(9).toString();
            it.state = q.value(10).toString();
            it.needsAnswer
                = (it.kind == QLatin1String("complaint") || it.kind == QLatin1String("escalated-complaint"))
                && it.state.isEmpty() && it.receivedAt.isValid();
            if (it.needsAnswer) {
                it.deadline = clock.deadline(it.receivedAt);
                it.secondsLeft = now.secsTo(it.deadline);
            }
            it.evidenceIds = { it.evidenceId };
            out[first + position.value(it.evidenceId)] = it;
        }
    }

    if (filter.kind.isEmpty() || filter.kind == FeedbackCluster
        || filter.kind == QLatin1String("feedback-report")) {
        const QList<TriageItem> grouped = clusters(filter);
        if (!m_lastError.isEmpty())
            return {};
        out.append(grouped);
    }

    // Findings: about customers and numbers, not messages; facets that speak of messages leave
    // them out.
    const bool messageFacets = !filter.roleAccount.isEmpty() || !filter.reporter.isEmpty()
        || !filter.text.trimmed().isEmpty() || filter.legalOnly;
    if ((filter.kind.isEmpty() || filter.kind == FindingGroup) && !messageFacets) {
        QSet<QString> dismissed;
        QSqlQuery q(m_database.connection());
        if (q.exec(QStringLiteral("SELECT finding_key FROM finding_dismissals")))
            while (q.next())
                dismissed.insert(q.value(0).toString());
        const cases::CaseStore cases(m_database, m_clock);
        for (const findings::Finding &f : findings) {
            const QString key = f.key;
            if (filter.customerId >= 0 && f.customerId != filter.customerId)
                continue;
            if (!filter.receiver.isEmpty() && f.receiver != filter.receiver)
                continue;
            if (!filter.includeHandled && (dismissed.contains(key) || cases.openCaseForFinding(key)))
                continue;
            TriageItem it;
            it.type = TriageItem::Type::Finding;
            it.group = FindingGroup;
            it.priority = int(groups.indexOf(FindingGroup));
            it.kind = f.kind;
            it.customerId = f.customerId;
            it.customerName = f.customerName;
            it.receiver = f.receiver;
            it.subject = f.summary;
            it.summary = f.summary;
            it.findingKey = key;
            it.count = f.evidenceCount;
            it.ratePercent = f.ratePercent;
            it.evidenceIds = f.evidenceIds;
            it.state = dismissed.contains(key) ? QStringLiteral("dismissed") : QString();
            out.append(it);
        }
    }

    // One order over the three sources: legal first (policy), then the group, then age.
    std::stable_sort(out.begin(), out.end(), [legalFirst](const TriageItem &a, const TriageItem &b) {
        if (legalFirst && a.legal != b.legal)
            return a.legal;
        if (a.priority != b.priority)
            return a.priority < b.priority;
        if (a.receivedAt.isValid() != b.receivedAt.isValid())
            return a.receivedAt.isValid();
        return a.receivedAt < b.receivedAt;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QList<TriageItem> TriageQueue::clusters(const TriageFilter &filter) const
{
    m_lastError.clear();
    const QStringList groups = order();
    const QHash<qint64, QString> names = customerNames(m_database);
    Where w = whereOf(filter);
    w.add(QStringLiteral("m.kind = 'feedback-report'"));
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Grouped by the columns themselves (not expressions) so that the index order serves.
    q.prepare(QStringLiteral(
        "SELECT m.customer_id, m.receiver, m.campaign, count(*), min(m.sent_at), max(m.sent_at), "
        "max(m.evidence_id), max(m.legal) FROM messages m WHERE %1 "
        "GROUP BY m.customer_id, m.receiver, m.campaign")
            .arg(w.sql()));
    for (const QVariant &v : std::as_const(w.values))
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = queryError(q, filter);
        return {};
    }
    QList<TriageItem> out;
    while (q.next()) {
        TriageItem it;
        it.type = TriageItem::Type::Cluster;
        it.group = FeedbackCluster;
        it.priority = int(groups.indexOf(FeedbackCluster));
        it.kind = QStringLiteral("feedback-report");
        it.customerId = q.value(0).toLongLong();
        it.customerName = names.value(it.customerId);
        it.receiver = q.value(1).toString();
        it.campaign = q.value(2).toString();
        it.count = q.value(3).toLongLong();
        it.receivedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        const QString last = q.value(5).toString();
        it.evidenceId = q.value(6).toLongLong();
        it.legal = q.value(7).toBool();
        // The span in days, for the rate below.
        it.deadline = QDateTime::fromString(last, Qt::ISODate);
        out.append(it);
    }

    // Complaint rates: the cluster's reports of the mail its customer delivered to that receiver
    // over the days the reports span.
    QSqlQuery d(m_database.connection());
    d.prepare(
        QStringLiteral("SELECT coalesce(sum(delivered), 0) FROM daily_aggregates WHERE customer_id = ? AND "
                       "receiver = ? AND day >= ? AND day <= ?"));
    const QLocale locale;
    for (TriageItem &it : out) {
        qint64 sent = 0;
        if (it.customerId && it.receivedAt.isValid()) {
            d.addBindValue(it.customerId);
            d.addBindValue(it.receiver);
            d.addBindValue(it.receivedAt.date().toString(Qt::ISODate));
            d.addBindValue(it.deadline.date().toString(Qt::ISODate));
            if (d.exec() && d.next())
                sent = d.value(0).toLongLong();
        }
        it.delivered = sent;
        it.ratePercent = sent > 0 ? 100.0 * double(it.count) / double(sent) : -1;
        const QString who = it.customerName.isEmpty() ? Tr::tr("unattributed mail") : it.customerName;
        const QString campaign = it.campaign.isEmpty() ? QString() : Tr::tr(", campaign %1").arg(it.campaign);
        const QString where = it.receiver.isEmpty() ? Tr::tr("an unknown receiver") : it.receiver;
        it.summary = it.ratePercent >= 0
            ? Tr::tr("%n feedback report(s) about %1 at %2%3: %4 % of %5 delivered", nullptr, int(it.count))
                  .arg(who, where, campaign, locale.toString(it.ratePercent, 'f', 3), locale.toString(sent))
            : Tr::tr("%n feedback report(s) about %1 at %2%3", nullptr, int(it.count))
                  .arg(who, where, campaign);
        it.subject = it.summary;
        it.deadline = QDateTime();
    }
    return out;
}

QList<FacetValue> TriageQueue::facet(const QString &name, const TriageFilter &filter, int limit) const
{
    m_lastError.clear();
    static const QHash<QString, QString> columns {
        { QStringLiteral("kind"), QStringLiteral("m.kind") },
        { QStringLiteral("customer"), QStringLiteral("coalesce(m.customer_id, 0)") },
        { QStringLiteral("role_account"), QStringLiteral("m.role_account") },
        { QStringLiteral("reporter"), QStringLiteral("m.from_address") },
        { QStringLiteral("receiver"), QStringLiteral("m.receiver") },
    };
    const QString column = columns.value(name);
    if (column.isEmpty()) {
        m_lastError = Tr::tr("unknown facet \"%1\"").arg(name);
        return {};
    }
    Where w = whereOf(filter, name);
    QStringList kinds = queuedKinds();
    if (name != QLatin1String("kind") && !filter.kind.isEmpty())
        kinds = { filter.kind == FeedbackCluster ? QStringLiteral("feedback-report") : filter.kind };
    w.add(QStringLiteral("m.kind IN (%1)").arg(placeholders(kinds)));
    w.add(column + QStringLiteral(" IS NOT NULL"));
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1, count(*) FROM messages m WHERE %2 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT %3")
            .arg(column, w.sql())
            .arg(limit));
    for (const QVariant &v : std::as_const(w.values))
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return {};
    }
    const QHash<qint64, QString> names
        = name == QLatin1String("customer") ? customerNames(m_database) : QHash<qint64, QString>();
    QList<FacetValue> out;
    while (q.next()) {
        FacetValue v;
        v.value = q.value(0).toString();
        v.count = q.value(1).toLongLong();
        if (name == QLatin1String("customer"))
            v.label = v.value == QLatin1String("0") ? Tr::tr("Unattributed")
                                                    : names.value(v.value.toLongLong(), v.value);
        else if (name == QLatin1String("kind"))
            v.label = kindLabel(v.value);
        else
            v.label = v.value;
        out.append(v);
    }
    return out;
}

QList<qint64> TriageQueue::evidenceOf(const TriageItem &item, const TriageFilter &filter) const
{
    if (item.type == TriageItem::Type::Message)
        return { item.evidenceId };
    if (item.type == TriageItem::Type::Finding)
        return item.evidenceIds;
    Where w = whereOf(filter);
    w.add(QStringLiteral("m.kind = 'feedback-report'"));
    w.add(QStringLiteral("coalesce(m.customer_id, 0) = ?"), item.customerId);
    // A null QString would bind as NULL, which equals nothing.
    w.add(QStringLiteral("coalesce(m.receiver, '') = ?"),
        item.receiver.isNull() ? QStringLiteral("") : item.receiver);
    w.add(QStringLiteral("coalesce(m.campaign, '') = ?"),
        item.campaign.isNull() ? QStringLiteral("") : item.campaign);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT m.evidence_id FROM messages m WHERE %1 ORDER BY m.evidence_id").arg(w.sql()));
    for (const QVariant &v : std::as_const(w.values))
        q.addBindValue(v);
    QList<qint64> ids;
    if (!q.exec()) {
        m_lastError = queryError(q, filter);
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QHash<QString, QList<FacetValue>> TriageQueue::facets(const TriageFilter &filter, int limit) const
{
    m_lastError.clear();
    Where w = whereOf(filter, QStringLiteral("*"));
    w.add(QStringLiteral("m.kind IN (%1)").arg(placeholders(queuedKinds())));
    // A million rows may pass here: read through SQLite's own API, values as bytes, no QVariant.
    storage::SqliteStatement q(m_database.connection(),
        QStringLiteral(
            "SELECT m.kind, coalesce(m.customer_id, 0), m.role_account, m.from_address, m.receiver "
            "FROM messages m WHERE %1")
            .arg(w.sql())
            .toUtf8()
            .constData());
    if (!q.isValid()) {
        m_lastError = queryErrorText(q.lastError(), filter);
        return {};
    }
    for (qsizetype i = 0; i < w.values.size(); ++i) {
        const QVariant &v = w.values.at(i);
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            q.bindInt(int(i) + 1, v.toLongLong());
        else
            q.bindText(int(i) + 1, v.toString());
    }
    const QString kind = filter.kind == FeedbackCluster ? QStringLiteral("feedback-report") : filter.kind;
    const QString customer = filter.customerId >= 0 ? QString::number(filter.customerId) : QString();
    const QString choices[5] = { kind, customer, filter.roleAccount, filter.reporter, filter.receiver };
    QByteArray wanted[5];
    for (int i = 0; i < 5; ++i)
        wanted[i] = choices[i].toUtf8();
    QHash<QByteArray, qint64> counts[5];
    while (q.next()) {
        QByteArrayView values[5];
        bool matches[5];
        int misses = 0;
        for (int i = 0; i < 5; ++i) {
            values[i] = q.columnUtf8(i);
            matches[i] = choices[i].isEmpty() || values[i] == QByteArrayView(wanted[i]);
            misses += matches[i] ? 0 : 1;
        }
        if (misses > 1)
            continue;
        // A row counts for a facet when it matches every other facet's choice.
        for (int i = 0; i < 5; ++i)
            if ((misses == 0 || !matches[i]) && !values[i].isEmpty())
                ++counts[i][values[i].toByteArray()];
    }
    if (!q.lastError().isEmpty()) {
        m_lastError = queryErrorText(q.lastError(), filter);
        return {};
    }
    const QHash<qint64, QString> names = customerNames(m_database);
    QHash<QString, QList<FacetValue>> out;
    for (int i = 0; i < 5; ++i) {
        QList<FacetValue> list;
        for (auto it = counts[i].cbegin(); it != counts[i].cend(); ++it) {
            FacetValue v;
            v.value = QString::fromUtf8(it.key());
            v.count = it.value();
            if (i == 0)
                v.label = kindLabel(v.value);
            else if (i == 1)
                v.label = v.value == QLatin1String("0") ? Tr::tr("Unattributed")
                                                        : names.value(v.value.toLongLong(), v.value);
            else
                v.label = v.value;
            list.append(v);
        }
        // As SQL orders them: most first, then by value (customer ids as numbers).
        std::sort(list.begin(), list.end(), [i](const FacetValue &a, const FacetValue &b) {
            if (a.count != b.count)
                return a.count > b.count;
            return i == 1 ? a.value.toLongLong() < b.value.toLongLong() : a.value < b.value;
        });
        if (list.size() > limit)
            list.resize(limit);
        out.insert(FacetNames.at(i), list);
    }
    return out;
}

bool TriageQueue::dismissFinding(const QString &key, const QString &author, const QString &reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO finding_dismissals (finding_key, at, author, reason) VALUES (?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(isoUtc(m_clock.now()));
    q.addBindValue(author.isNull() ? QStringLiteral("") : author);
    q.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool TriageQueue::restoreFinding(const QString &key)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM finding_dismissals WHERE finding_key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace abusedesk::triage
