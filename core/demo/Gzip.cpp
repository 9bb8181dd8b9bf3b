// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/Gzip.h"

#include <zlib.h>

namespace abusedesk::demo {

QByteArray Gzip::compress(const QByteArray &text)
{
    z_stream stream {};
    // windowBits 15 + 16: a gzip wrapper instead of a zlib one.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    gz_header header {};
    header.time = 0; // "no time stamp is available" (RFC 1952), unlike KCompressionDevice's clock
    header.os = 3; // Unix, wherever the demo is made; zlib would write the build platform's code
    deflateSetHeader(&stream, &header);

    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(text.size()))) + 64);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.constData()));
    stream.avail_in = uInt(text.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

} // namespace abusedesk::demo
