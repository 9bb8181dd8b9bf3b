// SPDX-License-Identifier: GPL-2.0-or-later
#include "cases/CaseStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"
#include "storage/Savepoint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace abusedesk::cases {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)
};

QDateTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/// Qt binds a null QString as SQL NULL; the NOT NULL text columns take an empty text instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(id);
    return a;
}

} // namespace

CaseStore::CaseStore(const storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

const QStringList &CaseStore::categories()
{
    static const QStringList list { QStringLiteral("complaint-rate"), QStringLiteral("hard-bounces"),
        QStringLiteral("spam-bounces"), QStringLiteral("direct-complaint"),
        QStringLiteral("escalated-complaint"), QStringLiteral("blocklist"), QStringLiteral("spam-trap"),
        QStringLiteral("unsubscribe-failure"), QStringLiteral("purchased-list"),
        QStringLiteral("mailing-after-opt-out"), QStringLiteral("legal"), QStringLiteral("other") };
    return list;
}

const QStringList &CaseStore::statuses()
{
    static const QStringList list { QStringLiteral("open"), QStringLiteral("waiting-on-customer"),
        QStringLiteral("resolved"), QStringLiteral("closed") };
    return list;
}

const QStringList &CaseStore::outcomes()
{
    static const QStringList list { QStringLiteral("educated"), QStringLiteral("warned"),
        QStringLiteral("suspended"), QStringLiteral("terminated"), QStringLiteral("no-action") };
    return list;
}

QString CaseStore::categoryLabel(const QString &category)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("complaint-rate"), QT_TRANSLATE_NOOP("CaseStore", "Complaint rate") },
        { QStringLiteral("hard-bounces"), QT_TRANSLATE_NOOP("CaseStore", "Hard bounces") },
        { QStringLiteral("spam-bounces"), QT_TRANSLATE_NOOP("CaseStore", "Spam bounces") },
        { QStringLiteral("direct-complaint"), QT_TRANSLATE_NOOP("CaseStore", "Direct complaint") },
        { QStringLiteral("escalated-complaint"), QT_TRANSLATE_NOOP("CaseStore", "Escalated complaint") },
        { QStringLiteral("blocklist"), QT_TRANSLATE_NOOP("CaseStore", "Blocklist listing") },
        { QStringLiteral("spam-trap"), QT_TRANSLATE_NOOP("CaseStore", "Spam trap") },
        { QStringLiteral("unsubscribe-failure"), QT_TRANSLATE_NOOP("CaseStore", "Unsubscribe failure") },
        { QStringLiteral("purchased-list"), QT_TRANSLATE_NOOP("CaseStore", "Purchased list") },
        { QStringLiteral("mailing-after-opt-out"), QT_TRANSLATE_NOOP("CaseStore", "Mailing after opt-out") },
        { QStringLiteral("legal"), QT_TRANSLATE_NOOP("CaseStore", "Legal") },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("CaseStore", "Other") },
    };
    const char *label = labels.value(category);
    return label ? Tr::tr(label) : category;
}

QString CaseStore::statusLabel(const QString &status)
{
    if (status == QLatin1String("open"))
        return Tr::tr("Open");
    if (status == QLatin1String("waiting-on-customer"))
        return Tr::tr("Waiting on customer");
    if (status == QLatin1String("resolved"))
        return Tr::tr("Resolved");
    if (status == QLatin1String("closed"))
        return Tr::tr("Closed");
    return status;
}

QString CaseStore::outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("educated"))
        return Tr::tr("Educated");
    if (outcome == QLatin1String("warned"))
        return Tr::tr("Warned");
    if (outcome == QLatin1String("suspended"))
        return Tr::tr("Suspended");
    if (outcome == QLatin1String("terminated"))
        return Tr::tr("Terminated");
    if (outcome == QLatin1String("no-action"))
        return Tr::tr("No action");
    return outcome;
}

QString CaseStore::severityLabel(int severity)
{
    switch (severity) {
    case 1:
        return Tr::tr("1 – critical");
    case 2:
        return Tr::tr("2 – high");
    case 3:
        return Tr::tr("3 – medium");
    case 4:
        return Tr::tr("4 – low");
    default:
        return QString::number(severity);
    }
}

QString CaseStore::nowText() const
{
    return isoUtc(m_clock.now());
}

bool CaseStore::failed(const QString &error) const
{
    m_lastError = error;
    return false;
}

bool CaseStore::event(
    qint64 caseId, const QString &type, const QString &author, const QString &text, const QJsonObject &data)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO case_events (case_id, at, author, type, text, data) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(nowText());
    q.addBindValue(notNull(author));
    q.addBindValue(type);
    q.addBindValue(notNull(text));
    q.addBindValue(compact(data));
    if (!q.exec())
        return failed(q.lastError().text());
    return touch(caseId);
}

bool CaseStore::touch(qint64 caseId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE cases SET updated_at = ? WHERE id = ?"));
    q.addBindValue(nowText());
    q.addBindValue(caseId);
    if (!q.exec())
        return failed(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return failed(Tr::tr("there is no case %1").arg(caseId));
    return true;
}

bool CaseStore::addEvent(
    qint64 caseId, const QString &type, const QString &author, const QString &text, const QJsonObject &data)
{
    storage::Savepoint sp(m_database.connection());
    return event(caseId, type, author, text, data) && sp.release();
}

qint64 CaseStore::open(const NewCase &c, const QString &author)
{
    m_lastError.clear();
    if (!categories().contains(c.category)) {
        failed(Tr::tr("unknown case category \"%1\"").arg(c.category));
        return 0;
    }
    if (c.severity < 1 || c.severity > 4) {
        failed(Tr::tr("the severity must be 1 to 4, not %1").arg(c.severity));
        return 0;
    }
    const QString title = c.title.trimmed().isEmpty() ? categoryLabel(c.category) : c.title.trimmed();
    storage::Savepoint sp(m_database.connection());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO cases (customer_id, category, severity, title, owner, finding_key, "
                             "opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(c.customerId));
    q.addBindValue(c.category);
    q.addBindValue(c.severity);
    q.addBindValue(title);
    q.addBindValue(notNull(c.owner.isEmpty() ? author : c.owner));
    q.addBindValue(textOrNull(c.findingKey));
    q.addBindValue(nowText());
    q.addBindValue(nowText());
    if (!q.exec()) {
        failed(q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonObject data { { QStringLiteral("category"), c.category },
        { QStringLiteral("severity"), c.severity } };
    if (!c.findingData.isEmpty())
        data.insert(QStringLiteral("finding"), c.findingData);
    if (!event(id, QStringLiteral("opened"), author,
            Tr::tr("Case opened: %1, severity %2").arg(title, severityLabel(c.severity)), data))
        return 0;
    if (!c.note.trimmed().isEmpty() && !event(id, QStringLiteral("note"), author, c.note.trimmed(), {}))
        return 0;
    if (!c.evidenceIds.isEmpty() && attach(id, c.evidenceIds, author) < 0)
        return 0;
    if (!sp.release()) {
        failed(sp.lastError());
        return 0;
    }
    return id;
}

int CaseStore::attach(qint64 caseId, const QList<qint64> &evidenceIds, const QString &author)
{
    storage::Savepoint sp(m_database.connection());
    QSqlQuery link(m_database.connection());
    link.prepare(QStringLiteral("INSERT OR IGNORE INTO case_evidence (case_id, evidence_id, added_at) "
                                "SELECT ?, evidence_id, ? FROM messages WHERE evidence_id = ?"));
    QSqlQuery state(m_database.connection());
    state.prepare(
        QStringLiteral("UPDATE messages SET triage_state = 'in-case', triage_at = ? WHERE evidence_id = ?"));
    QList<qint64> added;
    for (const qint64 id : evidenceIds) {
        link.addBindValue(caseId);
        link.addBindValue(nowText());
        link.addBindValue(id);
        if (!link.exec()) {
            failed(link.lastError().text());
            return -1;
        }
        if (link.numRowsAffected() > 0)
            added.append(id);
        state.addBindValue(nowText());
        state.addBindValue(id);
        if (!state.exec()) {
            failed(state.lastError().text());
            return -1;
        }
    }
    if (!added.isEmpty()
        && !event(caseId, QStringLiteral("evidence"), author,
            Tr::tr("%n evidence item(s) linked", nullptr, int(added.size())),
            { { QStringLiteral("added"), idsJson(added) } }))
        return -1;
    if (!sp.release()) {
        failed(sp.lastError());
        return -1;
    }
    return int(added.size());
}

bool CaseStore::detach(qint64 caseId, const QList<qint64> &evidenceIds, const QString &author)
{
    storage::Savepoint sp(m_database.connection());
    QSqlQuery unlink(m_database.connection());
    unlink.prepare(QStringLiteral("DELETE FROM case_evidence WHERE case_id = ? AND evidence_id = ?"));
    // Linked to no other case: the item waits in triage again.
    QSqlQuery state(m_database.connection());
    state.prepare(
        QStringLiteral("UPDATE messages SET triage_state = NULL, triage_at = NULL WHERE evidence_id = ? "
                       "AND triage_state = 'in-case' AND NOT EXISTS (SELECT 1 FROM case_evidence "
                       "WHERE evidence_id = messages.evidence_id)"));
    for (const qint64 id : evidenceIds) {
        unlink.addBindValue(caseId);
        unlink.addBindValue(id);
        state.addBindValue(id);
        if (!unlink.exec() || !state.exec())
            return failed(unlink.lastError().text() + state.lastError().text());
    }
    if (!event(caseId, QStringLiteral("evidence"), author,
            Tr::tr("%n evidence item(s) unlinked", nullptr, int(evidenceIds.size())),
            { { QStringLiteral("removed"), idsJson(evidenceIds) } }))
        return false;
    return sp.release() || failed(sp.lastError());
}

bool CaseStore::addNote(qint64 caseId, const QString &author, const QString &text)
{
    if (text.trimmed().isEmpty())
        return failed(Tr::tr("the note is empty"));
    return addEvent(caseId, QStringLiteral("note"), author, text.trimmed());
}

bool CaseStore::addCommunication(qint64 caseId, const QString &author, const QString &direction,
    const QString &summary, const QJsonObject &data)
{
    if (direction != QLatin1String("in") && direction != QLatin1String("out"))
        return failed(Tr::tr("a communication goes \"in\" or \"out\", not \"%1\"").arg(direction));
    QJsonObject d = data;
    d.insert(QStringLiteral("direction"), direction);
    return addEvent(caseId, QStringLiteral("communication"), author, summary, d);
}

bool CaseStore::addChecklistAnswer(qint64 caseId, const QString &author, const QString &question,
    const QString &answer, const QJsonObject &data)
{
    QJsonObject d = data;
    d.insert(QStringLiteral("question"), question);
    d.insert(QStringLiteral("answer"), answer);
    return addEvent(caseId, QStringLiteral("checklist"), author, Tr::tr("%1: %2").arg(question, answer), d);
}

bool CaseStore::setStatus(qint64 caseId, const QString &status, const QString &outcome, const QString &author,
    const QString &reason)
{
    if (!statuses().contains(status))
        return failed(Tr::tr("unknown case status \"%1\"").arg(status));
    const bool ending = status == QLatin1String("resolved") || status == QLatin1String("closed");
    if (ending && !outcomes().contains(outcome))
        return failed(Tr::tr("a %1 case needs an outcome (%2)")
                .arg(statusLabel(status).toLower(), outcomes().join(QStringLiteral(", "))));
    if (!outcome.isEmpty() && !outcomes().contains(outcome))
        return failed(Tr::tr("unknown outcome \"%1\"").arg(outcome));
    const std::optional<CaseRecord> before = find(caseId);
    if (!before)
        return failed(Tr::tr("there is no case %1").arg(caseId));
    if (before->status == status && before->outcome == outcome)
        return true;
    storage::Savepoint sp(m_database.connection());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE cases SET status = ?, outcome = ?, closed_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(textOrNull(ending ? outcome : QString()));
    q.addBindValue(ending ? QVariant(nowText()) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(caseId);
    if (!q.exec())
        return failed(q.lastError().text());
    QString text = ending ? Tr::tr("Status: %1 → %2 (%3)")
                                .arg(statusLabel(before->status), statusLabel(status), outcomeLabel(outcome))
                          : Tr::tr("Status: %1 → %2").arg(statusLabel(before->status), statusLabel(status));
    if (!reason.trimmed().isEmpty())
        text += QStringLiteral(". ") + reason.trimmed();
    if (!event(caseId, QStringLiteral("status"), author, text,
            { { QStringLiteral("from"), before->status }, { QStringLiteral("to"), status },
                { QStringLiteral("outcome"), outcome } }))
        return false;
    return sp.release() || failed(sp.lastError());
}

bool CaseStore::setSeverity(qint64 caseId, int severity, const QString &author, const QString &reason)
{
    if (severity < 1 || severity > 4)
        return failed(Tr::tr("the severity must be 1 to 4, not %1").arg(severity));
    const std::optional<CaseRecord> before = find(caseId);
    if (!before)
        return failed(Tr::tr("there is no case %1").arg(caseId));
    if (before->severity == severity)
        return true;
    storage::Savepoint sp(m_database.connection());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE cases SET severity = ? WHERE id = ?"));
    q.addBindValue(severity);
    q.addBindValue(caseId);
    if (!q.exec())
        return failed(q.lastError().text());
    QString text = Tr::tr("Severity: %1 → %2").arg(severityLabel(before->severity), severityLabel(severity));
    if (!reason.trimmed().isEmpty())
        text += QStringLiteral(". ") + reason.trimmed();
    if (!event(caseId, QStringLiteral("severity"), author, text,
            { { QStringLiteral("from"), before->severity }, { QStringLiteral("to"), severity } }))
        return false;
    return sp.release() || failed(sp.lastError());
}

bool CaseStore::setOwner(qint64 caseId, const QString &owner, const QString &author)
{
    storage::Savepoint sp(m_database.connection());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE cases SET owner = ? WHERE id = ?"));
    q.addBindValue(notNull(owner.trimmed()));
    q.addBindValue(caseId);
    if (!q.exec())
        return failed(q.lastError().text());
    if (!event(caseId, QStringLiteral("note"), author, Tr::tr("Owner: %1").arg(owner.trimmed()),
            { { QStringLiteral("owner"), owner.trimmed() } }))
        return false;
    return sp.release() || failed(sp.lastError());
}

qint64 CaseStore::addTimeEntry(qint64 caseId, const QString &author, int minutes, const QString &activity)
{
    if (minutes <= 0) {
        failed(Tr::tr("time spent must be at least one minute"));
        return 0;
    }
    storage::Savepoint sp(m_database.connection());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO time_entries (case_id, at, author, minutes, activity) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(nowText());
    q.addBindValue(notNull(author));
    q.addBindValue(minutes);
    q.addBindValue(notNull(activity.trimmed()));
    if (!q.exec()) {
        failed(q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    const QString what = activity.trimmed().isEmpty()
        ? Tr::tr("%n minute(s) spent", nullptr, minutes)
        : Tr::tr("%n minute(s): %1", nullptr, minutes).arg(activity.trimmed());
    if (!event(caseId, QStringLiteral("time"), author, what,
            { { QStringLiteral("minutes"), minutes }, { QStringLiteral("entry"), id } })
        || !sp.release())
        return 0;
    return id;
}

bool CaseStore::remove(qint64 caseId)
{
    const QList<qint64> evidence = evidenceOf(caseId);
    storage::Savepoint sp(m_database.connection());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return failed(q.lastError().text());
    QSqlQuery state(m_database.connection());
    state.prepare(
        QStringLiteral("UPDATE messages SET triage_state = NULL, triage_at = NULL WHERE evidence_id = ? "
                       "AND triage_state = 'in-case' AND NOT EXISTS (SELECT 1 FROM case_evidence "
                       "WHERE evidence_id = messages.evidence_id)"));
    for (const qint64 id : evidence) {
        state.addBindValue(id);
        if (!state.exec())
            return failed(state.lastError().text());
    }
    return sp.release() || failed(sp.lastError());
}

namespace {

const QString CaseColumns = QStringLiteral(
    "c.id, c.customer_id, cu.name, c.category, c.severity, c.status, c.outcome, c.title, c.owner, "
    "c.finding_key, "
    "c.opened_at, c.updated_at, c.closed_at, (SELECT count(*) FROM case_evidence e WHERE e.case_id = c.id), "
    "(SELECT coalesce(sum(minutes), 0) FROM time_entries t WHERE t.case_id = c.id) "
    "FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id");

CaseRecord caseFrom(const QSqlQuery &q)
{
    CaseRecord r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    r.customerName = q.value(2).toString();
    r.category = q.value(3).toString();
    r.severity = q.value(4).toInt();
    r.status = q.value(5).toString();
    r.outcome = q.value(6).toString();
    r.title = q.value(7).toString();
    r.owner = q.value(8).toString();
    r.findingKey = q.value(9).toString();
    r.openedAt = timeOf(q.value(10));
    r.updatedAt = timeOf(q.value(11));
    r.closedAt = timeOf(q.value(12));
    r.evidenceCount = q.value(13).toLongLong();
    r.minutes = q.value(14).toLongLong();
    return r;
}

} // namespace

std::optional<CaseRecord> CaseStore::find(qint64 caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + CaseColumns + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        failed(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return caseFrom(q);
}

QList<CaseRecord> CaseStore::cases(const CaseFilter &filter) const
{
    QStringList where;
    if (filter.customerId >= 0)
        where.append(filter.customerId == 0 ? QStringLiteral("c.customer_id IS NULL")
                                            : QStringLiteral("c.customer_id = %1").arg(filter.customerId));
    if (filter.openOnly)
        where.append(QStringLiteral("c.status IN ('open', 'waiting-on-customer')"));
    QSqlQuery q(m_database.connection());
    const QString sql = QStringLiteral("SELECT ") + CaseColumns
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY c.updated_at DESC, c.id DESC LIMIT %1").arg(filter.limit);
    QList<CaseRecord> out;
    if (!q.exec(sql)) {
        failed(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(caseFrom(q));
    return out;
}

QList<CaseEvent> CaseStore::timeline(qint64 caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT id, at, author, type, text, data FROM case_events WHERE case_id = ? ORDER BY at, id"));
    q.addBindValue(caseId);
    QList<CaseEvent> out;
    if (!q.exec()) {
        failed(q.lastError().text());
        return out;
    }
    while (q.next()) {
        CaseEvent e;
        e.id = q.value(0).toLongLong();
        e.caseId = caseId;
        e.at = timeOf(q.value(1));
        e.author = q.value(2).toString();
        e.type = q.value(3).toString();
        e.text = q.value(4).toString();
        e.data = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        out.append(e);
    }
    return out;
}

QList<TimeEntry> CaseStore::timeEntries(qint64 caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT id, at, author, minutes, activity FROM time_entries WHERE case_id = ? ORDER BY at, id"));
    q.addBindValue(caseId);
    QList<TimeEntry> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        TimeEntry t;
        t.id = q.value(0).toLongLong();
        t.caseId = caseId;
        t.at = timeOf(q.value(1));
        t.author = q.value(2).toString();
        t.minutes = q.value(3).toInt();
        t.activity = q.value(4).toString();
        out.append(t);
    }
    return out;
}

QList<qint64> CaseStore::evidenceOf(qint64 caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT evidence_id FROM case_evidence WHERE case_id = ? ORDER BY evidence_id"));
    q.addBindValue(caseId);
    QList<qint64> out;
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

qint64 CaseStore::openCaseForFinding(const QString &findingKey) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE finding_key = ? AND status IN ('open', "
                             "'waiting-on-customer') ORDER BY id DESC LIMIT 1"));
    q.addBindValue(findingKey);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace abusedesk::cases
