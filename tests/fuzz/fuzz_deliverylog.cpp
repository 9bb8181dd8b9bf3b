// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target: any bytes as an MTA log, line by line, through the Postfix and the Exim
// parser and their recognisers. Must never crash, hang or leak; every record must be complete.
#include "delivery/EximLogParser.h"
#include "delivery/PostfixLogParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace abusedesk::delivery;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ParserSinks sinks;
    sinks.delivery = [](DeliveryRecord &&record) {
        if (record.key.size() != 16 || !record.time.isValid() || record.recipient.isEmpty()
            || record.line < 1)
            std::abort();
    };
    sinks.rejection = [](const LineRejection &rejection) {
        if (rejection.reason.isEmpty() || rejection.line < 1)
            std::abort();
    };
    const QDateTime reference(QDate(2026, 11, 3), QTime(0, 0), QTimeZone::UTC);
    PostfixLogParser postfix(sinks, reference, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    EximLogParser exim(sinks, reference, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    QList<QByteArray> firstLines;
    qint64 number = 0;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line = bytes.sliced(start, end - start);
        postfix.addLine(line, ++number);
        exim.addLine(line, number);
        if (firstLines.size() < 50)
            firstLines.append(line.toByteArray());
        start = end + 1;
    }
    postfix.finish();
    exim.finish();
    (void)PostfixLogParser::recognises(firstLines);
    (void)EximLogParser::recognises(firstLines);
    return 0;
}
