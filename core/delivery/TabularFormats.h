// SPDX-License-Identifier: GPL-2.0-or-later
// The CSV/TSV inputs: PowerMTA accounting files (field names from their header line), the
// sender's own application send logs (a column mapping saved as a named profile), opt-out
// lists, seed-test results and blocklist listings. A profile says which column holds which
// field; opt-out, seed and blocklist files with the usual column names are recognised without one.
#pragma once

#include "delivery/LogParser.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <memory>
#include <optional>

namespace abusedesk::delivery {

enum class TabularKind {
    SendLog, ///< time, customer, campaign, sending_ip, envelope_sender, recipient, result, status, diagnostic
    OptOut, ///< time, customer, recipient, reason, source
    Seed, ///< campaign, customer, receiver, placement (inbox|junk|missing), [time]
    Blocklist, ///< list, target (IP, CIDR or domain), listed, delisted, note
};

struct CsvProfile
{
    QString name; ///< what the analyst called it ("ESP app log v2"); empty for built-in ones
    TabularKind kind = TabularKind::SendLog;
    char separator = ','; ///< ',', ';' or '\t'
    /// Field name (from fieldsOf(kind)) → column header as it appears in the file (matched
    /// case-insensitively, surrounding white space ignored).
    QHash<QString, QString> columns;
    /// How times are written: empty = any of ISO 8601 / RFC 3339, "YYYY-MM-DD HH:MM:SS",
    /// RFC 2822, Unix seconds or milliseconds; otherwise a QDateTime format string
    /// ("dd.MM.yyyy HH:mm"). Details in TimestampParser.
    QString timeFormat;
    /// The zone of times written without an offset (UTC when invalid).
    QTimeZone timeZone = QTimeZone::UTC;
    /// Send logs: result words → "delivered" | "deferred" | "bounced" | "expired" (matched
    /// case-insensitively). Common words (sent, ok, delivered, 250, defer, bounce, failed, hard,
    /// soft…) are understood without an entry.
    QHash<QString, QString> resultWords;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<CsvProfile> fromJson(
        const QJsonObject &object, QString *error = nullptr);
    /// The fields of a kind, in the order above, and which of them must be mapped.
    [[nodiscard]] static QStringList fieldsOf(TabularKind kind);
    [[nodiscard]] static QStringList requiredFieldsOf(TabularKind kind);
    [[nodiscard]] static QString kindName(TabularKind kind); ///< "send-log", "opt-out", "seed", "blocklist"
    [[nodiscard]] static std::optional<TabularKind> kindFromName(const QString &name);
};

class TabularFormats
{
public:
    /// What a CSV/TSV file is, from its first lines: a profile (built-in for files whose header
    /// uses the usual column names, or one of the saved profiles whose mapped columns are all
    /// present), or nothing.
    ///
    /// In this order: nothing for what is not tabular (looksTabular()) or is a PowerMTA
    /// accounting file; the saved profile whose mapped columns are all in the header (split with
    /// the profile's separator; the one mapping the most columns wins); a send log whose header
    /// holds only the canonical field names (time, recipient and result among them); then the
    /// built-in opt-out, seed and blocklist profiles, with the separator guessed. Column names
    /// are compared without case, spaces, "_", "-" and ".", so "Unsubscribed At" is
    /// unsubscribed_at. A built-in profile needs its required fields; the one matching the most
    /// fields wins:
    /// - opt-out: time|date|timestamp|datetime|unsubscribed_at|unsubscribe_date|unsubscribed|
    ///   opted_out_at|opt_out_date, customer|customer_id|client|client_id|account|account_id,
    ///   recipient|email|email_address|address|mail, reason|unsubscribe_reason,
    ///   source|channel|method. Never for a header that also has delivery-log, seed or
    ///   blocklist columns (result, status, event, dsn…, bounce…, smtp…, placement, folder,
    ///   provider, list, listed…): reading a send log as opt-outs would suppress every recipient.
    /// - seed: campaign|campaign_id|campaign_name, customer (as above),
    ///   receiver|provider|mailbox_provider|isp, placement|folder|result|inbox_placement,
    ///   time|date|timestamp|datetime.
    /// - blocklist: list|blocklist|blacklist|dnsbl|rbl, target|ip|ip_address|domain|listed_item|cidr,
    ///   listed|listed_at|listed_since|since|listed_date, delisted|delisted_at|delisted_date|
    ///   removed|removed_at, note|notes|comment|comments.
    [[nodiscard]] static std::optional<CsvProfile> recognise(
        const QList<QByteArray> &firstLines, const QList<CsvProfile> &savedProfiles);
    /// True when the first lines look like a PowerMTA accounting file.
    [[nodiscard]] static bool isPowerMtaAccounting(const QList<QByteArray> &firstLines);
    /// True when the first line looks like a CSV/TSV header at all (for the "choose or create a
    /// profile" dialog and its message): at least two named columns with one of the separators,
    /// every name up to 64 characters of letters, digits, spaces and _-./()#? starting with a
    /// letter, "_" or "#". An mbox "From " line, a syslog line ("Nov  2 10:00:00 host prog[1]:")
    /// and an Exim or ISO-stamped log line are not headers.
    [[nodiscard]] static bool looksTabular(const QList<QByteArray> &firstLines);
};

/// Reads a CSV/TSV file with a profile: the first line is the header, every further record
/// becomes a DeliveryRecord, OptOutRecord, SeedResult or BlocklistListing (by the profile's
/// kind) or a LineRejection naming the line and the problem.
///
/// - Columns are found by the profile's names, without case and surrounding spaces. A header
///   without a required column gives one rejection on its line and nothing else is read.
/// - Blank lines, and rows whose fields are all empty, are skipped. A row shorter than the
///   header is read when it has every required column; a longer one only when the extra fields
///   are empty (a trailing separator), since a stray separator shifts the columns after it.
///   Otherwise: "N fields, the header has M".
/// - A record's line is its first physical line; its key is recordKey(kind name, "\n", the
///   record's physical lines joined with "\n"), the same whichever line ends the file used.
/// - Times per TimestampParser (the profile's format and zone), stored in UTC; a time more than
///   two days after `reference` "lies in the future" and is rejected. Seed times are optional,
///   a blocklist's "delisted" too (empty: still listed).
/// - Addresses (recipient, envelope sender) lower-cased without <>; a recipient without "@" is
///   rejected. A blocklist target is lower-cased.
/// - Send-log results, without case: the profile's resultWords first, then
///   delivered|delivery|sent|ok|success|succeeded|accepted|relayed → delivered;
///   deferred|defer|deferral|delayed|delay|retry|soft|soft bounce|transient|tempfail|temporary
///   → deferred; bounced|bounce|failed|fail|failure|hard|hard bounce|rejected|reject|permanent
///   → bounced; expired|expire → expired; a reply code or enhanced status by its class
///   (2xx delivered, 4xx deferred, 5xx bounced). Any other word is rejected by name.
/// - The send-log status column may hold an enhanced status ("5.1.1"), a reply code ("550") or
///   both ("550 5.1.1"); other text there is not kept. A reply code or status missing from it
///   is taken from the start of the diagnostic.
/// - Seed placements, without case ("_" and "-" as spaces): inbox|primary|delivered|inboxed and
///   Gmail's tabs (tabs|tab|promotions|social|updates|forums) → inbox; junk|spam|bulk and
///   "junk/spam/bulk folder" → junk; missing|not delivered|lost|not received|not found|
///   undelivered → missing.
class TabularParser : public LogParser
{
public:
    TabularParser(ParserSinks sinks, CsvProfile profile, QDateTime reference);
    ~TabularParser() override;
    void addLine(QByteArrayView line, qint64 number) override;
    void finish() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// PowerMTA accounting CSV: the header line names the fields (type, timeLogged, timeQueued,
/// orig, rcpt, dsnAction, dsnStatus, dsnDiag, dsnMta, dlvSourceIp, dlvDestinationIp, vmta,
/// jobId, envId, …); records of type d (delivered), b (bounced), t (transient: deferred) and
/// rb (remote bounce) become DeliveryRecords; other types (f feedback loop, tq, r …) are
/// counted as skipped, not rejected.
///
/// Every line holding the field names type and rcpt is a header (concatenated files repeat
/// it). Fields: time from timeLogged (else timeQueued; "2026-11-02 10:00:00+0100", UTC when
/// without an offset), envelope sender from orig, recipient from rcpt, status from dsnStatus
/// without its text, diagnostic from dsnDiag without "smtp;", reply code from the diagnostic,
/// remote MTA from dsnMta without "dns;" and "(ip)" (else dlvDestinationIp), sending IP from
/// dlvSourceIp, campaign from jobId, queue id from envId, message id from header_Message-Id.
/// The vmta is a sending pool, not a customer: the customer comes only from a column named
/// customer, customerId, customer_id or header_X-Customer-ID. A b record whose status is
/// 4.x.x or X.4.7 is PowerMTA giving up after the queue lifetime: expired. A record's key is
/// recordKey(its physical lines joined with "\n").
class PowerMtaParser : public LogParser
{
public:
    PowerMtaParser(ParserSinks sinks, QDateTime reference);
    ~PowerMtaParser() override;
    void addLine(QByteArrayView line, qint64 number) override;
    void finish() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace abusedesk::delivery
