// SPDX-License-Identifier: GPL-2.0-or-later
// A synthetic abuse-desk case (design.md §5 `demo`): the ESP's customers, the mail that reached
// its role accounts, feedback loop reports and bounces, written into a folder together with
// expected.json, which says what was planted in every message so that tests and benchmarks can
// hold the program against it. The same seed and scale give the same bytes on every platform: no
// clock, no std distributions, no hash order. All names, domains and addresses are made up
// (example domains, documentation IP ranges); the real blocklist operators spamhaus.org and
// spamcop.net appear only as senders of blocklist notices.
//
// customers.csv: UTF-8, one header line, comma-separated, RFC 4180 quoting.
//   id                   the customer's id in the whole case ("c001")
//   name                 the list owner's name
//   status               active | warned | suspended | terminated
//   monthly_revenue      revenue per month, two decimals ("1250.00")
//   currency             ISO 4217 code of monthly_revenue ("EUR")
//   contact_email        whom the abuse desk writes to
//   sending_ips          "; "-separated "ADDRESS_OR_CIDR FROM..UNTIL": UTC days (YYYY-MM-DD), UNTIL
//                        excluded and empty while still held. An address listed under two customers
//                        changed hands at that day; a range listed under several customers with
//                        overlapping days is a shared pool.
//   dkim_domains         DKIM d= domains of its mail ("; "-separated, like every list column)
//   return_path_domains  envelope sender (Return-Path) domains
//   from_domains         From domains
//   list_ids             List-Id values (empty: its mail has none)
//   x_customer_id        the value of its X-Customer-ID header (empty: its mail has none)
//   feedback_id_segment  the customer field (second) of its Feedback-ID header (empty: none)
//
// expected.json: {"seed", "scale", "period": {"start", "end"}, "trusted_reporters",
// "role_accounts", "customers": [...], "messages": [{"file", "index", "sha256", "kind", "legal",
// "role_account", "customer", "facts"}]}, one customer or message per line. "customers" holds the
// rows of customers.csv (list columns as arrays, revenue as monthly_revenue_cents, sending_ips as
// {"range", "from", "until", "shared"}). "index" is the 0-based position in the file, "sha256"
// that of the message as an mbox reader gives it back. "customer" is the list owner the
// message is about when the message carries something that identifies it (an original with its
// headers, a sending address it alone held at the time, one of its domains), else null. "facts"
// holds the design.md §3 facts the generator planted; a null fact must be absent. Escalated
// complaints are escalated only under the trusted_reporters policy; without it they are
// complaints.
#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace abusedesk::demo {

struct DemoOptions
{
    quint64 seed = 1; ///< 0 … 2^53 - 1 (JSON numbers above that are not exact)
    int scale = 1; ///< 1 … DemoCase::MaxScale: multiplies every message count
};

struct DemoSummary
{
    QList<QPair<QString, int>> files; ///< file name and its rows or messages, in writing order
    QMap<QString, int> kinds; ///< planted messages per kind
};

class DemoCase
{
public:
    static constexpr int MaxScale = 1000;
    static constexpr quint64 MaxSeed = (quint64(1) << 53) - 1;

    explicit DemoCase(DemoOptions options);

    /// Writes the case into folder, which must exist. Returns false, with error() saying why,
    /// when a file cannot be written.
    [[nodiscard]] bool writeTo(const QString &folder);

    [[nodiscard]] const DemoSummary &summary() const { return m_summary; }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    DemoOptions m_options;
    DemoSummary m_summary;
    QString m_error;
};

} // namespace abusedesk::demo
