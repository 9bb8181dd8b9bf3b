// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli findings --db FILE [--from DAY] [--to DAY] [--json]: the automatic findings over a
// period (findings/Findings.h) with their customer, numbers and evidence count.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runFindings(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
