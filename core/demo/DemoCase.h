// SPDX-License-Identifier: GPL-2.0-or-later
// A synthetic abuse-desk case (design.md §5 `demo`): the ESP's customers, the mail that reached
// its role accounts, feedback loop reports and bounces, the delivery logs that go with them,
// written into a folder together with expected.json, which says what was planted in every message
// and what the logs hold, so that tests and benchmarks can hold the program against it. The same
// seed and scale give the same bytes on every platform (the .gz: with the same zlib): no clock, no
// std distributions, no hash order. All names, domains and addresses are made up
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
// logs/: what the ESP's platforms logged in the period, made to agree with the mail. The same
// customers (envelope senders bounces+TOKEN-PREFIX@<return_path_domain>, their X-Customer-ID
// values, their sending addresses within the validity periods of customers.csv), the same period,
// the same recipients. A customer's message that a feedback report, a complaint, an escalated
// complaint or an unsubscribe request is about was delivered to that recipient before it (with the
// Message-ID, envelope sender and sending address the report shows). A bounce or delay notice the
// ESP's own Postfix wrote (X-Postfix-Queue-ID) is in the Postfix log under that queue id, with its
// status and reply, at its Last-Attempt-Date, whatever the customer's usual platform; a notice a
// receiver wrote follows mail the logs show delivered (accepted, bounced later). Strangers' mail
// and backscatter are in no log. Every recipient attempt is in exactly one log. All times are UTC:
// syslog and Exim lines carry no zone, so import them as UTC. Each log file's modification time is
// that of its last line (the year of the syslog lines is the period's).
// Platforms: the small senders, and whatever any customer sends from the shared pool
// 203.0.113.64/28, go through PowerMTA; two good customers use the API platform (the send log); one
// good customer sends through the transactional Exim pool, which also carries the ESP's own mail
// (from esp.example, sent from 192.0.2.250: no customer); everything else goes through Postfix.
// Volumes (scale 1: about 35,000 delivered recipients, 28,000 to 55,000 by the seed) fit the
// complaints the mail planted: good customers at 0.048 % feedback complaints of delivered mail or
// below (none at all for some) and below 2 % hard bounces; complaint-heavy ones near 1 %, the
// purchased-list one above 0.15 % and about 10 % hard bounces, the blocklisted one above 0.15 %
// with spam refusals while it was listed. One address of the shared pool has a poor reputation at
// Google all through the period: Google refuses everything that leaves from it ("very low
// reputation of the sending IP address"), whoever's mail it is; and one small sender's content
// looks like spam to Google from a day early in the period on: about half its mail there is
// refused ("likely unsolicited mail") from whichever address, while the others of the pool are
// fine there. Customers that ignore opt-outs also put whoever complained about their mail (a
// feedback report naming the recipient, a complaint the recipient wrote) back on their lists; the
// others never mail them again. Spam trap operators' reports and the blocklist notices that give
// traps as the reason are about customers with bad lists only. The logs are planned and rendered
// in memory: about 100 MB per scale unit.
//   logs/postfix/mail.log.2.gz, mail.log.1, mail.log (oldest to newest): syslog lines
//     ("Nov  2 10:00:00 mta3 postfix/smtp[1234]: 3F2A41C0B9: to=<…>, relay=…, delay=…, delays=…,
//     dsn=2.0.0, status=sent (250 …)") of several hosts. Per message: pickup (uid= from=) or smtpd
//     client=; cleanup message-id=<…>; a cleanup "info: header X-Customer-ID: VALUE from …;
//     from=<…> to=<…>" line when its mail carries the header; qmgr "from=<…>, size=N, nrcpt=K
//     (queue active)", again at each retry; one smtp status=sent|deferred|bounced line per
//     recipient attempt (deferred and bounced with "host MX[IP] said: REPLY (in reply to … command)"
//     or the MTA's own reason with relay=none); qmgr "from=<…>, status=expired, returned to sender"
//     when retries gave up after five days; qmgr removed. Besides: smtpd connect, NOQUEUE reject
//     and disconnect lines, anvil and scache statistics, CRON. Rotated at 00:00 UTC after the tenth
//     and the twentieth day; the oldest file is gzip (no file name, time 0 in its header; the bytes
//     are those of the zlib at hand); each newer file starts with the last two to four lines of the
//     older one again.
//   logs/exim/mainlog: Exim's main log ("2026-11-02 10:00:00 1qAbCd-000123-Xy …"): "<= SENDER
//     H=appN.esp.example [IP] P=esmtp S=SIZE id=MESSAGE-ID", "=> RCPT R=dnslookup T=remote_smtp
//     H=MX [IP] I=[SENDING-IP]:25 … C="REPLY"" (a further recipient delivered in the same
//     connection: "->"), "== RCPT … defer (…) …: REASON", "** RCPT …: REASON" (gave up: "retry
//     timeout exceeded"), "Completed"; queue runs and connections besides.
//   logs/powermta/acct-YYYY-MM-DD.csv: PowerMTA accounting, one file per week named after its first
//     day, each with the header line type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,
//     dsnDiag,dsnMta,bounceCat,srcType,srcMta,dlvType,dlvSourceIp,dlvDestinationIp,
//     dlvEsmtpAvailable,dlvSize,vmta,jobId,envId,queue,vmtaPool; records of type d (delivered),
//     t (deferred) and b (bounced; bounceCat message-expired when retries gave up); times
//     "2026-11-02 10:00:00+0000"; vmta is the customer id, jobId the campaign, vmtaPool shared-pool.
//   logs/sendlog.csv: the API platform's log, columns ts (ISO 8601, UTC), account (customer id),
//     campaign_ref, ip (sending address), mail_from, to, outcome (delivered | deferred | bounced |
//     expired), smtp_status (RFC 3463), detail (the receiver's reply or the MTA's reason); one row
//     per attempt. logs/sendlog-profile.json maps these columns to AbuseDesk's fields.
//   logs/optouts.csv: time,customer,recipient,reason,source: recipients who opted out after a
//     delivery; source list-unsubscribe (reason empty), link, reply or support. Complaint-heavy and
//     purchased-list customers go on mailing those who opted out other than by List-Unsubscribe.
//   logs/seeds.csv: campaign,customer,receiver,placement,time: seed-test results (inbox | junk |
//     missing); each seed address got the campaign in the logs (refused while the address was
//     listed, and then missing).
//   logs/blocklist.csv: list,target,listed,delisted,note: the blocklisted customer's address or
//     range on the Spamhaus SBL for some days (receivers using Spamhaus refuse its mail meanwhile:
//     "blocked using zen.spamhaus.org") and a complaint-heavy customer's address on SpamCop for a
//     day; delisted empty while still listed.
//
// expected.json: {"seed", "scale", "period": {"start", "end"}, "trusted_reporters",
// "role_accounts", "customers": [...], "messages": [{"file", "index", "sha256", "kind", "legal",
// "role_account", "customer", "facts"}], "deliveries": {...}}, one customer or message per line. "customers"
// holds the rows of customers.csv (list columns as arrays, revenue as monthly_revenue_cents, sending_ips as
// {"range", "from", "until", "shared"}). "index" is the 0-based position in the file, "sha256"
// that of the message as an mbox reader gives it back. "customer" is the list owner the
// message is about when the message carries something that identifies it (an original with its
// headers, a sending address it alone held at the time, one of its domains), else null. "facts"
// holds the design.md §3 facts the generator planted; a null fact must be absent. Posts on
// operators' mailing lists (Mailop, NANOG; kind noise) that name a customer's domain or dedicated
// address have "mentions": the ids of the customers they name. Escalated
// complaints are escalated only under the trusted_reporters policy; without it they are
// complaints.
//
// expected.json "deliveries" (after "messages"): {"log_files", "by_platform", "totals", "findings",
// "days", "seed_days"}, one object per line:
//   log_files    {"file", "format" (postfix | exim | powermta | send-log | opt-out | seed |
//                blocklist), "lines", "records" (attempts or rows; the lines a newer Postfix file
//                repeats count in both files), "modified", "compressed": "gzip" for the .gz,
//                "overlap_lines" for Postfix files (leading lines repeating the file before)}
//   by_platform  {"platform", "messages", "records" (attempts), COUNTS without opt_outs}
//   totals       per customer in customers.csv order, then the ESP's own mail ("customer": null):
//                {"customer", "profile" (good, complaint-heavy, purchased-list, blocklisted,
//                small; null), "platforms", COUNTS, "hard_bounce_rate_percent" and
//                "spam_bounce_rate_percent" (of delivered + hard + soft + spam), and for customers
//                "fbl_reports" (feedback reports tied to it), "fbl_complaints" (those of type
//                abuse), "complaint_rate_percent" (fbl_complaints of delivered), "mailed_after_opt_out"
//                (deliveries to a recipient after its opt-out), "mailed_after_complaint" (deliveries
//                that ended at a recipient after it complained about the customer's mail),
//                "spam_trap_reports" (notices and reports tied to it that say its mail reached spam
//                traps), "findings" (the kinds of "findings" below it has, in that order),
//                "seed_placement" ({"inbox", "junk", "missing"}: its rows of seeds.csv)};
//                percentages rounded to three decimals
//   findings     every automatic finding (findings/Findings.h, default policy) the case holds over
//                its period, as the findings command must propose it: {"kind", "customer" (null for
//                ip-reputation), "receiver" (as the program names it: "Google", "GMX / WEB.DE", or
//                the domain; null when none), "target" (the listed target, or the sending address
//                of ip-reputation; null when none)} plus "customers" for ip-reputation (the ids of
//                the customers whose mail was refused); by customer and kind, ip-reputation last.
//                Worked out from the plan with the findings' rules (PlantedFindings), so that the
//                numbers near a line decide the same way.
//   days         {"customer", "domain" (recipient domain), "day" (UTC, YYYY-MM-DD), COUNTS} for
//                every combination with anything in it, by customer, domain, day
//   seed_days    {"customer", "day" (UTC, YYYY-MM-DD: when the seeds were checked, seeds.csv's time),
//                "inbox", "junk", "missing"} for every customer and day with seed-test results
// COUNTS: "delivered" (recipients), "deferred" (deferral attempts), "hard", "soft", "spam"
// (recipients that failed, by the class the generator meant: unknown user or domain = hard;
// mailbox full or disabled, retries expired = soft; blocklist, reputation, content or policy
// refusal = spam), "expired" (those of soft whose retries gave up), "opt_outs" (optouts.csv rows).
// Every attempt counts on the UTC day of its log line; so delivered + deferred + hard + soft + spam
// = the attempts logged (Postfix status= lines, Exim =>, ->, == and ** lines, PowerMTA records,
// send-log rows), repeated rotation lines counted once. A recipient a receiver accepted and bounced
// later counts as delivered.
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace abusedesk::demo {

struct DemoOptions
{
    quint64 seed = 1; ///< 0 … 2^53 - 1 (JSON numbers above that are not exact)
    int scale = 1; ///< 1 … DemoCase::MaxScale: multiplies every message count and the delivery volume
};

/// One file of the case, as the summary lists it.
struct DemoFile
{
    QString name; ///< relative to the case folder ("logs/exim/mainlog")
    int count = 0;
    /// What count counts: customers, messages, expectations (planted messages described),
    /// deliveries (delivery attempts logged), opt-outs, seed-results, listings or columns.
    QString unit;
};

struct DemoSummary
{
    QList<DemoFile> files; ///< in writing order
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
