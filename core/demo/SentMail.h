// SPDX-License-Identifier: GPL-2.0-or-later
// The customer's message that a planted report, complaint or bounce is about, as the ESP sent it:
// what the delivery logs must show for the case to hang together (DeliveryPlan reads it). It is
// not written to expected.json.
#pragma once

#include <QList>
#include <QString>

namespace abusedesk::demo {

/// One recipient of a sent message and what the ESP's own MTA logged for it.
struct SentRecipient
{
    QString address;
    /// True when the ESP's MTA itself gave up or kept trying (its bounce notice says so); false
    /// when the receiver accepted the message (a report or a complaint followed, or the receiver
    /// bounced it later on its own).
    bool refusedAtSmtp = false;
    bool temporary = false; ///< a delay, not a failure: the MTA kept trying
    bool local = false; ///< the MTA decided by itself (no such domain, no connection, expiry)
    QString bounceClass; ///< hard | soft | spam
    QString reason; ///< design.md bounce reason
    QString status; ///< RFC 3463
    QString text; ///< the reply or the MTA's reason, as the notice quotes it
    QString mx; ///< the receiving host the notice names; empty when it names none
    QString mxIp;
    qint64 lastAttempt = 0; ///< the notice's Last-Attempt-Date (UTC seconds); 0 when it has none
};

struct SentMail
{
    QString customer; ///< customer id of the real sender (also when the report does not name it)
    QList<SentRecipient> recipients;
    /// UTC seconds of the message's Date; 0 when no copy of it exists (an unsubscribe request
    /// that names the list only): the plan then picks a time before sentBefore.
    qint64 sentAt = 0;
    qint64 sentBefore = 0;
    qint64 queuedAt = 0; ///< when it entered the MTA's queue (a notice's Arrival-Date); 0: sentAt
    qint64 noticeAt = 0; ///< when the ESP's MTA wrote the bounce or delay notice; 0: none
    QString sourceIp;
    QString returnPath;
    QString messageId;
    QString campaign;
    int size = 0;
    QString mtaHost; ///< the ESP host that wrote the notice ("mta5.esp.example"); empty: none
    QString queueId; ///< the Postfix queue id the notice gives; empty: none
};

} // namespace abusedesk::demo
