// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli cases --db FILE [--show ID | --open … | --note ID | --time ID | --status ID | --ladder STEP]:
// cases and their timelines (cases/CaseStore.h), and ladder decisions (cases/EscalationLadder.h).
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runCases(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
