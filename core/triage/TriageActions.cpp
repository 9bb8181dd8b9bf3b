// SPDX-License-Identifier: GPL-2.0-or-later
#include "triage/TriageActions.h"

#include "common/IsoTime.h"
#include "storage/Database.h"
#include "storage/Savepoint.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace abusedesk::triage {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TriageActions)
};

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(id);
    return a;
}

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

/// The attribution row of a message as stored (for the undo of a manual attribution).
struct StoredAttribution
{
    QVariant customer, rule, value, identifier, conflicts;
};

} // namespace

/// What the last action changed, so that undo() can put it back.
struct TriageActions::Previous
{
    QString action; ///< acknowledge, noise, reopen, attribute, open-case, attach
    QList<qint64> ids;
    QHash<qint64, std::pair<QVariant, QVariant>> states; ///< triage_state, triage_at before
    QHash<qint64, StoredAttribution> attributions;
    qint64 caseId = 0; ///< the case opened or attached to
    QList<qint64> attached; ///< the items attach linked (those already linked stay)
    qint64 logId = 0;
    QString description;
};

TriageActions::TriageActions(const storage::Database &database, QString author, const common::Clock &clock)
    : m_database(database)
    , m_author(std::move(author))
    , m_clock(clock)
{ }

TriageActions::~TriageActions() = default;

bool TriageActions::remember(const QString &action, const QList<qint64> &ids)
{
    auto p = std::make_unique<Previous>();
    p->action = action;
    p->ids = ids;
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT triage_state, triage_at, customer_id, attribution_rule, attribution_value, "
                       "attribution_identifier, attribution_conflicts FROM messages WHERE evidence_id = ?"));
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        if (!q.next())
            continue;
        p->states.insert(id, { q.value(0), q.value(1) });
        p->attributions.insert(id, { q.value(2), q.value(3), q.value(4), q.value(5), q.value(6) });
    }
    if (p->states.isEmpty()) {
        m_lastError = Tr::tr("none of the selected items is a stored message");
        return false;
    }
    m_previous = std::move(p);
    return true;
}

qint64 TriageActions::log(const QString &action, const QList<qint64> &ids, const QJsonObject &data)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO triage_log (at, author, action, evidence_ids, data) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(isoUtc(m_clock.now()));
    q.addBindValue(m_author.isNull() ? QStringLiteral("") : m_author);
    q.addBindValue(action);
    q.addBindValue(compact(idsJson(ids)));
    q.addBindValue(compact(data));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool TriageActions::setState(const QList<qint64> &ids, const QString &state, const QString &action)
{
    m_lastError.clear();
    if (ids.isEmpty()) {
        m_lastError = Tr::tr("nothing is selected");
        return false;
    }
    storage::Savepoint sp(m_database.connection());
    if (!remember(action, ids))
        return false;
    QSqlQuery q(m_database.connection());
    // Items in a case stay there: the case decides what happens to them.
    q.prepare(state.isEmpty()
            ? QStringLiteral(
                  "UPDATE messages SET triage_state = NULL, triage_at = NULL WHERE evidence_id = ? AND "
                  "triage_state IN ('acknowledged', 'noise')")
            : QStringLiteral("UPDATE messages SET triage_state = ?, triage_at = ? WHERE evidence_id = ? AND "
                             "triage_state IS NOT 'in-case'"));
    int changed = 0;
    for (const qint64 id : ids) {
        if (!state.isEmpty()) {
            q.addBindValue(state);
            q.addBindValue(isoUtc(m_clock.now()));
        }
        q.addBindValue(id);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            m_previous.reset();
            return false;
        }
        changed += q.numRowsAffected();
    }
    m_previous->logId = log(action, ids, {});
    if (!m_previous->logId || !sp.release()) {
        m_previous.reset();
        return false;
    }
    if (action == QLatin1String("acknowledge"))
        m_lastDescription = Tr::tr("%n item(s) acknowledged", nullptr, changed);
    else if (action == QLatin1String("noise"))
        m_lastDescription = Tr::tr("%n item(s) marked as noise", nullptr, changed);
    else
        m_lastDescription = Tr::tr("%n item(s) back in the queue", nullptr, changed);
    m_previous->description = m_lastDescription;
    return true;
}

bool TriageActions::acknowledge(const QList<qint64> &evidenceIds)
{
    return setState(evidenceIds, QStringLiteral("acknowledged"), QStringLiteral("acknowledge"));
}

bool TriageActions::markNoise(const QList<qint64> &evidenceIds)
{
    return setState(evidenceIds, QStringLiteral("noise"), QStringLiteral("noise"));
}

bool TriageActions::reopen(const QList<qint64> &evidenceIds)
{
    return setState(evidenceIds, QString(), QStringLiteral("reopen"));
}

bool TriageActions::attribute(const QList<qint64> &evidenceIds, qint64 customerId)
{
    m_lastError.clear();
    QSqlQuery c(m_database.connection());
    c.prepare(QStringLiteral("SELECT name FROM customers WHERE id = ?"));
    c.addBindValue(customerId);
    if (!c.exec() || !c.next()) {
        m_lastError = Tr::tr("there is no customer %1").arg(customerId);
        return false;
    }
    const QString name = c.value(0).toString();
    storage::Savepoint sp(m_database.connection());
    if (!remember(QStringLiteral("attribute"), evidenceIds))
        return false;
    // Rule -1: by hand. Re-attribution leaves these alone; the value says who decided.
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("UPDATE messages SET customer_id = ?, attribution_rule = -1, attribution_value = ?, "
                       "attribution_identifier = NULL, attribution_conflicts = NULL WHERE evidence_id = ?"));
    for (const qint64 id : evidenceIds) {
        q.addBindValue(customerId);
        q.addBindValue(m_author);
        q.addBindValue(id);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            m_previous.reset();
            return false;
        }
    }
    m_previous->logId
        = log(QStringLiteral("attribute"), evidenceIds, { { QStringLiteral("customer"), customerId } });
    if (!m_previous->logId || !sp.release()) {
        m_previous.reset();
        return false;
    }
    m_lastDescription = Tr::tr("%n item(s) attributed to %1", nullptr, int(evidenceIds.size())).arg(name);
    m_previous->description = m_lastDescription;
    return true;
}

qint64 TriageActions::openCase(const cases::NewCase &c)
{
    m_lastError.clear();
    storage::Savepoint sp(m_database.connection());
    if (!c.evidenceIds.isEmpty() && !remember(QStringLiteral("open-case"), c.evidenceIds))
        return 0;
    if (c.evidenceIds.isEmpty()) {
        m_previous = std::make_unique<Previous>();
        m_previous->action = QStringLiteral("open-case");
    }
    cases::CaseStore store(m_database, m_clock);
    const qint64 id = store.open(c, m_author);
    if (!id) {
        m_lastError = store.lastError();
        m_previous.reset();
        return 0;
    }
    m_previous->caseId = id;
    m_previous->attached = c.evidenceIds;
    m_previous->logId = log(QStringLiteral("open-case"), c.evidenceIds, { { QStringLiteral("case"), id } });
    if (!m_previous->logId || !sp.release()) {
        m_previous.reset();
        return 0;
    }
    m_lastDescription = Tr::tr("Case %1 opened with %n item(s)", nullptr, int(c.evidenceIds.size())).arg(id);
    m_previous->description = m_lastDescription;
    return id;
}

bool TriageActions::attachToCase(const QList<qint64> &evidenceIds, qint64 caseId)
{
    m_lastError.clear();
    cases::CaseStore store(m_database, m_clock);
    if (!store.find(caseId)) {
        m_lastError = Tr::tr("there is no case %1").arg(caseId);
        return false;
    }
    storage::Savepoint sp(m_database.connection());
    if (!remember(QStringLiteral("attach"), evidenceIds))
        return false;
    // Only the links this action makes are undone.
    const QList<qint64> before = store.evidenceOf(caseId);
    const int added = store.attach(caseId, evidenceIds, m_author);
    if (added < 0) {
        m_lastError = store.lastError();
        m_previous.reset();
        return false;
    }
    for (const qint64 id : evidenceIds)
        if (!before.contains(id))
            m_previous->attached.append(id);
    m_previous->caseId = caseId;
    m_previous->logId = log(QStringLiteral("attach"), evidenceIds, { { QStringLiteral("case"), caseId } });
    if (!m_previous->logId || !sp.release()) {
        m_previous.reset();
        return false;
    }
    m_lastDescription = Tr::tr("%n item(s) attached to case %1", nullptr, added).arg(caseId);
    m_previous->description = m_lastDescription;
    return true;
}

bool TriageActions::canUndo() const
{
    return m_previous != nullptr;
}

QString TriageActions::undoText() const
{
    return m_previous ? Tr::tr("Undo: %1").arg(m_previous->description) : QString();
}

bool TriageActions::undo()
{
    m_lastError.clear();
    if (!m_previous) {
        m_lastError = Tr::tr("there is nothing to undo");
        return false;
    }
    const Previous &p = *m_previous;
    storage::Savepoint sp(m_database.connection());
    cases::CaseStore store(m_database, m_clock);
    if (p.action == QLatin1String("open-case")) {
        if (!store.remove(p.caseId)) {
            m_lastError = store.lastError();
            return false;
        }
    } else if (p.action == QLatin1String("attach") && !p.attached.isEmpty()) {
        if (!store.detach(p.caseId, p.attached, m_author)
            || !store.addEvent(
                p.caseId, QStringLiteral("undo"), m_author, Tr::tr("Undone: %1").arg(p.description))) {
            m_lastError = store.lastError();
            return false;
        }
    }
    QSqlQuery state(m_database.connection());
    state.prepare(
        QStringLiteral("UPDATE messages SET triage_state = ?, triage_at = ? WHERE evidence_id = ?"));
    QSqlQuery attribution(m_database.connection());
    attribution.prepare(
        QStringLiteral("UPDATE messages SET customer_id = ?, attribution_rule = ?, attribution_value "
                       "= ?, attribution_identifier = ?, attribution_conflicts = ? WHERE evidence_id = ?"));
    for (auto it = p.states.cbegin(); it != p.states.cend(); ++it) {
        state.addBindValue(it->first);
        state.addBindValue(it->second);
        state.addBindValue(it.key());
        if (!state.exec()) {
            m_lastError = state.lastError().text();
            return false;
        }
        if (p.action != QLatin1String("attribute"))
            continue;
        const StoredAttribution &a = p.attributions.value(it.key());
        for (const QVariant &v : { a.customer, a.rule, a.value, a.identifier, a.conflicts })
            attribution.addBindValue(v);
        attribution.addBindValue(it.key());
        if (!attribution.exec()) {
            m_lastError = attribution.lastError().text();
            return false;
        }
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE triage_log SET undone_at = ? WHERE id = ?"));
    q.addBindValue(isoUtc(m_clock.now()));
    q.addBindValue(p.logId);
    if (!q.exec() || !sp.release()) {
        m_lastError = q.lastError().text() + sp.lastError();
        return false;
    }
    m_lastDescription = Tr::tr("Undone: %1").arg(p.description);
    m_previous.reset();
    return true;
}

} // namespace abusedesk::triage
