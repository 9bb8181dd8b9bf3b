// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli receivers --db FILE [--consumer DOMAIN=PROVIDER]… [--corporate DOMAIN]… [--all] [--json]:
// the mailbox providers recipient domains belong to; changes move stored deliveries and recount
// the daily aggregates.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runReceivers(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
