// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/OutgoingMail.h"

#include "demo/MailDate.h"

#include <QJsonArray>

namespace abusedesk::demo {

namespace {

// Per industry (the order of CustomerRoster's): four subjects and two lines of body text. Plain
// marketing copy: nothing in it may sound like a complaint, a legal threat or a bounce, because
// people paste it into their complaints.
struct Copy
{
    const char *subjects[4];
    const char *lines[2];
};

const Copy IndustryCopy[] = {
    { { "New arrivals for your autumn reading list", "Signed first editions, this week only",
          "Five novels our staff could not put down", "Your book club pick for November" },
        { "Our shelves are full of new titles, from quiet literary fiction to page-turning thrillers.",
            "Order before Friday and we wrap every book by hand, free of charge." } },
    { { "Layer up: insulated jackets are back", "Trail report and new hiking boots",
          "Headlamps and tents at winter prices", "Ready for the first frost?" },
        { "The mornings are colder and the trails are quieter: the best time of the year to get out.",
            "Our guides tested every jacket in this selection on a three-day hut tour." } },
    { { "This month's single origin: Huila, Colombia", "Caf\u00e9 cr\u00e8me beans, freshly roasted",
          "Your subscription box ships Monday", "Brew guide: the perfect pour-over" },
        { "Roasted on Tuesday, in your letterbox by Thursday: notes of red apple, cocoa and honey.",
            "Grind just before brewing and use water just off the boil." } },
    { { "Product update: scheduled reports are here", "Webinar invitation: automating your month-end",
          "Your workspace summary for October", "Release notes 4.2: faster search" },
        { "Scheduled reports now run in the background and land in your inbox as PDF or CSV.",
            "Search across projects is up to four times faster since the last release." } },
    { { "Winter city breaks from 99 EUR", "Last seats for the Lisbon weekend", "Your trip ideas for December",
          "Fr\u00fch buchen, mehr sehen: Winterreisen" },
        { "Three nights, breakfast included, in the old town of your choice.",
            "Flexible dates: change your booking up to seven days before departure." } },
    { { "The autumn collection has landed", "Wool, cashmere and a little colour",
          "Members' preview starts tomorrow", "Size restock: your favourites are back" },
        { "Soft knits, heavy coats and boots made to last more than one winter.",
            "Free returns within 30 days, as always." } },
    { { "Plant bulbs now for spring colour", "Protect your roses before the frost",
          "Gro\u00dfe Herbstaktion: Gartenger\u00e4te", "Compost bins, half price this weekend" },
        { "Tulips, crocuses and daffodils go into the ground now and reward you in March.",
            "A layer of mulch keeps the roots warm through the first hard frost." } },
    { { "Your November training plan", "New classes: mobility and core", "Bring a friend week starts Monday",
          "Winter membership offer inside" },
        { "Four short sessions a week, built around the classes you already enjoy.",
            "Book your spot in the app from Sunday evening." } },
    { { "The autumn case: six reds from the Douro", "Tasting evening on the 20th",
          "S\u00e9lection du mois : Bourgogne", "Gift boxes for the holidays" },
        { "Six bottles chosen by our cellar team, with tasting notes and food pairings.",
            "Delivery in insulated boxes, signed for at the door." } },
    { { "Noise-cancelling headphones, 30 % off", "Smart home starter kits are in",
          "Trade in your old phone this month", "Black week preview for subscribers" },
        { "Over-ear, in-ear and sport models, with two years of warranty on every one.",
            "Bring your old device to any store and we credit its value at checkout." } },
    { { "New grain-free recipes for cats", "Winter coats for small dogs", "Your pet's food order is due",
          "Toy of the month: the puzzle feeder" },
        { "Made with fresh chicken and salmon, and nothing your cat would not eat in the wild.",
            "Set up a repeat order and never carry a heavy bag home again." } },
    { { "Just announced: winter concert series", "Presale access for subscribers",
          "Your weekend events guide", "Comedy nights in your city" },
        { "Twelve evenings of chamber music in the old theatre, from December to February.",
            "Presale opens Wednesday at 10:00 for everyone on this list." } },
};

QByteArray ascii(const QString &text)
{
    return text.toLatin1();
}

// A folded DKIM-Signature with made-up hashes: the demo signs nothing, it only looks signed.
QByteArray dkimSignature(const QString &domain, const QByteArray &selector, qint64 time,
    const QByteArray &signedHeaders, DemoRandom &random)
{
    QByteArray field = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + ascii(domain)
        + "; s=" + selector + ";\n\tt=" + QByteArray::number(time) + "; h=" + signedHeaders
        + ";\n\tbh=" + random.base64ish(43) + "=;\n\tb=";
    for (int line = 0; line < 3; ++line)
        field += random.base64ish(line == 2 ? 24 : 64) + (line == 2 ? "==\n" : "\n\t ");
    return field;
}

QJsonValue optional(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

} // namespace

QByteArray OutgoingMail::encodedText(const QString &text)
{
    bool plain = true;
    for (const QChar c : text)
        plain = plain && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (plain)
        return text.toLatin1();
    QByteArray out = "=?UTF-8?Q?";
    for (const char byte : text.toUtf8()) {
        const uchar c = uchar(byte);
        if (c == ' ')
            out += '_';
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out += char(c);
        else
            out += '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
    }
    return out + "?=";
}

OutgoingMail OutgoingMail::compose(const DemoCustomer &sender, const QStringList &recipients, qint64 sentAt,
    const QString &sourceIp, const QString &receivedBy, DemoRandom &random, const QString &forgedReturnPath)
{
    OutgoingMail mail;
    mail.m_sentAt = sentAt;
    const Copy &copy = IndustryCopy[sender.industry];
    // One campaign per customer and day; its subject follows from the day.
    const qint64 dayNumber = sentAt / 86400;
    const QString day = MailDate::isoDay(sentAt).remove(QLatin1Char('-'));
    mail.m_subject = QString::fromUtf8(copy.subjects[(dayNumber + sender.industry) % 4]);
    mail.m_campaign = sender.isCustomer() ? sender.campaignPrefix + QLatin1Char('-') + day : QString();
    const QByteArray token = random.token(20);
    mail.m_fromAddress = sender.fromLocal + QLatin1Char('@') + sender.fromDomain;
    mail.m_fromDisplay
        = sender.isCustomer() ? sender.name : sender.fromDomain.section(QLatin1Char('.'), 0, 0);
    mail.m_returnPath = sender.isCustomer()
        ? QStringLiteral("bounces+%1-%2@%3")
              .arg(QString::fromLatin1(token.left(10)), sender.campaignPrefix, sender.returnPathDomain)
        : QStringLiteral("return-%1@%2").arg(QString::fromLatin1(token.left(8)), sender.returnPathDomain);
    if (!forgedReturnPath.isEmpty())
        mail.m_returnPath = forgedReturnPath;
    mail.m_messageId
        = QStringLiteral("%1.%2@%3")
              .arg(day + QString::number(sentAt % 86400), QString::fromLatin1(random.token(14)),
                  sender.isCustomer() ? QStringLiteral("mail.") + sender.fromDomain : sender.fromDomain);
    const int offset = sender.isCustomer() ? 0 : -300;
    const QByteArray date = MailDate::rfc2822(sentAt, offset);
    const QByteArray unsubscribeToken = random.token(24);

    QByteArray h;
    h += "Return-Path: <" + ascii(mail.m_returnPath) + ">\n";
    if (!receivedBy.isEmpty()) {
        const bool v6 = sourceIp.contains(QLatin1Char(':'));
        const QByteArray client = sender.isCustomer() ? "mta" + QByteArray::number(2 + sourceIp.size() % 7)
                + ".esp.example (mta" + QByteArray::number(2 + sourceIp.size() % 7) + ".esp.example"
                                                      : "mail." + ascii(sender.fromDomain) + " (unknown";
        h += "Received: from " + client + " [" + (v6 ? "IPv6:" : "") + ascii(sourceIp) + "])\n\tby "
            + ascii(receivedBy) + " with ESMTPS id " + random.token(12) + "\n\t"
            + (recipients.size() == 1 ? "for <" + ascii(recipients.first()) + ">; " : QByteArray())
            + MailDate::rfc2822(sentAt + random.between(1, 20), 0) + '\n';
    }
    QJsonArray dkim;
    const bool listHeaders = sender.unsubscribe != UnsubscribeStyle::None;
    if (!sender.dkimDomain.isEmpty()) {
        QByteArray signedHeaders = "from:to:subject:date:message-id";
        if (!sender.listId.isEmpty())
            signedHeaders += ":list-id";
        if (listHeaders)
            signedHeaders += ":list-unsubscribe";
        if (sender.unsubscribe == UnsubscribeStyle::OneClick)
            signedHeaders += ":\n\tlist-unsubscribe-post";
        if (!sender.feedbackSegment.isEmpty())
            signedHeaders += ":feedback-id";
        h += dkimSignature(sender.dkimDomain, "s" + QByteArray::number(2024 + sender.industry % 3), sentAt,
            signedHeaders, random);
        dkim.append(sender.dkimDomain);
    }
    if (sender.espSignature) {
        h += dkimSignature(
            QStringLiteral("esp.example"), "esp2026", sentAt, "from:to:subject:date:message-id", random);
        dkim.append(QStringLiteral("esp.example"));
    }
    h += "From: " + encodedText(mail.m_fromDisplay) + " <" + ascii(mail.m_fromAddress) + ">\n";
    h += "To: " + ascii(recipients.join(QStringLiteral(", "))) + '\n';
    h += "Subject: " + encodedText(mail.m_subject) + '\n';
    h += "Date: " + date + '\n';
    h += "Message-ID: <" + ascii(mail.m_messageId) + ">\n";
    if (!sender.listId.isEmpty())
        h += "List-Id: " + encodedText(sender.name) + " news <" + ascii(sender.listId) + ">\n";
    QJsonArray unsubscribe;
    if (sender.unsubscribe == UnsubscribeStyle::OneClick
        || sender.unsubscribe == UnsubscribeStyle::PostNotSigned) {
        const QString https
            = QStringLiteral("https://unsub.esp.example/u/") + QString::fromLatin1(unsubscribeToken);
        const QString mailto = QStringLiteral("mailto:unsub-%1@esp.example?subject=unsubscribe")
                                   .arg(QString::fromLatin1(unsubscribeToken));
        h += "List-Unsubscribe: <" + ascii(https) + ">,\n <" + ascii(mailto) + ">\n";
        h += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n";
        unsubscribe = { https, mailto };
    } else if (sender.unsubscribe == UnsubscribeStyle::MailtoOnly) {
        const QString mailto = sender.isCustomer()
            ? QStringLiteral("mailto:unsub-%1@esp.example").arg(QString::fromLatin1(unsubscribeToken))
            : QStringLiteral("mailto:remove@") + sender.fromDomain;
        h += "List-Unsubscribe: <" + ascii(mailto) + ">\n";
        unsubscribe = { mailto };
    }
    QString feedbackId;
    if (!sender.feedbackSegment.isEmpty()) {
        feedbackId
            = mail.m_campaign + QLatin1Char(':') + sender.feedbackSegment + QStringLiteral(":news:esp");
        h += "Feedback-ID: " + ascii(feedbackId) + '\n';
    }
    if (!sender.customerHeader.isEmpty())
        h += "X-Customer-ID: " + ascii(sender.customerHeader) + '\n';
    if (!mail.m_campaign.isEmpty())
        h += "X-Campaign-ID: " + ascii(mail.m_campaign) + '\n';
    h += "MIME-Version: 1.0\n";

    const QString site = QStringLiteral("https://www.") + sender.fromDomain + QLatin1Char('/')
        + (mail.m_campaign.isEmpty() ? QStringLiteral("offer") : mail.m_campaign);
    QString text = QStringLiteral("Hello,\n\n") + QString::fromUtf8(copy.lines[0]) + QStringLiteral("\n\n")
        + QString::fromUtf8(copy.lines[1]) + QStringLiteral("\n\nSee everything at ") + site
        + QStringLiteral("\n\n-- \n") + mail.m_fromDisplay;
    if (sender.isCustomer()) {
        text += QStringLiteral("\nYou receive this message because you signed up at ") + sender.fromDomain
            + QStringLiteral(".\nTo stop these messages: https://unsub.esp.example/u/")
            + QString::fromLatin1(unsubscribeToken) + QLatin1Char('\n') + sender.name
            + QStringLiteral(", 1 Example Street, 12345 Example City\n");
    } else {
        text += QLatin1Char('\n');
    }
    mail.m_text = text;
    if (sender.industry % 2 == 0) {
        const QByteArray boundary = "alt-" + random.token(16);
        h += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\n";
        QString html = text.toHtmlEscaped();
        html.replace(QStringLiteral("\n\n"), QStringLiteral("</p>\n<p>"));
        mail.m_body = "--" + boundary
            + "\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + text.toUtf8()
            + "\n--" + boundary
            + "\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n<html><body><p>"
            + html.toUtf8() + "</p></body></html>\n\n--" + boundary + "--\n";
    } else {
        h += "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n";
        mail.m_body = text.toUtf8();
    }
    mail.m_headers = h;

    QJsonObject customHeaders { { QStringLiteral("X-Customer-ID"), optional(sender.customerHeader) },
        { QStringLiteral("X-Campaign-ID"), optional(mail.m_campaign) } };
    mail.m_facts = QJsonObject {
        { QStringLiteral("message_id"), mail.m_messageId },
        { QStringLiteral("from"), mail.m_fromAddress },
        { QStringLiteral("return_path"), mail.m_returnPath },
        { QStringLiteral("dkim_domains"), dkim.isEmpty() ? QJsonValue() : QJsonValue(dkim) },
        { QStringLiteral("list_id"), optional(sender.listId) },
        { QStringLiteral("list_unsubscribe"),
            unsubscribe.isEmpty() ? QJsonValue() : QJsonValue(unsubscribe) },
        { QStringLiteral("one_click"),
            unsubscribe.isEmpty() ? QJsonValue()
                                  : QJsonValue(sender.unsubscribe == UnsubscribeStyle::OneClick) },
        { QStringLiteral("feedback_id"), optional(feedbackId) },
        { QStringLiteral("subject"), mail.m_subject },
        { QStringLiteral("date"), MailDate::isoUtc(sentAt) },
        { QStringLiteral("headers"),
            sender.customerHeader.isEmpty() && mail.m_campaign.isEmpty() ? QJsonValue()
                                                                         : QJsonValue(customHeaders) },
    };
    return mail;
}

QList<SentMail> OutgoingMail::asSent(
    const DemoCustomer &sender, const QStringList &recipients, const QString &sourceIp) const
{
    if (!sender.isCustomer())
        return {};
    SentMail sent;
    sent.customer = sender.id;
    for (const QString &address : recipients)
        sent.recipients.append(SentRecipient { address });
    sent.sentAt = m_sentAt;
    sent.sourceIp = sourceIp;
    sent.returnPath = m_returnPath;
    sent.messageId = m_messageId;
    sent.campaign = m_campaign;
    sent.size = int(m_headers.size() + 1 + m_body.size());
    return { sent };
}

} // namespace abusedesk::demo
