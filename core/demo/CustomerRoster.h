// SPDX-License-Identifier: GPL-2.0-or-later
// The demo ESP's list owners (and the strangers whose mail is reported without being theirs):
// made from the seed, written as customers.csv, and asked who held a sending address when.
#pragma once

#include "demo/DemoCustomer.h"
#include "demo/DemoRandom.h"

#include <QByteArray>
#include <QJsonArray>

namespace abusedesk::demo {

class CustomerRoster
{
public:
    CustomerRoster(DemoRandom random, qint64 periodStart, qint64 periodEnd);

    [[nodiscard]] const QList<DemoCustomer> &customers() const { return m_customers; }
    [[nodiscard]] const QList<DemoCustomer> &strangers() const { return m_strangers; }

    /// A customer chosen by its share of complaints, bounces or blocklistings.
    [[nodiscard]] const DemoCustomer &pickForComplaint(DemoRandom &random) const;
    [[nodiscard]] const DemoCustomer &pickForBounce(DemoRandom &random) const;
    [[nodiscard]] const DemoCustomer &pickForBlocklisting(DemoRandom &random) const;
    /// A customer whose mail reaches spam traps (a list bought, harvested or never cleaned), by
    /// its share of complaints; never a good one.
    [[nodiscard]] const DemoCustomer &pickForTrapHit(DemoRandom &random) const;
    [[nodiscard]] const DemoCustomer &pickStranger(DemoRandom &random) const;

    /// An address the sender's mail left from at that time.
    [[nodiscard]] QString sendingIp(const DemoCustomer &sender, qint64 when, DemoRandom &random) const;
    /// The one customer that held an address at a time; null for shared pools and for addresses
    /// no customer held.
    [[nodiscard]] const DemoCustomer *soleHolderOf(const QString &ip, qint64 when) const;
    /// When the reassigned address changed hands.
    [[nodiscard]] qint64 reassignedAt() const { return m_reassignedAt; }

    /// customers.csv, columns documented in DemoCase.h.
    [[nodiscard]] QByteArray csv() const;
    /// The customers as expected.json lists them.
    [[nodiscard]] QJsonArray toJson() const;

private:
    QList<DemoCustomer> m_customers;
    QList<DemoCustomer> m_strangers;
    qint64 m_reassignedAt = 0;
};

} // namespace abusedesk::demo
