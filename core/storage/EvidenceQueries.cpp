// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/EvidenceQueries.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>
#include <limits>

namespace abusedesk::storage {

namespace {
const QString RowColumns = QStringLiteral(
    "e.id, e.sha256, e.imported_at, m.sent_at, m.kind, m.legal, e.role_account, m.from_address, m.subject, "
    "e.source_path, e.source_offset, e.size, (SELECT name FROM customers c WHERE c.id = m.customer_id), "
    "e.batch_id");

constexpr int RowColumnCount = 14; // the columns readRow reads; what a query adds comes after

EvidenceRow readRow(const QSqlQuery &q)
{
    EvidenceRow row;
    row.id = q.value(0).toLongLong();
    row.sha256 = q.value(1).toString();
    row.importedAt = q.value(2).toString();
    row.sentAt = q.value(3).toString();
    row.kind = q.value(4).toString();
    row.legal = q.value(5).toInt() != 0;
    row.roleAccount = q.value(6).toString();
    row.fromAddress = q.value(7).toString();
    row.subject = q.value(8).toString();
    row.sourcePath = q.value(9).toString();
    row.sourceOffset = q.value(10).toLongLong();
    row.size = q.value(11).toLongLong();
    row.customer = q.value(12).toString();
    row.batchId = q.value(13).toLongLong();
    return row;
}
} // namespace

EvidenceQueries::EvidenceQueries(const Database &database)
    : m_database(database)
{ }

qint64 EvidenceQueries::count() const
{
    return m_database.evidenceCount();
}

QList<EvidenceRow> EvidenceQueries::page(qint64 beforeId, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM evidence e LEFT JOIN messages m ON m.evidence_id = e.id "
                             "WHERE e.id < ? ORDER BY e.id DESC LIMIT ?")
            .arg(RowColumns));
    q.addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    q.addBindValue(limit);
    QList<EvidenceRow> rows;
    if (q.exec())
        while (q.next())
            rows.append(readRow(q));
    return rows;
}

QList<EvidenceRow> EvidenceQueries::rowsOfCase(qint64 caseId, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM case_evidence ce JOIN evidence e ON e.id = ce.evidence_id "
                             "LEFT JOIN messages m ON m.evidence_id = e.id WHERE ce.case_id = ? "
                             "ORDER BY ce.evidence_id LIMIT ?")
            .arg(RowColumns));
    q.addBindValue(caseId);
    q.addBindValue(limit);
    QList<EvidenceRow> rows;
    if (q.exec())
        while (q.next())
            rows.append(readRow(q));
    return rows;
}

QList<EvidenceItem> EvidenceQueries::itemsAfter(qint64 afterId, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT %1, r.raw, m.facts FROM evidence e LEFT JOIN messages m ON m.evidence_id = e.id "
        "LEFT JOIN evidence_raw r ON r.evidence_id = e.id WHERE e.id > ? ORDER BY e.id LIMIT ?")
            .arg(RowColumns));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    QList<EvidenceItem> items;
    if (q.exec()) {
        while (q.next()) {
            EvidenceItem item;
            item.row = readRow(q);
            item.raw = q.value(RowColumnCount).toByteArray();
            item.factsJson = q.value(RowColumnCount + 1).toByteArray();
            items.append(item);
        }
    }
    return items;
}

EvidenceItem EvidenceQueries::item(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT %1, r.raw, m.facts FROM evidence e LEFT JOIN messages m ON m.evidence_id = e.id "
        "LEFT JOIN evidence_raw r ON r.evidence_id = e.id WHERE e.id = ?")
            .arg(RowColumns));
    q.addBindValue(id);
    EvidenceItem item;
    if (q.exec() && q.next()) {
        item.row = readRow(q);
        item.raw = q.value(RowColumnCount).toByteArray();
        item.factsJson = q.value(RowColumnCount + 1).toByteArray();
    }
    return item;
}

ImportBatchRow EvidenceQueries::batch(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT id, origin, started_at, coalesce(finished_at, '') FROM import_batches WHERE id = ?"));
    q.addBindValue(id);
    ImportBatchRow row;
    if (q.exec() && q.next()) {
        row.id = q.value(0).toLongLong();
        row.origin = q.value(1).toString();
        row.startedAt = q.value(2).toString();
        row.finishedAt = q.value(3).toString();
    }
    return row;
}

} // namespace abusedesk::storage
