// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/ReceiverDirectory.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace abusedesk::delivery {

namespace {

// The mailbox providers analysts meet most, with the domains their users have. Corporate
// domains (Google Workspace, Microsoft 365 tenants) cannot be told from the name and stay
// corporate; the analyst adds what matters to them.
QList<ReceiverDomain> buildShipped()
{
    struct Provider
    {
        const char *name;
        std::initializer_list<const char *> domains;
    };
    static const Provider providers[] = {
        { "Google", { "gmail.com", "googlemail.com" } },
        { "Microsoft",
            { "outlook.com", "hotmail.com", "live.com", "msn.com", "passport.com", "hotmail.*", "outlook.*",
                "live.*", "windowslive.com" } },
        { "Yahoo",
            { "yahoo.*", "ymail.com", "rocketmail.com", "yahoo.co.uk", "yahoo.co.jp", "yahoo.com.br" } },
        { "AOL", { "aol.com", "aol.*", "aim.com", "verizon.net", "aol.co.uk" } },
        { "Apple", { "icloud.com", "me.com", "mac.com" } },
        { "GMX / WEB.DE", { "gmx.*", "gmx.net", "web.de", "mail.com", "email.com", "gmx.co.uk" } },
        { "1&1 / IONOS", { "online.de", "onlinehome.de" } },
        { "T-Online", { "t-online.de", "magenta.de" } },
        { "Freenet", { "freenet.de", "mobilcom.de" } },
        { "Orange", { "orange.fr", "wanadoo.fr", "orange.com" } },
        { "Free", { "free.fr", "aliceadsl.fr" } },
        { "SFR", { "sfr.fr", "neuf.fr", "cegetel.net" } },
        { "La Poste", { "laposte.net" } },
        { "Bouygues", { "bbox.fr" } },
        { "Libero / Virgilio", { "libero.it", "virgilio.it", "iol.it", "inwind.it", "blu.it" } },
        { "Telefónica", { "movistar.es", "telefonica.net", "terra.com.br" } },
        { "Seznam", { "seznam.cz", "email.cz", "post.cz" } },
        { "WP / Onet / Interia", { "wp.pl", "o2.pl", "onet.pl", "op.pl", "interia.pl", "poczta.fm" } },
        { "Yandex", { "yandex.ru", "yandex.com", "ya.ru", "yandex.*" } },
        { "Mail.ru", { "mail.ru", "inbox.ru", "list.ru", "bk.ru" } },
        { "Proton", { "proton.me", "protonmail.com", "protonmail.ch", "pm.me" } },
        { "Zoho", { "zoho.com", "zohomail.com", "zohomail.eu" } },
        { "Fastmail", { "fastmail.com", "fastmail.fm" } },
        { "Tutanota", { "tutanota.com", "tuta.io", "tutanota.de" } },
        { "Comcast", { "comcast.net", "xfinity.com" } },
        { "Charter / Spectrum", { "charter.net", "spectrum.net", "twc.com", "rr.com", "roadrunner.com" } },
        { "AT&T", { "att.net", "sbcglobal.net", "bellsouth.net", "pacbell.net", "ameritech.net" } },
        { "Cox", { "cox.net" } },
        { "Bell / Sympatico", { "sympatico.ca", "bell.net" } },
        { "Rogers", { "rogers.com" } },
        { "Shaw", { "shaw.ca" } },
        { "BT", { "btinternet.com", "btopenworld.com" } },
        { "Sky", { "sky.com" } },
        { "Virgin Media", { "virginmedia.com", "ntlworld.com", "blueyonder.co.uk" } },
        { "Ziggo / KPN", { "ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl", "hetnet.nl" } },
        { "Telenet / Proximus", { "telenet.be", "skynet.be", "proximus.be" } },
        { "Bluewin", { "bluewin.ch" } },
        { "A1", { "aon.at", "a1.net" } },
        { "Naver", { "naver.com" } },
        { "Daum / Kakao", { "daum.net", "hanmail.net", "kakao.com" } },
        { "NetEase", { "163.com", "126.com", "yeah.net" } },
        { "Tencent QQ", { "qq.com", "foxmail.com" } },
        { "Sina", { "sina.com", "sina.cn" } },
        { "Rediffmail", { "rediffmail.com" } },
        { "UOL / BOL", { "uol.com.br", "bol.com.br" } },
        { "GMX (US)", { "gmx.us" } },
    };
    QList<ReceiverDomain> list;
    for (const Provider &p : providers) {
        for (const char *domain : p.domains)
            list.append({ QString::fromLatin1(domain), QString::fromUtf8(p.name), true });
    }
    return list;
}

// "de", "com", "co.uk", "com.br": what may follow the provider's name in a "yahoo.*" pattern,
// so that "yahoo.de" matches but "live.acme.example" does not.
bool looksLikePublicSuffix(QStringView rest)
{
    const qsizetype dot = rest.indexOf(u'.');
    if (dot < 0)
        return !rest.isEmpty();
    static const QStringList secondLevel
        = { QStringLiteral("co"), QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"),
              QStringLiteral("ne"), QStringLiteral("or"), QStringLiteral("ac") };
    const QStringView country = rest.sliced(dot + 1);
    return secondLevel.contains(rest.first(dot)) && country.size() == 2 && !country.contains(u'.');
}

} // namespace

const QList<ReceiverDomain> &ReceiverDirectory::shipped()
{
    static const QList<ReceiverDomain> list = buildShipped();
    return list;
}

ReceiverDirectory::ReceiverDirectory()
{
    for (const ReceiverDomain &entry : shipped())
        set(entry);
}

ReceiverDirectory::ReceiverDirectory(const storage::Database &database)
    : ReceiverDirectory()
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT domain, provider, consumer FROM receiver_domains")))
        return;
    while (q.next())
        set({ q.value(0).toString(), q.value(1).toString(), q.value(2).toBool() });
}

void ReceiverDirectory::set(const ReceiverDomain &entry)
{
    const QString domain = entry.domain.trimmed().toLower();
    const Receiver receiver { entry.provider, entry.consumer };
    if (domain.endsWith(QLatin1String(".*")))
        m_anySuffix.insert(domain.chopped(2), receiver);
    else
        m_exact.insert(domain, receiver);
}

QString ReceiverDirectory::domainOf(QStringView address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return {};
    QStringView domain = address.sliced(at + 1).trimmed();
    while (domain.endsWith(u'.') || domain.endsWith(u'>'))
        domain.chop(1);
    return domain.toString().toLower();
}

Receiver ReceiverDirectory::receiverOf(const QString &domain) const
{
    // The domain, then each parent domain ("mx.mail.example.com" → "mail.example.com" → …).
    QStringView rest(domain);
    while (!rest.isEmpty()) {
        if (const auto it = m_exact.constFind(rest.toString()); it != m_exact.constEnd())
            return *it;
        // "yahoo.*" matches yahoo.de and yahoo.com.ar: the first label, with anything after it.
        const qsizetype dot = rest.indexOf(u'.');
        if (dot > 0 && looksLikePublicSuffix(rest.sliced(dot + 1))) {
            if (const auto it = m_anySuffix.constFind(rest.first(dot).toString());
                it != m_anySuffix.constEnd())
                return *it;
        }
        if (dot < 0)
            break;
        rest = rest.sliced(dot + 1);
    }
    return { domain, false };
}

} // namespace abusedesk::delivery
