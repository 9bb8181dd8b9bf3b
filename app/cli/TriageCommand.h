// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli triage --db FILE [facets] [--search TEXT] [--facet NAME] [--acknowledge IDS] [--json]:
// the triage queue (triage/TriageQueue.h) for automation and benchmarks.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runTriage(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
