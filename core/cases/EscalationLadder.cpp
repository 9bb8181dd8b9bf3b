// SPDX-License-Identifier: GPL-2.0-or-later
#include "cases/EscalationLadder.h"

#include "cases/CaseStore.h"
#include "common/IsoTime.h"
#include "storage/Database.h"
#include "storage/Savepoint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace abusedesk::cases {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EscalationLadder)
};

const QStringList &customerStatuses()
{
    static const QStringList list { QStringLiteral("active"), QStringLiteral("warned"),
        QStringLiteral("suspended"), QStringLiteral("terminated") };
    return list;
}

} // namespace

EscalationLadder::EscalationLadder(const storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString EscalationLadder::customerStatusLabel(const QString &status)
{
    if (status == QLatin1String("active"))
        return Tr::tr("active");
    if (status == QLatin1String("warned"))
        return Tr::tr("warned");
    if (status == QLatin1String("suspended"))
        return Tr::tr("suspended");
    if (status == QLatin1String("terminated"))
        return Tr::tr("terminated");
    return status;
}

QList<LadderStep> EscalationLadder::steps() const
{
    // The policy holds objects ({step, status, next_when}); a plain list of names (an older
    // policy) is read with the usual statuses.
    static const QStringList fallbackStatus { QStringLiteral("active"), QStringLiteral("warned"),
        QStringLiteral("suspended"), QStringLiteral("terminated") };
    const QJsonArray list
        = QJsonDocument::fromJson(m_database.policy().value(QStringLiteral("escalation_ladder"))).array();
    QList<LadderStep> out;
    for (const QJsonValue &v : list) {
        LadderStep s;
        s.number = int(out.size()) + 1;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            s.name = o.value(QStringLiteral("step")).toString();
            s.status = o.value(QStringLiteral("status")).toString();
            s.nextWhen = o.value(QStringLiteral("next_when")).toString();
        } else {
            s.name = v.toString();
        }
        if (!customerStatuses().contains(s.status))
            s.status = fallbackStatus.value(std::min<qsizetype>(out.size(), 3));
        if (!s.name.isEmpty() && out.size() < 4)
            out.append(s);
    }
    return out;
}

QString EscalationLadder::stepLabel(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("Good standing");
    if (name == QLatin1String("notice"))
        return Tr::tr("Notice");
    if (name == QLatin1String("warning"))
        return Tr::tr("Warning");
    if (name == QLatin1String("suspension"))
        return Tr::tr("Suspension");
    if (name == QLatin1String("termination"))
        return Tr::tr("Termination");
    return name;
}

LadderPosition EscalationLadder::positionOf(qint64 customerId) const
{
    LadderPosition p;
    p.customerId = customerId;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ladder_step, status FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return p;
    p.step = q.value(0).toInt();
    p.status = q.value(1).toString();
    const QList<LadderStep> all = steps();
    p.stepLabel = p.step > 0 && p.step <= all.size() ? stepLabel(all.at(p.step - 1).name) : stepLabel({});
    if (p.step < all.size()) {
        p.nextLabel = stepLabel(all.at(p.step).name);
        p.movesOn = p.step == 0 ? Tr::tr("A confirmed problem: a case that ends in education or worse")
                                : all.at(p.step - 1).nextWhen;
    }
    return p;
}

bool EscalationLadder::decide(qint64 customerId, int toStep, const QString &toStatus, const QString &reason,
    const QString &author, qint64 caseId)
{
    m_lastError.clear();
    const QList<LadderStep> all = steps();
    if (toStep < 0 || toStep > all.size()) {
        m_lastError = Tr::tr("the ladder has steps 0 to %1, not %2").arg(all.size()).arg(toStep);
        return false;
    }
    const QString status = !toStatus.isEmpty() ? toStatus
        : toStep == 0                          ? QStringLiteral("active")
                                               : all.at(toStep - 1).status;
    if (!customerStatuses().contains(status)) {
        m_lastError = Tr::tr("unknown customer status \"%1\"").arg(status);
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        m_lastError = Tr::tr("a decision needs a reason");
        return false;
    }
    const LadderPosition before = positionOf(customerId);
    if (before.status.isEmpty()) {
        m_lastError = Tr::tr("there is no customer %1").arg(customerId);
        return false;
    }
    storage::Savepoint sp(m_database.connection());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE customers SET ladder_step = ?, status = ? WHERE id = ?"));
    q.addBindValue(toStep);
    q.addBindValue(status);
    q.addBindValue(customerId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    q.prepare(
        QStringLiteral("INSERT INTO customer_decisions (customer_id, at, author, from_status, to_status, "
                       "from_step, to_step, reason, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(customerId);
    q.addBindValue(isoUtc(m_clock.now()));
    q.addBindValue(author.isNull() ? QStringLiteral("") : author);
    q.addBindValue(before.status);
    q.addBindValue(status);
    q.addBindValue(before.step);
    q.addBindValue(toStep);
    q.addBindValue(reason.trimmed());
    q.addBindValue(caseId > 0 ? QVariant(caseId) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    if (caseId > 0) {
        const QString to = toStep > 0 ? stepLabel(all.at(toStep - 1).name) : stepLabel({});
        CaseStore cases(m_database, m_clock);
        if (!cases.addEvent(caseId, QStringLiteral("ladder"), author,
                Tr::tr("Ladder: %1 → %2, customer %3. %4")
                    .arg(before.stepLabel, to, customerStatusLabel(status), reason.trimmed()),
                { { QStringLiteral("customer"), customerId }, { QStringLiteral("from_step"), before.step },
                    { QStringLiteral("to_step"), toStep }, { QStringLiteral("from_status"), before.status },
                    { QStringLiteral("to_status"), status } })) {
            m_lastError = cases.lastError();
            return false;
        }
    }
    if (!sp.release()) {
        m_lastError = sp.lastError();
        return false;
    }
    return true;
}

QList<CustomerDecision> EscalationLadder::history(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT id, at, author, from_status, to_status, from_step, to_step, reason, case_id "
                       "FROM customer_decisions WHERE customer_id = ? ORDER BY at, id"));
    q.addBindValue(customerId);
    QList<CustomerDecision> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        CustomerDecision d;
        d.id = q.value(0).toLongLong();
        d.customerId = customerId;
        d.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        d.author = q.value(2).toString();
        d.fromStatus = q.value(3).toString();
        d.toStatus = q.value(4).toString();
        d.fromStep = q.value(5).toInt();
        d.toStep = q.value(6).toInt();
        d.reason = q.value(7).toString();
        d.caseId = q.value(8).toLongLong();
        out.append(d);
    }
    return out;
}

} // namespace abusedesk::cases
