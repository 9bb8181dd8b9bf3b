// SPDX-License-Identifier: GPL-2.0-or-later
// Postfix mail logs (classic syslog "Nov  2 10:00:00 host postfix/smtp[123]: …" lines, whose
// year is inferred, and RFC 3339 "2026-11-02T10:00:00.123456+01:00 host …" lines): cleanup,
// qmgr, smtp, lmtp, local, virtual, bounce, … lines joined by queue id into one
// DeliveryRecord per recipient attempt (each status=sent|deferred|bounced|expired line).
//
// Reading rules (the analyst sees the rejections, never the skipped lines):
// - Lines of other programs, and Postfix lines without a delivery outcome or a fact about a
//   queued message (smtpd connects, NOQUEUE rejects, anvil, master), are skipped silently.
// - A record is handed on at its status line, with what earlier lines of its queue id told:
//   the envelope sender (qmgr from=), the Message-ID (cleanup), customer and campaign (header_checks
//   INFO/WARN lines for X-Customer-ID, X-Campaign-ID or X-Job-ID). The recipient is to=, the
//   address the mail was handed to (orig_to= is the address before rewriting).
// - "qmgr: QID: from=<…>, status=expired, returned to sender" makes one Expired record for each
//   recipient still deferred, with the reason of its last deferral; its key is the line's plus
//   the recipient's. A bounce notice ("sender non-delivery notification: QID2") takes the
//   customer and campaign of the message it reports on.
// - Rejected: Postfix delivery lines that cannot be read (no to=, cut off before status=, an
//   unknown status, a time stamp that cannot be read), lines dated more than two days after the
//   reference, and used lines with a NUL byte inside. NUL padding before or after a line (left
//   by a crashed syslog daemon) is dropped and the line read. Invalid UTF-8 becomes U+FFFD.
// - Address verification probes (status=deliverable/undeliverable) are skipped: no mail left.
// - Memory is bounded: a queue id is forgotten at "removed", after a week of log time without
//   a line, or, oldest first, beyond 500,000 queue ids.
#pragma once

#include "delivery/LogParser.h"

#include <QList>
#include <QTimeZone>
#include <memory>

namespace abusedesk::delivery {

class PostfixLogParser : public LogParser
{
public:
    /// reference: when the log was written at the latest (the file's modification time, UTC);
    /// classic syslog lines take its year (the previous year for months after it), rolling
    /// over to the next year when the months wrap from December to January. Lines dated more
    /// than two days after it are rejected as lying in the future. Classic syslog times are
    /// the log's local time, given by timeZone (the analyst's machine's zone by default).
    PostfixLogParser(
        ParserSinks sinks, QDateTime reference, QTimeZone timeZone = QTimeZone::systemTimeZone());
    ~PostfixLogParser() override;

    void addLine(QByteArrayView line, qint64 number) override;
    void finish() override;

    /// True when these first lines of a file are a Postfix log (by content, not by name).
    [[nodiscard]] static bool recognises(const QList<QByteArray> &firstLines);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace abusedesk::delivery
