// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/HeaderFields.h"

#include <QStringList>

namespace abusedesk::mail {

QList<HeaderFieldGroup> HeaderFields::parseGroups(const QByteArray &text)
{
    QList<HeaderFieldGroup> groups;
    HeaderFieldGroup current;
    const QByteArrayView all(text);
    qsizetype from = 0;
    while (from < all.size()) {
        qsizetype end = all.indexOf('\n', from);
        if (end < 0)
            end = all.size();
        QByteArrayView line = all.sliced(from, end - from);
        from = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (!current.isEmpty())
                groups.append(std::move(current));
            current.clear();
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !current.isEmpty()) {
            QString &value = current.last().value;
            value += QLatin1Char(' ');
            value += QString::fromUtf8(trimmed);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        if (name.contains(' '))
            continue;
        current.append({ name.toByteArray().toLower(), QString::fromUtf8(line.sliced(colon + 1).trimmed()) });
    }
    if (!current.isEmpty())
        groups.append(std::move(current));
    return groups;
}

QString HeaderFields::first(const HeaderFieldGroup &group, QByteArrayView name)
{
    for (const HeaderField &field : group)
        if (field.name == name)
            return field.value;
    return {};
}

QStringList HeaderFields::all(const HeaderFieldGroup &group, QByteArrayView name)
{
    QStringList values;
    for (const HeaderField &field : group)
        if (field.name == name)
            values.append(field.value);
    return values;
}

} // namespace abusedesk::mail
