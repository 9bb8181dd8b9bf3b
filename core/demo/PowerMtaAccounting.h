// SPDX-License-Identifier: GPL-2.0-or-later
// The shared pool's PowerMTA accounting files of the demo: one CSV record per delivery attempt
// (d delivered, t transient failure, b bounce), a header line naming the fields, one file per
// week named after its first day, times in UTC.
#pragma once

#include "demo/DeliveryPlan.h"
#include "demo/LogFile.h"

namespace abusedesk::demo {

class PowerMtaAccounting
{
public:
    [[nodiscard]] static QList<LogFile> render(
        const DeliveryPlan &plan, const CustomerRoster &roster, qint64 periodStart, DemoRandom random);

    /// The header line: the fields PowerMTA writes, in its order.
    static constexpr const char *Header
        = "type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,"
          "srcMta,dlvType,dlvSourceIp,dlvDestinationIp,dlvEsmtpAvailable,dlvSize,vmta,jobId,envId,queue,"
          "vmtaPool";
};

} // namespace abusedesk::demo
