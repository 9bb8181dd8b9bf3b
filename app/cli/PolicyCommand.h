// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli policy --db FILE [--json] [--set KEY=JSON]…: shows and edits the case database's
// policy (thresholds, role accounts, trusted reporters …).
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runPolicy(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
