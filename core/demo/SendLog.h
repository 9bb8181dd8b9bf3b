// SPDX-License-Identifier: GPL-2.0-or-later
// The API platform's own send log of the demo: a CSV with column names of its own (ts, account,
// campaign_ref, ip, mail_from, to, outcome, smtp_status, detail), one row per delivery attempt,
// and the column mapping (a send-log profile) that tells AbuseDesk how to read it.
#pragma once

#include "demo/DeliveryPlan.h"
#include "demo/LogFile.h"

namespace abusedesk::demo {

class SendLog
{
public:
    [[nodiscard]] static LogFile render(const DeliveryPlan &plan, const CustomerRoster &roster);
    /// logs/sendlog-profile.json: which column holds which field.
    [[nodiscard]] static LogFile profile();
};

} // namespace abusedesk::demo
