// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/MailAddresses.h"

#include <QRegularExpression>

namespace abusedesk::mail {

namespace {
const QRegularExpression &addressPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(([^\s<>"(),;:\[\]]+@[^\s<>"(),;:\[\]]+))"));
    return re;
}

QString cleaned(QString address)
{
    address = address.toLower();
    while (address.endsWith(QLatin1Char('.')))
        address.chop(1);
    return address;
}
} // namespace

QString MailAddresses::first(const QString &text)
{
    const auto m = addressPattern().match(text);
    return m.hasMatch() ? cleaned(m.captured(1)) : QString();
}

QStringList MailAddresses::all(const QString &text)
{
    QStringList out;
    auto it = addressPattern().globalMatch(text);
    while (it.hasNext())
        out.append(cleaned(it.next().captured(1)));
    return out;
}

QStringList MailAddresses::angleUris(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<([^>]+)>"));
    QStringList uris;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        uris.append(it.next().captured(1).trimmed());
    return uris;
}

} // namespace abusedesk::mail
