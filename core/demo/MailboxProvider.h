// SPDX-License-Identifier: GPL-2.0-or-later
// The mailbox providers of the demo: where the customers' recipients live, who sends feedback
// loop reports (each with its own User-Agent and habits) and who refuses mail.
#pragma once

#include <QList>
#include <QString>

namespace abusedesk::demo {

struct MailboxProvider
{
    QString name; ///< "Wavemail"
    QString domain; ///< recipients' domain
    QString mx; ///< the receiving host
    QString mxIp;
    QString fblFrom; ///< where its reports come from
    QString userAgent;
    QString version; ///< ARF Version as it writes it: "1" or "1.0"
    QString subject; ///< its report subject, %1 = the source IP
    int offsetMinutes = 0; ///< the time zone of its dates
    int fblWeight = 0; ///< share of the feedback reports
    int recipientWeight = 0; ///< share of the customers' recipients
    bool receivedDate = false; ///< writes Received-Date where RFC 5965 says Arrival-Date
    bool headersOnly = false; ///< attaches text/rfc822-headers instead of message/rfc822
    bool redactsRecipient = false; ///< omits Original-Rcpt-To and masks the original's To
    bool reportsDomain = false; ///< adds Reported-Domain
    bool toAbuse = false; ///< its feedback loop is registered for abuse@ rather than fbl@

    [[nodiscard]] static const QList<MailboxProvider> &all();
};

} // namespace abusedesk::demo
