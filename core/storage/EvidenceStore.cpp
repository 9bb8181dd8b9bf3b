// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/EvidenceStore.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace abusedesk::storage {

namespace {
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
QByteArray insertMessageSql()
{
    return QStringLiteral(
        "INSERT INTO messages (evidence_id, kind, legal, message_id, subject, from_address, sent_at, "
        "facts, customer_id, attribution_rule, attribution_value, attribution_identifier, "
        "attribution_conflicts, role_account, receiver, campaign) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, %1, %2)")
        .arg(messageReceiverSql(QStringLiteral("?2"), QStringLiteral("?8"), QStringLiteral("?6")),
            messageCampaignSql(QStringLiteral("?8")))
        .toUtf8();
}

QByteArray updateMessageSql()
{
    return QStringLiteral(
        "UPDATE messages SET kind = ?1, legal = ?2, facts = ?3, role_account = ?5, receiver = "
        "%1, campaign = %2 WHERE evidence_id = ?4 AND (kind IS NOT ?1 OR legal IS NOT ?2 OR "
        "facts IS NOT ?3 OR role_account IS NOT ?5)")
        .arg(messageReceiverSql(QStringLiteral("?1"), QStringLiteral("?3"), QStringLiteral("from_address")),
            messageCampaignSql(QStringLiteral("?3")))
        .toUtf8();
}

QByteArray insertTextSql()
{
    // The original's subject and sender are searched with the report's own (given by the
    // classifying thread: reading them out of the facts here cost the writing thread a JSON parse).
    return QByteArrayLiteral("INSERT INTO message_text (rowid, subject, sender, body) VALUES (?1, "
                             "concat_ws(' ', ?2, ?4), concat_ws(' ', ?3, ?6), ?5)");
}

} // namespace

EvidenceStore::EvidenceStore(const Database &database)
    : m_database(database)
    , m_insertEvidence(database.connection(),
          "INSERT INTO evidence (sha256, size, source_path, source_offset, batch_id, imported_at, "
          "role_account) "
          "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING")
    , m_insertRaw(database.connection(), "INSERT INTO evidence_raw (evidence_id, raw) VALUES (?, ?)")
    , m_insertMessage(database.connection(), insertMessageSql().constData())
    , m_insertText(database.connection(), insertTextSql().constData())
    , m_insertMention(database.connection(),
          "INSERT OR IGNORE INTO mentions (evidence_id, value, customer_id) VALUES (?, ?, ?)")
    , m_insertRejection(database.connection())
    , m_updateMessage(database.connection(), updateMessageSql().constData())
    , m_updateRoleAccount(database.connection())
{
    m_updateRoleAccount.prepare(QStringLiteral("UPDATE evidence SET role_account = ? WHERE id = ?"));
    m_insertRejection.prepare(QStringLiteral(
        "INSERT INTO import_rejections (batch_id, source_path, source_offset, reason) VALUES (?, ?, ?, ?)"));
}

qint64 EvidenceStore::beginBatch(const QString &origin)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO import_batches (started_at, origin) VALUES (?, ?)"));
    q.addBindValue(nowUtc());
    q.addBindValue(origin);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

void EvidenceStore::finishBatch(qint64 batchId, const QString &status, const BatchTotals &totals)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("UPDATE import_batches SET finished_at = ?, status = ?, units_read = ?, stored = ?, "
                       "duplicates = ?, rejected = ? WHERE id = ?"));
    q.addBindValue(nowUtc());
    q.addBindValue(status);
    q.addBindValue(totals.unitsRead);
    q.addBindValue(totals.stored);
    q.addBindValue(totals.duplicates);
    q.addBindValue(totals.rejected);
    q.addBindValue(batchId);
    if (!q.exec())
        qCWarning(lcStorage) << "cannot finish import batch" << batchId << q.lastError().text();
}

EvidenceStore::Outcome EvidenceStore::store(qint64 batchId, const NewEvidence &e)
{
    // One clock reading a second is precise enough for an import time, and formatting the
    // time for every message cost more than storing it.
    if (!m_clockTick.isValid() || m_clockTick.elapsed() >= 1000) {
        m_now = nowUtc();
        m_nowUtf8 = m_now.toUtf8();
        m_clockTick.start();
    }
    m_insertEvidence.bindText(1, e.sha256);
    m_insertEvidence.bindInt(2, e.bytes.size());
    m_insertEvidence.bindText(3, e.sourcePath);
    m_insertEvidence.bindInt(4, e.offset);
    m_insertEvidence.bindInt(5, batchId);
    m_insertEvidence.bindText(6, QByteArrayView(m_nowUtf8));
    m_insertEvidence.bindTextOrNull(7, e.roleAccount);
    if (!m_insertEvidence.execute()) {
        m_lastError = m_insertEvidence.lastError();
        return Outcome::Failed;
    }
    if (m_insertEvidence.changes() == 0)
        return Outcome::Duplicate;
    const qint64 id = m_insertEvidence.lastInsertRowId();

    m_insertRaw.bindInt(1, id);
    m_insertRaw.bindBlob(2, e.bytes);
    m_insertMessage.bindInt(1, id);
    m_insertMessage.bindText(2, e.kind);
    m_insertMessage.bindInt(3, e.legal ? 1 : 0);
    m_insertMessage.bindTextOrNull(4, e.messageId);
    m_insertMessage.bindTextOrNull(5, e.subject);
    m_insertMessage.bindTextOrNull(6, e.fromAddress);
    m_insertMessage.bindTextOrNull(7, e.sentAt);
    m_insertMessage.bindText(8, QByteArrayView(e.factsJson));
    // NULL rule: never evaluated (imported without attribution); 0: evaluated, nobody matched.
    const mail::MessageAnalysis::Customer &c = e.customer;
    auto intOrNull = [this](int index, qint64 v) {
        if (v)
            m_insertMessage.bindInt(index, v);
        else
            m_insertMessage.bindNull(index);
    };
    intOrNull(9, c.customerId);
    if (c.evaluated)
        m_insertMessage.bindInt(10, c.rule);
    else
        m_insertMessage.bindNull(10);
    m_insertMessage.bindTextOrNull(11, c.value);
    intOrNull(12, c.identifier);
    if (c.problems.isEmpty())
        m_insertMessage.bindNull(13);
    else
        m_insertMessage.bindText(13, QByteArrayView(c.problems));
    m_insertMessage.bindTextOrNull(14, e.roleAccount);
    if (!m_insertRaw.execute() || !m_insertMessage.execute() || !indexText(id, e)) {
        m_lastError = m_insertRaw.lastError() + m_insertMessage.lastError() + m_insertText.lastError();
        return Outcome::Failed;
    }
    for (const auto &[value, customer] : c.mentions) {
        m_insertMention.bindInt(1, id);
        m_insertMention.bindText(2, value);
        if (customer)
            m_insertMention.bindInt(3, customer);
        else
            m_insertMention.bindNull(3);
        if (!m_insertMention.execute()) {
            m_lastError = m_insertMention.lastError();
            return Outcome::Failed;
        }
    }
    return Outcome::Stored;
}

void EvidenceStore::recordRejection(
    qint64 batchId, const QString &sourcePath, qint64 position, const QString &reason)
{
    m_insertRejection.addBindValue(batchId);
    m_insertRejection.addBindValue(sourcePath);
    m_insertRejection.addBindValue(position);
    m_insertRejection.addBindValue(reason);
    if (!m_insertRejection.exec())
        qCWarning(lcStorage) << "cannot record rejection" << m_insertRejection.lastError().text();
}

bool EvidenceStore::indexText(qint64 evidenceId, const NewEvidence &e)
{
    m_insertText.bindInt(1, evidenceId);
    m_insertText.bindTextOrNull(2, e.subject);
    m_insertText.bindTextOrNull(3, e.fromAddress);
    m_insertText.bindTextOrNull(4, e.originalSubject);
    m_insertText.bindTextOrNull(6, e.originalFrom);
    m_insertText.bindText(5, e.searchText);
    return m_insertText.execute();
}

bool EvidenceStore::updateAnalysis(qint64 evidenceId, const NewEvidence &a)
{
    m_updateMessage.bindText(1, a.kind);
    m_updateMessage.bindInt(2, a.legal ? 1 : 0);
    m_updateMessage.bindText(3, QByteArrayView(a.factsJson));
    m_updateMessage.bindInt(4, evidenceId);
    m_updateMessage.bindTextOrNull(5, a.roleAccount);
    if (!m_updateMessage.execute()) {
        m_lastError = m_updateMessage.lastError();
        return false;
    }
    // SQLite counts changed rows per connection: read it before the next statement runs.
    m_lastUpdateChanged = m_updateMessage.changes() > 0;
    // The text index keeps what the import read: the bytes, subject and sender do not change.
    m_updateRoleAccount.addBindValue(textOrNull(a.roleAccount));
    m_updateRoleAccount.addBindValue(evidenceId);
    if (!m_updateRoleAccount.exec()) {
        m_lastError = m_updateRoleAccount.lastError().text();
        return false;
    }
    return true;
}

QByteArray EvidenceStore::originalBytes(const QString &sha256) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT r.raw FROM evidence e JOIN evidence_raw r ON r.evidence_id = e.id WHERE e.sha256 = ?"));
    q.addBindValue(sha256.toLower());
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

} // namespace abusedesk::storage
