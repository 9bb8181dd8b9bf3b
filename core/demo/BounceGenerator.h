// SPDX-License-Identifier: GPL-2.0-or-later
// Writes the bounces of the demo: RFC 3464 reports from the ESP's own MTAs and from receiving
// servers, and the non-standard notices of qmail, Exim, old Postfix, Exchange, a webmail provider
// and a German gateway, each with the original's headers and the class and reason it intends.
#pragma once

#include "demo/CustomerRoster.h"
#include "demo/DemoRandom.h"
#include "demo/PlantedMessage.h"

namespace abusedesk::demo {

class MboxWriter;

class BounceGenerator
{
public:
    BounceGenerator(const CustomerRoster &roster, qint64 periodStart, qint64 periodEnd, DemoRandom random);

    void write(int count, MboxWriter &mbox, const PlantSink &plant);

private:
    const CustomerRoster &m_roster;
    qint64 m_start;
    qint64 m_end;
    DemoRandom m_random;
};

} // namespace abusedesk::demo
