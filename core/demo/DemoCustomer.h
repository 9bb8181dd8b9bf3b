// SPDX-License-Identifier: GPL-2.0-or-later
// One list owner of the demo ESP with everything that identifies its mail (design.md §2
// "Customer"), plus how its mail looks and how badly it behaves; also used, with an empty id, for
// senders that are no customer at all (spoofed or foreign mail that still gets reported).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace abusedesk::demo {

/// One address or range a customer sends from, valid from one day (included) to another
/// (excluded; 0: still held).
struct IpAssignment
{
    QString range; ///< "192.0.2.17", "198.51.100.8/29" or "2001:db8:25::/64"
    QStringList hosts; ///< the addresses mail actually leaves from
    qint64 from = 0; ///< UTC seconds
    qint64 until = 0; ///< UTC seconds, exclusive; 0 = open
    bool shared = false; ///< held by several customers at once (a shared pool)
};

enum class UnsubscribeStyle {
    OneClick, ///< https + mailto, List-Unsubscribe-Post, both headers signed (RFC 8058)
    PostNotSigned, ///< List-Unsubscribe-Post present, but the DKIM h= does not cover it
    MailtoOnly, ///< only a mailto: URI, no List-Unsubscribe-Post
    None, ///< no List-Unsubscribe at all
};

/// How a list owner behaves, which the whole case plays out: its complaints, bounces, listings
/// and the volume of mail it sends.
enum class Behaviour {
    Good, ///< a model citizen
    ComplaintHeavy, ///< sends mail people did not ask for: complaint rate far above 0.1 %
    PurchasedList, ///< mails a bought list: many unknown users, complaints too
    Blocklisted, ///< its address got listed: spam refusals
    Small, ///< a small sender in the shared pool
    Stranger, ///< no customer at all
};

struct DemoCustomer
{
    QString id; ///< "c001"; empty for a sender that is no customer
    QString name;
    QString status; ///< active, warned, suspended, terminated
    qint64 revenueCents = 0;
    QString contact;
    QList<IpAssignment> ips;
    QString dkimDomain;
    QString returnPathDomain;
    QString fromDomain;
    QString fromLocal; ///< "news", "hello" …
    QString listId; ///< empty when the mail carries no List-Id
    QString customerHeader; ///< X-Customer-ID value; empty when the mail has none
    QString feedbackSegment; ///< the customer field of Feedback-ID; empty when none
    QString campaignPrefix; ///< X-Campaign-ID prefix ("bhb")
    int industry = 0; ///< index into the subjects and texts of OutgoingMail
    UnsubscribeStyle unsubscribe = UnsubscribeStyle::OneClick;
    bool espSignature = false; ///< a second DKIM signature with d=esp.example
    int complaintWeight = 1; ///< share of complaints and reports
    int bounceWeight = 1; ///< share of bounces
    int hardBouncePercent = 30; ///< of its bounces, how many are for unknown users
    int blocklistWeight = 0; ///< share of blocklist notices and spam refusals
    Behaviour behaviour = Behaviour::Stranger;

    [[nodiscard]] bool isCustomer() const { return !id.isEmpty(); }
};

} // namespace abusedesk::demo
