// SPDX-License-Identifier: GPL-2.0-or-later
// The Postfix MTAs' mail log of the demo, as a syslog server collects it from every host and
// rotates it: classic syslog lines in UTC, rotated twice in the period (mail.log.2.gz, mail.log.1,
// mail.log), the first lines of a newer file repeating the last ones of the older.
#pragma once

#include "demo/DeliveryPlan.h"
#include "demo/LogFile.h"

namespace abusedesk::demo {

class PostfixLog
{
public:
    /// The Postfix-routed messages of the plan, with the lines no delivery explains (connections,
    /// statistics, cron), split into the three rotated files, oldest first.
    [[nodiscard]] static QList<LogFile> render(
        const DeliveryPlan &plan, qint64 periodStart, qint64 periodEnd, DemoRandom random);
};

} // namespace abusedesk::demo
