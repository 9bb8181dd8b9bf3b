// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/Migrations.h"

namespace abusedesk::storage {

namespace {

// Times are UTC ISO 8601 text ("2026-11-02T10:00:00Z"), so they sort and compare as text and
// read well in the sqlite3 shell. Hashes are lower-case hex.
QList<MigrationStep> buildSteps()
{
    QList<MigrationStep> steps;

    steps.append({ 1, QStringLiteral("evidence, messages, customers, policy"),
        {
            QStringLiteral(R"(CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    origin TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'running'
        CHECK (status IN ('running', 'finished', 'cancelled', 'failed')),
    units_read INTEGER NOT NULL DEFAULT 0,
    stored INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0))"),
            // One imported unit exactly as received. Immutable; deduplicated by hash.
            QStringLiteral(R"(CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    source_path TEXT NOT NULL,
    source_offset INTEGER NOT NULL DEFAULT 0,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id),
    imported_at TEXT NOT NULL,
    role_account TEXT,
    times_seen INTEGER NOT NULL DEFAULT 1))"),
            // The bytes live apart from the metadata so that scans of evidence stay narrow.
            QStringLiteral(R"(CREATE TABLE evidence_raw (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
    raw BLOB NOT NULL))"),
            // Units that could not be stored, with the reason, so that nothing is lost silently.
            QStringLiteral(R"(CREATE TABLE import_rejections (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    source_path TEXT NOT NULL,
    source_offset INTEGER,
    line INTEGER,
    reason TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'warned', 'suspended', 'terminated')),
    ladder_step INTEGER NOT NULL DEFAULT 0 CHECK (ladder_step BETWEEN 0 AND 4),
    monthly_revenue_cents INTEGER,
    currency TEXT NOT NULL DEFAULT 'EUR',
    contacts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contacts)),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL))"),
            // The parsed view of an evidence item; facts holds the classify JSON of design.md §3.
            QStringLiteral(R"(CREATE TABLE messages (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('feedback-report', 'bounce', 'auto-reply', 'unsubscribe-request',
        'blocklist-notice', 'complaint', 'escalated-complaint', 'noise')),
    legal INTEGER NOT NULL DEFAULT 0 CHECK (legal IN (0, 1)),
    message_id TEXT,
    subject TEXT,
    from_address TEXT,
    sent_at TEXT,
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    facts TEXT NOT NULL DEFAULT '{}'))"),
            QStringLiteral("CREATE INDEX messages_kind ON messages(kind)"),
            QStringLiteral("CREATE INDEX messages_customer ON messages(customer_id)"),
            QStringLiteral("CREATE INDEX evidence_batch ON evidence(batch_id)"),
            // The analyst's policy: only what differs from the defaults in code
            // (Database::policyDefaults), so that a new case database holds no rows at all.
            QStringLiteral(R"(CREATE TABLE policy (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))))"),
        } });

    steps.append({ 2,
        QStringLiteral("deliveries, receivers, daily aggregates, opt-outs, seeds, blocklist listings"),
        {
            // One recipient attempt read from an MTA log or a send log (design.md §2 "Delivery").
            // Times are Unix seconds (UTC) here, not text: there are tens of millions of rows.
            // key identifies the attempt across re-imports and overlapping rotated files.
            QStringLiteral(R"(CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    key BLOB NOT NULL UNIQUE,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id),
    time INTEGER NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('delivered', 'deferred', 'bounced', 'expired')),
    recipient TEXT NOT NULL,
    recipient_domain TEXT NOT NULL,
    receiver TEXT NOT NULL,
    envelope_sender TEXT,
    sending_ip TEXT,
    customer_ref TEXT NOT NULL DEFAULT '',
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    campaign TEXT,
    queue_id TEXT,
    message_id TEXT,
    status TEXT,
    reply_code TEXT,
    diagnostic TEXT,
    remote_mta TEXT,
    bounce_class TEXT CHECK (bounce_class IN ('hard', 'soft', 'spam')),
    reason TEXT,
    source_path TEXT NOT NULL,
    line INTEGER NOT NULL))"),
            // "How many mails did this recipient get from this customer, when, from which campaigns"
            // (design.md §4.6) is one range scan of this index.
            QStringLiteral("CREATE INDEX deliveries_recipient ON deliveries(recipient, customer_ref, time)"),
            QStringLiteral("CREATE INDEX deliveries_time ON deliveries(time)"),
            // Per UTC day (YYYY-MM-DD), customer (as the logs name it, until attribution exists)
            // and receiver. Kept by the import in the same transaction as what it counts.
            QStringLiteral(R"(CREATE TABLE daily_aggregates (
    day TEXT NOT NULL,
    customer_ref TEXT NOT NULL,
    receiver TEXT NOT NULL,
    sent INTEGER NOT NULL DEFAULT 0,
    delivered INTEGER NOT NULL DEFAULT 0,
    deferred INTEGER NOT NULL DEFAULT 0,
    hard INTEGER NOT NULL DEFAULT 0,
    soft INTEGER NOT NULL DEFAULT 0,
    spam INTEGER NOT NULL DEFAULT 0,
    expired INTEGER NOT NULL DEFAULT 0,
    opt_outs INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, customer_ref, receiver)) WITHOUT ROWID)"),
            // The analyst's changes to the shipped list of mailbox providers (ReceiverDirectory).
            QStringLiteral(R"(CREATE TABLE receiver_domains (
    domain TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    consumer INTEGER NOT NULL CHECK (consumer IN (0, 1))) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE opt_outs (
    id INTEGER PRIMARY KEY,
    key BLOB NOT NULL UNIQUE,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id),
    time INTEGER NOT NULL,
    customer_ref TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL,
    receiver TEXT NOT NULL,
    reason TEXT,
    source TEXT,
    source_path TEXT NOT NULL,
    line INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX opt_outs_recipient ON opt_outs(recipient, customer_ref, time)"),
            QStringLiteral(R"(CREATE TABLE seed_results (
    id INTEGER PRIMARY KEY,
    key BLOB NOT NULL UNIQUE,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id),
    time INTEGER,
    campaign TEXT NOT NULL,
    customer_ref TEXT NOT NULL DEFAULT '',
    receiver TEXT NOT NULL,
    placement TEXT NOT NULL CHECK (placement IN ('inbox', 'junk', 'missing')),
    source_path TEXT NOT NULL,
    line INTEGER NOT NULL))"),
            // Listings imported from CSV (key from the row) or entered by hand (no source_path).
            QStringLiteral(R"(CREATE TABLE blocklist_listings (
    id INTEGER PRIMARY KEY,
    key BLOB NOT NULL UNIQUE,
    batch_id INTEGER REFERENCES import_batches(id),
    list TEXT NOT NULL,
    target TEXT NOT NULL,
    listed INTEGER NOT NULL,
    delisted INTEGER,
    note TEXT NOT NULL DEFAULT '',
    source_path TEXT,
    line INTEGER))"),
            QStringLiteral("CREATE INDEX blocklist_target ON blocklist_listings(target)"),
            // Column mappings of CSV send logs (and other tabular files), by name.
            QStringLiteral(R"(CREATE TABLE csv_profiles (
    name TEXT PRIMARY KEY,
    definition TEXT NOT NULL CHECK (json_valid(definition))))"),
            // What a log import read per file: lines, records stored, duplicates, rejected lines.
            QStringLiteral(R"(CREATE TABLE log_files (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    source_path TEXT NOT NULL,
    format TEXT NOT NULL,
    lines INTEGER NOT NULL DEFAULT 0,
    stored INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0))"),
        } });
    return steps;
}

} // namespace

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps = buildSteps();
    return steps;
}

int latestSchemaVersion()
{
    return migrationSteps().isEmpty() ? 0 : migrationSteps().constLast().version;
}

} // namespace abusedesk::storage
