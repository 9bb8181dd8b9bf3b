// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli reclassify --db FILE [--json]: classifies the stored evidence again with the
// current policy.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runReclassify(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
