// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/Receiver.h"

#include "demo/MailboxProvider.h"

namespace abusedesk::demo {

namespace {

struct Freemail
{
    const char *domain;
    const char *family;
    const char *mx;
    int weight;
    bool spamhaus;
};

// The big mailbox providers of the customers' lists, by share; MX names as they publish them.
const Freemail FreemailDomains[] = {
    { "gmail.com", "google", "gmail-smtp-in.l.google.com", 22, false },
    { "googlemail.com", "google", "gmail-smtp-in.l.google.com", 2, false },
    { "outlook.com", "microsoft", "outlook-com.olc.protection.outlook.com", 5, false },
    { "hotmail.com", "microsoft", "hotmail-com.olc.protection.outlook.com", 6, false },
    { "hotmail.de", "microsoft", "eur.olc.protection.outlook.com", 2, false },
    { "live.com", "microsoft", "live-com.olc.protection.outlook.com", 2, false },
    { "yahoo.com", "yahoo", "mta5.am0.yahoodns.net", 5, false },
    { "yahoo.de", "yahoo", "mx-eu.mail.am0.yahoodns.net", 1, false },
    { "aol.com", "yahoo", "mx-aol.mail.gm0.yahoodns.net", 2, false },
    { "gmx.de", "united-internet", "mx00.emig.gmx.net", 8, true },
    { "gmx.net", "united-internet", "mx01.emig.gmx.net", 3, true },
    { "web.de", "united-internet", "mx-ha03.web.de", 8, true },
    { "t-online.de", "t-online", "mx00.t-online.de", 5, true },
    { "orange.fr", "orange", "smtp-in.orange.fr", 3, true },
    { "free.fr", "free", "mx1.free.fr", 2, true },
    { "icloud.com", "apple", "mx01.mail.icloud.com", 4, false },
    { "me.com", "apple", "mx02.mail.icloud.com", 1, false },
};

QString hex(int value)
{
    return QString::number(value, 16);
}

} // namespace

const QList<Receiver> &Receiver::all()
{
    static const QList<Receiver> receivers = [] {
        QList<Receiver> list;
        int n = 0;
        for (const Freemail &f : FreemailDomains) {
            Receiver r;
            r.family = QString::fromLatin1(f.family);
            r.domain = QString::fromLatin1(f.domain);
            r.mx = QString::fromLatin1(f.mx);
            r.mxIp = QStringLiteral("198.51.100.%1").arg(100 + n);
            r.mxIp6 = QStringLiteral("2001:db8:f00::") + hex(0x100 + n);
            r.kind = Kind::Freemail;
            r.weight = f.weight;
            r.usesSpamhaus = f.spamhaus;
            list.append(r);
            ++n;
        }
        // The feedback loop providers hold about a third of the recipients, as their share of
        // the mail that gets reported says.
        n = 0;
        for (const MailboxProvider &p : MailboxProvider::all()) {
            Receiver r;
            r.family = QStringLiteral("generic");
            r.domain = p.domain;
            r.mx = p.mx;
            r.mxIp = p.mxIp;
            r.mxIp6 = QStringLiteral("2001:db8:f00::") + hex(0x200 + n++);
            r.kind = Kind::FeedbackProvider;
            r.weight = (p.recipientWeight + 1) / 2;
            list.append(r);
        }
        for (int k = 0; k < CorporateCount; ++k) {
            Receiver r;
            r.family = QStringLiteral("generic");
            r.domain = QString::fromLatin1(CorporateDomains[k]);
            r.mx = QStringLiteral("mx.") + r.domain;
            r.mxIp = QStringLiteral("203.0.113.%1").arg(50 + k);
            r.mxIp6 = QStringLiteral("2001:db8:f00::") + hex(0x300 + k);
            r.kind = Kind::Corporate;
            r.weight = 2;
            r.usesSpamhaus = true;
            r.usesSpamcop = k % 2 == 0;
            list.append(r);
        }
        return list;
    }();
    return receivers;
}

Receiver Receiver::forDomain(const QString &domain)
{
    for (const Receiver &r : all()) {
        if (r.domain == domain)
            return r;
    }
    Receiver r;
    r.family = QStringLiteral("generic");
    r.domain = domain;
    for (const char *typo : TypoDomains) {
        if (domain == QLatin1String(typo)) {
            r.kind = Kind::Unresolvable;
            return r;
        }
    }
    // A domain met only in the mail gets an address of its own from its name (no hash order:
    // the same name gives the same address everywhere).
    int sum = 0;
    for (const QChar c : domain)
        sum = (sum * 31 + c.unicode()) % 9973;
    r.mx = QStringLiteral("mx.") + domain;
    r.mxIp = QStringLiteral("198.51.100.%1").arg(150 + sum % 50);
    r.mxIp6 = QStringLiteral("2001:db8:f00::") + hex(0x400 + sum % 50);
    r.kind = Kind::Other;
    return r;
}

} // namespace abusedesk::demo
