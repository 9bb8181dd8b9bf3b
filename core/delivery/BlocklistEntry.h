// SPDX-License-Identifier: GPL-2.0-or-later
// A blocklist listing entered by hand (design.md §1, M3AAWG §III.E): which list, which of the
// sender's IPs (or CIDR ranges) or domains, listed when, delisted when, a note. Validated here so
// that the window and the command line refuse the same mistakes with the same words.
#pragma once

#include "delivery/DeliveryRecord.h"

#include <optional>

namespace abusedesk::delivery {

class BlocklistEntry
{
public:
    /// The target as stored: an IPv4/IPv6 address or CIDR range in canonical form, or a domain
    /// in lower case; nullopt (and *error) for anything else.
    [[nodiscard]] static std::optional<QString> normaliseTarget(
        const QString &text, QString *error = nullptr);

    /// A listing from the analyst's input; nullopt with *error naming the field and the problem.
    [[nodiscard]] static std::optional<BlocklistListing> make(const QString &list, const QString &target,
        const QDateTime &listed, const QDateTime &delisted, const QString &note, QString *error = nullptr);
};

} // namespace abusedesk::delivery
