// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/FeedbackReportGenerator.h"

#include "demo/DemoPerson.h"
#include "demo/MailDate.h"
#include "demo/MailboxProvider.h"
#include "demo/MboxWriter.h"
#include "demo/OutgoingMail.h"

#include <QJsonArray>

namespace abusedesk::demo {

namespace {

struct FeedbackType
{
    const char *name;
    int weight;
    const char *sentence; // what the provider tells the sender, %1 = the source IP
};

const FeedbackType FeedbackTypes[] = {
    { "abuse", 84, "One of our users marked a message sent from %1 as spam." },
    { "fraud", 3, "One of our users reported a message sent from %1 as fraudulent." },
    { "virus", 2, "Our scanners found malicious content in a message sent from %1." },
    { "other", 3, "One of our users reported a message sent from %1 for another reason." },
    { "not-spam", 5, "One of our users moved a message sent from %1 out of the spam folder." },
    { "opt-out", 3,
        "One of our users asked, through our interface, to receive no more mail like this message "
        "sent from %1." },
};

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

} // namespace

FeedbackReportGenerator::FeedbackReportGenerator(
    const CustomerRoster &roster, qint64 periodStart, qint64 periodEnd, DemoRandom random)
    : m_roster(roster)
    , m_start(periodStart)
    , m_end(periodEnd)
    , m_random(random)
{ }

void FeedbackReportGenerator::write(int count, MboxWriter &mbox, const PlantSink &plant)
{
    DemoRandom &random = m_random;
    const QList<MailboxProvider> &providers = MailboxProvider::all();
    QList<int> providerWeights;
    for (const MailboxProvider &p : providers)
        providerWeights.append(p.fblWeight);
    QList<int> typeWeights;
    for (const FeedbackType &t : FeedbackTypes)
        typeWeights.append(t.weight);

    for (int n = 0; n < count; ++n) {
        const MailboxProvider &provider = providers.at(random.weighted(providerWeights));
        const bool stranger = random.chance(7);
        const DemoCustomer &sender
            = stranger ? m_roster.pickStranger(random) : m_roster.pickForComplaint(random);
        const FeedbackType &type = FeedbackTypes[random.weighted(typeWeights)];
        const QString recipient = DemoPerson::random(random).localPart + QLatin1Char('@') + provider.domain;
        const qint64 sentAt = m_start + qint64(random.below(quint64(m_end - m_start - 2 * 86400)));
        const qint64 arrival = sentAt + random.between(2, 900);
        const qint64 reported = arrival + random.between(60, 36 * 3600);
        const QString sourceIp = m_roster.sendingIp(sender, sentAt, random);
        const OutgoingMail original
            = OutgoingMail::compose(sender, { recipient }, sentAt, sourceIp, provider.mx, random);

        const QByteArray fblHost = utf8(provider.fblFrom.section(QLatin1Char('@'), 1));
        const QByteArray boundary = "----=_ARF_" + random.token(18);
        const QString to
            = provider.toAbuse ? QStringLiteral("abuse@esp.example") : QStringLiteral("fbl@esp.example");
        QByteArray m;
        m += "Return-Path: <" + utf8(provider.fblFrom) + ">\n";
        m += "Received: from out." + fblHost + " (out." + fblHost + " [" + utf8(provider.mxIp)
            + "])\n\tby mx1.esp.example with ESMTPS id " + random.token(12) + "; "
            + MailDate::rfc2822(reported + 3, 0) + '\n';
        m += "From: " + utf8(provider.name) + " Feedback <" + utf8(provider.fblFrom) + ">\n";
        m += "To: " + utf8(to) + '\n';
        m += "Subject: " + utf8(provider.subject.arg(sourceIp)) + '\n';
        m += "Date: " + MailDate::rfc2822(reported, provider.offsetMinutes) + '\n';
        m += "Message-ID: <" + random.token(16) + '.' + QByteArray::number(reported) + '@' + fblHost + ">\n";
        m += "MIME-Version: 1.0\n";
        m += "Content-Type: multipart/report; report-type=feedback-report;\n\tboundary=\"" + boundary
            + "\"\n\n";
        m += "This is a multi-part message in MIME format.\n\n";
        m += "--" + boundary
            + "\nContent-Type: text/plain; charset=US-ASCII\nContent-Transfer-Encoding: 7bit\n\n";
        m += utf8(QString::fromLatin1(type.sentence).arg(sourceIp)) + "\nThe message arrived on "
            + MailDate::rfc2822(arrival, provider.offsetMinutes)
            + ".\nThis report is in the Abuse Reporting Format (RFC 5965); please do not reply to it.\n"
              "Manage the feedback loop for your addresses at https://postmaster."
            + utf8(provider.domain) + "/fbl\n\n";

        m += "--" + boundary + "\nContent-Type: message/feedback-report\n\n";
        m += "Feedback-Type: " + QByteArray(type.name) + '\n';
        m += "User-Agent: " + utf8(provider.userAgent) + '\n';
        m += "Version: " + utf8(provider.version) + '\n';
        m += "Original-Mail-From: <" + utf8(original.returnPath()) + ">\n";
        if (!provider.redactsRecipient)
            m += "Original-Rcpt-To: <" + utf8(recipient) + ">\n";
        m += (provider.receivedDate ? "Received-Date: " : "Arrival-Date: ")
            + MailDate::rfc2822(arrival, provider.offsetMinutes) + '\n';
        m += "Source-IP: " + utf8(sourceIp) + '\n';
        if (provider.reportsDomain)
            m += "Reported-Domain: " + utf8(sender.fromDomain) + '\n';
        m += "Authentication-Results: " + utf8(provider.mx)
            + ";\n\tspf=pass smtp.mailfrom=" + utf8(sender.returnPathDomain)
            + (sender.dkimDomain.isEmpty() ? QByteArray(";\n\tdkim=none")
                                           : ";\n\tdkim=pass header.d=" + utf8(sender.dkimDomain))
            + '\n';
        m += '\n';

        QByteArray attached = provider.headersOnly ? original.headers() : original.message();
        if (provider.redactsRecipient) // the provider hides whom it was delivered to
            attached.replace(utf8(recipient), "xxxxxxxx@" + utf8(provider.domain));
        m += "--" + boundary + '\n';
        m += provider.headersOnly
            ? QByteArray("Content-Type: text/rfc822-headers\n\n")
            : QByteArray("Content-Type: message/rfc822\nContent-Disposition: inline\n\n");
        m += attached;
        m += "\n--" + boundary + "--\n";

        PlantedMessage planted;
        planted.file = mbox.fileName();
        planted.index = mbox.count();
        planted.sha256 = mbox.append(m, utf8(provider.fblFrom), reported);
        planted.kind = QStringLiteral("feedback-report");
        planted.roleAccount = provider.toAbuse ? to : QString();
        planted.customer = sender.id;
        QJsonObject feedback {
            { QStringLiteral("type"), QString::fromLatin1(type.name) },
            { QStringLiteral("user_agent"), provider.userAgent },
            { QStringLiteral("version"), provider.version },
            { QStringLiteral("source_ip"), sourceIp },
            { QStringLiteral("original_mail_from"), original.returnPath() },
            { QStringLiteral("original_rcpt_to"),
                provider.redactsRecipient ? QJsonValue() : QJsonValue(QJsonArray { recipient }) },
            { QStringLiteral("reported_domain"),
                provider.reportsDomain ? QJsonValue(QJsonArray { sender.fromDomain }) : QJsonValue() },
            { QStringLiteral("arrival_date"), MailDate::isoUtc(arrival) },
        };
        planted.facts.insert(QStringLiteral("feedback"), feedback);
        planted.facts.insert(QStringLiteral("original"), original.facts());
        planted.sent = original.asSent(sender, { recipient }, sourceIp);
        if (QLatin1String(type.name) == QLatin1String("abuse") && !provider.redactsRecipient) {
            planted.complainant = recipient;
            planted.complainedAt = reported;
        }
        plant(planted);
    }
}

} // namespace abusedesk::demo
