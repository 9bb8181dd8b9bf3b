// SPDX-License-Identifier: GPL-2.0-or-later
// What the demo ESP delivered in the period, recipient by recipient and attempt by attempt,
// before any log is written: the mail the planted reports and bounces are about, each customer's
// daily campaigns, the ESP's own mail, seed tests, opt-outs and blocklistings. The log writers
// only render it, and expected.json counts it, so that the logs and the truth cannot disagree.
#pragma once

#include "demo/CustomerRoster.h"
#include "demo/DemoRandom.h"
#include "demo/Receiver.h"
#include "demo/SentMail.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <optional>

namespace abusedesk::demo {

/// The four places the ESP's mail leaves from, each with a log of its own.
enum class Platform {
    Postfix, ///< the marketing MTAs: logs/postfix/mail.log*
    Exim, ///< the transactional pool: logs/exim/mainlog
    PowerMta, ///< the shared pool: logs/powermta/acct-*.csv
    SendLog, ///< the API platform: logs/sendlog.csv
};

[[nodiscard]] QString platformName(Platform platform); ///< "postfix", "exim", "powermta", "send-log"

struct Attempt
{
    enum class Result { Delivered, Deferred, Bounced, Expired };
    qint64 at = 0; ///< UTC seconds
    Result result = Result::Delivered;
    QString status; ///< RFC 3463 ("2.0.0", "4.7.0", "5.1.1")
    QString reply; ///< the receiver's SMTP reply; empty when it gave none
    QString problem; ///< the sending MTA's own reason when the receiver gave no reply
    QString stage; ///< the command the reply answered: "RCPT TO", "MAIL FROM", "end of DATA"
    QString bounceClass; ///< hard | soft | spam; empty for a delivery
    QString reason; ///< design.md bounce reason; empty for a delivery

    [[nodiscard]] bool isFinal() const { return result != Result::Deferred; }
};

struct PlannedRecipient
{
    QString address;
    Receiver receiver;
    QString mx; ///< the host the MTA talked to (empty: it found none)
    QString mxIp;
    QList<Attempt> attempts; ///< in time order; the last one is final
};

struct PlannedMessage
{
    Platform platform = Platform::Postfix;
    int customer = -1; ///< index into CustomerRoster::customers(); -1: the ESP's own mail
    QString host; ///< the MTA host, short ("mta3", "tx1", "pmta1"); empty for the send log
    QString queueId; ///< Postfix queue id; empty on the other platforms
    qint64 queuedAt = 0;
    QString sender; ///< envelope sender
    QString messageId; ///< without <>
    QString campaign; ///< empty for the ESP's own mail
    QString sourceIp; ///< the address the mail left from
    QString customerHeader; ///< the X-Customer-ID value the message carries; empty: none
    int size = 0;
    int submission = 0; ///< how it reached the MTA: 0 pickup, 1 localhost, 2… app server 1…
    QList<PlannedRecipient> recipients;
};

struct PlannedOptOut
{
    qint64 at = 0;
    int customer = -1;
    QString recipient;
    QString reason;
    QString source;
};

struct PlannedSeedResult
{
    qint64 at = 0;
    int customer = -1;
    QString campaign;
    QString receiver;
    QString placement; ///< inbox | junk | missing
};

struct PlannedListing
{
    QString list; ///< "Spamhaus SBL", "SpamCop"
    QString target; ///< the address or range as listed
    QStringList hosts; ///< the sending addresses it covers
    qint64 listed = 0;
    qint64 delisted = 0; ///< 0: still listed at the end of the period
    QString note;
    bool spamhaus = true; ///< zen.spamhaus.org rather than bl.spamcop.net
};

/// Someone who complained about a customer's mail (PlantedMessage::complainant).
struct PlannedComplaint
{
    QString customer; ///< customer id
    QString recipient; ///< the address that complained, lower case
    qint64 at = 0; ///< when (the report's or complaint's Date)
};

/// A receiver that refuses mail from one of the ESP's addresses for its poor reputation.
struct PlannedReputationBlock
{
    QString address; ///< the sending address
    QString family; ///< the receiver's family (Receiver::family)
    qint64 from = 0;
};

/// A customer whose mail a receiver refuses as spam for its content, whatever address it leaves
/// from: about half of it from a day on.
struct PlannedContentProblem
{
    int customer = -1; ///< index into CustomerRoster::customers(); -1: none
    QString family; ///< the receiver's family (Receiver::family)
    qint64 from = 0;
};

class DeliveryPlan
{
public:
    /// sent: the ESP's mail that the planted messages are about, in planting order;
    /// complaints: feedback reports of type abuse per customer id, which the volumes are fitted to;
    /// complainants: who complained about which customer's mail and when. Careless customers
    /// (those that ignore opt-outs) keep mailing them; the others never do.
    DeliveryPlan(const CustomerRoster &roster, qint64 periodStart, qint64 periodEnd, int scale,
        DemoRandom random, const QList<SentMail> &sent, const QMap<QString, int> &complaints,
        const QList<PlannedComplaint> &complainants);

    [[nodiscard]] const QList<PlannedMessage> &messages() const { return m_messages; }
    [[nodiscard]] const QList<PlannedOptOut> &optOuts() const { return m_optOuts; }
    [[nodiscard]] const QList<PlannedSeedResult> &seedResults() const { return m_seeds; }
    [[nodiscard]] const QList<PlannedListing> &listings() const { return m_listings; }
    /// The platforms a customer's mail went through (index -1: the ESP's own mail).
    [[nodiscard]] QList<Platform> platformsOf(int customer) const;
    /// Deliveries to a recipient after it had opted out (customers that ignore opt-outs).
    [[nodiscard]] int mailedAfterOptOut(int customer) const { return m_afterOptOut.value(customer); }
    [[nodiscard]] const QList<PlannedComplaint> &complainants() const { return m_complainants; }
    /// A shared-pool address that the biggest mailbox provider refuses for its poor reputation,
    /// for every customer that sends from it, all through the period.
    [[nodiscard]] const PlannedReputationBlock &reputationBlock() const { return m_reputationBlock; }
    /// A small sender of the shared pool whose content that provider refuses.
    [[nodiscard]] const PlannedContentProblem &contentProblem() const { return m_contentProblem; }
    /// Whether the log line of an attempt names the address the mail left from: Postfix's lines do
    /// not; Exim's do unless it gave up by itself (expired, or no MX to talk to); PowerMTA's
    /// accounting and the send log always do.
    [[nodiscard]] static bool logsSendingAddress(
        const PlannedMessage &message, const PlannedRecipient &recipient, const Attempt &attempt);

    static constexpr qint64 Day = 86400;

private:
    struct Member;

    void assignPlatforms();
    void planListings();
    void planReputation();
    void planSentMail(const QList<SentMail> &sent);
    void planCampaigns(const QMap<QString, int> &complaints);
    void planOwnMail();
    void planSeeds();

    [[nodiscard]] Platform platformFor(int customer, const QString &ip) const;
    [[nodiscard]] QString hostFor(Platform platform);
    [[nodiscard]] QString newQueueId();
    [[nodiscard]] int submissionFor(Platform platform);
    [[nodiscard]] const PlannedListing *listingFor(const QString &ip, qint64 when, const Receiver &r) const;
    /// The spam refusal a receiver gives a customer's mail at that time by itself (a listing, the
    /// address's reputation, the content), if it refuses it.
    [[nodiscard]] std::optional<Attempt> refusalOf(
        int customer, const PlannedRecipient &recipient, const QString &ip, qint64 at);
    /// Whether the customer must not mail the address: it complained, and the customer honours that.
    [[nodiscard]] bool suppressed(int customer, const QString &address) const;
    /// The attempts of one recipient that the MTA decides by itself (campaign mail).
    [[nodiscard]] QList<Attempt> fateOf(
        int customer, const PlannedRecipient &recipient, const PlannedMessage &message, bool invalid);
    [[nodiscard]] PlannedMessage campaignMessage(int customer, qint64 queuedAt);
    void route(PlannedRecipient &recipient, const QString &ip) const;

    const CustomerRoster &m_roster;
    qint64 m_start;
    qint64 m_end;
    int m_scale;
    DemoRandom m_random;
    QList<Platform> m_platformOf; ///< per customer: where its mail goes (the shared pool aside)
    QList<PlannedMessage> m_messages;
    QList<PlannedOptOut> m_optOuts;
    QList<PlannedSeedResult> m_seeds;
    QList<PlannedListing> m_listings;
    QSet<QString> m_queueIds;
    QMap<int, int> m_afterOptOut;
    QList<PlannedComplaint> m_complainants;
    QSet<QString> m_complained; ///< "customer index|address"
    PlannedReputationBlock m_reputationBlock;
    PlannedContentProblem m_contentProblem;
    QList<qint64> m_campaignHour; ///< per customer: when its campaigns start (seconds after midnight)
};

} // namespace abusedesk::demo
