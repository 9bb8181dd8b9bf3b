// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli history --db FILE --recipient ADDRESS [--customer REF] [--json]: what one recipient
// got (from one customer): how many messages, first and last, which campaigns, and earlier opt-outs.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runHistory(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
