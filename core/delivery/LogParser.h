// SPDX-License-Identifier: GPL-2.0-or-later
// A streaming parser of one delivery log: it is fed the file line by line (never the whole file,
// which may be gigabytes) and hands on records and rejected lines as it goes.
#pragma once

#include "delivery/DeliveryRecord.h"

#include <QByteArrayView>
#include <functional>

namespace abusedesk::delivery {

struct ParserSinks
{
    std::function<void(DeliveryRecord &&)> delivery;
    std::function<void(const LineRejection &)> rejection;
    std::function<void(OptOutRecord &&)> optOut; ///< only the opt-out CSV reader
    std::function<void(SeedResult &&)> seed; ///< only the seed-test CSV reader
    std::function<void(BlocklistListing &&)> listing; ///< only the blocklist CSV reader
};

class LogParser
{
public:
    virtual ~LogParser() = default;
    /// One line without its line end (LF, CRLF); number is 1-based. Lines may hold any bytes,
    /// NULs and invalid UTF-8 included.
    virtual void addLine(QByteArrayView line, qint64 number) = 0;
    /// The end of the input: hand on what is still pending (e.g. Postfix queue ids whose
    /// later lines are in the next file).
    virtual void finish() = 0;
};

} // namespace abusedesk::delivery
