// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/OriginalMessage.h"

#include "common/IsoTime.h"
#include "mail/MailAddresses.h"

#include <QRegularExpression>

namespace abusedesk::mail {

namespace {

QString headerText(const KMime::Content &content, const char *name)
{
    const auto *header = content.headerByType(name);
    return header ? header->asUnicodeString().trimmed() : QString();
}

QStringList headerTexts(const KMime::Content &content, const char *name)
{
    QStringList values;
    for (const auto *header : content.headersByType(name))
        values.append(header->asUnicodeString().trimmed());
    return values;
}

// The value of one tag ("d", "h") of a DKIM-Signature header.
QString dkimTag(const QString &signature, QLatin1StringView tag)
{
    const QStringList parts = signature.split(QLatin1Char(';'));
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0 && part.left(eq).trimmed() == tag) {
            // Folded tag values (h= lists span lines) lose their white space.
            QString value;
            value.reserve(part.size() - eq);
            for (const QChar c : QStringView(part).mid(eq + 1))
                if (!c.isSpace())
                    value.append(c);
            return value;
        }
    }
    return {};
}

} // namespace

bool OriginalMessage::isOneClick(const KMime::Content &headers)
{
    const QString post = headerText(headers, "List-Unsubscribe-Post");
    if (post.compare(QLatin1String("List-Unsubscribe=One-Click"), Qt::CaseInsensitive) != 0)
        return false;
    bool https = false;
    for (const QString &uri : MailAddresses::angleUris(headerText(headers, "List-Unsubscribe")))
        https = https || uri.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    if (!https)
        return false;
    for (const QString &signature : headerTexts(headers, "DKIM-Signature")) {
        const QStringList signedHeaders
            = dkimTag(signature, QLatin1StringView("h")).toLower().split(QLatin1Char(':'));
        if (signedHeaders.contains(QLatin1String("list-unsubscribe"))
            && signedHeaders.contains(QLatin1String("list-unsubscribe-post")))
            return true;
    }
    return false;
}

JsonObjectWriter OriginalMessage::facts(const KMime::Content &headers, const QStringList &customerHeaders)
{
    using namespace Qt::StringLiterals;
    JsonObjectWriter facts;
    auto put = [&facts](const QString &key, const QString &value) {
        if (!value.isEmpty())
            facts.insert(key, value);
    };
    QString messageId = headerText(headers, "Message-ID");
    if (messageId.startsWith(QLatin1Char('<')) && messageId.endsWith(QLatin1Char('>')))
        messageId = messageId.mid(1, messageId.size() - 2);
    put(u"message_id"_s, messageId);
    put(u"from"_s, MailAddresses::first(headerText(headers, "From")));
    put(u"return_path"_s, MailAddresses::first(headerText(headers, "Return-Path")));

    QStringList dkim;
    for (const QString &signature : headerTexts(headers, "DKIM-Signature")) {
        const QString domain = dkimTag(signature, QLatin1StringView("d")).toLower();
        if (!domain.isEmpty() && !dkim.contains(domain))
            dkim.append(domain);
    }
    if (!dkim.isEmpty())
        facts.insert(u"dkim_domains"_s, dkim);

    QString listId = headerText(headers, "List-Id");
    const QStringList listIdUris = MailAddresses::angleUris(listId);
    if (!listIdUris.isEmpty())
        listId = listIdUris.first();
    put(u"list_id"_s, listId);

    const QString unsubscribe = headerText(headers, "List-Unsubscribe");
    if (!unsubscribe.isEmpty()) {
        facts.insert(u"list_unsubscribe"_s, MailAddresses::angleUris(unsubscribe));
        facts.insert(u"one_click"_s, isOneClick(headers));
    }
    put(u"feedback_id"_s, headerText(headers, "Feedback-ID"));
    put(u"subject"_s, headerText(headers, "Subject"));
    if (const auto *dateHeader = dynamic_cast<const KMime::Headers::Date *>(headers.headerByType("Date"))) {
        const QDateTime when = dateHeader->dateTime();
        if (when.isValid())
            facts.insert(u"date"_s, isoUtc(when));
    }

    JsonObjectWriter custom;
    for (const QString &name : customerHeaders) {
        const QString value = headerText(headers, name.toLatin1().constData());
        if (!value.isEmpty())
            custom.insert(name, value);
    }
    if (!custom.isEmpty())
        facts.insert(u"headers"_s, custom);
    return facts;
}

} // namespace abusedesk::mail
