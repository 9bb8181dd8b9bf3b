// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli listing --db FILE [--list NAME --target IP|CIDR|DOMAIN --listed WHEN [--delisted WHEN]
// [--note TEXT]] [--json]: enter a blocklist listing by hand (or update its delisting), or list them.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runListing(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
