// SPDX-License-Identifier: GPL-2.0-or-later
// A rendered reply as a mail draft, composed with KMime: UTF-8 subject (RFC 2047) and body
// (quoted-printable), Date, Message-ID, and In-Reply-To and References when it answers a
// complainant's message. Also the same reply as a mailto: URL for the system's mail program.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace abusedesk::replies {

struct ReplyDraft
{
    QString from; ///< address
    QString fromName;
    QStringList to; ///< addresses; may be empty (the analyst fills it in the mail program)
    QString subject;
    QString body;
    QString inReplyTo; ///< a Message-ID without brackets, or empty
    QStringList references; ///< without brackets, oldest first
    QDateTime date;

    /// The .eml bytes (CRLF line ends); messageId (if given) receives the generated Message-ID,
    /// without brackets.
    [[nodiscard]] QByteArray toEml(QString *messageId = nullptr) const;
    /// mailto:TO?subject=…&body=…&in-reply-to=… (RFC 6068).
    [[nodiscard]] QUrl toMailto() const;
};

} // namespace abusedesk::replies
