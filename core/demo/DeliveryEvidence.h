// SPDX-License-Identifier: GPL-2.0-or-later
// The tabular evidence next to the demo's delivery logs, with the usual column names: opt-outs
// (time, customer, recipient, reason, source), seed-test results (campaign, customer, receiver,
// placement, time) and blocklist listings (list, target, listed, delisted, note).
#pragma once

#include "demo/DeliveryPlan.h"
#include "demo/LogFile.h"

namespace abusedesk::demo {

class DeliveryEvidence
{
public:
    [[nodiscard]] static LogFile optOuts(const DeliveryPlan &plan, const CustomerRoster &roster);
    [[nodiscard]] static LogFile seedResults(const DeliveryPlan &plan, const CustomerRoster &roster);
    [[nodiscard]] static LogFile listings(const DeliveryPlan &plan);
};

} // namespace abusedesk::demo
