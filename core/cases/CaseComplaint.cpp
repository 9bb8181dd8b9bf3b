// SPDX-License-Identifier: GPL-2.0-or-later
#include "cases/CaseComplaint.h"

#include "mail/KMimeLock.h"
#include "mail/MailAddresses.h"
#include "mail/MessageAnalyzer.h"
#include "storage/Database.h"
#include "storage/EvidenceQueries.h"

#include <KMime/Message>
#include <QJsonDocument>
#include <QSqlQuery>

namespace abusedesk::cases {

namespace {

QString withoutBrackets(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
        id = id.mid(1, id.size() - 2);
    return id;
}

// The first message/rfc822 part: the complained-about message as the writer attached it.
KMime::Message::Ptr attachedOriginal(KMime::Content *content, int depth = 0)
{
    if (!content || depth > 8)
        return {};
    if (content->bodyIsMessage())
        return content->bodyAsMessage();
    const auto children = content->contents();
    for (KMime::Content *child : children) {
        if (auto inner = attachedOriginal(child, depth + 1))
            return inner;
    }
    return {};
}

} // namespace

std::optional<CaseComplaint> CaseComplaint::of(const storage::Database &database, qint64 caseId)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "SELECT m.evidence_id FROM case_evidence c JOIN messages m ON m.evidence_id = c.evidence_id "
        "WHERE c.case_id = ? AND m.kind IN ('complaint', 'escalated-complaint') "
        "ORDER BY coalesce(m.sent_at, c.added_at), m.evidence_id LIMIT 1"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(database, q.value(0).toLongLong());
}

std::optional<CaseComplaint> CaseComplaint::read(const storage::Database &database, qint64 evidenceId)
{
    const storage::EvidenceItem item = storage::EvidenceQueries(database).item(evidenceId);
    if (item.row.id == 0)
        return std::nullopt;
    CaseComplaint c;
    c.evidenceId = evidenceId;
    c.kind = item.row.kind;
    c.writer = item.row.fromAddress.toLower();
    c.subject = item.row.subject;
    c.received = QDateTime::fromString(
        item.row.sentAt.isEmpty() ? item.row.importedAt : item.row.sentAt, Qt::ISODate);
    c.original
        = QJsonDocument::fromJson(item.factsJson).object().value(QStringLiteral("original")).toObject();
    if (c.kind == QLatin1String("complaint"))
        c.recipient = c.writer;
    {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("SELECT coalesce(customer_id, 0) FROM messages WHERE evidence_id = ?"));
        q.addBindValue(evidenceId);
        if (q.exec() && q.next())
            c.customerId = q.value(0).toLongLong();
    }

    if (!item.raw.isEmpty()) {
        const mail::KMimeLock lock(item.raw);
        const KMime::Message::Ptr message = mail::MessageAnalyzer::parseSafely(item.raw);
        if (const auto *id = message->messageID(false))
            c.messageId = withoutBrackets(QString::fromLatin1(id->identifier()));
        if (const auto *refs = message->references(false)) {
            const auto ids = refs->identifiers();
            for (const QByteArray &id : ids)
                c.references.append(withoutBrackets(QString::fromLatin1(id)));
        }
        if (const auto *from = message->from(false); from && !from->mailboxes().isEmpty())
            c.writerName = from->mailboxes().constFirst().name();
        if (KMime::Content *text = message->textContent())
            c.text = text->decodedText(KMime::Content::TrimSpaces).trimmed();
        if (c.recipient.isEmpty()) {
            if (const auto original = attachedOriginal(message.data())) {
                if (const auto *to = original->to(false))
                    c.recipient = mail::MailAddresses::first(to->asUnicodeString()).toLower();
            }
        }
    }
    return c;
}

} // namespace abusedesk::cases
