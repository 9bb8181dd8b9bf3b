// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/CustomerRoster.h"

#include "demo/MailDate.h"

#include <QJsonObject>

namespace abusedesk::demo {

namespace {

constexpr qint64 Day = 86400;

// What a customer's mail is about; OutgoingMail has the subjects in the same order.
const char *const IndustryNames[] = { "Books", "Outdoor", "Coffee Roasters", "Software", "Travel", "Apparel",
    "Garden Supply", "Fitness", "Wine Club", "Electronics", "Pet Supply", "Tickets" };
const char *const IndustrySlugs[] = { "books", "outdoor", "coffee", "software", "travel", "apparel", "garden",
    "fitness", "wine", "electronics", "pets", "tickets" };
constexpr int IndustryCount = 12;

const char *const BrandWords[] = { "Blue Harbor", "Copper Fox", "Northgate", "Silver Pine", "Red Kite",
    "Old Mill", "Bright Meadow", "Stonebridge", "Larkspur", "Driftwood", "Cedar Hollow", "Quayside",
    "Ember Lane", "Juniper", "Marigold", "Tidewater" };
constexpr int BrandCount = 16;

const char *const FromLocals[] = { "news", "hello", "offers", "team", "info", "newsletter" };
const char *const ContactLocals[] = { "ops", "it", "marketing", "admin", "deliverability", "owner" };

// How a customer behaves, from the model citizen to the one about to be suspended.
struct Profile
{
    Behaviour behaviour;
    const char *status;
    int complaintWeight;
    int bounceWeight;
    int hardBouncePercent;
    int blocklistWeight;
    qint64 revenueLow; // EUR
    qint64 revenueHigh;
    bool small;
};

// The complaint weights are shares of all complaints, and the delivery logs put the volumes
// behind them (DeliveryPlan): a good customer draws about one feedback report in a month from a
// few thousand deliveries (0.02-0.05 %), a complaint-heavy one about forty from four thousand.
const Profile Good { Behaviour::Good, "active", 1, 3, 20, 0, 800, 9000, false };
const Profile ComplaintHeavy { Behaviour::ComplaintHeavy, "warned", 40, 4, 25, 1, 1500, 5000, false };
const Profile PurchasedList { Behaviour::PurchasedList, "suspended", 12, 16, 70, 2, 600, 2500, false };
const Profile Blocklisted { Behaviour::Blocklisted, "warned", 6, 8, 30, 8, 1000, 4000, false };
const Profile Small { Behaviour::Small, "active", 0, 1, 20, 0, 90, 400, true };

template<typename T> void shuffle(QList<T> &items, DemoRandom &random)
{
    for (qsizetype i = items.size() - 1; i > 0; --i)
        items.swapItemsAt(i, qsizetype(random.below(quint64(i + 1))));
}

QString slugOf(const QString &words)
{
    QString slug;
    for (const QChar c : words) {
        if (c.isLetter())
            slug.append(c.toLower());
    }
    return slug;
}

QString ipv4(int a, int b, int c, int d)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a).arg(b).arg(c).arg(d);
}

QString day(qint64 seconds)
{
    return seconds == 0 ? QString() : MailDate::isoDay(seconds);
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')))
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString euros(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

const DemoCustomer &pickWeighted(
    const QList<DemoCustomer> &customers, DemoRandom &random, int DemoCustomer::*weight)
{
    QList<int> weights;
    weights.reserve(customers.size());
    for (const DemoCustomer &c : customers)
        weights.append(c.*weight);
    return customers.at(random.weighted(weights));
}

} // namespace

CustomerRoster::CustomerRoster(DemoRandom random, qint64 periodStart, qint64 periodEnd)
{
    QList<int> brands;
    for (int i = 0; i < BrandCount; ++i)
        brands.append(i);
    shuffle(brands, random);
    QList<int> industries;
    for (int i = 0; i < IndustryCount; ++i)
        industries.append(i);
    shuffle(industries, random);
    QList<const Profile *> profiles { &Good, &Good, &Good, &Good, &Good, &Good, &ComplaintHeavy,
        &ComplaintHeavy, &PurchasedList, &Blocklisted, &Small, &Small };
    shuffle(profiles, random);
    QList<UnsubscribeStyle> styles { UnsubscribeStyle::OneClick, UnsubscribeStyle::OneClick,
        UnsubscribeStyle::OneClick, UnsubscribeStyle::OneClick, UnsubscribeStyle::OneClick,
        UnsubscribeStyle::OneClick, UnsubscribeStyle::PostNotSigned, UnsubscribeStyle::PostNotSigned,
        UnsubscribeStyle::MailtoOnly, UnsubscribeStyle::MailtoOnly, UnsubscribeStyle::None,
        UnsubscribeStyle::None };
    shuffle(styles, random);

    const qint64 since2025 = MailDate::utcMidnight(2025, 1, 1);
    m_reassignedAt = periodStart + Day * random.between(10, 18);
    QStringList prefixes;
    int nextV4 = 0; // dedicated addresses are handed out in order from two documentation ranges
    int firstPoolMember = -1;
    int reassignFrom = -1;
    int reassignTo = -1;

    for (int i = 0; i < IndustryCount; ++i) {
        const Profile &profile = *profiles.at(i);
        DemoCustomer c;
        c.id = QStringLiteral("c%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        c.industry = industries.at(i);
        const QString brand = QString::fromLatin1(BrandWords[brands.at(i)]);
        c.name = brand + QLatin1Char(' ') + QString::fromLatin1(IndustryNames[c.industry]);
        const QString slug
            = slugOf(brand) + QLatin1Char('-') + QString::fromLatin1(IndustrySlugs[c.industry]);
        c.status = QString::fromLatin1(profile.status);
        c.revenueCents
            = (profile.revenueLow + qint64(random.below(quint64(profile.revenueHigh - profile.revenueLow))))
                * 100
            + (random.chance(50) ? 0 : qint64(random.below(100)));
        c.fromDomain = slug + QStringLiteral(".example");
        c.dkimDomain = (i % 3 == 2) ? QStringLiteral("em.") + c.fromDomain : c.fromDomain;
        c.returnPathDomain = QStringLiteral("bounce.") + c.fromDomain;
        c.fromLocal = QString::fromLatin1(FromLocals[random.below(6)]);
        c.contact = QString::fromLatin1(ContactLocals[random.below(6)]) + QLatin1Char('@') + c.fromDomain;
        c.unsubscribe = styles.at(i);
        c.listId = c.unsubscribe == UnsubscribeStyle::None && random.chance(50)
            ? QString()
            : QStringLiteral("news.") + c.fromDomain;
        c.customerHeader = profile.small && random.chance(50)
            ? QString()
            : QStringLiteral("acct-%1").arg(1000 + i * 713 + int(random.below(600)));
        c.feedbackSegment = c.unsubscribe == UnsubscribeStyle::None
            ? QString()
            : QStringLiteral("k%1").arg(2000 + i * 491 + int(random.below(400)));
        QString prefix;
        for (const QString &word : brand.split(QLatin1Char(' ')))
            prefix.append(word.at(0).toLower());
        prefix.append(QChar::fromLatin1(IndustrySlugs[c.industry][0]));
        if (prefixes.contains(prefix))
            prefix.append(QString::number(i));
        prefixes.append(prefix);
        c.campaignPrefix = prefix;
        c.espSignature = random.chance(50);
        c.complaintWeight = profile.complaintWeight;
        c.bounceWeight = profile.bounceWeight;
        c.hardBouncePercent = profile.hardBouncePercent;
        c.blocklistWeight = profile.blocklistWeight;
        c.behaviour = profile.behaviour;

        const qint64 since = since2025 + Day * random.between(0, 300);
        if (profile.small) {
            // Small senders share a pool: their mail cannot be told apart by address.
            IpAssignment pool { QStringLiteral("203.0.113.64/28"), {}, since, 0, true };
            for (int host = 65; host <= 78; ++host)
                pool.hosts.append(ipv4(203, 0, 113, host));
            c.ips.append(pool);
        } else if (nextV4 % 3 == 2) {
            // A bigger sender with a /29 of its own.
            const int base = 16 + 8 * (nextV4 % 8);
            IpAssignment range { QStringLiteral("198.51.100.%1/29").arg(base), {}, since, 0, false };
            for (int host = base + 1; host <= base + 6; ++host)
                range.hosts.append(ipv4(198, 51, 100, host));
            c.ips.append(range);
            ++nextV4;
        } else {
            const QString ip = ipv4(192, 0, 2, 10 + 4 * nextV4);
            c.ips.append({ ip, { ip }, since, 0, false });
            ++nextV4;
        }
        if (profile.complaintWeight >= ComplaintHeavy.complaintWeight && reassignFrom < 0)
            reassignFrom = i;
        else if (&profile == &Good && reassignTo < 0)
            reassignTo = i;
        else if (&profile == &Good && firstPoolMember < 0)
            firstPoolMember = i;
        m_customers.append(c);
    }

    // One address changes hands in the middle of the period: reports about it must be tied to
    // the customer that held it when the mail was sent.
    const QString moved = ipv4(192, 0, 2, 200);
    DemoCustomer &before = m_customers[reassignFrom];
    before.ips.first().until = m_reassignedAt; // its old address is given up as well
    before.ips.append({ moved, { moved }, before.ips.first().from, m_reassignedAt, false });
    const QString replacement = ipv4(192, 0, 2, 201);
    before.ips.append({ replacement, { replacement }, m_reassignedAt, 0, false });
    m_customers[reassignTo].ips.append({ moved, { moved }, m_reassignedAt, 0, false });
    // A big sender that also sends over IPv6, and one more member of the shared pool.
    IpAssignment v6 { QStringLiteral("2001:db8:25::/64"), {}, since2025 + Day * 40, 0, false };
    for (int host = 0x1a; host <= 0x1d; ++host)
        v6.hosts.append(QStringLiteral("2001:db8:25::%1").arg(host, 0, 16));
    m_customers[reassignTo].ips.append(v6);
    if (firstPoolMember >= 0) {
        IpAssignment pool { QStringLiteral("203.0.113.64/28"), {}, since2025 + Day * 90, 0, true };
        for (int host = 65; host <= 78; ++host)
            pool.hosts.append(ipv4(203, 0, 113, host));
        m_customers[firstPoolMember].ips.append(pool);
    }
    Q_UNUSED(periodEnd);

    // Senders that are no customer: their mail is reported to the ESP all the same (forged
    // headers, look-alike domains), from addresses no customer holds.
    const char *const strangerDomains[]
        = { "prize-center.test", "pharma-deals.test", "lead-lists.test", "esp-billing-support.test" };
    for (int i = 0; i < 4; ++i) {
        DemoCustomer s;
        s.name = QStringLiteral("Unknown sender");
        s.fromDomain = QString::fromLatin1(strangerDomains[i]);
        s.dkimDomain = i % 2 == 0 ? s.fromDomain : QString();
        s.returnPathDomain = QStringLiteral("mail.") + s.fromDomain;
        s.fromLocal = QStringLiteral("info");
        s.industry = (i * 5) % IndustryCount;
        s.unsubscribe = i == 0 ? UnsubscribeStyle::MailtoOnly : UnsubscribeStyle::None;
        s.campaignPrefix = QStringLiteral("x");
        const int base = 208 + 16 * (i % 2);
        const bool first = i < 2;
        IpAssignment foreign {
            (first ? QStringLiteral("198.51.100.%1/28") : QStringLiteral("203.0.113.%1/28")).arg(base), {}, 0,
            0, false
        };
        for (int host = 2; host < 6; ++host)
            foreign.hosts.append(first ? ipv4(198, 51, 100, base + host) : ipv4(203, 0, 113, base + host));
        s.ips.append(foreign);
        m_strangers.append(s);
    }
}

const DemoCustomer &CustomerRoster::pickForComplaint(DemoRandom &random) const
{
    return pickWeighted(m_customers, random, &DemoCustomer::complaintWeight);
}

const DemoCustomer &CustomerRoster::pickForBounce(DemoRandom &random) const
{
    return pickWeighted(m_customers, random, &DemoCustomer::bounceWeight);
}

const DemoCustomer &CustomerRoster::pickForBlocklisting(DemoRandom &random) const
{
    QList<int> weights;
    for (const DemoCustomer &c : m_customers) {
        // A listing can only be tied to a customer through an address it alone holds.
        bool dedicated = false;
        for (const IpAssignment &a : c.ips)
            dedicated = dedicated || !a.shared;
        weights.append(dedicated ? c.blocklistWeight : 0);
    }
    return m_customers.at(random.weighted(weights));
}

const DemoCustomer &CustomerRoster::pickForTrapHit(DemoRandom &random) const
{
    QList<int> weights;
    for (const DemoCustomer &c : m_customers)
        weights.append(c.behaviour == Behaviour::Good ? 0 : c.complaintWeight);
    return m_customers.at(random.weighted(weights));
}

const DemoCustomer &CustomerRoster::pickStranger(DemoRandom &random) const
{
    return random.pick(m_strangers);
}

QString CustomerRoster::sendingIp(const DemoCustomer &sender, qint64 when, DemoRandom &random) const
{
    QList<const IpAssignment *> valid;
    for (const IpAssignment &a : sender.ips) {
        if (a.from <= when && (a.until == 0 || when < a.until))
            valid.append(&a);
    }
    if (valid.isEmpty())
        return sender.ips.constLast().hosts.constFirst();
    return random.pick(random.pick(valid)->hosts);
}

const DemoCustomer *CustomerRoster::soleHolderOf(const QString &ip, qint64 when) const
{
    const DemoCustomer *holder = nullptr;
    for (const DemoCustomer &c : m_customers) {
        for (const IpAssignment &a : c.ips) {
            if (!a.hosts.contains(ip) || a.from > when || (a.until != 0 && when >= a.until))
                continue;
            if (a.shared || (holder && holder != &c))
                return nullptr;
            holder = &c;
        }
    }
    return holder;
}

QByteArray CustomerRoster::csv() const
{
    QString out
        = QStringLiteral("id,name,status,monthly_revenue,currency,contact_email,sending_ips,dkim_domains,"
                         "return_path_domains,from_domains,list_ids,x_customer_id,feedback_id_segment\n");
    for (const DemoCustomer &c : m_customers) {
        QStringList ips;
        for (const IpAssignment &a : c.ips)
            ips.append(a.range + QLatin1Char(' ') + day(a.from) + QStringLiteral("..") + day(a.until));
        const QStringList fields { c.id, c.name, c.status, euros(c.revenueCents), QStringLiteral("EUR"),
            c.contact, ips.join(QStringLiteral("; ")), c.dkimDomain, c.returnPathDomain, c.fromDomain,
            c.listId, c.customerHeader, c.feedbackSegment };
        QStringList escaped;
        for (const QString &f : fields)
            escaped.append(csvField(f));
        out += escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QJsonArray CustomerRoster::toJson() const
{
    QJsonArray customers;
    for (const DemoCustomer &c : m_customers) {
        QJsonArray ips;
        for (const IpAssignment &a : c.ips) {
            ips.append(
                QJsonObject { { QStringLiteral("range"), a.range }, { QStringLiteral("from"), day(a.from) },
                    { QStringLiteral("until"), a.until == 0 ? QJsonValue() : QJsonValue(day(a.until)) },
                    { QStringLiteral("shared"), a.shared } });
        }
        auto optional
            = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
        customers.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
            { QStringLiteral("status"), c.status },
            { QStringLiteral("monthly_revenue_cents"), c.revenueCents },
            { QStringLiteral("contact_email"), c.contact }, { QStringLiteral("sending_ips"), ips },
            { QStringLiteral("dkim_domains"), QJsonArray { c.dkimDomain } },
            { QStringLiteral("return_path_domains"), QJsonArray { c.returnPathDomain } },
            { QStringLiteral("from_domains"), QJsonArray { c.fromDomain } },
            { QStringLiteral("list_ids"), c.listId.isEmpty() ? QJsonArray() : QJsonArray { c.listId } },
            { QStringLiteral("x_customer_id"), optional(c.customerHeader) },
            { QStringLiteral("feedback_id_segment"), optional(c.feedbackSegment) } });
    }
    return customers;
}

} // namespace abusedesk::demo
