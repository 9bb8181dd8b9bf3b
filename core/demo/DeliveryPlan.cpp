// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/DeliveryPlan.h"

#include "demo/DemoPerson.h"
#include "demo/MailDate.h"

#include <algorithm>
#include <array>

namespace abusedesk::demo {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = DeliveryPlan::Day;
constexpr qint64 QueueLifetime = 5 * Day; // Postfix's maximal_queue_lifetime, and the others'

// How much a customer sends and how its mail fares, per behaviour. Rates are in basis points
// (1/100 %) of the recipients; volumes are delivered recipients in the period at scale 1, before
// DeliveryPlan fits them to the complaints the mail planted.
struct Traffic
{
    int volumeLow;
    int volumeHigh;
    int hardLow; // unknown users and domains
    int hardHigh;
    int spam; // refusals for reputation, content, policy
    int soft; // mailbox full or disabled
    int deferred; // delivered after one to three temporary failures
    int expired; // gave up after five days
    int optOut; // of the delivered, how many opt out afterwards
    bool honoursOwnOptOuts; // false: only the ESP's List-Unsubscribe handling stops its mail
    int seedDays;
    int inbox, junk, missing; // seed placements
};

const Traffic GoodTraffic { 1800, 2800, 40, 150, 20, 30, 300, 3, 15, true, 3, 88, 10, 2 };
const Traffic SmallTraffic { 300, 600, 80, 180, 30, 30, 300, 5, 20, true, 2, 80, 16, 4 };
const Traffic HeavyTraffic { 3000, 4000, 200, 350, 120, 50, 600, 5, 60, false, 5, 45, 45, 10 };
const Traffic PurchasedTraffic { 2500, 3200, 800, 1200, 200, 150, 500, 10, 80, false, 4, 25, 55, 20 };
const Traffic BlocklistedTraffic { 2200, 2800, 150, 250, 200, 50, 500, 5, 40, true, 5, 40, 35, 25 };
// The ESP's own mail: invoices, password resets, notices to its customers' staff.
const Traffic OwnTraffic { 0, 0, 30, 30, 5, 20, 200, 2, 0, true, 0, 0, 0, 0 };

const Traffic &trafficOf(Behaviour behaviour)
{
    switch (behaviour) {
    case Behaviour::Good:
        return GoodTraffic;
    case Behaviour::Small:
        return SmallTraffic;
    case Behaviour::ComplaintHeavy:
        return HeavyTraffic;
    case Behaviour::PurchasedList:
        return PurchasedTraffic;
    case Behaviour::Blocklisted:
        return BlocklistedTraffic;
    case Behaviour::Stranger:
        break;
    }
    return OwnTraffic;
}

// The complaint rate a volume is fitted to, in 1/100,000 of the delivered mail.
constexpr int GoodRateLow = 40; // 0.04 %
constexpr int GoodRateHigh = 48; // 0.048 %
constexpr int BadRateAtLeast = 150; // 0.15 %: well above the 0.1 % line
constexpr int BadVolumeAtLeast = 800;

const char *const SeedDomains[] = { "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "aol.com",
    "gmx.de", "web.de", "t-online.de", "orange.fr", "icloud.com", "wavemail.example", "postbox.example" };

const char *const OwnSenders[] = { "noreply@esp.example", "billing@esp.example", "alerts@esp.example" };

QString domainOf(const QString &address)
{
    return address.section(QLatin1Char('@'), 1).toLower();
}

QString digits(DemoRandom &random, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(char('0' + random.below(10)));
    return out;
}

QString fill(QString text, const QString &address, const QString &ip, const PlannedRecipient &r)
{
    text.replace(QStringLiteral("{addr}"), address);
    text.replace(QStringLiteral("{ip}"), ip);
    text.replace(QStringLiteral("{domain}"), r.receiver.domain);
    text.replace(QStringLiteral("{mx}"), r.mx);
    text.replace(QStringLiteral("{mxip}"), r.mxIp);
    return text;
}

Attempt attempt(qint64 at, Attempt::Result result, const QString &status, const QString &bounceClass,
    const QString &reason, const QString &stage = QStringLiteral("RCPT TO"))
{
    Attempt a;
    a.at = at;
    a.result = result;
    a.status = status;
    a.bounceClass = bounceClass;
    a.reason = reason;
    a.stage = stage;
    return a;
}

// What the receiver says when it takes the message.
QString acceptedReply(const PlannedRecipient &r, const QString &messageId, qint64 at, DemoRandom &random)
{
    const QString &family = r.receiver.family;
    if (family == QLatin1String("google"))
        return QStringLiteral("250 2.0.0 OK  %1 %2si%3.%4 - gsmtp")
            .arg(at)
            .arg(QString::fromLatin1(random.token(14)), digits(random, 7), digits(random, 3));
    if (family == QLatin1String("microsoft"))
        return QStringLiteral(
            "250 2.6.0 <%1> [InternalId=%2, Hostname=AM9PR0%3MB%4.eurprd0%3.prod.outlook.com] "
            "Queued mail for delivery")
            .arg(messageId, digits(random, 13), QString::number(random.between(1, 9)), digits(random, 4));
    if (family == QLatin1String("yahoo"))
        return QStringLiteral("250 ok dirdel");
    if (family == QLatin1String("united-internet"))
        return QStringLiteral("250 Requested mail action okay, completed: id=1M%1")
            .arg(QString::fromLatin1(random.base64ish(15)).remove(QLatin1Char('+')).remove(QLatin1Char('/')));
    if (family == QLatin1String("t-online") || family == QLatin1String("orange"))
        return QStringLiteral("250 2.0.0 %1 mail accepted for delivery")
            .arg(QString::fromLatin1(random.token(12)));
    return QStringLiteral("250 2.0.0 Ok: queued as %1").arg(QString::fromLatin1(random.hex(10)));
}

// A temporary refusal of the receiver's, or a connection that failed.
Attempt deferral(qint64 at, const PlannedRecipient &r, const QString &address, const QString &ip,
    bool complaintsHurt, DemoRandom &random)
{
    const QString &family = r.receiver.family;
    if (random.chance(25)) {
        Attempt a = attempt(at, Attempt::Result::Deferred, QStringLiteral("4.4.1"), QStringLiteral("soft"),
            QStringLiteral("network-error"));
        a.problem = fill(QStringLiteral("connect to {mx}[{mxip}]:25: Connection timed out"), address, ip, r);
        return a;
    }
    struct Text
    {
        const char *status;
        const char *reply;
        const char *stage;
        const char *bounceClass;
        const char *reason;
    };
    Text t { "4.7.0", "421 4.7.0 Try again later, closing connection.", "end of DATA", "soft",
        "rate-limited" };
    if (family == QLatin1String("google"))
        t = { "4.7.28",
            "421 4.7.28 [{ip}] Our system has detected an unusual rate of unsolicited mail originating from "
            "your IP address. To protect our users from spam, mail sent from your IP address has been "
            "temporarily rate limited. For more information, go to "
            "https://support.google.com/mail/?p=UnsolicitedRateLimitError - gsmtp",
            "end of DATA", "soft", "rate-limited" };
    else if (family == QLatin1String("microsoft"))
        t = { "4.7.500", "451 4.7.500 Server busy. Please try again later from [{ip}]. (S77714)", "MAIL FROM",
            "soft", "rate-limited" };
    else if (family == QLatin1String("yahoo") && complaintsHurt)
        t = { "4.7.0",
            "421 4.7.0 [TSS04] Messages from {ip} temporarily deferred due to unexpected volume or user "
            "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
            "MAIL FROM", "spam", "reputation-block" };
    else if (family == QLatin1String("united-internet") || family == QLatin1String("t-online"))
        t = { "4.7.0", "421 4.7.0 Connection limit for {ip} reached, try again later", "MAIL FROM", "soft",
            "rate-limited" };
    else if (r.receiver.kind == Receiver::Kind::Corporate)
        t = { "4.7.1",
            "450 4.7.1 <{addr}>: Recipient address rejected: Greylisted, see "
            "http://postgrey.schweikert.ch/help/{domain}.html",
            "RCPT TO", "soft", "rate-limited" };
    Attempt a = attempt(at, Attempt::Result::Deferred, QString::fromLatin1(t.status),
        QString::fromLatin1(t.bounceClass), QString::fromLatin1(t.reason), QString::fromLatin1(t.stage));
    a.reply = fill(QString::fromLatin1(t.reply), address, ip, r);
    return a;
}

Attempt unknownUser(qint64 at, const PlannedRecipient &r, const QString &address, const QString &ip)
{
    const QString &family = r.receiver.family;
    if (r.receiver.kind == Receiver::Kind::Unresolvable || r.mx.isEmpty()) {
        Attempt a = attempt(at, Attempt::Result::Bounced, QStringLiteral("5.4.4"), QStringLiteral("hard"),
            QStringLiteral("domain-unknown"));
        a.problem = fill(QStringLiteral("Host or domain name not found. Name service error for name={domain} "
                                        "type=MX: Host not found"),
            address, ip, r);
        return a;
    }
    const char *status = "5.1.1";
    const char *reply = "550 5.1.1 <{addr}>: Recipient address rejected: User unknown in virtual alias table";
    if (family == QLatin1String("google"))
        reply = "550 5.1.1 The email account that you tried to reach does not exist. Please try "
                "double-checking the recipient's email address for typos or unnecessary spaces. For more "
                "information, go to https://support.google.com/mail/?p=NoSuchUser - gsmtp";
    else if (family == QLatin1String("microsoft")) {
        status = "5.5.0";
        reply = "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).";
    } else if (family == QLatin1String("yahoo")) {
        status = "5.0.0";
        reply = "554 delivery error: dd This user doesn't have a {domain} account ({addr}) [0] - "
                "mta1021.mail.ir2.yahoo.com";
    } else if (family == QLatin1String("united-internet")) {
        status = "5.0.0";
        reply = "550 Requested action not taken: mailbox unavailable";
    } else if (family == QLatin1String("orange"))
        reply = "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]";
    else if (family == QLatin1String("apple"))
        reply = "550 5.1.1 <{addr}>: user does not exist";
    Attempt a = attempt(at, Attempt::Result::Bounced, QString::fromLatin1(status), QStringLiteral("hard"),
        QStringLiteral("user-unknown"));
    a.reply = fill(QString::fromLatin1(reply), address, ip, r);
    return a;
}

Attempt spamRefusal(qint64 at, const PlannedRecipient &r, const QString &address, const QString &ip,
    const PlannedListing *listing, DemoRandom &random)
{
    if (listing) {
        Attempt a = attempt(at, Attempt::Result::Bounced, QStringLiteral("5.7.1"), QStringLiteral("spam"),
            QStringLiteral("blocklisted"));
        a.reply = fill(listing->spamhaus
                ? QStringLiteral(
                      "554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org; "
                      "https://www.spamhaus.org/query/ip/{ip}")
                : QStringLiteral(
                      "554 5.7.1 Service unavailable; Client host [{ip}] blocked using bl.spamcop.net; "
                      "Blocked - see https://www.spamcop.net/bl.shtml?{ip}"),
            address, ip, r);
        return a;
    }
    const QString &family = r.receiver.family;
    struct Text
    {
        const char *status;
        const char *reply;
        const char *stage;
        const char *reason;
    };
    Text t { "5.7.1",
        "550 5.7.1 Mail from {ip} refused because of the poor reputation of the sending address", "RCPT TO",
        "reputation-block" };
    if (family == QLatin1String("google"))
        t = { "5.7.1",
            "550 5.7.1 [{ip}] Our system has detected that this message is likely unsolicited mail. To "
            "reduce "
            "the amount of spam sent to Gmail, this message has been blocked. For more information, go to "
            "https://support.google.com/mail/?p=UnsolicitedMessageError - gsmtp",
            "end of DATA", "spam-content" };
    else if (family == QLatin1String("microsoft"))
        t = { "5.7.1",
            "550 5.7.1 Unfortunately, messages from [{ip}] weren't sent. Please contact your Internet "
            "service "
            "provider since part of their network is on our block list (S3150). You can also refer your "
            "provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
            "MAIL FROM", "blocklisted" };
    else if (family == QLatin1String("yahoo"))
        t = { "5.7.9",
            "554 5.7.9 Message not accepted for policy reasons.  See "
            "https://postmaster.yahooinc.com/error-codes",
            "end of DATA", "policy" };
    else if (family == QLatin1String("united-internet"))
        t = { "5.7.1",
            "554 5.7.1 {mx} Nemesis ESMTP Service not available, reject due to policy restrictions",
            "MAIL FROM", "reputation-block" };
    else if (family == QLatin1String("t-online"))
        t = { "5.7.1",
            "554 5.7.1 IP={ip} - A problem occurred. (Ask your postmaster for help or to contact "
            "tosa@rx.t-online.de to clarify.)",
            "MAIL FROM", "reputation-block" };
    else if (random.chance(50))
        t = { "5.7.1", "554 5.7.1 Message rejected: the content was identified as spam", "end of DATA",
            "spam-content" };
    Attempt a = attempt(at, Attempt::Result::Bounced, QString::fromLatin1(t.status), QStringLiteral("spam"),
        QString::fromLatin1(t.reason), QString::fromLatin1(t.stage));
    a.reply = fill(QString::fromLatin1(t.reply), address, ip, r);
    return a;
}

// A refusal for the sending address's reputation, whatever the message says.
Attempt reputationRefusal(qint64 at, const PlannedRecipient &r, const QString &address, const QString &ip)
{
    Attempt a = attempt(at, Attempt::Result::Bounced, QStringLiteral("5.7.1"), QStringLiteral("spam"),
        QStringLiteral("reputation-block"), QStringLiteral("end of DATA"));
    a.reply = fill(r.receiver.family == QLatin1String("google")
            ? QStringLiteral(
                  "550 5.7.1 [{ip}] Our system has detected that this message is likely suspicious "
                  "due to the very low reputation of the sending IP address. To best protect our "
                  "users from spam, the message has been blocked. Please visit "
                  "https://support.google.com/mail/answer/188131 for more information. - gsmtp")
            : QStringLiteral(
                  "550 5.7.1 Mail from {ip} refused because of the poor reputation of the sending address"),
        address, ip, r);
    return a;
}

Attempt mailboxProblem(qint64 at, bool temporary, bool disabled, const PlannedRecipient &r,
    const QString &address, const QString &ip)
{
    const bool google = r.receiver.family == QLatin1String("google");
    Attempt a;
    if (temporary) {
        a = attempt(at, Attempt::Result::Deferred, QStringLiteral("4.2.2"), QStringLiteral("soft"),
            QStringLiteral("mailbox-full"));
        a.reply = QStringLiteral("452 4.2.2 <{addr}>: Mailbox full, try again later");
    } else if (disabled) {
        a = attempt(at, Attempt::Result::Bounced, QStringLiteral("5.2.1"), QStringLiteral("soft"),
            QStringLiteral("mailbox-disabled"));
        a.reply = google
            ? QStringLiteral("550 5.2.1 The email account that you tried to reach is disabled. - gsmtp")
            : QStringLiteral("550 5.2.1 <{addr}>: Mailbox disabled, not accepting messages");
    } else {
        a = attempt(at, Attempt::Result::Bounced, QStringLiteral("5.2.2"), QStringLiteral("soft"),
            QStringLiteral("mailbox-full"));
        a.reply = google
            ? QStringLiteral("552 5.2.2 The email account that you tried to reach is over quota. "
                             "Please direct the recipient to "
                             "https://support.google.com/mail/?p=OverQuotaPerm - gsmtp")
            : QStringLiteral("552 5.2.2 <{addr}>: Mailbox full");
    }
    a.reply = fill(a.reply, address, ip, r);
    return a;
}

// Postfix's retry rhythm: 5 minutes, then doubling up to a little over an hour, with jitter.
QList<qint64> retryTimes(qint64 first, qint64 before, DemoRandom &random)
{
    QList<qint64> times;
    qint64 gap = 300;
    for (qint64 t = first; t < before; t += gap + random.between(0, 90)) {
        times.append(t);
        gap = qMin<qint64>(gap * 2, 4000);
    }
    return times;
}

} // namespace

QString platformName(Platform platform)
{
    switch (platform) {
    case Platform::Postfix:
        return QStringLiteral("postfix");
    case Platform::Exim:
        return QStringLiteral("exim");
    case Platform::PowerMta:
        return QStringLiteral("powermta");
    case Platform::SendLog:
        break;
    }
    return QStringLiteral("send-log");
}

struct DeliveryPlan::Member
{
    QString address;
    int receiver = 0; // index into Receiver::all()
    int team = 1; // a colleague or two at the same company get the same message
    bool follower = false; // mailed only with the colleague before it
    qint64 optedOutAt = 0;
    bool honoured = true; // whether the customer stops mailing it after that
};

DeliveryPlan::DeliveryPlan(const CustomerRoster &roster, qint64 periodStart, qint64 periodEnd, int scale,
    DemoRandom random, const QList<SentMail> &sent, const QMap<QString, int> &complaints,
    const QList<PlannedComplaint> &complainants)
    : m_roster(roster)
    , m_start(periodStart)
    , m_end(periodEnd)
    , m_scale(qMax(1, scale))
    , m_random(random)
    , m_complainants(complainants)
{
    const QList<DemoCustomer> &customers = m_roster.customers();
    for (const PlannedComplaint &c : complainants) {
        for (qsizetype i = 0; i < customers.size(); ++i) {
            if (customers.at(i).id == c.customer)
                m_complained.insert(QString::number(i) + QLatin1Char('|') + c.recipient);
        }
    }
    assignPlatforms();
    planListings();
    planReputation();
    planSentMail(sent);
    planCampaigns(complaints);
    planOwnMail();
    planSeeds();
}

void DeliveryPlan::assignPlatforms()
{
    // Most customers go through the Postfix MTAs; the small senders share a pool that PowerMTA
    // runs; two good customers use the API platform and one the transactional Exim pool. The good
    // customer that took over the reassigned address stays on Postfix with it, and the one that
    // also sends from the shared pool uses Postfix for its own address.
    int good = 0;
    for (const DemoCustomer &c : m_roster.customers()) {
        Platform platform = Platform::Postfix;
        bool ipv6 = false;
        bool pooled = false;
        for (const IpAssignment &a : c.ips) {
            ipv6 = ipv6 || a.range.contains(QLatin1Char(':'));
            pooled = pooled || a.shared;
        }
        if (c.behaviour == Behaviour::Small)
            platform = Platform::PowerMta;
        else if (c.behaviour == Behaviour::Good && !ipv6 && !pooled) {
            const int rank = good++;
            platform = rank < 2 ? Platform::SendLog : rank == 2 ? Platform::Exim : Platform::Postfix;
        }
        m_platformOf.append(platform);
        m_campaignHour.append(Hour * m_random.between(6, 15) + m_random.between(0, 3599));
    }
}

void DeliveryPlan::planListings()
{
    const QList<DemoCustomer> &customers = m_roster.customers();
    // The blocklisted customer's address (or range) on the Spamhaus SBL for a few days in the
    // middle of the period, then delisted.
    for (const DemoCustomer &c : customers) {
        if (c.behaviour != Behaviour::Blocklisted)
            continue;
        const qint64 listed = m_start + Day * m_random.between(8, 14) + qint64(m_random.below(Day));
        for (const IpAssignment &a : c.ips) {
            if (a.shared || a.from > listed || (a.until != 0 && a.until <= listed))
                continue;
            PlannedListing l;
            l.list = QStringLiteral("Spamhaus SBL");
            l.target = a.range;
            l.hosts = a.hosts;
            l.listed = listed;
            l.delisted = listed + Day * m_random.between(3, 5) + qint64(m_random.below(10 * Hour));
            if (l.delisted >= m_end)
                l.delisted = 0;
            l.note = QStringLiteral("SBL%1: spam trap hits; delisting requested after the list was cleaned")
                         .arg(600000 + m_random.below(99999));
            l.spamhaus = true;
            m_listings.append(l);
            break;
        }
    }
    // A complaint-heavy customer's address on SpamCop for a day: reports from its users.
    for (const DemoCustomer &c : customers) {
        if (c.behaviour != Behaviour::ComplaintHeavy || c.ips.size() != 1 || c.ips.first().shared)
            continue;
        const IpAssignment &a = c.ips.first();
        PlannedListing l;
        l.list = QStringLiteral("SpamCop");
        l.target = a.hosts.first();
        l.hosts = { a.hosts.first() };
        l.listed = m_start + Day * m_random.between(3, 24) + qint64(m_random.below(Day));
        l.delisted = l.listed + Day + qint64(m_random.below(12 * Hour));
        l.note = QStringLiteral("bl.spamcop.net: reports from SpamCop users; expired on its own");
        l.spamhaus = false;
        m_listings.append(l);
        break;
    }
}

void DeliveryPlan::planReputation()
{
    // One address of the shared pool has lost its reputation at Google: it refuses whatever leaves
    // from it, for every customer of the pool.
    const QList<DemoCustomer> &customers = m_roster.customers();
    QStringList pool;
    QList<int> small;
    for (int c = 0; c < customers.size(); ++c) {
        for (const IpAssignment &a : customers.at(c).ips) {
            if (a.shared && pool.isEmpty())
                pool = a.hosts;
        }
        if (customers.at(c).behaviour == Behaviour::Small)
            small.append(c);
    }
    if (!pool.isEmpty())
        m_reputationBlock = { m_random.pick(pool), QStringLiteral("google"), m_start };
    // One small sender's mail looks like spam to Google, whatever address it leaves from, from
    // a day early in the period on; the others of the pool are fine there.
    if (!small.isEmpty()) {
        m_contentProblem.customer = m_random.pick(small);
        m_contentProblem.family = QStringLiteral("google");
        m_contentProblem.from = m_start + Day * m_random.between(0, 6);
    }
}

std::optional<Attempt> DeliveryPlan::refusalOf(
    int customer, const PlannedRecipient &recipient, const QString &ip, qint64 at)
{
    if (const PlannedListing *listing = listingFor(ip, at, recipient.receiver))
        return spamRefusal(at, recipient, recipient.address, ip, listing, m_random);
    const PlannedReputationBlock &block = m_reputationBlock;
    if (!block.address.isEmpty() && ip == block.address && recipient.receiver.family == block.family
        && at >= block.from)
        return reputationRefusal(at, recipient, recipient.address, ip);
    const PlannedContentProblem &content = m_contentProblem;
    if (customer >= 0 && customer == content.customer && recipient.receiver.family == content.family
        && at >= content.from && m_random.chance(50))
        return spamRefusal(at, recipient, recipient.address, ip, nullptr, m_random);
    return std::nullopt;
}

bool DeliveryPlan::suppressed(int customer, const QString &address) const
{
    return customer >= 0 && trafficOf(m_roster.customers().at(customer).behaviour).honoursOwnOptOuts
        && m_complained.contains(QString::number(customer) + QLatin1Char('|') + address);
}

bool DeliveryPlan::logsSendingAddress(
    const PlannedMessage &message, const PlannedRecipient &recipient, const Attempt &attempt)
{
    switch (message.platform) {
    case Platform::Postfix:
        return false;
    case Platform::Exim:
        return attempt.result != Attempt::Result::Expired
            && !(attempt.result == Attempt::Result::Bounced && recipient.mx.isEmpty());
    case Platform::PowerMta:
    case Platform::SendLog:
        break;
    }
    return true;
}

Platform DeliveryPlan::platformFor(int customer, const QString &ip) const
{
    if (customer < 0)
        return Platform::Exim;
    for (const IpAssignment &a : m_roster.customers().at(customer).ips) {
        if (a.shared && a.hosts.contains(ip))
            return Platform::PowerMta;
    }
    return m_platformOf.at(customer);
}

QString DeliveryPlan::hostFor(Platform platform)
{
    switch (platform) {
    case Platform::Postfix:
        return QStringLiteral("mta%1").arg(m_random.between(2, 8));
    case Platform::Exim:
        return QStringLiteral("tx1");
    case Platform::PowerMta:
        return QStringLiteral("pmta1");
    case Platform::SendLog:
        break;
    }
    return {};
}

QString DeliveryPlan::newQueueId()
{
    QString id;
    do {
        id = QString::fromLatin1(m_random.hex(10));
    } while (m_queueIds.contains(id));
    m_queueIds.insert(id);
    return id;
}

int DeliveryPlan::submissionFor(Platform platform)
{
    switch (platform) {
    case Platform::Postfix:
        switch (m_random.weighted({ 15, 60, 25 })) {
        case 0:
            return 0;
        case 1:
            return 1;
        default:
            return 2 + m_random.between(0, 3);
        }
    case Platform::Exim:
    case Platform::PowerMta:
        return 2 + m_random.between(0, 3);
    case Platform::SendLog:
        break;
    }
    return 0;
}

const PlannedListing *DeliveryPlan::listingFor(const QString &ip, qint64 when, const Receiver &r) const
{
    for (const PlannedListing &l : m_listings) {
        if (!l.hosts.contains(ip) || when < l.listed || (l.delisted != 0 && when >= l.delisted))
            continue;
        if (l.spamhaus ? r.usesSpamhaus : r.usesSpamcop)
            return &l;
    }
    return nullptr;
}

void DeliveryPlan::route(PlannedRecipient &recipient, const QString &ip) const
{
    recipient.mx = recipient.receiver.mx;
    recipient.mxIp = ip.contains(QLatin1Char(':')) && !recipient.receiver.mxIp6.isEmpty()
        ? recipient.receiver.mxIp6
        : recipient.receiver.mxIp;
}

PlannedMessage DeliveryPlan::campaignMessage(int customer, qint64 queuedAt)
{
    const DemoCustomer &c = m_roster.customers().at(customer);
    PlannedMessage m;
    m.customer = customer;
    m.queuedAt = queuedAt;
    m.sourceIp = m_roster.sendingIp(c, queuedAt, m_random);
    m.platform = platformFor(customer, m.sourceIp);
    m.host = hostFor(m.platform);
    if (m.platform == Platform::Postfix)
        m.queueId = newQueueId();
    // The addresses OutgoingMail gives the customer's mail: one campaign per day.
    const QString day = MailDate::isoDay(queuedAt).remove(QLatin1Char('-'));
    m.campaign = c.campaignPrefix + QLatin1Char('-') + day;
    m.sender = QStringLiteral("bounces+%1-%2@%3")
                   .arg(QString::fromLatin1(m_random.token(10)), c.campaignPrefix, c.returnPathDomain);
    m.messageId = QStringLiteral("%1.%2@mail.%3")
                      .arg(day + QString::number(queuedAt % Day), QString::fromLatin1(m_random.token(14)),
                          c.fromDomain);
    m.customerHeader = c.customerHeader;
    m.size
        = (c.industry % 2 == 0 ? 9000 + 311 * c.industry : 2600 + 97 * c.industry) + int(m_random.below(700));
    m.submission = submissionFor(m.platform);
    return m;
}

void DeliveryPlan::planSentMail(const QList<SentMail> &sent)
{
    const QList<DemoCustomer> &customers = m_roster.customers();
    for (const SentMail &s : sent) {
        int customer = -1;
        for (qsizetype i = 0; i < customers.size(); ++i) {
            if (customers.at(i).id == s.customer)
                customer = int(i);
        }
        if (customer < 0)
            continue;
        PlannedMessage m;
        if (s.sentAt == 0) {
            // Only the recipient is known: a campaign message some hours or days before.
            qint64 at = s.sentBefore - m_random.between(int(2 * Hour), int(6 * Day));
            if (at < m_start)
                at = m_start + (s.sentBefore - m_start) / 2;
            m = campaignMessage(customer, at);
        } else {
            m.customer = customer;
            m.queuedAt = s.queuedAt != 0 ? s.queuedAt : s.sentAt;
            m.sourceIp = s.sourceIp;
            // A message the ESP's Postfix wrote a notice about went through Postfix, whatever the
            // customer's usual platform: its log line carries the notice's queue id.
            m.platform = s.mtaHost.isEmpty() ? platformFor(customer, s.sourceIp) : Platform::Postfix;
            m.host = s.mtaHost.isEmpty() ? hostFor(m.platform) : s.mtaHost.section(QLatin1Char('.'), 0, 0);
            if (m.platform == Platform::Postfix) {
                if (!s.queueId.isEmpty() && !m_queueIds.contains(s.queueId)) {
                    m.queueId = s.queueId;
                    m_queueIds.insert(s.queueId);
                } else {
                    m.queueId = newQueueId();
                }
            }
            m.sender = s.returnPath;
            m.messageId = s.messageId;
            m.campaign = s.campaign;
            m.customerHeader = customers.at(customer).customerHeader;
            m.size = s.size;
            m.submission = submissionFor(m.platform);
        }
        const qint64 first = m.queuedAt + 1;
        for (const SentRecipient &r : s.recipients) {
            PlannedRecipient p;
            p.address = r.address;
            p.receiver = Receiver::forDomain(domainOf(r.address));
            if (!r.mx.isEmpty()) {
                p.mx = r.mx;
                p.mxIp = r.mxIp;
            } else {
                route(p, m.sourceIp);
            }
            if (!r.refusedAtSmtp) {
                Attempt a = attempt(first, Attempt::Result::Delivered, QStringLiteral("2.0.0"), {}, {});
                a.reply = acceptedReply(p, m.messageId, first, m_random);
                p.attempts.append(a);
                m.recipients.append(p);
                continue;
            }
            // What the notice says the MTA did, attempt by attempt.
            const bool remote = !r.local;
            Attempt said = attempt(0, Attempt::Result::Deferred, r.status, r.bounceClass, r.reason,
                r.reason == QLatin1String("spam-content") || r.reason == QLatin1String("virus")
                        || r.reason == QLatin1String("authentication-failed")
                        || r.reason == QLatin1String("message-too-large")
                    ? QStringLiteral("end of DATA")
                    : QStringLiteral("RCPT TO"));
            (remote ? said.reply : said.problem) = r.text;
            if (r.reason == QLatin1String("expired")) {
                Attempt tried = attempt(0, Attempt::Result::Deferred, QStringLiteral("4.4.1"),
                    QStringLiteral("soft"), QStringLiteral("network-error"));
                tried.problem = r.text.section(QStringLiteral(": "), 1);
                for (const qint64 t : retryTimes(first, r.lastAttempt - 120, m_random)) {
                    tried.at = t;
                    p.attempts.append(tried);
                }
                said.result = Attempt::Result::Expired;
                said.at = qMax(first, r.lastAttempt);
                p.attempts.append(said);
            } else if (!r.temporary) {
                said.result = Attempt::Result::Bounced;
                said.at = qMax(first, r.lastAttempt);
                p.attempts.append(said);
            } else {
                // Deferred until the delay notice, and after it until it went through or expired.
                for (const qint64 t : retryTimes(first, r.lastAttempt - 120, m_random)) {
                    said.at = t;
                    p.attempts.append(said);
                }
                said.at = r.lastAttempt;
                p.attempts.append(said);
                const bool expires = m.queuedAt + QueueLifetime + Hour < m_end && m_random.chance(20);
                const qint64 final = expires
                    ? m.queuedAt + QueueLifetime + m_random.between(60, 3000)
                    : qMin(s.noticeAt + m_random.between(int(Hour), int(20 * Hour)), m_end - 2 * Minute);
                for (const qint64 t : retryTimes(r.lastAttempt + 4000, final - 120, m_random)) {
                    said.at = t;
                    p.attempts.append(said);
                }
                if (expires) {
                    Attempt gaveUp = attempt(final, Attempt::Result::Expired, QStringLiteral("4.4.7"),
                        QStringLiteral("soft"), QStringLiteral("expired"));
                    gaveUp.problem = QStringLiteral("delivery time expired (") + r.text + QLatin1Char(')');
                    p.attempts.append(gaveUp);
                } else {
                    Attempt a = attempt(final, Attempt::Result::Delivered, QStringLiteral("2.0.0"), {}, {});
                    a.reply = acceptedReply(p, m.messageId, final, m_random);
                    p.attempts.append(a);
                }
            }
            m.recipients.append(p);
        }
        m_messages.append(m);
    }
}

QList<Attempt> DeliveryPlan::fateOf(
    int customer, const PlannedRecipient &recipient, const PlannedMessage &message, bool invalid)
{
    const QString &ip = message.sourceIp;
    const qint64 queuedAt = message.queuedAt;
    const Behaviour behaviour
        = customer < 0 ? Behaviour::Stranger : m_roster.customers().at(customer).behaviour;
    const Traffic &traffic = trafficOf(behaviour);
    const bool complaintsHurt
        = behaviour == Behaviour::ComplaintHeavy || behaviour == Behaviour::PurchasedList;
    const QString &address = recipient.address;
    const qint64 first = queuedAt + m_random.between(1, 20);
    if (invalid)
        return { unknownUser(first, recipient, address, ip) };
    if (const std::optional<Attempt> refused = refusalOf(customer, recipient, ip, first))
        return { *refused };

    const int roll = int(m_random.below(10000));
    int edge = traffic.spam;
    if (roll < edge)
        return { spamRefusal(first, recipient, address, ip, nullptr, m_random) };
    edge += traffic.soft;
    if (roll < edge) {
        const bool disabled = m_random.chance(35);
        QList<Attempt> attempts;
        qint64 t = first;
        if (!disabled && m_random.chance(40)) {
            for (int i = 0; i < 2; ++i) {
                attempts.append(mailboxProblem(t, true, false, recipient, address, ip));
                t += 300 * (i + 1) + m_random.between(0, 90);
            }
        }
        attempts.append(mailboxProblem(t, false, disabled, recipient, address, ip));
        return attempts;
    }
    edge += traffic.expired;
    if (roll < edge && queuedAt + QueueLifetime + 2 * Hour < m_end) {
        QList<Attempt> attempts;
        Attempt tried = attempt(0, Attempt::Result::Deferred, QStringLiteral("4.4.1"), QStringLiteral("soft"),
            QStringLiteral("network-error"));
        tried.problem = fill(
            QStringLiteral("connect to {mx}[{mxip}]:25: Connection timed out"), address, ip, recipient);
        const qint64 gaveUpAt = queuedAt + QueueLifetime + m_random.between(60, 3000);
        for (const qint64 t : retryTimes(first, gaveUpAt - 120, m_random)) {
            tried.at = t;
            attempts.append(tried);
        }
        Attempt gaveUp = attempt(gaveUpAt, Attempt::Result::Expired, QStringLiteral("4.4.7"),
            QStringLiteral("soft"), QStringLiteral("expired"));
        gaveUp.problem = QStringLiteral("delivery time expired (") + tried.problem + QLatin1Char(')');
        attempts.append(gaveUp);
        return attempts;
    }
    edge += traffic.deferred;
    QList<Attempt> attempts;
    qint64 t = first;
    if (roll < edge) {
        const int tries = m_random.between(1, 3);
        const QList<qint64> times = retryTimes(first, first + 4 * Hour, m_random);
        for (int i = 0; i < tries && i + 1 < times.size(); ++i) {
            attempts.append(deferral(times.at(i), recipient, address, ip, complaintsHurt, m_random));
            t = times.at(i + 1);
        }
    }
    Attempt a = attempt(t, Attempt::Result::Delivered, QStringLiteral("2.0.0"), {}, {});
    a.reply = acceptedReply(recipient, message.messageId, t, m_random);
    attempts.append(a);
    return attempts;
}

void DeliveryPlan::planCampaigns(const QMap<QString, int> &complaints)
{
    const QList<DemoCustomer> &customers = m_roster.customers();
    const QList<Receiver> &receivers = Receiver::all();
    QList<int> receiverWeights;
    for (const Receiver &r : receivers)
        receiverWeights.append(r.weight);
    const int days = int((m_end - m_start) / Day);

    for (int c = 0; c < customers.size(); ++c) {
        const DemoCustomer &customer = customers.at(c);
        const Traffic &traffic = trafficOf(customer.behaviour);
        const int complained = complaints.value(customer.id);

        // The volume the planted complaints call for: a good customer stays at or below 0.048 %
        // (0.04 % and more when its complaints set the volume), a bad one above 0.15 % (as long as
        // it drew any complaint at all).
        const qint64 base = qint64(m_random.between(traffic.volumeLow, traffic.volumeHigh)) * m_scale;
        qint64 target = base;
        if (customer.behaviour == Behaviour::Good) {
            const int rate = m_random.between(GoodRateLow, GoodRateHigh);
            target = qMax(base, (qint64(complained) * 100000 + rate - 1) / rate);
        } else if (customer.behaviour != Behaviour::Small && complained > 0) {
            target = qMax<qint64>(BadVolumeAtLeast, qMin(base, qint64(complained) * 100000 / BadRateAtLeast));
        }
        for (const PlannedMessage &m : std::as_const(m_messages)) {
            if (m.customer != c)
                continue;
            for (const PlannedRecipient &r : m.recipients)
                target -= r.attempts.constLast().result == Attempt::Result::Delivered;
        }
        const int hard = m_random.between(traffic.hardLow, traffic.hardHigh);
        const int failing = hard + traffic.spam + traffic.soft + traffic.expired;
        const qint64 recipients = qMax<qint64>(0, target) * 10000 / (10000 - failing);

        // Its list: about two and a half days' worth of recipients, so that each gets a mail every
        // few days; colleagues at companies get one message together.
        const int listSize = int(qMax<qint64>(40, recipients / 12));
        QList<Member> list;
        QSet<QString> addresses;
        while (list.size() < listSize) {
            const int k = m_random.weighted(receiverWeights);
            const bool corporate = receivers.at(k).kind == Receiver::Kind::Corporate;
            const int team = corporate && m_random.chance(30) ? m_random.between(2, 3) : 1;
            for (int i = 0; i < team; ++i) {
                QString address
                    = DemoPerson::random(m_random).localPart + QLatin1Char('@') + receivers.at(k).domain;
                while (addresses.contains(address))
                    address.insert(
                        address.indexOf(QLatin1Char('@')), QLatin1Char(char('0' + m_random.below(10))));
                addresses.insert(address);
                Member member;
                member.address = address;
                member.receiver = k;
                member.team = i == 0 ? team : 1;
                member.follower = i > 0;
                list.append(member);
            }
        }
        // Careless senders put whoever complained back on their list (a list imported again).
        if (!traffic.honoursOwnOptOuts) {
            for (const PlannedComplaint &complaint : std::as_const(m_complainants)) {
                if (complaint.customer != customer.id || addresses.contains(complaint.recipient))
                    continue;
                const QString domain = domainOf(complaint.recipient);
                const auto k = std::find_if(receivers.cbegin(), receivers.cend(),
                    [&domain](const Receiver &r) { return r.domain == domain; });
                if (k == receivers.cend())
                    continue; // a reporter's address, not a subscriber's
                addresses.insert(complaint.recipient);
                Member member;
                member.address = complaint.recipient;
                member.receiver = int(k - receivers.cbegin());
                list.append(member);
            }
        }
        QList<int> order(list.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        QStringList invalidPool; // bad senders mail the same dead addresses again and again
        const bool keepsDeadAddresses = customer.behaviour == Behaviour::PurchasedList
            || customer.behaviour == Behaviour::ComplaintHeavy;

        // Every day a campaign, more on weekdays.
        QList<qint64> cumulative { 0 };
        for (int d = 0; d < days; ++d) {
            const int weekday = int(((m_start / Day) + d + 3) % 7); // 0 = Monday
            const int weight = (weekday < 5 ? 10 : weekday == 5 ? 6 : 5) * m_random.between(90, 110);
            cumulative.append(cumulative.constLast() + weight);
        }
        for (int d = 0; d < days; ++d) {
            const qint64 due = recipients * cumulative.at(d + 1) / cumulative.constLast()
                - recipients * cumulative.at(d) / cumulative.constLast();
            const qint64 campaignStart
                = qMax(m_start, m_start + Day * d + m_campaignHour.at(c) + m_random.between(-1800, 1800));
            const qint64 spread = qMin<qint64>(20 * Minute + due * 2, 5 * Hour);
            qint64 sent = 0;
            int next = 0;
            while (sent < due && next < list.size()) {
                const qint64 queuedAt = campaignStart + qint64(m_random.below(quint64(spread)));
                PlannedMessage m = campaignMessage(c, queuedAt);
                if (int(m_random.below(10000)) < hard) {
                    // An address that does not exist (any more): a typing error, a dead account.
                    QString address;
                    if (keepsDeadAddresses && !invalidPool.isEmpty() && m_random.chance(50)) {
                        address = m_random.pick(invalidPool);
                    } else {
                        const QString domain = m_random.chance(85)
                            ? receivers.at(m_random.weighted(receiverWeights)).domain
                            : QString::fromLatin1(Receiver::TypoDomains[m_random.below(Receiver::TypoCount)]);
                        address = DemoPerson::random(m_random).localPart
                            + QString::number(m_random.between(1, 9)) + QLatin1Char('@') + domain;
                        invalidPool.append(address);
                    }
                    if (suppressed(c, address))
                        continue;
                    PlannedRecipient p;
                    p.address = address;
                    p.receiver = Receiver::forDomain(domainOf(address));
                    route(p, m.sourceIp);
                    p.attempts = fateOf(c, p, m, true);
                    m.recipients.append(p);
                    m_messages.append(m);
                    ++sent;
                    continue;
                }
                // The next list member in today's random order.
                const int j = next + int(m_random.below(quint64(list.size() - next)));
                order.swapItemsAt(next, j);
                const int index = order.at(next++);
                Member &member = list[index];
                if (member.follower)
                    continue;
                const bool afterOptOut = member.optedOutAt != 0 && member.optedOutAt <= queuedAt;
                if ((afterOptOut && member.honoured) || suppressed(c, member.address))
                    continue;
                for (int i = 0; i < member.team; ++i) {
                    const Member &each = list.at(index + i);
                    if (suppressed(c, each.address))
                        continue;
                    PlannedRecipient p;
                    p.address = each.address;
                    p.receiver = receivers.at(each.receiver);
                    route(p, m.sourceIp);
                    p.attempts = fateOf(c, p, m, false);
                    m.recipients.append(p);
                }
                for (const PlannedRecipient &p : std::as_const(m.recipients)) {
                    if (afterOptOut && p.attempts.constLast().result == Attempt::Result::Delivered)
                        ++m_afterOptOut[c];
                }
                // Some who got it opt out afterwards.
                const Attempt &got = m.recipients.first().attempts.constLast();
                if (member.optedOutAt == 0 && got.result == Attempt::Result::Delivered
                    && int(m_random.below(10000)) < traffic.optOut) {
                    const qint64 at = got.at + m_random.between(int(5 * Minute), int(2 * Day));
                    if (at < m_end - Minute) {
                        PlannedOptOut o;
                        o.at = at;
                        o.customer = c;
                        o.recipient = member.address;
                        switch (customer.unsubscribe) {
                        case UnsubscribeStyle::OneClick:
                        case UnsubscribeStyle::PostNotSigned:
                            o.source = QString::fromLatin1(std::array { "list-unsubscribe", "link", "reply",
                                "support" }[m_random.weighted({ 60, 30, 5, 5 })]);
                            break;
                        case UnsubscribeStyle::MailtoOnly:
                            o.source = QString::fromLatin1(std::array {
                                "list-unsubscribe", "link", "reply" }[m_random.weighted({ 40, 40, 20 })]);
                            break;
                        case UnsubscribeStyle::None:
                            o.source = QString::fromLatin1(
                                std::array { "link", "reply", "support" }[m_random.weighted({ 60, 25, 15 })]);
                            break;
                        }
                        if (o.source == QLatin1String("link")) {
                            const bool bought = customer.behaviour == Behaviour::PurchasedList;
                            o.reason = QString::fromLatin1(std::array { "too many emails",
                                "no longer interested", "content not relevant", "never signed up",
                                "other" }[m_random.weighted({ 30, 35, 20, bought ? 60 : 5, 10 })]);
                        } else if (o.source == QLatin1String("reply")) {
                            o.reason = QStringLiteral("asked by reply to remove the address");
                        } else if (o.source == QLatin1String("support")) {
                            o.reason = QStringLiteral("asked the support desk");
                        }
                        m_optOuts.append(o);
                        member.optedOutAt = at;
                        // The ESP acts on List-Unsubscribe itself; the rest is up to the customer.
                        member.honoured
                            = traffic.honoursOwnOptOuts || o.source == QLatin1String("list-unsubscribe");
                    }
                }
                sent += m.recipients.size();
                m_messages.append(m);
            }
        }
    }
    std::stable_sort(m_optOuts.begin(), m_optOuts.end(),
        [](const PlannedOptOut &a, const PlannedOptOut &b) { return a.at < b.at; });
}

void DeliveryPlan::planOwnMail()
{
    const QList<Receiver> &receivers = Receiver::all();
    QList<int> weights;
    for (const Receiver &r : receivers)
        weights.append(r.kind == Receiver::Kind::FeedbackProvider ? 0 : r.weight);
    const int days = int((m_end - m_start) / Day);
    for (int d = 0; d < days; ++d) {
        const int count = m_random.between(20, 40) * m_scale;
        for (int n = 0; n < count; ++n) {
            PlannedMessage m;
            m.platform = Platform::Exim;
            m.host = hostFor(m.platform);
            m.queuedAt = m_start + Day * d + qint64(m_random.below(Day - 10 * Minute));
            m.sourceIp = QStringLiteral("192.0.2.250"); // the ESP's own address, no customer's
            const int kind = m_random.weighted({ 50, 25, 25 });
            m.sender = QString::fromLatin1(OwnSenders[kind]);
            m.messageId = QString::fromLatin1(m_random.token(16)) + QStringLiteral("@esp.example");
            m.size = (kind == 1 ? 24000 : 3200) + int(m_random.below(4000));
            m.submission = submissionFor(m.platform);
            const int recipients = m_random.chance(10) ? 2 : 1;
            const Receiver &receiver = receivers.at(m_random.weighted(weights));
            for (int i = 0; i < recipients; ++i) {
                PlannedRecipient p;
                p.address = DemoPerson::random(m_random).localPart + QLatin1Char('@') + receiver.domain;
                p.receiver = receiver;
                route(p, m.sourceIp);
                p.attempts = fateOf(-1, p, m, m_random.below(10000) < 30u);
                m.recipients.append(p);
            }
            m_messages.append(m);
        }
    }
}

void DeliveryPlan::planSeeds()
{
    const QList<DemoCustomer> &customers = m_roster.customers();
    QStringList seeds;
    for (const char *domain : SeedDomains)
        seeds.append(QStringLiteral("seedlist.") + QString::fromLatin1(m_random.token(6)) + QLatin1Char('@')
            + QString::fromLatin1(domain));
    const int days = int((m_end - m_start) / Day);
    for (int c = 0; c < customers.size(); ++c) {
        const Traffic &traffic = trafficOf(customers.at(c).behaviour);
        QList<int> dayOrder;
        for (int d = 1; d < days - 1; ++d)
            dayOrder.append(d);
        for (int i = 0; i < traffic.seedDays * m_scale && i < dayOrder.size(); ++i) {
            dayOrder.swapItemsAt(i, i + int(m_random.below(quint64(dayOrder.size() - i))));
            const qint64 start
                = m_start + Day * dayOrder.at(i) + m_campaignHour.at(c) + m_random.between(0, 900);
            for (int k = 0; k < seeds.size(); ++k) {
                PlannedMessage m = campaignMessage(c, start + k);
                PlannedRecipient p;
                p.address = seeds.at(k);
                p.receiver = Receiver::forDomain(domainOf(p.address));
                route(p, m.sourceIp);
                const qint64 at = m.queuedAt + m_random.between(1, 30);
                QString placement;
                if (const std::optional<Attempt> refused = refusalOf(c, p, m.sourceIp, at)) {
                    p.attempts.append(*refused);
                    placement = QStringLiteral("missing");
                } else {
                    Attempt a = attempt(at, Attempt::Result::Delivered, QStringLiteral("2.0.0"), {}, {});
                    a.reply = acceptedReply(p, m.messageId, at, m_random);
                    p.attempts.append(a);
                    placement = QString::fromLatin1(std::array { "inbox", "junk",
                        "missing" }[m_random.weighted({ traffic.inbox, traffic.junk, traffic.missing })]);
                }
                m.recipients.append(p);
                const qint64 checked = at + m_random.between(900, 5400);
                if (checked < m_end)
                    m_seeds.append({ checked, c, m.campaign, p.receiver.domain, placement });
                m_messages.append(m);
            }
        }
    }
    std::stable_sort(m_seeds.begin(), m_seeds.end(),
        [](const PlannedSeedResult &a, const PlannedSeedResult &b) { return a.at < b.at; });
}

QList<Platform> DeliveryPlan::platformsOf(int customer) const
{
    QList<Platform> platforms;
    for (const Platform p : { Platform::Postfix, Platform::Exim, Platform::PowerMta, Platform::SendLog }) {
        for (const PlannedMessage &m : m_messages) {
            if (m.customer == customer && m.platform == p) {
                platforms.append(p);
                break;
            }
        }
    }
    return platforms;
}

} // namespace abusedesk::demo
