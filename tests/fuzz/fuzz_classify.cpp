// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target: any bytes as one message through the classification engine (MIME, ARF, DSN,
// bounce notices, charsets, encodings).
#include "mail/MessageAnalyzer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const abusedesk::mail::MessageAnalyzer analyzer;
    const abusedesk::mail::MailUnit unit { QStringLiteral("fuzz"), 0,
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)) };
    const auto analysis = analyzer.analyze(unit);
    return analysis.kind.isEmpty() ? -1 : 0;
}
