// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/BlocklistEntry.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace abusedesk::delivery {

namespace {
// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::delivery)
};

bool isDomain(const QString &text)
{
    if (text.size() > 253 || !text.contains(u'.'))
        return false;
    // A top-level domain has letters: "192.0.2.300" is a mistyped address, not a domain.
    const QStringView tld = QStringView(text).sliced(text.lastIndexOf(u'.') + 1);
    if (std::none_of(tld.begin(), tld.end(), [](QChar c) { return c.isLetter(); }))
        return false;
    for (const QStringView label : QStringView(text).split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label)
            if (!(c.isLetterOrNumber() || c == u'-'))
                return false;
    }
    return true;
}
} // namespace

std::optional<QString> BlocklistEntry::normaliseTarget(const QString &input, QString *error)
{
    const QString text = input.trimmed().toLower();
    if (text.contains(u'/')) {
        const auto [network, length] = QHostAddress::parseSubnet(text);
        if (network.isNull()) {
            if (error)
                *error = Tr::tr("“%1” is not an IP range (such as 192.0.2.0/24 or 2001:db8::/48)").arg(input);
            return std::nullopt;
        }
        return network.toString() + u'/' + QString::number(length);
    }
    const QHostAddress address(text);
    if (!address.isNull())
        return address.toString();
    if (isDomain(text))
        return text;
    if (error)
        *error = Tr::tr("“%1” is neither an IP address, an IP range nor a domain").arg(input);
    return std::nullopt;
}

std::optional<BlocklistListing> BlocklistEntry::make(const QString &list, const QString &target,
    const QDateTime &listed, const QDateTime &delisted, const QString &note, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (list.trimmed().isEmpty())
        return fail(Tr::tr("name the blocklist (e.g. Spamhaus SBL)"));
    const std::optional<QString> normalised = normaliseTarget(target, error);
    if (!normalised)
        return std::nullopt;
    if (!listed.isValid())
        return fail(Tr::tr("say when the listing began"));
    if (delisted.isValid() && delisted < listed)
        return fail(Tr::tr("the delisting (%1) comes before the listing (%2)")
                .arg(delisted.toString(Qt::ISODate), listed.toString(Qt::ISODate)));
    BlocklistListing l;
    l.list = list.trimmed();
    l.target = *normalised;
    l.listed = listed.toUTC();
    l.delisted = delisted.isValid() ? delisted.toUTC() : QDateTime();
    l.note = note.trimmed();
    // Entered by hand: the same list, target and start are the same listing (entering it again
    // updates nothing and adds nothing).
    l.key = recordKey(QByteArray("hand\t") + l.list.toUtf8() + '\t' + l.target.toUtf8() + '\t'
        + QByteArray::number(l.listed.toSecsSinceEpoch()));
    return l;
}

} // namespace abusedesk::delivery
