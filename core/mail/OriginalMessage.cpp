// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/OriginalMessage.h"

#include "common/IsoTime.h"
#include "mail/MailAddresses.h"

#include <algorithm>

namespace abusedesk::mail {

using namespace Qt::StringLiterals;

namespace {

// The value of one tag ("d", "h") of a DKIM-Signature header.
QString dkimTag(const QString &signature, QLatin1StringView tag)
{
    for (const QStringView part : QStringView(signature).tokenize(u';')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0 && part.first(eq).trimmed() == tag) {
            // Folded tag values (h= lists span lines) lose their white space.
            QString value;
            value.reserve(part.size() - eq);
            for (const QChar c : part.sliced(eq + 1))
                if (!c.isSpace())
                    value.append(c);
            return value;
        }
    }
    return {};
}

// The headers the facts are made of, found in one pass over the message's headers (this runs
// for every report; asking KMime for each name in turn scanned them all a dozen times).
struct OriginalHeaders
{
    QString messageId, from, returnPath, listId, unsubscribe, unsubscribePost, feedbackId, subject;
    QStringList dkimSignatures;
    const KMime::Headers::Date *date = nullptr;
    QList<const KMime::Headers::Base *> custom; // parallel to the customer header names

    OriginalHeaders(const KMime::Content &content, const QStringList &customerHeaders)
        : custom(customerHeaders.size(), nullptr)
    {
        static constexpr QLatin1StringView Single[] = { "Message-ID"_L1, "From"_L1, "Return-Path"_L1,
            "List-Id"_L1, "List-Unsubscribe"_L1, "List-Unsubscribe-Post"_L1, "Feedback-ID"_L1, "Subject"_L1 };
        QString *const fields[] = { &messageId, &from, &returnPath, &listId, &unsubscribe, &unsubscribePost,
            &feedbackId, &subject };
        const KMime::Headers::Base *first[std::size(Single)] = {};
        for (const KMime::Headers::Base *header : content.headers()) {
            const QLatin1StringView name(header->type());
            if (name.compare("DKIM-Signature"_L1, Qt::CaseInsensitive) == 0) {
                dkimSignatures.append(header->asUnicodeString().trimmed());
            } else if (name.compare("Date"_L1, Qt::CaseInsensitive) == 0) {
                if (!date)
                    date = dynamic_cast<const KMime::Headers::Date *>(header);
            } else {
                for (size_t i = 0; i < std::size(Single); ++i) {
                    if (!first[i] && name.compare(Single[i], Qt::CaseInsensitive) == 0) {
                        first[i] = header;
                        break;
                    }
                }
            }
            for (qsizetype i = 0; i < customerHeaders.size(); ++i) {
                if (!custom.at(i) && customerHeaders.at(i).compare(name, Qt::CaseInsensitive) == 0)
                    custom[i] = header;
            }
        }
        for (size_t i = 0; i < std::size(Single); ++i) {
            if (first[i])
                *fields[i] = first[i]->asUnicodeString().trimmed();
        }
    }

    [[nodiscard]] bool isOneClick() const
    {
        if (unsubscribePost.compare("List-Unsubscribe=One-Click"_L1, Qt::CaseInsensitive) != 0)
            return false;
        bool https = false;
        for (const QString &uri : MailAddresses::angleUris(unsubscribe))
            https = https || uri.startsWith("https://"_L1, Qt::CaseInsensitive);
        if (!https)
            return false;
        for (const QString &signature : dkimSignatures) {
            const QStringList signedHeaders = dkimTag(signature, "h"_L1).toLower().split(u':');
            if (signedHeaders.contains("list-unsubscribe"_L1)
                && signedHeaders.contains("list-unsubscribe-post"_L1))
                return true;
        }
        return false;
    }
};

} // namespace

bool OriginalMessage::isOneClick(const KMime::Content &headers)
{
    return OriginalHeaders(headers, {}).isOneClick();
}

JsonObjectWriter OriginalMessage::facts(
    const KMime::Content &headers, const QStringList &customerHeaders, Summary *summary)
{
    const OriginalHeaders original(headers, customerHeaders);
    JsonObjectWriter facts;
    auto put = [&facts](const QString &key, const QString &value) {
        if (!value.isEmpty())
            facts.insert(key, value);
    };
    QString messageId = original.messageId;
    if (messageId.startsWith(u'<') && messageId.endsWith(u'>'))
        messageId = messageId.mid(1, messageId.size() - 2);
    put(u"message_id"_s, messageId);
    Summary unused;
    Summary &s = summary ? *summary : unused;
    s = {};
    s.from = MailAddresses::first(original.from);
    put(u"from"_s, s.from);
    s.returnPath = MailAddresses::first(original.returnPath);
    put(u"return_path"_s, s.returnPath);

    QStringList dkim;
    for (const QString &signature : original.dkimSignatures) {
        const QString domain = dkimTag(signature, "d"_L1).toLower();
        if (!domain.isEmpty() && !dkim.contains(domain))
            dkim.append(domain);
    }
    if (!dkim.isEmpty())
        facts.insert(u"dkim_domains"_s, dkim);
    s.dkimDomains = dkim;

    QString listId = original.listId;
    const QStringList listIdUris = MailAddresses::angleUris(listId);
    if (!listIdUris.isEmpty())
        listId = listIdUris.first();
    put(u"list_id"_s, listId);
    s.listId = listId;

    if (!original.unsubscribe.isEmpty()) {
        facts.insert(u"list_unsubscribe"_s, MailAddresses::angleUris(original.unsubscribe));
        facts.insert(u"one_click"_s, original.isOneClick());
    }
    put(u"feedback_id"_s, original.feedbackId);
    s.feedbackId = original.feedbackId;
    put(u"subject"_s, original.subject);
    s.subject = original.subject;
    if (original.date) {
        const QDateTime when = original.date->dateTime();
        if (when.isValid()) {
            facts.insert(u"date"_s, isoUtc(when));
            s.date = when.toSecsSinceEpoch();
        }
    }

    JsonObjectWriter custom;
    for (qsizetype i = 0; i < customerHeaders.size(); ++i) {
        if (const auto *header = original.custom.at(i)) {
            const QString value = header->asUnicodeString().trimmed();
            if (!value.isEmpty()) {
                custom.insert(customerHeaders.at(i), value);
                s.headers.append({ customerHeaders.at(i), value });
            }
        }
    }
    if (!custom.isEmpty())
        facts.insert(u"headers"_s, custom);
    // The facts' objects keep their members sorted by name.
    std::stable_sort(
        s.headers.begin(), s.headers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return facts;
}

} // namespace abusedesk::mail
