// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/PlantedFindings.h"

#include "delivery/ReceiverDirectory.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace abusedesk::demo {

namespace {

// What ended at a receiver and how much of it was refused as spam.
struct Spam
{
    qint64 ended = 0;
    qint64 spam = 0;

    [[nodiscard]] bool above() const { return spam * 100 > PlantedFindings::SpamLinePercent * ended; }
};

QString keyOf(int customer, const QString &address)
{
    return QString::number(customer) + QLatin1Char('|') + address;
}

} // namespace

PlantedFindings::PlantedFindings(const CustomerRoster &roster, const DeliveryPlan &plan,
    const QMap<QString, int> &complaints, const QMap<QString, int> &trapReports)
{
    const QList<DemoCustomer> &customers = roster.customers();
    const int count = int(customers.size());
    auto indexOf = [&customers](const QString &id) {
        for (qsizetype i = 0; i < customers.size(); ++i) {
            if (customers.at(i).id == id)
                return int(i);
        }
        return -1;
    };

    // The receivers as the import names them: the shipped list of mailbox providers.
    const delivery::ReceiverDirectory directory;
    QHash<QString, QString> receiverNames;
    auto receiverOf = [&](const QString &domain) {
        auto it = receiverNames.constFind(domain);
        if (it == receiverNames.cend())
            it = receiverNames.insert(domain, directory.receiverOf(domain).name);
        return *it;
    };

    QHash<QString, qint64> complainedAt; // "customer|address" → the first complaint
    for (const PlannedComplaint &c : plan.complainants()) {
        const int customer = indexOf(c.customer);
        if (customer < 0)
            continue;
        qint64 &at = complainedAt[keyOf(customer, c.recipient)];
        at = at == 0 ? c.at : qMin(at, c.at);
    }

    struct Totals
    {
        qint64 delivered = 0;
        qint64 ended = 0;
        qint64 hard = 0;
    };
    QList<Totals> totals(count);
    // Customer, receiver, the sending address when the log names it → what ended there.
    QMap<std::tuple<int, QString, QString>, Spam> spam;
    for (const PlannedMessage &m : plan.messages()) {
        if (m.customer < 0)
            continue;
        for (const PlannedRecipient &r : m.recipients) {
            const QString receiver = receiverOf(r.receiver.domain);
            const qint64 complained = complainedAt.value(keyOf(m.customer, r.address));
            for (const Attempt &a : r.attempts) {
                if (!a.isFinal())
                    continue;
                Totals &t = totals[m.customer];
                ++t.ended;
                t.delivered += a.result == Attempt::Result::Delivered;
                const bool bounced = a.result == Attempt::Result::Bounced;
                t.hard += bounced && a.bounceClass == QLatin1String("hard");
                Spam &s = spam[{ m.customer, receiver,
                    DeliveryPlan::logsSendingAddress(m, r, a) ? m.sourceIp : QString() }];
                ++s.ended;
                s.spam += bounced && a.bounceClass == QLatin1String("spam");
                if (complained != 0 && a.at > complained)
                    ++m_afterComplaint[m.customer];
            }
        }
    }

    // Every customer that sent from an address to a receiver (with enough mail to judge) refused
    // there: the address's reputation.
    QMap<std::pair<QString, QString>, QMap<int, Spam>> byAddress; // receiver, address → customer
    for (auto it = spam.cbegin(); it != spam.cend(); ++it) {
        if (!std::get<2>(it.key()).isEmpty())
            byAddress[{ std::get<1>(it.key()), std::get<2>(it.key()) }].insert(
                std::get<0>(it.key()), it.value());
    }
    QSet<std::pair<QString, QString>> reputation;
    QList<PlantedFinding> addressFindings;
    for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it) {
        qint64 refused = 0;
        QStringList judged;
        bool all = true;
        for (auto c = it->cbegin(); c != it->cend(); ++c) {
            refused += c->spam;
            if (c->ended < MinimumAddressVolume)
                continue;
            judged.append(customers.at(c.key()).id);
            all = all && c->above();
        }
        if (judged.size() < 2 || !all || refused < MinimumSpamBounces)
            continue;
        reputation.insert(it.key());
        addressFindings.append(
            { QStringLiteral("ip-reputation"), -1, it.key().first, it.key().second, judged });
    }
    std::sort(
        addressFindings.begin(), addressFindings.end(), [](const PlantedFinding &a, const PlantedFinding &b) {
            return std::tie(a.target, a.receiver) < std::tie(b.target, b.receiver);
        });

    for (int c = 0; c < count; ++c) {
        const DemoCustomer &customer = customers.at(c);
        const Totals &t = totals.at(c);
        auto add = [&](const QString &kind, const QString &receiver = {}, const QString &target = {}) {
            m_findings.append({ kind, c, receiver, target, {} });
        };
        if (t.delivered >= MinimumDelivered
            && qint64(complaints.value(customer.id)) * 1000 > ComplaintLinePerMille * t.delivered)
            add(QStringLiteral("complaint-rate"));
        if (t.ended > 0 && t.hard * 100 > HardLinePercent * t.ended)
            add(QStringLiteral("hard-bounces"));
        // Spam refusals at a receiver, less what left from addresses with a reputation problem there.
        QMap<QString, Spam> own;
        QMap<QString, qint64> refused;
        for (auto it = spam.lowerBound({ c, QString(), QString() });
            it != spam.cend() && std::get<0>(it.key()) == c; ++it) {
            const QString &receiver = std::get<1>(it.key());
            refused[receiver] += it->spam;
            if (reputation.contains({ receiver, std::get<2>(it.key()) }))
                continue;
            own[receiver].ended += it->ended;
            own[receiver].spam += it->spam;
        }
        for (auto it = own.cbegin(); it != own.cend(); ++it) {
            if (refused.value(it.key()) >= MinimumSpamBounces && it->spam >= MinimumSpamBounces
                && it->above())
                add(QStringLiteral("spam-bounces"), it.key());
        }
        // Listings of an address it held; a note that names traps is a spam-trap hit too.
        QStringList targets;
        bool trapListed = false;
        for (const PlannedListing &l : plan.listings()) {
            bool held = false;
            for (const IpAssignment &a : customer.ips) {
                for (const QString &host : l.hosts)
                    held = held || a.hosts.contains(host);
            }
            if (!held)
                continue;
            if (!targets.contains(l.target))
                targets.append(l.target);
            trapListed = trapListed || l.note.contains(QLatin1String("trap"), Qt::CaseInsensitive);
        }
        targets.sort();
        for (const QString &target : std::as_const(targets))
            add(QStringLiteral("blocklist"), QString(), target);
        if (trapListed || trapReports.value(customer.id) > 0)
            add(QStringLiteral("spam-trap"));
        if (plan.mailedAfterOptOut(c) > 0)
            add(QStringLiteral("mailing-after-opt-out"));
        if (m_afterComplaint.value(c) > 0)
            add(QStringLiteral("mailing-after-complaint"));
    }
    m_findings += addressFindings;
}

QStringList PlantedFindings::kindsOf(int customer) const
{
    QStringList kinds;
    for (const PlantedFinding &f : m_findings) {
        if (f.customer == customer && !kinds.contains(f.kind))
            kinds.append(f.kind);
    }
    return kinds;
}

} // namespace abusedesk::demo
