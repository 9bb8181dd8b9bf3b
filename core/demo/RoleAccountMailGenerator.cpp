// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/RoleAccountMailGenerator.h"

#include "demo/DemoPerson.h"
#include "demo/MailDate.h"
#include "demo/MailboxProvider.h"
#include "demo/MboxWriter.h"
#include "demo/OutgoingMail.h"

#include <QJsonArray>
#include <iterator>

namespace abusedesk::demo {

namespace {

constexpr qint64 Hour = 3600;

// What people write. Placeholders: {brand} the customer's name, {domain} its From domain,
// {name} the writer's first name. Every complaint says in its own words that the mail is
// unwanted, in the words people use; only the legal ones mention lawyers, courts or data
// protection law.
struct Language
{
    const char *code;
    int offsetMinutes;
    QStringList subjects;
    QStringList legalSubjects;
    QStringList texts; // mention {domain}
    QStringList anonymousTexts; // name nothing that identifies the sender
    QStringList legalTexts;
    QString attachedNote; // introduces the attached or pasted message
    QString greeting;
};

const QList<Language> &languages()
{
    static const QList<Language> all {
        { "en", 0,
            { QStringLiteral("Spam from {domain}"), QStringLiteral("Unwanted email"),
                QStringLiteral("Why am I getting this?"), QStringLiteral("Complaint about {brand}"),
                QStringLiteral("Please make it stop") },
            { QStringLiteral("Formal notice: unsolicited email"),
                QStringLiteral("GDPR request and complaint") },
            { QStringLiteral(
                  "I keep getting emails from {brand} ({domain}) and I never signed up for anything "
                  "from them. Please make them stop."),
                // The blank line and "From " put an mbox separator look-alike in the text.
                QStringLiteral("This is spam. I have no idea how {domain} got my address, I never gave it to "
                               "them.\n\nFrom now on I will report every one of these."),
                QStringLiteral("Third time this week. I clicked unsubscribe twice and I still get these "
                               "messages from {domain}. Please deal with your customer."),
                QStringLiteral("Unsolicited commercial email from {domain} arrived today from your "
                               "network. I did not sign up for it.") },
            { QStringLiteral("Please stop sending me these emails. I did not subscribe to anything and I "
                             "want it to end."),
                QStringLiteral("More spam from one of your customers. Every day a new one.") },
            { QStringLiteral("I never agreed to receive mail from {domain}. Under the GDPR I demand to know "
                             "where you got my address and that you erase my data. If this continues, my "
                             "lawyer will take legal action."),
                QStringLiteral("The mail below from {domain} is unsolicited and, as far as I can tell, a "
                               "breach of data protection law. Consider this a formal notice before I take "
                               "legal steps."),
                QStringLiteral("Stop spamming me. I have forwarded every one of these messages from {domain} "
                               "to my attorney.") },
            QStringLiteral("The message is below, with its full headers:"), QStringLiteral("Hello,") },
        { "de", 60,
            { QStringLiteral("Unerw\u00fcnschte E-Mails von {domain}"), QStringLiteral("Beschwerde"),
                QStringLiteral("Schon wieder {brand}") },
            { QStringLiteral("Auskunftsersuchen nach DSGVO"), QStringLiteral("Letzte Aufforderung") },
            { QStringLiteral("ich bekomme seit Wochen Werbung von {domain}, obwohl ich mich dort nie "
                             "angemeldet habe. Bitte sorgen Sie daf\u00fcr, dass das aufh\u00f6rt."),
                QStringLiteral(
                    "schon wieder unerw\u00fcnschte Mails von {brand} ({domain}). Ich habe mich nie "
                    "angemeldet.") },
            { QStringLiteral("ich bekomme st\u00e4ndig Werbung \u00fcber Ihre Server. Ich habe mich nirgends "
                             "angemeldet.") },
            { QStringLiteral(
                  "ich habe der Zusendung von Werbung durch {domain} nie zugestimmt. Gem\u00e4\u00df "
                  "Art. 15 DSGVO verlange ich Auskunft \u00fcber meine gespeicherten Daten und "
                  "deren L\u00f6schung. Andernfalls schalte ich meinen Anwalt ein."),
                QStringLiteral(
                    "unerw\u00fcnschte Werbung von {domain}, trotz Abmeldung. Eine Abmahnung durch "
                    "meinen Rechtsanwalt behalte ich mir vor.") },
            QStringLiteral("Die Nachricht mit allen Kopfzeilen:"), QStringLiteral("Guten Tag,") },
        { "fr", 60,
            { QStringLiteral("Courriel non sollicit\u00e9"), QStringLiteral("R\u00e9clamation {brand}") },
            { QStringLiteral("Mise en demeure"), QStringLiteral("Demande de suppression (RGPD)") },
            { QStringLiteral(
                  "je re\u00e7ois un courrier non sollicit\u00e9 de {domain} chaque semaine alors que "
                  "je ne me suis jamais inscrit. Merci de faire le n\u00e9cessaire."),
                QStringLiteral(
                    "arr\u00eatez de m'envoyer les publicit\u00e9s de {brand} ({domain}), je n'ai rien "
                    "demand\u00e9.") },
            { QStringLiteral("encore un courrier ind\u00e9sirable envoy\u00e9 par vos serveurs. Arr\u00eatez "
                             "s'il vous pla\u00eet.") },
            { QStringLiteral("je n'ai jamais donn\u00e9 mon accord pour recevoir les messages de {domain}. "
                             "Conform\u00e9ment au RGPD, je vous demande la suppression de mes donn\u00e9es. "
                             "Sans r\u00e9ponse sous huit jours, je saisirai la CNIL et mon avocat.") },
            QStringLiteral("Voici le message avec ses en-t\u00eates :"), QStringLiteral("Bonjour,") },
        { "es", 60,
            { QStringLiteral("Correo no solicitado de {domain}"), QStringLiteral("Queja sobre {brand}"),
                QStringLiteral("Correo no deseado") },
            { QStringLiteral("Reclamaci\u00f3n formal"),
                QStringLiteral("Ejercicio de derechos de protecci\u00f3n de datos") },
            { QStringLiteral("recibo correo no solicitado de {domain} y nunca me suscrib\u00ed. Por favor, "
                             "dejen de enviar estos mensajes."),
                QStringLiteral("otra vez correo basura de {brand} ({domain}). No lo he pedido nunca.") },
            { QStringLiteral("cada d\u00eda recibo correo basura desde sus servidores. Dejen de enviar estos "
                             "mensajes.") },
            { QStringLiteral("nunca di mi consentimiento para recibir los correos de {domain}. Si no dejan "
                             "de enviar estos mensajes presentar\u00e9 una reclamaci\u00f3n ante la AEPD y "
                             "hablar\u00e9 con mi abogado.") },
            QStringLiteral("Este es el mensaje con sus cabeceras:"), QStringLiteral("Hola,") },
    };
    return all;
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

QString filled(QString text, const DemoCustomer &sender, const DemoPerson &writer)
{
    text.replace(QStringLiteral("{brand}"), sender.isCustomer() ? sender.name : sender.fromDomain);
    text.replace(QStringLiteral("{domain}"), sender.fromDomain);
    text.replace(QStringLiteral("{name}"), writer.firstName);
    return text;
}

// The header block as people paste it: as it is, or quoted by their mail program.
QByteArray pasted(const QByteArray &headers, bool quoted)
{
    if (!quoted)
        return headers;
    QByteArray out;
    for (const QByteArray &line : headers.split('\n')) {
        if (!line.isEmpty())
            out += "> " + line + '\n';
    }
    return out;
}

QByteArray textPart(const QString &text)
{
    return "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + utf8(text);
}

// RFC 2045 quoted-printable, as mail programs write non-ASCII text: lines of at most 76
// characters with soft breaks.
QByteArray quotedPrintable(const QByteArray &text)
{
    QByteArray out;
    int column = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text.at(i));
        if (c == '\n') {
            out += '\n';
            column = 0;
            continue;
        }
        const bool lineEnd = i + 1 >= text.size() || text.at(i + 1) == '\n';
        QByteArray encoded;
        if (c == '=' || c >= 127 || (c < 32 && c != '\t') || ((c == ' ' || c == '\t') && lineEnd))
            encoded = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        else
            encoded = QByteArray(1, char(c));
        if (column + encoded.size() > 75) {
            out += "=\n";
            column = 0;
        }
        out += encoded;
        column += int(encoded.size());
    }
    return out;
}

// A message written by a person: plain 8-bit text, quoted-printable, or text with an HTML
// alternative as webmail sends it. Appends the content fields to headers and returns the body.
QByteArray personalBody(const QString &text, DemoRandom &random, QByteArray &headers)
{
    switch (random.weighted({ 55, 25, 20 })) {
    case 0:
        headers += "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n";
        return utf8(text);
    case 1:
        headers += "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n";
        return quotedPrintable(utf8(text));
    default: {
        const QByteArray boundary = "alt-" + random.token(18);
        headers += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\n";
        QString html = text.toHtmlEscaped();
        html.replace(QStringLiteral("\n"), QStringLiteral("<br>\n"));
        return "--" + boundary
            + "\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + quotedPrintable(utf8(text)) + "\n--" + boundary
            + "\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + quotedPrintable(utf8(QStringLiteral("<div dir=\"ltr\">") + html + QStringLiteral("</div>\n")))
            + "\n--" + boundary + "--\n";
    }
    }
}

// The trusted reporters of the demo, the subject and text each writes. {ip} {domain} {count} {from}
// {until} are filled in.
struct Reporter
{
    const char *display;
    const char *address;
    const char *subject;
    const char *text;
    bool legal;
};

const Reporter Reporters[] = {
    { "Antispam Alliance Reports", "reports@antispam-alliance.example",
        "Unsolicited bulk email from {ip} ({domain})",
        "Hello,\n\nOur spamtrap network received {count} unsolicited messages from {ip}, which is part of "
        "your\n"
        "network, between {from} and {until}. The sender domain is {domain}. Addresses in our\n"
        "network were never given to anyone, so nobody behind them can have opted in.\n\n"
        "The headers of one sample are attached. Please look into it and tell us what you did.\n\n"
        "Antispam Alliance, reports team\n",
        false },
    { "Nordlicht Hosting Abuse Team", "abuse-team@nordlicht-hosting.example",
        "Spam run from your customer {domain}",
        "Hi,\n\nsince {from} our customers have been receiving large amounts of spam sent from {ip}\n"
        "for {domain}. One sample, with its headers as we received it:\n\n{headers}\n"
        "We would appreciate it if you could stop this. Thanks,\nNordlicht Hosting abuse team\n",
        false },
    { "Cybercrime Unit", "cybercrime-unit@police.example", "Request for information: messages sent from {ip}",
        "Dear Sir or Madam,\n\nwe are investigating a phishing campaign that used messages sent from {ip}\n"
        "between {from} and {until} (sender domain {domain}). We ask you to preserve all records about\n"
        "this sender, its account and its sending logs. A court order for their release will follow.\n\n"
        "The headers of one of the messages are attached.\n\nCybercrime Unit\n",
        true },
    { "Trap Watch", "alerts@trapwatch.example", "Spamtrap hits for {domain}",
        "Our spam traps received {count} messages from {ip} for {domain} in the last days. Trap\n"
        "addresses never sign up for anything: the list this mail went to was bought or harvested.\n\n"
        "Evidence follows as an attachment.\n\n-- \nTrap Watch\n",
        false },
};

// Spam that reaches the role accounts, and what it is addressed to.
struct Junk
{
    const char *from;
    const char *to;
    const char *subject;
    const char *text;
    bool html;
};

const Junk JunkMail[] = {
    { "Daniel from Rankrise <daniel@rankrise-seo.test>", "webmaster", "Quick question about esp.example",
        "Hi there,\n\nI noticed that esp.example is not on the first page of search results for the "
        "keywords\n"
        "that matter to you. We can get you there within 30 days. Shall I send you a free audit?\n\n"
        "Best,\nDaniel\n\nIf you prefer not to hear from me again, reply with NO.\n",
        false },
    { "Global Leads <sales@b2b-leadbase.test>", "abuse", "Verified B2B contact lists, 2 million records",
        "Reach decision makers in 40 countries.\n\nEvery address in our database was verified this quarter. "
        "Lists by industry,\ncountry and company size, delivered as CSV the same day.\n\nReply for a sample "
        "and our price list.\n",
        false },
    { "Domain Services <renewals@domain-registry-services.test>", "hostmaster",
        "Domain esp.example: renewal notice",
        "Dear domain owner,\n\nThe search engine registration for esp.example expires on 30 November.\n"
        "Renew now for 249 EUR per year to keep your site visible:\n"
        "https://domain-registry-services.test/renew?d=esp.example\n",
        false },
    { "IT Service Desk <it-desk@mail-admin.test>", "postmaster", "Action required: verify your mailbox",
        "Your mailbox has reached its storage quota. Verify your account within 24 hours to keep\n"
        "receiving messages:\n\nhttps://mail-admin.test/verify\n\nIT Service Desk\n",
        false },
    { "Marcus Hale <m.hale@yield-partners.test>", "legal", "Investment opportunity: 12% monthly returns",
        "Good day,\n\nI manage a private fund that pays 12% every month, guaranteed. Places are limited to\n"
        "ten partners this quarter. Reply and I will send you the details.\n\nMarcus Hale\n",
        false },
    { "Email Marketing Summit <invite@emailsummit.test>", "privacy",
        "Invitation: Email Marketing Summit 2027",
        "<html><body><h1>Email Marketing Summit 2027</h1><p>Two days, 40 speakers, one city: join\n"
        "the people who send the most email in Europe.</p><p><a href=\"https://emailsummit.test/register\">"
        "Register now</a> and save 30%.</p></body></html>\n",
        true },
    { "Firmenverzeichnis <service@firmenverzeichnis-online.test>", "postmaster",
        "Ihr Eintrag im Firmenverzeichnis",
        "Sehr geehrte Damen und Herren,\n\nIhr Eintrag im Online-Firmenverzeichnis ist noch nicht "
        "best\u00e4tigt. "
        "Bitte pr\u00fcfen Sie\ndie Angaben und best\u00e4tigen Sie sie mit dem beiliegenden Formular.\n\n"
        "Mit freundlichen Gr\u00fc\u00dfen\nIhr Verzeichnisteam\n",
        false },
    { "Lucky Draw Center <winner@prize-center.test>", "abuse", "You have been selected",
        "<html><body><p>Congratulations! Your address was selected in our monthly draw.</p>\n<p>Claim your "
        "tablet before Friday: <a href=\"https://prize-center.test/claim\">claim now</a></p></body></html>\n",
        true },
};

struct AutoReplyText
{
    const char *language;
    const char *subjectPrefix;
    const char *text;
};

const AutoReplyText AutoReplies[] = {
    { "en", "Automatic reply: ",
        "Thank you for your message. I am out of the office until {until} with limited "
        "access to email.\nFor urgent matters please contact {other}.\n" },
    { "en", "Out of Office: ", "I am away until {until} and will reply when I am back.\n" },
    { "de", "Abwesenheitsnotiz: ",
        "Vielen Dank f\u00fcr Ihre Nachricht. Ich bin bis einschlie\u00dflich {until} "
        "nicht im B\u00fcro.\nIn dringenden F\u00e4llen wenden Sie sich bitte an {other}.\n" },
    { "fr", "R\u00e9ponse automatique : ",
        "Je suis absent du bureau jusqu'au {until}. Je lirai votre message \u00e0 mon "
        "retour.\n" },
    { "es", "Respuesta autom\u00e1tica: ",
        "Estoy fuera de la oficina hasta el {until}. Responder\u00e9 a su mensaje a "
        "mi regreso.\n" },
};

struct UnsubscribeText
{
    const char *subject;
    const char *text; // {brand} and {domain} when it names the list
    bool namesList;
};

const UnsubscribeText UnsubscribeTexts[] = {
    { "unsubscribe", "Please unsubscribe me.\n", false },
    { "Unsubscribe", "Please take me off the {brand} list ({domain}). Thanks.\n", true },
    { "remove me", "Remove me from this list please.\n", false },
    { "Abmelden", "Bitte tragen Sie mich aus dem Verteiler von {domain} aus. Danke.\n", true },
    { "d\u00e9sabonner", "Merci de me retirer de cette liste.\n", false },
    { "baja", "Quiero darme de baja de la lista de {domain}. Gracias.\n", true },
    { "STOP", "Thanks, but I no longer read the {brand} newsletter ({domain}).\n", true },
};

QString pickRole(DemoRandom &random, std::initializer_list<int> weights)
{
    static const char *const roles[]
        = { "abuse", "postmaster", "hostmaster", "privacy", "legal", "webmaster" };
    return QString::fromLatin1(roles[random.weighted(weights)]) + QStringLiteral("@esp.example");
}

const MailboxProvider &pickProvider(DemoRandom &random)
{
    const QList<MailboxProvider> &providers = MailboxProvider::all();
    QList<int> weights;
    for (const MailboxProvider &p : providers)
        weights.append(p.recipientWeight);
    return providers.at(random.weighted(weights));
}

QByteArray messageId(DemoRandom &random, const QString &domain)
{
    return "<" + random.token(12) + '.' + random.token(6) + '@' + utf8(domain) + '>';
}

} // namespace

struct RoleAccountMailGenerator::Written
{
    QByteArray bytes;
    QByteArray envelopeSender;
    qint64 at = 0;
    PlantedMessage planted;
};

RoleAccountMailGenerator::RoleAccountMailGenerator(
    const CustomerRoster &roster, qint64 periodStart, qint64 periodEnd, DemoRandom random)
    : m_roster(roster)
    , m_start(periodStart)
    , m_end(periodEnd)
    , m_random(random)
{ }

QStringList RoleAccountMailGenerator::trustedReporters()
{
    return { QStringLiteral("antispam-alliance.example"),
        QStringLiteral("abuse-team@nordlicht-hosting.example"), QStringLiteral("police.example"),
        QStringLiteral("trapwatch.example"), QStringLiteral("spamhaus.org"), QStringLiteral("spamcop.net") };
}

QStringList RoleAccountMailGenerator::roleAccounts()
{
    return { QStringLiteral("abuse@esp.example"), QStringLiteral("postmaster@esp.example"),
        QStringLiteral("hostmaster@esp.example"), QStringLiteral("privacy@esp.example"),
        QStringLiteral("legal@esp.example"), QStringLiteral("webmaster@esp.example") };
}

void RoleAccountMailGenerator::write(int scale, MboxWriter &mbox, const PlantSink &plant)
{
    enum Kind { Complaint, Escalated, Spam, AutoReply, Unsubscribe, Blocklist, ListPost };
    // The mix of one scale unit: what a role account mailbox holds in about a month.
    const int perScale[] = { 36, 8, 22, 14, 14, 10, 4 };
    QList<int> kinds;
    for (int kind = Complaint; kind <= ListPost; ++kind) {
        for (int i = 0; i < perScale[kind] * scale; ++i)
            kinds.append(kind);
    }
    for (qsizetype i = kinds.size() - 1; i > 0; --i)
        kinds.swapItemsAt(i, qsizetype(m_random.below(quint64(i + 1))));

    for (const int kind : std::as_const(kinds)) {
        Written w;
        switch (kind) {
        case Complaint:
            w = complaint();
            break;
        case Escalated:
            w = escalatedComplaint();
            break;
        case Spam:
            w = spam();
            break;
        case AutoReply:
            w = autoReply();
            break;
        case Unsubscribe:
            w = unsubscribeRequest();
            break;
        case ListPost:
            w = listPost();
            break;
        default:
            w = blocklistNotice();
            break;
        }
        w.planted.file = mbox.fileName();
        w.planted.index = mbox.count();
        w.planted.sha256 = mbox.append(w.bytes, w.envelopeSender, w.at);
        plant(w.planted);
    }
}

RoleAccountMailGenerator::Written RoleAccountMailGenerator::complaint()
{
    DemoRandom &random = m_random;
    const Language &language = languages().at(random.weighted({ 50, 20, 15, 15 }));
    const DemoPerson writer = DemoPerson::random(random, QString::fromLatin1(language.code));
    const MailboxProvider &provider = pickProvider(random);
    const QString writerAddress = writer.localPart + QLatin1Char('@') + provider.domain;
    const bool stranger = random.chance(8);
    const DemoCustomer &sender = stranger ? m_roster.pickStranger(random) : m_roster.pickForComplaint(random);
    const qint64 sentAt = m_start + qint64(random.below(quint64(m_end - m_start - 4 * 86400)));
    const qint64 at = sentAt + random.between(600, 3 * 86400);
    bool legal = random.chance(22);

    // How the writer shows what they got: not at all, attached, headers pasted, or forwarded inline.
    enum Evidence { Nothing, Attached, PastedHeaders, Forwarded, AttachedWithoutWords };
    const Evidence evidence = Evidence(random.weighted({ 38, 27, 18, 9, 8 }));
    const QString sourceIp = m_roster.sendingIp(sender, sentAt, random);
    const OutgoingMail original
        = OutgoingMail::compose(sender, { writerAddress }, sentAt, sourceIp, provider.mx, random);
    const bool anonymous = evidence == Nothing && !legal && random.chance(30);
    if (evidence == AttachedWithoutWords)
        legal = false; // people who forward without a word threaten nobody

    QString subject = filled(random.pick(legal ? language.legalSubjects : language.subjects), sender, writer);
    const QStringList &texts = legal ? language.legalTexts
        : anonymous                  ? language.anonymousTexts
                                     : language.texts;
    QString text = language.greeting + QStringLiteral("\n\n") + filled(random.pick(texts), sender, writer)
        + QStringLiteral("\n\n") + writer.firstName + QLatin1Char('\n');
    if (evidence == AttachedWithoutWords)
        subject = QStringLiteral("Fwd: ") + original.subject();
    // Someone who writes about a message without showing it, and without naming the sender,
    // gives nothing to tie the complaint to a customer.
    if (anonymous) {
        QStringList plain;
        for (const QString &s : language.subjects) {
            if (!s.contains(QLatin1Char('{')))
                plain.append(s);
        }
        subject = random.pick(plain);
    }

    QString role;
    if (legal)
        role = pickRole(random, { 40, 5, 0, 30, 25, 0 });
    else
        role = pickRole(random, { 70, 15, 3, 2, 0, 10 });

    QByteArray h;
    h += "Return-Path: <" + utf8(writerAddress) + ">\n";
    h += "Received: from webmail." + utf8(provider.domain) + " (webmail." + utf8(provider.domain) + " ["
        + utf8(provider.mxIp) + "])\n\tby mx1.esp.example with ESMTPS id " + random.token(12) + "; "
        + MailDate::rfc2822(at + 2, 0) + '\n';
    h += "From: " + OutgoingMail::encodedText(writer.displayName) + " <" + utf8(writerAddress) + ">\n";
    h += "To: " + utf8(role) + '\n';
    if (legal && role != QLatin1String("abuse@esp.example"))
        h += "Cc: abuse@esp.example\n";
    h += "Subject: " + OutgoingMail::encodedText(subject) + '\n';
    h += "Date: " + MailDate::rfc2822(at, language.offsetMinutes) + '\n';
    h += "Message-ID: " + messageId(random, provider.domain) + '\n';
    h += "MIME-Version: 1.0\n";

    QJsonObject originalFacts;
    QByteArray body;
    switch (evidence) {
    case Nothing:
        body = personalBody(text, random, h);
        break;
    case AttachedWithoutWords: {
        // Forwarded as an attachment with nothing or next to nothing said: the role account and the
        // attached message make it a complaint.
        static const char *const notes[] = { "", "FYI\n", "See attached.\n", "Siehe Anhang.\n",
            "Voir pi\u00e8ce jointe.\n", "Ver adjunto.\n" };
        const QByteArray boundary = "=-" + random.token(20);
        h += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n";
        body = "--" + boundary + '\n' + textPart(QString::fromUtf8(notes[random.below(6)])) + "\n--"
            + boundary + "\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n"
            + original.message() + "\n--" + boundary + "--\n";
        originalFacts = original.facts();
        break;
    }
    case Attached: {
        const QByteArray boundary = "=-" + random.token(20);
        h += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n";
        body = "--" + boundary + '\n' + textPart(text) + "\n--" + boundary
            + "\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"message.eml\"\n\n"
            + original.message() + "\n--" + boundary + "--\n";
        originalFacts = original.facts();
        break;
    }
    case PastedHeaders: {
        body = personalBody(text + QLatin1Char('\n') + language.attachedNote + QStringLiteral("\n\n")
                + QString::fromUtf8(pasted(original.headers(), random.chance(50))),
            random, h);
        originalFacts = original.facts();
        break;
    }
    case Forwarded: {
        const QString sent = QString::fromLatin1(MailDate::rfc2822(sentAt, 0));
        // Mail programs show the decoded subject and name in the forwarded text.
        body = personalBody(text + QStringLiteral("\n-------- Forwarded Message --------\nSubject: ")
                + original.subject() + QStringLiteral("\nDate: ") + sent + QStringLiteral("\nFrom: ")
                + original.fromDisplay() + QStringLiteral(" <") + original.fromAddress()
                + QStringLiteral(">\nTo: ") + writerAddress + QStringLiteral("\n\n") + original.text(),
            random, h);
        // A forward keeps only what the mail program shows: no Message-ID, no DKIM, no list headers.
        originalFacts = QJsonObject { { QStringLiteral("from"), original.fromAddress() },
            { QStringLiteral("subject"), original.subject() },
            { QStringLiteral("date"), MailDate::isoUtc(sentAt) },
            { QStringLiteral("message_id"), QJsonValue() },
            { QStringLiteral("dkim_domains"), QJsonValue() } };
        break;
    }
    }

    Written w;
    w.bytes = h + '\n' + body;
    w.envelopeSender = utf8(writerAddress);
    w.at = at;
    w.planted.kind = QStringLiteral("complaint");
    w.planted.legal = legal;
    w.planted.roleAccount = role;
    // Tied to a customer through what it shows or names: the original, or its domain in the text.
    w.planted.customer = anonymous ? QString() : sender.id;
    // The writer got the mail whether or not the complaint shows it.
    w.planted.sent = original.asSent(sender, { writerAddress }, sourceIp);
    w.planted.complainant = writerAddress;
    w.planted.complainedAt = at;
    if (!originalFacts.isEmpty())
        w.planted.facts.insert(QStringLiteral("original"), originalFacts);
    else
        w.planted.facts.insert(QStringLiteral("original"), QJsonValue());
    return w;
}

RoleAccountMailGenerator::Written RoleAccountMailGenerator::escalatedComplaint()
{
    DemoRandom &random = m_random;
    const int reporterIndex = random.weighted({ 35, 25, 15, 25 });
    const Reporter &reporter = Reporters[reporterIndex];
    // Spam trap operators only ever see the mail of customers with bad lists.
    const bool trapOperator = reporterIndex == 0 || reporterIndex == 3;
    const DemoCustomer &sender
        = trapOperator ? m_roster.pickForTrapHit(random) : m_roster.pickForComplaint(random);
    const qint64 sentAt = m_start + qint64(random.below(quint64(m_end - m_start - 4 * 86400)));
    const qint64 at = sentAt + random.between(3600, 2 * 86400);
    const QString ip = m_roster.sendingIp(sender, sentAt, random);
    const QString reporterDomain = QString::fromLatin1(reporter.address).section(QLatin1Char('@'), 1);
    const QString trap = QStringLiteral("t") + QString::fromLatin1(random.token(8)) + QLatin1Char('@')
        + (reporterDomain.contains(QStringLiteral("police")) ? QStringLiteral("lantern.example")
                                                             : reporterDomain);
    const OutgoingMail original
        = OutgoingMail::compose(sender, { trap }, sentAt, ip, QStringLiteral("mx.") + reporterDomain, random);

    auto fill = [&](QString s) {
        s.replace(QStringLiteral("{ip}"), ip);
        s.replace(QStringLiteral("{domain}"), sender.fromDomain);
        s.replace(QStringLiteral("{count}"), QString::number(random.between(12, 400)));
        s.replace(QStringLiteral("{from}"), MailDate::isoDay(sentAt - 86400 * random.between(1, 3)));
        s.replace(QStringLiteral("{until}"), MailDate::isoDay(sentAt));
        return s;
    };
    const bool inlineHeaders = QByteArrayView(reporter.text).contains("{headers}");
    QString text = fill(QString::fromUtf8(reporter.text));
    const QString to = QStringLiteral("abuse@esp.example");

    QByteArray h;
    h += "Return-Path: <" + QByteArray(reporter.address) + ">\n";
    h += "Received: from mail." + utf8(reporterDomain) + " (mail." + utf8(reporterDomain)
        + " [198.51.100.240])\n\tby mx1.esp.example with ESMTPS id " + random.token(12) + "; "
        + MailDate::rfc2822(at + 1, 0) + '\n';
    h += "From: " + QByteArray(reporter.display) + " <" + reporter.address + ">\n";
    h += "To: " + utf8(to) + '\n';
    if (reporter.legal)
        h += "Cc: legal@esp.example\n";
    h += "Subject: " + utf8(fill(QString::fromUtf8(reporter.subject))) + '\n';
    h += "Date: " + MailDate::rfc2822(at, 60) + '\n';
    h += "Message-ID: " + messageId(random, reporterDomain) + '\n';
    h += "MIME-Version: 1.0\n";
    QByteArray body;
    if (inlineHeaders) {
        text.replace(QStringLiteral("{headers}"), QString::fromUtf8(pasted(original.headers(), true)));
        h += "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n";
        body = utf8(text);
    } else {
        const QByteArray boundary = "evidence-" + random.token(16);
        h += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n";
        body = "--" + boundary + '\n' + textPart(text) + "\n--" + boundary
            + "\nContent-Type: text/rfc822-headers\nContent-Disposition: attachment; "
              "filename=\"headers.txt\"\n\n"
            + original.headers() + "\n--" + boundary + "--\n";
    }

    Written w;
    w.bytes = h + '\n' + body;
    w.envelopeSender = QByteArray(reporter.address);
    w.at = at;
    w.planted.kind = QStringLiteral("escalated-complaint");
    w.planted.legal = reporter.legal;
    w.planted.roleAccount = to;
    w.planted.customer = sender.id;
    w.planted.facts.insert(QStringLiteral("original"), original.facts());
    w.planted.sent = original.asSent(sender, { trap }, ip);
    w.planted.complainant = QString::fromLatin1(reporter.address);
    w.planted.complainedAt = at;
    w.planted.reportsSpamTrap = trapOperator;
    return w;
}

RoleAccountMailGenerator::Written RoleAccountMailGenerator::spam()
{
    DemoRandom &random = m_random;
    const Junk &junk = JunkMail[random.below(std::size(JunkMail))];
    const qint64 at = m_start + qint64(random.below(quint64(m_end - m_start)));
    const QString fromField = QString::fromUtf8(junk.from);
    const QString address = fromField.section(QLatin1Char('<'), 1).section(QLatin1Char('>'), 0, 0);
    const QString display = fromField.section(QLatin1Char('<'), 0, 0).trimmed();
    const QString domain = address.section(QLatin1Char('@'), 1);
    const QString role = QString::fromLatin1(junk.to) + QStringLiteral("@esp.example");

    QByteArray h;
    h += "Return-Path: <bounce-" + random.token(10) + '@' + utf8(domain) + ">\n";
    h += "Received: from mail." + utf8(domain) + " (unknown [203.0.113."
        + QByteArray::number(230 + random.below(20)) + "])\n\tby mx1.esp.example with ESMTP id "
        + random.token(12) + "; " + MailDate::rfc2822(at + 1, 0) + '\n';
    h += "From: " + OutgoingMail::encodedText(display) + " <" + utf8(address) + ">\n";
    h += "To: " + utf8(role) + '\n';
    h += "Subject: " + OutgoingMail::encodedText(QString::fromUtf8(junk.subject)) + '\n';
    h += "Date: " + MailDate::rfc2822(at, -420) + '\n';
    h += "Message-ID: " + messageId(random, domain) + '\n';
    h += "MIME-Version: 1.0\n";
    QByteArray body;
    if (junk.html) {
        h += "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n";
        const QByteArray encoded = QByteArray(junk.text).toBase64();
        for (qsizetype i = 0; i < encoded.size(); i += 76)
            body += encoded.mid(i, 76) + '\n';
    } else {
        h += "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n";
        body = QByteArray(junk.text) + "\nRef. " + random.token(8) + '\n';
    }

    Written w;
    w.bytes = h + '\n' + body;
    w.envelopeSender = utf8(address);
    w.at = at;
    w.planted.kind = QStringLiteral("noise");
    w.planted.roleAccount = role;
    return w;
}

RoleAccountMailGenerator::Written RoleAccountMailGenerator::autoReply()
{
    DemoRandom &random = m_random;
    const AutoReplyText &reply = AutoReplies[random.below(std::size(AutoReplies))];
    const qint64 at = m_start + qint64(random.below(quint64(m_end - m_start)));
    // Out-of-office answers to what the abuse desk sent: to complainants, or to a customer's
    // contact about a warning.
    const bool fromCustomer = random.chance(35);
    const DemoCustomer &customer = m_roster.pickForComplaint(random);
    const DemoPerson person = DemoPerson::random(random, QString::fromLatin1(reply.language));
    const QString address
        = fromCustomer ? customer.contact : person.localPart + QLatin1Char('@') + pickProvider(random).domain;
    const QString domain = address.section(QLatin1Char('@'), 1);
    const QString role = random.chance(70) ? QStringLiteral("abuse@esp.example")
                                           : (random.chance(50) ? QStringLiteral("postmaster@esp.example")
                                                                : QStringLiteral("legal@esp.example"));
    const QString ticket = QStringLiteral("[ESP-%1]").arg(40000 + random.below(60000));
    const QString original = fromCustomer
        ? QStringLiteral("Notice about your mailings ") + ticket
        : QStringLiteral("Your report to the esp.example abuse desk ") + ticket;
    QString text = QString::fromUtf8(reply.text);
    text.replace(QStringLiteral("{until}"), MailDate::isoDay(at + 86400 * random.between(3, 14)));
    text.replace(QStringLiteral("{other}"), QStringLiteral("office@") + domain);

    QByteArray h;
    h += "Return-Path: <" + utf8(address) + ">\n";
    h += "From: " + OutgoingMail::encodedText(person.displayName) + " <" + utf8(address) + ">\n";
    h += "To: " + utf8(role) + '\n';
    h += "Subject: "
        + OutgoingMail::encodedText(
            QString::fromUtf8(reply.subjectPrefix) + QStringLiteral("Re: ") + original)
        + '\n';
    h += "Date: " + MailDate::rfc2822(at, 60) + '\n';
    h += "Message-ID: " + messageId(random, domain) + '\n';
    // Most say what they are in a header; a few only in the subject.
    switch (random.weighted({ 75, 10, 5, 10 })) {
    case 0:
        h += "Auto-Submitted: auto-replied\n";
        break;
    case 1:
        h += "X-Autoreply: yes\n";
        break;
    case 2:
        h += "Precedence: auto_reply\n";
        break;
    default:
        break;
    }
    h += "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n";

    Written w;
    w.bytes = h + '\n' + utf8(text);
    w.envelopeSender = utf8(address);
    w.at = at;
    w.planted.kind = QStringLiteral("auto-reply");
    w.planted.roleAccount = role;
    w.planted.customer = fromCustomer ? customer.id : QString();
    return w;
}

RoleAccountMailGenerator::Written RoleAccountMailGenerator::unsubscribeRequest()
{
    DemoRandom &random = m_random;
    const UnsubscribeText &request = UnsubscribeTexts[random.below(std::size(UnsubscribeTexts))];
    const DemoCustomer &customer = m_roster.pickForComplaint(random);
    const DemoPerson person = DemoPerson::random(random);
    const MailboxProvider &provider = pickProvider(random);
    const QString address = person.localPart + QLatin1Char('@') + provider.domain;
    const qint64 at = m_start + qint64(random.below(quint64(m_end - m_start)));
    const QString role = pickRole(random, { 55, 25, 0, 5, 0, 15 });
    QString text = QString::fromUtf8(request.text);
    text.replace(QStringLiteral("{brand}"), customer.name);
    text.replace(QStringLiteral("{domain}"), customer.fromDomain);

    QByteArray h;
    h += "Return-Path: <" + utf8(address) + ">\n";
    h += "From: " + OutgoingMail::encodedText(person.displayName) + " <" + utf8(address) + ">\n";
    h += "To: " + utf8(role) + '\n';
    h += "Subject: " + OutgoingMail::encodedText(QString::fromUtf8(request.subject)) + '\n';
    h += "Date: " + MailDate::rfc2822(at, 0) + '\n';
    h += "Message-ID: " + messageId(random, provider.domain) + '\n';
    h += "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n";

    Written w;
    w.bytes = h + '\n' + utf8(text) + '\n' + utf8(person.firstName) + '\n';
    w.envelopeSender = utf8(address);
    w.at = at;
    w.planted.kind = QStringLiteral("unsubscribe-request");
    w.planted.roleAccount = role;
    w.planted.customer = request.namesList ? customer.id : QString();
    // The list's mail reached the writer before; no copy of it is at hand.
    SentMail sent;
    sent.customer = customer.id;
    sent.recipients.append(SentRecipient { address });
    sent.sentBefore = at;
    w.planted.sent.append(sent);
    return w;
}

RoleAccountMailGenerator::Written RoleAccountMailGenerator::blocklistNotice()
{
    DemoRandom &random = m_random;
    const qint64 at = m_start + qint64(random.below(quint64(m_end - m_start)));
    const DemoCustomer &customer = m_roster.pickForBlocklisting(random);
    // Which address was listed, and so which customer the listing can be tied to.
    enum Listed { DedicatedIp, SharedIp, Domain };
    const Listed listed = Listed(random.weighted({ 60, 20, 20 }));
    QString ip;
    QString customerId;
    if (listed == DedicatedIp) {
        QStringList hosts;
        for (const IpAssignment &a : customer.ips) {
            if (!a.shared && a.from <= at && (a.until == 0 || at < a.until))
                hosts += a.hosts;
        }
        ip = hosts.isEmpty() ? QStringLiteral("203.0.113.70") : random.pick(hosts);
        const DemoCustomer *holder = m_roster.soleHolderOf(ip, at);
        customerId = holder ? holder->id : QString();
    } else if (listed == SharedIp) {
        ip = QStringLiteral("203.0.113.%1").arg(65 + random.below(14));
    } else {
        customerId = customer.id;
    }

    const int style = random.weighted({ 45, 25, 30 });
    QByteArray from;
    QString subject;
    QString text;
    const QString reference = QStringLiteral("BL%1").arg(100000 + random.below(900000));
    const QString object = listed == Domain ? customer.fromDomain : ip;
    const QString since = QString::fromLatin1(MailDate::rfc2822(at - random.between(600, 7200), 0));
    switch (style) {
    case 0:
        from = "Spamhaus Notifications <listing-notice@spamhaus.org>";
        subject = QStringLiteral("Listing notice %1 for %2").arg(reference, object);
        text = QStringLiteral("This is an automatic notice to the abuse contact for %1.\n\n"
                              "%1 was added to our block list at %2 (reference %3).\n"
                              "Reason: mail from it reached our spam traps repeatedly.\n\n"
                              "To request removal, fix the cause first and then use the form at\n"
                              "https://check.spamhaus.org/ with the reference above.\n")
                   .arg(object, since, reference);
        break;
    case 1:
        from = "SpamCop Notices <notices@spamcop.net>";
        subject = QStringLiteral("%1 on bl.spamcop.net").arg(object);
        text = QStringLiteral("Reports from SpamCop users about mail from %1 caused it to be\n"
                              "added to bl.spamcop.net at %2. Entries expire on their own once the\n"
                              "reports stop.\n")
                   .arg(object, since);
        break;
    default:
        from = "BlockWatch DNSBL <listings@blockwatch.example>";
        subject = QStringLiteral("RBL listing: %1").arg(object);
        text = QStringLiteral("Hello,\n\n%1 has been listed on dnsbl.blockwatch.example since %2.\n"
                              "Evidence: mail to trap addresses that never subscribed to anything.\n"
                              "Delisting: https://blockwatch.example/delist?q=%1\n\nBlockWatch\n")
                   .arg(object, since);
        break;
    }
    const QString role
        = random.chance(75) ? QStringLiteral("abuse@esp.example") : QStringLiteral("postmaster@esp.example");
    const QByteArray fromAddress = from.mid(from.indexOf('<') + 1).chopped(1);

    QByteArray h;
    h += "Return-Path: <" + fromAddress + ">\n";
    h += "From: " + from + '\n';
    h += "To: " + utf8(role) + '\n';
    h += "Subject: " + utf8(subject) + '\n';
    h += "Date: " + MailDate::rfc2822(at, 0) + '\n';
    h += "Message-ID: "
        + messageId(random, QString::fromLatin1(fromAddress.mid(fromAddress.indexOf('@') + 1))) + '\n';
    h += "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n";

    Written w;
    w.bytes = h + '\n' + utf8(text);
    w.envelopeSender = fromAddress;
    w.at = at;
    w.planted.kind = QStringLiteral("blocklist-notice");
    w.planted.roleAccount = role;
    w.planted.customer = customerId;
    w.planted.reportsSpamTrap = style != 1; // Spamhaus and BlockWatch name traps, SpamCop its users
    return w;
}

RoleAccountMailGenerator::Written RoleAccountMailGenerator::listPost()
{
    // A post on an operators' mailing list the abuse desk reads (Mailop, NANOG): someone sees
    // trouble from one of the ESP's customers and names its domain, its address, or both. Not a
    // report to the ESP (noise), but a mention the analyst wants next to that customer.
    DemoRandom &random = m_random;
    const qint64 at = m_start + qint64(random.below(quint64(m_end - m_start)));
    const DemoCustomer &customer = m_roster.pickForBlocklisting(random);
    QStringList hosts;
    for (const IpAssignment &a : customer.ips)
        if (!a.shared && a.from <= at && (a.until == 0 || at < a.until))
            hosts += a.hosts;
    const int names = random.weighted({ 40, 30, 30 }); // domain, address, both
    const QString ip = hosts.isEmpty() ? QString() : random.pick(hosts);
    const bool nameDomain = names != 1 || ip.isEmpty();
    const bool nameIp = names != 0 && !ip.isEmpty();
    const DemoPerson writer = DemoPerson::random(random);
    const MailboxProvider &provider = pickProvider(random);
    const bool nanog = random.chance(40);
    const QString list = nanog ? QStringLiteral("nanog") : QStringLiteral("mailop");
    const QString listDomain = nanog ? QStringLiteral("nanog.example") : QStringLiteral("mailop.example");
    QString what;
    if (nameDomain && nameIp)
        what = QStringLiteral("mail from %1 with From: addresses at %2").arg(ip, customer.fromDomain);
    else if (nameIp)
        what = QStringLiteral("mail from %1").arg(ip);
    else
        what = QStringLiteral("mail with From: addresses at %1").arg(customer.fromDomain);
    const QString subject = QStringLiteral("[%1] Anyone from esp.example around?").arg(list);
    const QString text = QStringLiteral("Hi all,\n\nsince %1 we see a lot of %2 hitting our spam traps.\n"
                                        "Could someone from esp.example contact me off-list?\n\nThanks,\n%3\n"
                                        "_______________________________________________\n%4 mailing list\n"
                                        "%4@%5\n")
                             .arg(MailDate::isoDay(at - 86400), what, writer.firstName, list, listDomain);
    const QString writerAddress = writer.localPart + QLatin1Char('@') + provider.domain;
    const QString role = QStringLiteral("postmaster@esp.example");

    QByteArray h;
    h += "Return-Path: <" + utf8(list) + "-bounces@" + utf8(listDomain) + ">\n";
    h += "Delivered-To: " + utf8(role) + '\n';
    h += "From: " + OutgoingMail::encodedText(writer.displayName) + " <" + utf8(writerAddress) + ">\n";
    h += "To: " + utf8(list) + '@' + utf8(listDomain) + '\n';
    h += "Subject: " + utf8(subject) + '\n';
    h += "Date: " + MailDate::rfc2822(at, 0) + '\n';
    h += "Message-ID: " + messageId(random, provider.domain) + '\n';
    h += "List-Id: " + utf8(list) + " <" + utf8(list) + '.' + utf8(listDomain) + ">\n";
    h += "Precedence: list\n";
    h += "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n";

    Written w;
    w.bytes = h + '\n' + utf8(text);
    w.envelopeSender = utf8(list) + "-bounces@" + utf8(listDomain);
    w.at = at;
    w.planted.kind = QStringLiteral("noise");
    w.planted.roleAccount = role;
    w.planted.mentions = QStringList { customer.id };
    return w;
}

} // namespace abusedesk::demo
