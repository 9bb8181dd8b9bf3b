// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/MailboxProvider.h"

namespace abusedesk::demo {

const QList<MailboxProvider> &MailboxProvider::all()
{
    static const QList<MailboxProvider> providers = [] {
        QList<MailboxProvider> list;
        MailboxProvider p;

        p = {};
        p.name = QStringLiteral("Wavemail");
        p.domain = QStringLiteral("wavemail.example");
        p.mx = QStringLiteral("mx2.wavemail.example");
        p.mxIp = QStringLiteral("203.0.113.12");
        p.fblFrom = QStringLiteral("fbl@feedback.wavemail.example");
        p.userAgent = QStringLiteral("Wavemail-FBL/2.4");
        p.version = QStringLiteral("1");
        p.subject = QStringLiteral("Email Feedback Report for IP %1");
        p.fblWeight = 35;
        p.recipientWeight = 34;
        p.reportsDomain = true;
        list.append(p);

        p = {};
        p.name = QStringLiteral("Postbox Online");
        p.domain = QStringLiteral("postbox.example");
        p.mx = QStringLiteral("in1.postbox.example");
        p.mxIp = QStringLiteral("203.0.113.21");
        p.fblFrom = QStringLiteral("arf-reports@postbox.example");
        p.userAgent = QStringLiteral("Postbox ARF Generator 1.0");
        p.version = QStringLiteral("1.0");
        p.subject = QStringLiteral("Postbox Online complaint regarding %1");
        p.offsetMinutes = 60;
        p.fblWeight = 25;
        p.recipientWeight = 24;
        p.receivedDate = true;
        p.headersOnly = true;
        list.append(p);

        p = {};
        p.name = QStringLiteral("KiteMail");
        p.domain = QStringLiteral("kitemail.example");
        p.mx = QStringLiteral("mail-in.kitemail.example");
        p.mxIp = QStringLiteral("203.0.113.33");
        p.fblFrom = QStringLiteral("scomp@kitemail.example");
        p.userAgent = QStringLiteral("KiteMail Complaints 3.1");
        p.version = QStringLiteral("1");
        p.subject = QStringLiteral("KiteMail user complaint (%1)");
        p.offsetMinutes = -480;
        p.fblWeight = 20;
        p.recipientWeight = 18;
        p.redactsRecipient = true;
        p.toAbuse = true;
        list.append(p);

        p = {};
        p.name = QStringLiteral("Lantern Broadband");
        p.domain = QStringLiteral("lantern.example");
        p.mx = QStringLiteral("mx.lantern.example");
        p.mxIp = QStringLiteral("203.0.113.41");
        p.fblFrom = QStringLiteral("feedback-loop@lantern.example");
        p.userAgent = QStringLiteral("Lantern-ARF/0.9");
        p.version = QStringLiteral("1");
        p.subject = QStringLiteral("Complaint about message from %1");
        p.offsetMinutes = -300;
        p.fblWeight = 10;
        p.recipientWeight = 10;
        p.reportsDomain = true;
        p.toAbuse = true;
        list.append(p);

        p = {};
        p.name = QStringLiteral("Fjordpost");
        p.domain = QStringLiteral("fjordpost.example");
        p.mx = QStringLiteral("mx01.fjordpost.example");
        p.mxIp = QStringLiteral("203.0.113.47");
        p.fblFrom = QStringLiteral("fbl-noreply@fjordpost.example");
        p.userAgent = QStringLiteral("fjordpost-fbl/1.2");
        p.version = QStringLiteral("1");
        p.subject = QStringLiteral("[Fjordpost FBL] report for %1");
        p.offsetMinutes = 60;
        p.fblWeight = 10;
        p.recipientWeight = 8;
        p.headersOnly = true;
        p.reportsDomain = true;
        list.append(p);
        return list;
    }();
    return providers;
}

} // namespace abusedesk::demo
