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
    /// RFC 2822, Unix seconds; otherwise a QDateTime format string ("dd.MM.yyyy HH:mm").
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
    [[nodiscard]] static std::optional<CsvProfile> recognise(
        const QList<QByteArray> &firstLines, const QList<CsvProfile> &savedProfiles);
    /// True when the first lines look like a PowerMTA accounting file.
    [[nodiscard]] static bool isPowerMtaAccounting(const QList<QByteArray> &firstLines);
    /// True when the first line looks like a CSV/TSV header at all (for the "choose or create a
    /// profile" dialog and its message).
    [[nodiscard]] static bool looksTabular(const QList<QByteArray> &firstLines);
};

/// Reads a CSV/TSV file with a profile: the first line is the header, every further record
/// becomes a DeliveryRecord, OptOutRecord, SeedResult or BlocklistListing (by the profile's
/// kind) or a LineRejection naming the line and the problem.
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
