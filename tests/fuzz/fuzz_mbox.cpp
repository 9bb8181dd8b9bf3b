// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target: any bytes as a mail export (mbox, EML, junk) through the reader, and every
// message it yields through the classifier. Must never crash, hang or leak.
#include "mail/MailSourceReader.h"
#include "mail/MessageAnalyzer.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const abusedesk::mail::MessageAnalyzer analyzer;
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    abusedesk::mail::MailSourceReader reader(
        [](const abusedesk::mail::MailUnit &unit) {
            const auto analysis = analyzer.analyze(unit);
            return !analysis.kind.isEmpty();
        },
        [](const abusedesk::mail::MailRejection &) {});
    reader.readStream(buffer, QStringLiteral("fuzz"));
    return 0;
}
