// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli customers --db FILE import FILE.csv | export [--out FILE.csv] | list [--json]:
// the list owners and their identifiers as customers.csv (attribution/CustomerCsv.h). An import
// attributes the history again when it changed anything.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runCustomers(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
