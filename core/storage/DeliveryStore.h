// SPDX-License-Identifier: GPL-2.0-or-later
// Writes what the delivery-data import read (deliveries, opt-outs, seed results, blocklist
// listings) and keeps the daily aggregates consistent with it; answers the recipient history.
// Every record is stored once: a record whose key is already stored is a duplicate and counts
// nowhere, so importing the same log twice, or overlapping rotated files, changes nothing.
#pragma once

#include "attribution/Attributor.h"
#include "delivery/DeliveryRecord.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <QStringList>

namespace abusedesk::storage {

class Database;

/// A delivery with what the import derived for it, encoded for SQLite (UTF-8) on the reading
/// thread: the writing thread, the import's bottleneck, only binds bytes.
struct StoredDelivery
{
    QByteArray key;
    qint64 time = 0; ///< Unix seconds, UTC
    qint64 line = 0;
    delivery::DeliveryResult result = delivery::DeliveryResult::Delivered;
    QByteArray recipient, recipientDomain, receiver, envelopeSender, sendingIp, customer, campaign, queueId,
        messageId, status, replyCode, diagnostic, remoteMta;
    QByteArray bounceClass; ///< "hard" | "soft" | "spam" for failures and deferrals, else empty
    QByteArray reason; ///< design.md bounce reason for failures and deferrals, else empty
    QByteArray sourcePath;
    qint64 customerId = 0; ///< attributed customer, 0 none
    qint64 attributionRule = 0; ///< the rule that decided, 0 none (the row then says "evaluated")
    bool attributionConflict = false; ///< another rule named another customer
    QByteArray aggregateKey; ///< "day\tcustomer id\treceiver" of its daily aggregate row

    /// Sets the attribution and the aggregate row it counts in.
    void attribute(const attribution::Attribution &attribution);

    [[nodiscard]] static StoredDelivery encode(const delivery::DeliveryRecord &record,
        const QByteArray &sourcePath, const QString &recipientDomain, const QString &receiver,
        const QString &bounceClass, const QString &reason);
};

struct RecipientHistory
{
    qint64 messages = 0; ///< deliveries that reached the receiver or bounced (not deferrals)
    qint64 delivered = 0;
    QDateTime first; ///< UTC
    QDateTime last; ///< UTC
    QStringList campaigns; ///< distinct, most recent first
};

/// What a daily aggregate row counts (also a change to one: counts may be negative).
struct AggregateCounts
{
    qint64 sent = 0, delivered = 0, deferred = 0, hard = 0, soft = 0, spam = 0, expired = 0, optOuts = 0;

    /// What one delivery of this result and bounce class adds (times sign: 1 or -1).
    void addDelivery(delivery::DeliveryResult result, QByteArrayView bounceClass, int sign = 1);
};

class DeliveryStore
{
public:
    enum class Outcome { Stored, Duplicate, Failed };

    /// attributor (may be null: nothing attributed) names the customer of opt-outs, seed results
    /// and listings as they are stored; deliveries come attributed (StoredDelivery::attribute).
    explicit DeliveryStore(const Database &database, const attribution::Attributor *attributor = nullptr);

    /// Call inside a Transaction on this thread's connection, and flushAggregates() before
    /// committing it.
    [[nodiscard]] Outcome store(qint64 batchId, const StoredDelivery &delivery);
    [[nodiscard]] Outcome store(qint64 batchId, const QString &sourcePath,
        const delivery::OptOutRecord &optOut, const QString &receiver);
    [[nodiscard]] Outcome store(qint64 batchId, const QString &sourcePath, const delivery::SeedResult &seed);
    [[nodiscard]] Outcome store(
        qint64 batchId, const QString &sourcePath, const delivery::BlocklistListing &listing);
    /// A listing entered by hand: stored, or, for the same list, target and start, its delisting
    /// and note updated. Returns false (lastError) when the database refused.
    [[nodiscard]] bool storeByHand(const delivery::BlocklistListing &listing);
    /// The receiver of each recipient domain changed (the analyst edited the list): deliveries
    /// and opt-outs of those domains move, in one pass over each table however many domains
    /// changed. Call rebuildAggregates() afterwards. Returns the rows changed, or -1.
    [[nodiscard]] qint64 reassignReceivers(const QHash<QString, QString> &receiverOfDomain);
    /// The stored recipient domains (of deliveries and opt-outs).
    [[nodiscard]] QStringList recipientDomains() const;
    /// Recounts daily_aggregates from the stored deliveries and opt-outs (after receivers or
    /// attributions changed). Call inside a Transaction. False (lastError) when refused.
    [[nodiscard]] bool rebuildAggregates();
    /// Adds a change to a daily aggregate row (flushed with the rest): a delivery or opt-out that
    /// moved to another customer.
    void adjustAggregate(
        const QByteArray &day, qint64 customerId, const QByteArray &receiver, const AggregateCounts &delta);
    /// Adds the counts of what was stored since the last flush to daily_aggregates.
    [[nodiscard]] bool flushAggregates();
    /// Forgets counts not yet flushed (their transaction was rolled back).
    void discardAggregates();

    void recordFile(qint64 batchId, const QString &path, const QString &format, qint64 lines, qint64 stored,
        qint64 duplicates, qint64 rejected);
    void recordRejection(qint64 batchId, const QString &sourcePath, qint64 line, const QString &reason);

    /// What one recipient got from one customer (customerRef as the logs name it; empty: from
    /// anyone). One index range scan: milliseconds on tens of millions of deliveries.
    [[nodiscard]] RecipientHistory recipientHistory(
        const QString &recipient, const QString &customerRef) const;

    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// "2026-11-02" for a UTC time.
    [[nodiscard]] static QByteArray dayOf(qint64 unixSeconds);

private:
    using Counts = AggregateCounts;
    Outcome run(SqliteStatement &statement);
    Counts &countsFor(qint64 unixSeconds, qint64 customerId, const QString &receiver);
    Counts &countsFor(const QByteArray &aggregateKey);
    [[nodiscard]] attribution::Attribution attributeRef(const QString &customerRef, qint64 when) const;

    const Database &m_database;
    const attribution::Attributor *m_attributor;
    SqliteStatement m_insertDelivery;
    SqliteStatement m_insertOptOut;
    SqliteStatement m_insertSeed;
    SqliteStatement m_insertListing;
    SqliteStatement m_upsertAggregate;
    SqliteStatement m_insertRejection;
    SqliteStatement m_insertFile;
    QHash<QByteArray, Counts> m_pending; // "day\tcustomer id\treceiver" (UTF-8) → counts not yet flushed
    QString m_lastError;
};

} // namespace abusedesk::storage
