// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/HeaderFields.h"

#include <QStringList>

namespace abusedesk::mail {

QList<HeaderFieldGroup> HeaderFields::parseGroups(const QByteArray &text)
{
    QList<HeaderFieldGroup> groups;
    HeaderFieldGroup current;
    const QList<QByteArray> lines = text.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                groups.append(current);
            current.clear();
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !current.isEmpty()) {
            current.last().value += QLatin1Char(' ') + QString::fromUtf8(line.trimmed());
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name.contains(' '))
            continue;
        current.append({ name, QString::fromUtf8(line.mid(colon + 1).trimmed()) });
    }
    if (!current.isEmpty())
        groups.append(current);
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
