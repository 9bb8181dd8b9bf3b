// SPDX-License-Identifier: GPL-2.0-or-later
// Exim main logs ("2026-11-02 10:00:00 1qAbCd-000123-Xy <= sender@… H=… I=[192.0.2.7]:25 …"):
// arrivals (<=) give the sender and Message-ID; deliveries (=>, ->), failures (**) and
// deferrals (==) each give one DeliveryRecord; Completed forgets the message.
//
// Reading rules, as for Postfix: other lines (queue runs, connections, rejected RCPT, Frozen,
// cwd=) are skipped silently; delivery lines that cannot be read, lines dated more than two days
// after the reference and lines with a NUL byte inside are rejected; NUL padding around a line
// is dropped. The time may carry log_timezone's "+0100", milliseconds and a "[pid]".
// - The recipient is the address the sender gave: "=> alias <rcpt@x.com>" and "=> |/usr/bin/x
//   <rcpt@x.com>" give rcpt@x.com.
// - "**" is Bounced, except when Exim gave up because the retry time ran out ("retry timeout
//   exceeded", "… after a long failure period"): that is Expired, as Postfix's status=expired.
// - sendingIp is I=, remoteMta H= (the name, else the address), the diagnostic C="…" for
//   deliveries and the text after the colon for ** and ==.
// - Memory is bounded as for Postfix: Completed, a week without a line, 500,000 messages.
#pragma once

#include "delivery/LogParser.h"

#include <QList>
#include <QTimeZone>
#include <memory>

namespace abusedesk::delivery {

class EximLogParser : public LogParser
{
public:
    /// reference: the file's modification time (UTC); lines dated more than two days after it
    /// are rejected as lying in the future. Times without a zone are the log's local time,
    /// given by timeZone (the analyst's machine's zone by default).
    EximLogParser(ParserSinks sinks, QDateTime reference, QTimeZone timeZone = QTimeZone::systemTimeZone());
    ~EximLogParser() override;

    void addLine(QByteArrayView line, qint64 number) override;
    void finish() override;

    [[nodiscard]] static bool recognises(const QList<QByteArray> &firstLines);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace abusedesk::delivery
