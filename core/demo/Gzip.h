// SPDX-License-Identifier: GPL-2.0-or-later
// gzip (RFC 1952) written so that the same text gives the same bytes: no time, no file name and
// a fixed operating system byte in the header. KCompressionDevice would write the current time
// into the header (KGzipFilter::writeHeader), hence zlib directly.
#pragma once

#include <QByteArray>

namespace abusedesk::demo {

class Gzip
{
public:
    /// The gzip file of text; empty if zlib fails (it does not, short of memory).
    [[nodiscard]] static QByteArray compress(const QByteArray &text);
};

} // namespace abusedesk::demo
