// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli attribute --db FILE [--explain ID | --explain-delivery ID | --unattributed] [--json]:
// attributes the whole history again with the current rules and identifiers and says what moved;
// or says why one message (or delivery) belongs to its customer; or lists the unattributed queue.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runAttribute(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
