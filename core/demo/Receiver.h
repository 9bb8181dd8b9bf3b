// SPDX-License-Identifier: GPL-2.0-or-later
// Where the demo customers' recipients live, as the ESP's delivery logs see them: the recipient
// domain, its MX host and addresses, and how its servers answer. The freemail domains are the
// real ones (their MX names too) with documentation addresses; the mailbox providers that send
// feedback loop reports and the companies are made up.
#pragma once

#include <QList>
#include <QString>

namespace abusedesk::demo {

struct Receiver
{
    enum class Kind {
        Freemail, ///< gmail.com, web.de …
        FeedbackProvider, ///< a MailboxProvider: sends feedback loop reports
        Corporate, ///< a company's own domain (*.example)
        Other, ///< a domain met only in the mail (spam trap operators …)
        Unresolvable, ///< a mistyped domain that does not exist: no MX at all
    };
    /// Whose servers these are: decides the wording of replies ("google", "microsoft", "yahoo",
    /// "united-internet", "t-online", "orange", "free", "apple" or "generic").
    QString family;
    QString domain;
    QString mx; ///< empty when the domain does not resolve
    QString mxIp;
    QString mxIp6;
    Kind kind = Kind::Other;
    int weight = 0; ///< share of the customers' recipients
    bool usesSpamhaus = false; ///< refuses mail from addresses on zen.spamhaus.org
    bool usesSpamcop = false; ///< refuses mail from addresses on bl.spamcop.net

    /// Every receiver with a share of the customers' recipients (weight > 0), in a fixed order.
    [[nodiscard]] static const QList<Receiver> &all();
    /// The receiver of a domain: one of all(), or one made up for a domain met only in the mail.
    [[nodiscard]] static Receiver forDomain(const QString &domain);

    /// Companies whose own servers answer, and write the non-standard notices of BounceGenerator.
    static constexpr const char *CorporateDomains[]
        = { "hollis-engineering.example", "meridian-partners.example", "brightwater-clinic.example",
              "tallis-logistics.example", "kestrel-foods.example", "stadtwerke-nord.example",
              "cabinet-moreau.example", "grupo-castillo.example" };
    static constexpr int CorporateCount = 8;
    /// Recipient domains that do not exist: typing errors in sign-up forms.
    static constexpr const char *TypoDomains[] = { "wavemial.example", "postbx.example", "kitemal.example",
        "lantren.example", "fjordpots.example", "gmial.example", "hotmial.example", "yaho.example" };
    static constexpr int TypoCount = 8;
};

} // namespace abusedesk::demo
