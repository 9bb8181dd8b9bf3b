// SPDX-License-Identifier: GPL-2.0-or-later
// "Name: value" field blocks as used by the machine-readable parts of reports: the
// message/feedback-report part of ARF (RFC 5965) and message/delivery-status of DSNs (RFC 3464).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace abusedesk::mail {

struct HeaderField
{
    QByteArray name; ///< lower-case
    QString value; ///< unfolded, trimmed
};

using HeaderFieldGroup = QList<HeaderField>;

class HeaderFields
{
public:
    /// Splits text into groups at blank lines and parses each group's fields, unfolding
    /// continuation lines. Lines that are not fields are ignored.
    [[nodiscard]] static QList<HeaderFieldGroup> parseGroups(const QByteArray &text);

    [[nodiscard]] static QString first(const HeaderFieldGroup &group, QByteArrayView name);
    [[nodiscard]] static QStringList all(const HeaderFieldGroup &group, QByteArrayView name);
};

} // namespace abusedesk::mail
