// SPDX-License-Identifier: GPL-2.0-or-later
#include "cases/ComplaintChecklist.h"

#include "cases/CaseStore.h"
#include "delivery/ReceiverDirectory.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

namespace abusedesk::cases {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintChecklist)
};

// "1 message" or "12 messages": English needs no translation catalogue for its plurals.
QString counted(qint64 n, const char *one, const char *many)
{
    return Tr::tr(n == 1 ? one : many).arg(n);
}

QString day(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::UTC).date().toString(Qt::ISODate);
}

struct Question
{
    const char *key;
    const char *text;
    ChecklistItem::Source source;
};

// In the order of M3AAWG §IV.D.1.
constexpr Question Questions[] = {
    { "unsubscribe", QT_TRANSLATE_NOOP("ComplaintChecklist", "Unsubscribe header in the original"),
        ChecklistItem::Source::Data },
    { "one-click", QT_TRANSLATE_NOOP("ComplaintChecklist", "One-click unsubscribe (RFC 8058)"),
        ChecklistItem::Source::Data },
    { "expectations", QT_TRANSLATE_NOOP("ComplaintChecklist", "More mail than they signed up for?"),
        ChecklistItem::Source::Analyst },
    { "volume",
        QT_TRANSLATE_NOOP(
            "ComplaintChecklist", "Mail they got from the customer: how much, when, which campaigns"),
        ChecklistItem::Source::Data },
    { "earlier", QT_TRANSLATE_NOOP("ComplaintChecklist", "Earlier opt-outs or complaints by the address"),
        ChecklistItem::Source::Data },
    { "recipient-domain", QT_TRANSLATE_NOOP("ComplaintChecklist", "Consumer or corporate recipient"),
        ChecklistItem::Source::Data },
    { "opt-in", QT_TRANSLATE_NOOP("ComplaintChecklist", "Verifiable opt-in (source, date, IP, confirmation)"),
        ChecklistItem::Source::Analyst },
};

} // namespace

QString OptInEvidence::answer() const
{
    QStringList parts;
    auto add = [&parts](const char *label, const QString &value) {
        if (!value.trimmed().isEmpty())
            parts.append(Tr::tr(label).arg(value.trimmed()));
    };
    add(QT_TRANSLATE_NOOP("ComplaintChecklist", "source: %1"), source);
    add(QT_TRANSLATE_NOOP("ComplaintChecklist", "date: %1"), date);
    add(QT_TRANSLATE_NOOP("ComplaintChecklist", "IP: %1"), ip);
    add(QT_TRANSLATE_NOOP("ComplaintChecklist", "confirmation: %1"), confirmation);
    return parts.join(QStringLiteral("; "));
}

ComplaintChecklist::ComplaintChecklist(const storage::Database &database, qint64 caseId)
    : m_caseId(caseId)
{
    for (const Question &q : Questions)
        m_items.append({ QString::fromLatin1(q.key), Tr::tr(q.text), q.source, {}, false, {}, {} });
    m_complaint = CaseComplaint::of(database, caseId);
    if (!m_complaint)
        return;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT coalesce(customer_id, 0) FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    // The case's customer, else the one its complaint is attributed to.
    qint64 customerId = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    if (customerId == 0)
        customerId = m_complaint->customerId;
    answerFromData(database, customerId);
    readRecorded(database);
}

QStringList ComplaintChecklist::analystKeys()
{
    QStringList keys;
    for (const Question &q : Questions)
        if (q.source == ChecklistItem::Source::Analyst)
            keys.append(QString::fromLatin1(q.key));
    return keys;
}

const ChecklistItem *ComplaintChecklist::item(const QString &key) const
{
    for (const ChecklistItem &i : m_items)
        if (i.key == key)
            return &i;
    return nullptr;
}

ChecklistItem &ComplaintChecklist::itemRef(const QString &key)
{
    return const_cast<ChecklistItem &>(*item(key));
}

void ComplaintChecklist::answerFromData(const storage::Database &database, qint64 customerId)
{
    const CaseComplaint &c = *m_complaint;

    // The unsubscribe headers of the original (RFC 2369, RFC 8058), as the import read them.
    ChecklistItem &unsubscribe = itemRef(QStringLiteral("unsubscribe"));
    ChecklistItem &oneClick = itemRef(QStringLiteral("one-click"));
    const QJsonArray uris = c.original.value(QStringLiteral("list_unsubscribe")).toArray();
    if (c.original.isEmpty()) {
        const QString unknown
            = Tr::tr("not known: the complaint does not carry the original message's headers");
        unsubscribe.answer = unknown;
        oneClick.answer = unknown;
    } else if (uris.isEmpty()) {
        unsubscribe.answer = Tr::tr("no: the original has no List-Unsubscribe header");
        unsubscribe.concern = true;
        oneClick.answer = Tr::tr("no: without List-Unsubscribe there is no one-click unsubscribe");
        oneClick.concern = true;
    } else {
        QStringList list;
        bool https = false;
        for (const QJsonValue &v : uris) {
            list.append(v.toString());
            https = https || v.toString().startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
        }
        unsubscribe.answer = Tr::tr("yes: %1").arg(list.join(QStringLiteral(", ")));
        if (c.original.value(QStringLiteral("one_click")).toBool()) {
            oneClick.answer
                = Tr::tr("yes: List-Unsubscribe-Post with an HTTPS URI, both headers signed by DKIM");
        } else {
            oneClick.answer = https
                ? Tr::tr("no: List-Unsubscribe-Post is missing, or DKIM does not sign both headers")
                : Tr::tr("no: List-Unsubscribe has no HTTPS URI");
            oneClick.concern = true;
        }
    }

    ChecklistItem &volume = itemRef(QStringLiteral("volume"));
    ChecklistItem &earlier = itemRef(QStringLiteral("earlier"));
    ChecklistItem &domain = itemRef(QStringLiteral("recipient-domain"));
    if (c.recipient.isEmpty()) {
        const QString unknown = Tr::tr("not known: the complaint does not say which address got the mail");
        volume.answer = unknown;
        earlier.answer = unknown;
        domain.answer = unknown;
        return;
    }

    const QString recipientDomain = delivery::ReceiverDirectory::domainOf(c.recipient);
    const delivery::Receiver receiver = delivery::ReceiverDirectory(database).receiverOf(recipientDomain);
    domain.answer = receiver.consumer
        ? Tr::tr("consumer mailbox provider (%1, %2)").arg(receiver.name, recipientDomain)
        : Tr::tr("corporate or unlisted domain (%1)").arg(recipientDomain);

    // Mail to the recipient: the customer's when the case has one, anyone's otherwise.
    const QString ofCustomer = customerId > 0 ? QStringLiteral(" AND customer_id = ?") : QString();
    auto bind = [&](QSqlQuery &q) {
        q.addBindValue(c.recipient);
        if (customerId > 0)
            q.addBindValue(customerId);
    };
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(result = 'delivered'), 0), min(time), max(time) "
                             "FROM deliveries WHERE recipient = ?%1 AND result != 'deferred'")
            .arg(ofCustomer));
    bind(q);
    if (q.exec() && q.next() && q.value(0).toLongLong() > 0) {
        const qint64 messages = q.value(0).toLongLong();
        const qint64 first = q.value(2).toLongLong();
        const qint64 last = q.value(3).toLongLong();
        QStringList campaigns;
        QSqlQuery cq(database.connection());
        cq.prepare(
            QStringLiteral("SELECT campaign FROM deliveries WHERE recipient = ?%1 AND result != 'deferred' "
                           "AND campaign IS NOT NULL AND campaign != '' GROUP BY campaign "
                           "ORDER BY max(time) DESC")
                .arg(ofCustomer));
        bind(cq);
        if (cq.exec())
            while (cq.next())
                campaigns.append(cq.value(0).toString());
        const qint64 days = (last - first) / 86400 + 1;
        volume.answer = Tr::tr("%1 (%2 delivered) from %3 to %4, %5")
                            .arg(counted(messages, QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 message"),
                                QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 messages")))
                            .arg(q.value(1).toLongLong())
                            .arg(day(first), day(last))
                            .arg(counted(days, QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 day"),
                                QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 days")));
        volume.answer += campaigns.isEmpty()
            ? Tr::tr("; no campaign named in the logs")
            : Tr::tr("; campaigns: %1").arg(campaigns.join(QStringLiteral(", ")));
    } else {
        volume.answer = customerId > 0
            ? Tr::tr("no mail from this customer to the address in the imported logs")
            : Tr::tr("no mail to the address in the imported logs");
    }

    // Earlier opt-outs (logs and opt-out files, for the logs' names of this customer), feedback-loop
    // complaints and written complaints or unsubscribe requests by the same address.
    QStringList found;
    qint64 firstRequest = 0; // Unix seconds of the earliest opt-out or complaint
    QSqlQuery oq(database.connection());
    if (customerId > 0) {
        oq.prepare(QStringLiteral(
            "SELECT count(*), min(time) FROM opt_outs WHERE recipient = ? AND customer_ref IN "
            "(SELECT DISTINCT customer_ref FROM deliveries WHERE recipient = ? AND customer_id = ?)"));
        oq.addBindValue(c.recipient);
    } else {
        oq.prepare(QStringLiteral("SELECT count(*), min(time) FROM opt_outs WHERE recipient = ?"));
    }
    bind(oq);
    if (oq.exec() && oq.next() && oq.value(0).toLongLong() > 0) {
        found.append(counted(oq.value(0).toLongLong(), QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 opt-out"),
                         QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 opt-outs"))
            + Tr::tr(", the first on %1").arg(day(oq.value(1).toLongLong())));
        firstRequest = oq.value(1).toLongLong();
    }
    const QString before
        = c.received.isValid() ? c.received.toUTC().toString(Qt::ISODate) : QStringLiteral("9999");
    auto messagesOf = [&](const QString &where, const char *one, const char *many) {
        QSqlQuery mq(database.connection());
        mq.prepare(
            QStringLiteral("SELECT count(*), min(sent_at) FROM messages m WHERE %1 AND evidence_id != ? "
                           "AND coalesce(sent_at, '') < ?%2")
                .arg(where, ofCustomer));
        mq.addBindValue(c.recipient);
        mq.addBindValue(c.evidenceId);
        mq.addBindValue(before);
        if (customerId > 0)
            mq.addBindValue(customerId);
        if (mq.exec() && mq.next() && mq.value(0).toLongLong() > 0) {
            const QDateTime at = QDateTime::fromString(mq.value(1).toString(), Qt::ISODate);
            found.append(counted(mq.value(0).toLongLong(), one, many)
                + Tr::tr(", the first on %1").arg(at.date().toString(Qt::ISODate)));
            if (at.isValid() && (firstRequest == 0 || at.toSecsSinceEpoch() < firstRequest))
                firstRequest = at.toSecsSinceEpoch();
        }
    };
    messagesOf(QStringLiteral("kind = 'feedback-report' AND EXISTS (SELECT 1 FROM json_each(m.facts, "
                              "'$.feedback.original_rcpt_to') WHERE lower(value) = ?)"),
        QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 feedback-loop complaint"),
        QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 feedback-loop complaints"));
    messagesOf(QStringLiteral("kind IN ('complaint', 'escalated-complaint', 'unsubscribe-request') "
                              "AND lower(from_address) = ?"),
        QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 written complaint or unsubscribe request"),
        QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 written complaints or unsubscribe requests"));
    if (found.isEmpty()) {
        earlier.answer = Tr::tr("none found");
        return;
    }
    earlier.answer = found.join(QStringLiteral("; "));
    QSqlQuery after(database.connection());
    after.prepare(
        QStringLiteral("SELECT count(*) FROM deliveries WHERE recipient = ?%1 AND result != 'deferred' "
                       "AND time > ?")
            .arg(ofCustomer));
    bind(after);
    after.addBindValue(firstRequest);
    if (after.exec() && after.next() && after.value(0).toLongLong() > 0) {
        earlier.answer += Tr::tr("; %1 sent to the address after that")
                              .arg(counted(after.value(0).toLongLong(),
                                  QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 message"),
                                  QT_TRANSLATE_NOOP("ComplaintChecklist", "%1 messages")));
        earlier.concern = true;
    }
}

void ComplaintChecklist::readRecorded(const storage::Database &database)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT at, json_extract(data, '$.key'), json_extract(data, '$.answer') FROM "
                             "case_events WHERE case_id = ? AND type = 'checklist' ORDER BY at, id"));
    q.addBindValue(m_caseId);
    if (!q.exec())
        return;
    while (q.next()) {
        const QString key = q.value(1).toString();
        for (ChecklistItem &i : m_items) {
            if (i.key != key)
                continue;
            i.recorded = q.value(2).toString();
            i.recordedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
            if (i.source == ChecklistItem::Source::Analyst)
                i.answer = i.recorded;
        }
    }
}

int ComplaintChecklist::recordDataAnswers(CaseStore &store, const QString &author)
{
    int written = 0;
    for (ChecklistItem &i : m_items) {
        if (i.source != ChecklistItem::Source::Data || i.answer.isEmpty() || i.answer == i.recorded)
            continue;
        if (!store.addChecklistAnswer(m_caseId, author, i.question, i.answer,
                { { QStringLiteral("key"), i.key }, { QStringLiteral("source"), QStringLiteral("data") },
                    { QStringLiteral("concern"), i.concern } }))
            return -1;
        i.recorded = i.answer;
        ++written;
    }
    return written;
}

bool ComplaintChecklist::recordAnswer(
    CaseStore &store, const QString &author, const QString &key, const QString &answer)
{
    const ChecklistItem *found = item(key);
    if (!found || answer.trimmed().isEmpty())
        return false;
    ChecklistItem &i = itemRef(key);
    if (!store.addChecklistAnswer(m_caseId, author, i.question, answer.trimmed(),
            { { QStringLiteral("key"), i.key },
                { QStringLiteral("source"),
                    i.source == ChecklistItem::Source::Data ? QStringLiteral("data")
                                                            : QStringLiteral("analyst") } }))
        return false;
    i.recorded = answer.trimmed();
    if (i.source == ChecklistItem::Source::Analyst)
        i.answer = i.recorded;
    return true;
}

} // namespace abusedesk::cases
