// SPDX-License-Identifier: GPL-2.0-or-later
// The automatic findings (findings/Findings.h) a demo case holds over its period, worked out from
// what was planned with the same rules and the default policy: what expected.json promises the
// findings command will propose, no more and no less.
#pragma once

#include "demo/CustomerRoster.h"
#include "demo/DeliveryPlan.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace abusedesk::demo {

struct PlantedFinding
{
    QString kind; ///< as findings/Findings.h names it
    int customer = -1; ///< index into CustomerRoster::customers(); -1 for ip-reputation
    QString receiver; ///< the receiver as the program names it ("Google"); empty when none
    QString target; ///< the listed target or the sending address; empty when none
    QStringList customers; ///< ip-reputation: ids of the customers whose mail was refused
};

class PlantedFindings
{
public:
    /// complaints: feedback reports of type abuse per customer id; trapReports: notices and
    /// reports attributed to a customer that say its mail reached spam traps, per customer id.
    PlantedFindings(const CustomerRoster &roster, const DeliveryPlan &plan,
        const QMap<QString, int> &complaints, const QMap<QString, int> &trapReports);

    /// By customer (customers.csv order) and kind in the findings command's order; ip-reputation
    /// last, by address and receiver.
    [[nodiscard]] const QList<PlantedFinding> &all() const { return m_findings; }
    /// The kinds one customer has, in order, each once.
    [[nodiscard]] QStringList kindsOf(int customer) const;
    /// Deliveries (that ended) to a recipient after it had complained about the customer's mail.
    [[nodiscard]] qint64 mailedAfterComplaint(int customer) const { return m_afterComplaint.value(customer); }

    // The default policy and the findings engine's defaults.
    static constexpr int ComplaintLinePerMille = 1; ///< 0.1 %
    static constexpr int HardLinePercent = 5;
    static constexpr int SpamLinePercent = 5;
    static constexpr qint64 MinimumDelivered = 200;
    static constexpr qint64 MinimumSpamBounces = 10;
    static constexpr qint64 MinimumAddressVolume = 3;

private:
    QList<PlantedFinding> m_findings;
    QMap<int, qint64> m_afterComplaint;
};

} // namespace abusedesk::demo
