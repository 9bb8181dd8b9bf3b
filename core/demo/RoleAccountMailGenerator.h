// SPDX-License-Identifier: GPL-2.0-or-later
// Writes what reaches the ESP's role accounts in the demo: complaints written by people (four
// languages, some legal, some with the offending message), escalations from trusted reporters,
// blocklist notices, unsubscribe requests, auto-replies and plain spam.
#pragma once

#include "demo/CustomerRoster.h"
#include "demo/DemoRandom.h"
#include "demo/PlantedMessage.h"

#include <QStringList>

namespace abusedesk::demo {

class MboxWriter;

class RoleAccountMailGenerator
{
public:
    RoleAccountMailGenerator(
        const CustomerRoster &roster, qint64 periodStart, qint64 periodEnd, DemoRandom random);

    /// The senders whose complaints are escalated: addresses and domains, as policy lists them.
    [[nodiscard]] static QStringList trustedReporters();
    /// The ESP's role accounts the mail goes to.
    [[nodiscard]] static QStringList roleAccounts();

    /// Writes scale times the base mix of every kind.
    void write(int scale, MboxWriter &mbox, const PlantSink &plant);

private:
    struct Written;
    Written complaint();
    Written escalatedComplaint();
    Written spam();
    Written autoReply();
    Written unsubscribeRequest();
    Written blocklistNotice();
    Written listPost();

    const CustomerRoster &m_roster;
    qint64 m_start;
    qint64 m_end;
    DemoRandom m_random;
};

} // namespace abusedesk::demo
