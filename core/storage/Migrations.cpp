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
