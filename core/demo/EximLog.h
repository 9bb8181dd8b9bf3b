// SPDX-License-Identifier: GPL-2.0-or-later
// The transactional pool's Exim main log of the demo: arrivals, deliveries, deferrals, failures
// and completions, with UTC times, in one file for the period.
#pragma once

#include "demo/DeliveryPlan.h"
#include "demo/LogFile.h"

namespace abusedesk::demo {

class EximLog
{
public:
    [[nodiscard]] static LogFile render(
        const DeliveryPlan &plan, qint64 periodStart, qint64 periodEnd, DemoRandom random);
};

} // namespace abusedesk::demo
