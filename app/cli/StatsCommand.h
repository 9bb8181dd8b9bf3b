// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli stats --db FILE [--json]: row counts per table of a case database.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runStats(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
