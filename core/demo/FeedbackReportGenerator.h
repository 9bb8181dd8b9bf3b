// SPDX-License-Identifier: GPL-2.0-or-later
// Writes the feedback loop reports of the demo: ARF (RFC 5965) reports from several mailbox
// providers, each with its own User-Agent and habits, about customers' mail and some strangers'.
#pragma once

#include "demo/CustomerRoster.h"
#include "demo/DemoRandom.h"
#include "demo/PlantedMessage.h"

namespace abusedesk::demo {

class MboxWriter;

class FeedbackReportGenerator
{
public:
    FeedbackReportGenerator(
        const CustomerRoster &roster, qint64 periodStart, qint64 periodEnd, DemoRandom random);

    void write(int count, MboxWriter &mbox, const PlantSink &plant);

private:
    const CustomerRoster &m_roster;
    qint64 m_start;
    qint64 m_end;
    DemoRandom m_random;
};

} // namespace abusedesk::demo
