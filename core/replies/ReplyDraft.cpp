// SPDX-License-Identifier: GPL-2.0-or-later
#include "replies/ReplyDraft.h"

#include <KMime/Message>
#include <KMime/Types>
#include <QUuid>

namespace abusedesk::replies {

QByteArray ReplyDraft::toEml(QString *messageId) const
{
    KMime::Message message;
    KMime::Types::Mailbox sender;
    sender.setAddress(from.toUtf8());
    sender.setName(fromName);
    message.from()->addAddress(sender);
    for (const QString &address : to) {
        KMime::Types::Mailbox recipient;
        recipient.setAddress(address.toUtf8());
        message.to()->addAddress(recipient);
    }
    message.subject()->fromUnicodeString(subject);
    message.date()->setDateTime(date.isValid() ? date : QDateTime::currentDateTimeUtc());
    const QString domain = from.contains(QLatin1Char('@')) ? from.section(QLatin1Char('@'), 1)
                                                           : QStringLiteral("abusedesk.invalid");
    const QByteArray id
        = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' + domain.toUtf8();
    message.messageID()->setIdentifier(id);
    if (messageId)
        *messageId = QString::fromLatin1(id);
    if (!inReplyTo.isEmpty())
        message.inReplyTo()->appendIdentifier(inReplyTo.toUtf8());
    for (const QString &reference : references)
        message.references()->appendIdentifier(reference.toUtf8());
    message.contentType()->setMimeType("text/plain");
    message.contentType()->setCharset("utf-8");
    message.contentTransferEncoding()->setEncoding(KMime::Headers::CEquPr);
    QString text = body;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    message.setBody(text.toUtf8());
    message.assemble();
    return message.encodedContent(true);
}

QUrl ReplyDraft::toMailto() const
{
    // RFC 6068: every field percent-encoded UTF-8, line breaks in the body as CRLF.
    QByteArray url = "mailto:" + QUrl::toPercentEncoding(to.join(QLatin1Char(',')), "@,");
    url += "?subject=" + QUrl::toPercentEncoding(subject);
    url += "&body="
        + QUrl::toPercentEncoding(QString(body).replace(QLatin1String("\n"), QLatin1String("\r\n")));
    if (!inReplyTo.isEmpty())
        url += "&in-reply-to=" + QUrl::toPercentEncoding(QLatin1Char('<') + inReplyTo + QLatin1Char('>'));
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

} // namespace abusedesk::replies
