// SPDX-License-Identifier: GPL-2.0-or-later
// Postfix mail logs (classic syslog "Nov  2 10:00:00 host postfix/smtp[123]: …" lines, whose
// year is inferred, and RFC 3339 "2026-11-02T10:00:00.123456+01:00 host …" lines): cleanup,
// qmgr, smtp, lmtp, local, virtual, bounce, … lines joined by queue id into one
// DeliveryRecord per recipient attempt (each status=sent|deferred|bounced|expired line).
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
