// SPDX-License-Identifier: GPL-2.0-or-later
// Exim main logs ("2026-11-02 10:00:00 1qAbCd-000123-Xy <= sender@… H=… I=[192.0.2.7]:25 …"):
// arrivals (<=) give the sender and Message-ID; deliveries (=>, ->), failures (**) and
// deferrals (==) each give one DeliveryRecord; Completed forgets the message.
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
