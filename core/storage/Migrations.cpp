// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/Migrations.h"

namespace abusedesk::storage {

QString dailyAggregatesRebuildSql()
{
    return QStringLiteral(
        R"(INSERT INTO daily_aggregates (day, customer_id, receiver, sent, delivered, deferred,
    hard, soft, spam, expired, opt_outs)
SELECT day, customer, receiver, sum(sent), sum(delivered), sum(deferred), sum(hard), sum(soft), sum(spam),
    sum(expired), sum(opt_outs) FROM (
    SELECT date(time, 'unixepoch') AS day, coalesce(customer_id, 0) AS customer, receiver,
        result != 'deferred' AS sent, result = 'delivered' AS delivered, result = 'deferred' AS deferred,
        result IN ('bounced', 'expired') AND bounce_class = 'hard' AS hard,
        result IN ('bounced', 'expired') AND coalesce(bounce_class, 'soft') NOT IN ('hard', 'spam') AS soft,
        result IN ('bounced', 'expired') AND bounce_class = 'spam' AS spam,
        result = 'expired' AS expired, 0 AS opt_outs FROM deliveries
    UNION ALL SELECT date(time, 'unixepoch'), coalesce(customer_id, 0), receiver, 0, 0, 0, 0, 0, 0, 0, 1
        FROM opt_outs)
GROUP BY day, customer, receiver)");
}

QString messageReceiverSql(const QString &kind, const QString &facts, const QString &from)
{
    // The mailbox provider a report is about: a bounce's first failed recipient's domain, else the
    // domain the complaint came from (the complainant's).
    // A feedback report is about the original's recipient's provider (its address may be redacted,
    // its domain rarely is), else the provider that sent the report.
    const QString bounced = QStringLiteral("json_extract(%1, '$.recipients[0].address')").arg(facts);
    const QString reported = QStringLiteral("json_extract(%1, '$.feedback.original_rcpt_to[0]')").arg(facts);
    return QStringLiteral(
        "lower(CASE WHEN %1 = 'bounce' AND %2 LIKE '%@%' THEN substr(%2, instr(%2, '@') + 1) "
        "WHEN %1 = 'feedback-report' AND %3 LIKE '%@%' THEN substr(%3, instr(%3, '@') + 1) "
        "WHEN %4 LIKE '%@%' THEN substr(%4, instr(%4, '@') + 1) END)")
        .arg(kind, bounced, reported, from);
}

QString messageCampaignSql(const QString &facts)
{
    // The sender's campaign header on the original, else the campaign part of its Feedback-ID.
    return QStringLiteral("coalesce(json_extract(%1, '$.original.headers.\"X-Campaign-ID\"'), "
                          "nullif(substr(json_extract(%1, '$.original.feedback_id'), 1, "
                          "instr(json_extract(%1, '$.original.feedback_id'), ':') - 1), ''))")
        .arg(facts);
}

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

    steps.append({ 3, QStringLiteral("customer identifiers, attribution rules, attributions, mentions"),
        {
            // What identifies a customer's mail (design.md §2 "Customer"). kind says where the value
            // is looked for: an address or CIDR range (ip, with the days it was held: valid_from
            // included, valid_until excluded, Unix seconds, NULL = open), a domain (domain: any of
            // the four domain kinds), a header value (header names the header), a contact address.
            QStringLiteral(R"(CREATE TABLE customer_identifiers (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('ip', 'domain', 'dkim-domain', 'return-path-domain', 'from-domain',
        'list-id', 'header', 'contact')),
    header TEXT,
    value TEXT NOT NULL,
    valid_from INTEGER,
    valid_until INTEGER,
    shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    note TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX customer_identifiers_customer ON customer_identifiers(customer_id)"),
            // Ordered rules (design.md §2 "Attribution rule"): the first that names one customer
            // decides; the others are checked for disagreement.
            QStringLiteral(R"(CREATE TABLE attribution_rules (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('log-customer', 'header', 'source-ip', 'dkim-domain',
        'return-path-domain', 'list-id', 'from-domain', 'contact', 'named-in-text')),
    header TEXT,
    pattern TEXT,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))))"),
            QStringLiteral(R"(INSERT INTO attribution_rules (id, position, kind, header, pattern) VALUES
    (1, 1, 'log-customer', NULL, NULL),
    (2, 2, 'header', 'X-Customer-ID', '^\s*(\S+)\s*$'),
    (3, 3, 'header', 'Feedback-ID', '^[^:]*:([^:]+):'),
    (4, 4, 'source-ip', NULL, NULL),
    (5, 5, 'dkim-domain', NULL, NULL),
    (6, 6, 'return-path-domain', NULL, NULL),
    (7, 7, 'list-id', NULL, NULL),
    (8, 8, 'from-domain', NULL, NULL),
    (9, 9, 'contact', NULL, NULL),
    (10, 10, 'named-in-text', NULL, NULL))"),
            // Why an item belongs to its customer: the rule, the value it matched, the identifier
            // that value matched, and the other rules that named someone else (JSON, NULL if none).
            QStringLiteral("ALTER TABLE messages ADD COLUMN attribution_rule INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN attribution_value TEXT"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN attribution_identifier INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN attribution_conflicts TEXT"),
            // Deliveries keep only the rule (the value is the row's own field the rule reads).
            QStringLiteral("ALTER TABLE deliveries ADD COLUMN attribution_rule INTEGER"),
            QStringLiteral(
                "ALTER TABLE deliveries ADD COLUMN attribution_conflict INTEGER NOT NULL DEFAULT 0"),
            // No index on customer_id: per-customer figures come from daily_aggregates, and an
            // index would double the time of re-attributing the history (bench_reattribute).
            QStringLiteral("ALTER TABLE opt_outs ADD COLUMN customer_id INTEGER REFERENCES customers(id) ON "
                           "DELETE SET NULL"),
            QStringLiteral("ALTER TABLE seed_results ADD COLUMN customer_id INTEGER REFERENCES customers(id) "
                           "ON DELETE SET NULL"),
            QStringLiteral("ALTER TABLE blocklist_listings ADD COLUMN customer_id INTEGER REFERENCES "
                           "customers(id) ON DELETE SET NULL"),
            // Mail that names a customer's (or the sender's own) address or domain in its text.
            QStringLiteral(R"(CREATE TABLE mentions (
    evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    PRIMARY KEY (evidence_id, value)))"),
            QStringLiteral("CREATE INDEX mentions_customer ON mentions(customer_id)"),
            // Each attribution run (after an import, or because rules or identifiers changed) and
            // what moved: summary is a JSON list of {from, to, messages, deliveries, examples}.
            QStringLiteral(R"(CREATE TABLE attribution_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    reason TEXT NOT NULL,
    examined INTEGER NOT NULL DEFAULT 0,
    moved INTEGER NOT NULL DEFAULT 0,
    summary TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(summary))))"),
            // The daily aggregates are now kept per attributed customer (0: none).
            QStringLiteral("DROP TABLE daily_aggregates"),
            QStringLiteral(R"(CREATE TABLE daily_aggregates (
    day TEXT NOT NULL,
    customer_id INTEGER NOT NULL DEFAULT 0,
    receiver TEXT NOT NULL,
    sent INTEGER NOT NULL DEFAULT 0,
    delivered INTEGER NOT NULL DEFAULT 0,
    deferred INTEGER NOT NULL DEFAULT 0,
    hard INTEGER NOT NULL DEFAULT 0,
    soft INTEGER NOT NULL DEFAULT 0,
    spam INTEGER NOT NULL DEFAULT 0,
    expired INTEGER NOT NULL DEFAULT 0,
    opt_outs INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, customer_id, receiver)) WITHOUT ROWID)"),
            dailyAggregatesRebuildSql(),
        } });

    steps.append({ 4, QStringLiteral("messages by date"),
        {
            // Figures over a period (the Customers view's 30 days) read a range of days, not every
            // message.
            QStringLiteral("CREATE INDEX messages_sent ON messages(sent_at)"),
        } });

    steps.append({ 5, QStringLiteral("triage, cases, timeline, escalation decisions, text search"),
        {
            // What the triage queue filters and groups by, kept on the message so that its index
            // answers without reading the facts: the role account (a copy of the evidence's), the
            // receiver (mailbox provider) and the campaign, both derived from the facts.
            QStringLiteral("ALTER TABLE messages ADD COLUMN role_account TEXT"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN receiver TEXT"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN campaign TEXT"),
            // NULL: waiting for a human. in-case: linked to a case (case_evidence says which).
            QStringLiteral("ALTER TABLE messages ADD COLUMN triage_state TEXT CHECK (triage_state IN "
                           "('acknowledged', 'noise', 'in-case'))"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN triage_at TEXT"),
            QStringLiteral("UPDATE messages SET role_account = (SELECT role_account FROM evidence WHERE id = "
                           "evidence_id), receiver = %1, campaign = %2")
                .arg(messageReceiverSql(
                         QStringLiteral("kind"), QStringLiteral("facts"), QStringLiteral("from_address")),
                    messageCampaignSql(QStringLiteral("facts"))),
            QStringLiteral(
                // Covers the queue, its facets and the feedback clusters; in the clusters' grouping
                // order so that grouping needs no sort.
                "CREATE INDEX messages_triage ON messages(triage_state, kind, customer_id, receiver, "
                "campaign, sent_at, role_account, from_address, legal)"),
            // A customer's mail to one receiver over some days (the complaint rate of a cluster of
            // feedback reports) without reading every customer's days.
            QStringLiteral(
                "CREATE INDEX daily_aggregates_customer ON daily_aggregates(customer_id, receiver, day)"),
            // A case per problem (design.md §2 "Case"). finding_key names the automatic finding it
            // was opened from, so that the same problem found again is not proposed twice.
            QStringLiteral(R"(CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    category TEXT NOT NULL CHECK (category IN ('complaint-rate', 'hard-bounces', 'spam-bounces',
        'direct-complaint', 'escalated-complaint', 'blocklist', 'spam-trap', 'unsubscribe-failure',
        'purchased-list', 'mailing-after-opt-out', 'legal', 'other')),
    severity INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 4),
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'waiting-on-customer', 'resolved', 'closed')),
    outcome TEXT CHECK (outcome IN ('educated', 'warned', 'suspended', 'terminated', 'no-action')),
    title TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    finding_key TEXT,
    opened_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    closed_at TEXT))"),
            QStringLiteral("CREATE INDEX cases_customer ON cases(customer_id)"),
            QStringLiteral("CREATE INDEX cases_finding ON cases(finding_key)"),
            QStringLiteral(R"(CREATE TABLE case_evidence (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    added_at TEXT NOT NULL,
    PRIMARY KEY (case_id, evidence_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX case_evidence_evidence ON case_evidence(evidence_id)"),
            // The timeline: everything that happened in a case, in order. data holds what the
            // type needs (a status change's before and after, a checklist answer, a reply).
            QStringLiteral(R"(CREATE TABLE case_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL CHECK (type IN ('opened', 'note', 'communication', 'checklist', 'status', 'severity',
        'evidence', 'time', 'ladder', 'attribution', 'undo')),
    text TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data))))"),
            QStringLiteral("CREATE INDEX case_events_case ON case_events(case_id, at)"),
            // Time spent per case action: the cost of complaints (minutes x hourly cost).
            QStringLiteral(R"(CREATE TABLE time_entries (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    activity TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX time_entries_case ON time_entries(case_id)"),
            // Changes of a customer's status or ladder step: each a decision with a reason.
            QStringLiteral(R"(CREATE TABLE customer_decisions (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    from_step INTEGER NOT NULL,
    to_step INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL))"),
            QStringLiteral("CREATE INDEX customer_decisions_customer ON customer_decisions(customer_id, at)"),
            // Triage actions on evidence outside any case (acknowledge, noise, attribute), and
            // undone ones: the evidence's own history.
            QStringLiteral(R"(CREATE TABLE triage_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    evidence_ids TEXT NOT NULL CHECK (json_valid(evidence_ids)),
    data TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data)),
    undone_at TEXT))"),
            // Findings the analyst set aside (key as Finding::key), until a date or for good.
            QStringLiteral(R"(CREATE TABLE finding_dismissals (
    finding_key TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''))"),
            // Free-text search over subject, sender and text (design.md §4.2). Contentless: the
            // text is in the evidence; the index only answers which messages match. Rows are
            // written once, at import (no deletes: contentless_delete made the import 15 % slower);
            // messages stored before this step have their subject and sender indexed, not their text.
            QStringLiteral("CREATE VIRTUAL TABLE message_text USING fts5(subject, sender, body, content='', "
                           "columnsize=0, tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("INSERT INTO message_text (rowid, subject, sender, body) SELECT evidence_id, "
                           "concat_ws(' ', subject, json_extract(facts, '$.original.subject')), "
                           "concat_ws(' ', from_address, json_extract(facts, '$.original.from')), '' "
                           "FROM messages"),
        } });

    steps.append({ 6, QStringLiteral("reply templates"),
        {
            // The analyst's reply templates (design.md §4.7); the program adds the shipped ones it
            // does not find by name (replies/ReplyTemplateStore). shipped: as shipped, not edited.
            QStringLiteral(R"(CREATE TABLE reply_templates (
    name TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    audience TEXT NOT NULL CHECK (audience IN ('complainant', 'list-owner')),
    categories TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    shipped INTEGER NOT NULL DEFAULT 0 CHECK (shipped IN (0, 1)),
    updated_at TEXT NOT NULL) WITHOUT ROWID)"),
        } });

    steps.append({ 7, QStringLiteral("seed results by customer"),
        {
            // The dashboard's inbox placement of one customer over a period.
            QStringLiteral("CREATE INDEX seed_results_customer ON seed_results(customer_id, time)"),
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
