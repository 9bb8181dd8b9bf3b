// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target: any bytes as a delivery log through the recogniser and the parser it picks
// (the log fixtures in tests/data seed it); input it does not recognise goes to the parser the
// first byte picks. Must never crash, hang or leak.
#include "delivery/EximLogParser.h"
#include "delivery/LogSniffer.h"
#include "delivery/PostfixLogParser.h"
#include "delivery/TabularFormats.h"

#include <cstddef>
#include <cstdint>

using namespace abusedesk::delivery;

namespace {

std::unique_ptr<LogParser> makeParser(const SniffResult &sniffed, uint8_t firstByte, const ParserSinks &sinks)
{
    const QDateTime reference(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::UTC);
    if (sniffed.verdict == SniffResult::Verdict::Log) {
        switch (sniffed.format) {
        case LogFormat::Postfix:
            return std::make_unique<PostfixLogParser>(sinks, reference, QTimeZone::UTC);
        case LogFormat::Exim:
            return std::make_unique<EximLogParser>(sinks, reference, QTimeZone::UTC);
        case LogFormat::PowerMta:
            return std::make_unique<PowerMtaParser>(sinks, reference);
        case LogFormat::Tabular:
            return std::make_unique<TabularParser>(sinks, *sniffed.profile, reference);
        }
    }
    switch (firstByte % 7) {
    case 0:
        return std::make_unique<PostfixLogParser>(sinks, reference, QTimeZone::UTC);
    case 1:
        return std::make_unique<EximLogParser>(sinks, reference, QTimeZone::UTC);
    case 2:
        return std::make_unique<PowerMtaParser>(sinks, reference);
    default:
        break;
    }
    // A table of one kind whose columns are named like its fields.
    static constexpr TabularKind Kinds[]
        = { TabularKind::SendLog, TabularKind::OptOut, TabularKind::Seed, TabularKind::Blocklist };
    CsvProfile profile;
    profile.kind = Kinds[firstByte % 7 - 3];
    for (const QString &field : CsvProfile::fieldsOf(profile.kind))
        profile.columns.insert(field, field);
    return std::make_unique<TabularParser>(sinks, profile, reference);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> lines;
    for (qsizetype from = 0; from < input.size();) {
        qsizetype end = input.indexOf('\n', from);
        if (end < 0)
            end = input.size();
        lines.append(input.sliced(from, end - from).toByteArray());
        from = end + 1;
    }
    const SniffResult sniffed = LogSniffer::sniffLines(lines.mid(0, 50), {});

    qint64 records = 0;
    ParserSinks sinks;
    sinks.delivery = [&records](DeliveryRecord &&r) { records += r.recipient.size() >= 0 ? 1 : 0; };
    sinks.rejection = [](const LineRejection &) { };
    sinks.optOut = [&records](OptOutRecord &&) { ++records; };
    sinks.seed = [&records](SeedResult &&) { ++records; };
    sinks.listing = [&records](BlocklistListing &&) { ++records; };
    const std::unique_ptr<LogParser> parser = makeParser(sniffed, data[0], sinks);
    qint64 number = 0;
    for (const QByteArray &line : std::as_const(lines))
        parser->addLine(line, ++number);
    parser->finish();
    return 0;
}
