// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/ComplaintLanguage.h"

#include <QRegularExpression>

namespace abusedesk::mail {

namespace {

// Only the start of a long text is read: the intent of a complaint is in its first lines, and
// hostile input must not make the scan slow.
constexpr qsizetype ScanLimit = 16 * 1024;

QRegularExpression words(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool matches(const QRegularExpression &re, const QString &text)
{
    return re.matchView(QStringView(text).left(ScanLimit)).hasMatch();
}

} // namespace

bool ComplaintLanguage::hasLegalTone(const QString &text)
{
    static const QRegularExpression re = words(
        // English
        R"(\b(lawyers?|attorneys?|solicitors?|legal (action|steps|proceedings|counsel|department)|lawsuit|sue you|)"
        R"(court|litigation|cease and desist|class action|small claims|GDPR|data protection|)"
        R"(article (15|17|21)|right to (erasure|be forgotten|access)|subject access request|CAN-SPAM|)"
        R"(CASL|ePrivacy|PECR|supervisory authority|ICO|regulator|)"
        // German
        R"(Anwalt|Rechtsanwalt|Anwältin|Rechtsanwältin|Abmahnung|Klage|klagen|Gericht|gerichtlich|)"
        R"(rechtliche Schritte|Unterlassungserklärung|DSGVO|Datenschutz|Auskunftsersuchen|Löschung meiner Daten|)"
        // French
        R"(avocat|avocate|tribunal|poursuites|action en justice|mise en demeure|RGPD|CNIL|)"
        R"(protection des données|plainte pénale|)"
        // Spanish
        R"(abogado|abogada|demanda|acciones legales|acción legal|juzgado|tribunales|AEPD|)"
        R"(protección de datos|denuncia)\b)");
    return matches(re, text);
}

bool ComplaintLanguage::soundsLikeComplaint(const QString &text)
{
    static const QRegularExpression re = words(
        R"(\b(spam|spamming|spammer|unsolicited|unwanted|junk mail|never (signed|subscribed|opted|asked|gave)|)"
        R"(did not (sign|subscribe|opt)|didn't (sign|subscribe|opt)|stop (sending|emailing|mailing)|)"
        R"(harass|abuse report|report(ing)? (this|abuse)|phishing|scam|fraud|how did you get my|)"
        R"(unsubscribed? .{0,40}(still|again|ignored|not work)|)"
        // German
        R"(unerwünscht|Werbung|nie angemeldet|nicht angemeldet|hören Sie auf|Belästigung|Spam-Mail|)"
        // French
        R"(non sollicité|jamais inscrit|arrêtez|harcèlement|pourriel|indésirable|)"
        // Spanish
        R"(no solicitado|nunca me suscribí|dejen de enviar|acoso|correo basura)\b)");
    return matches(re, text);
}

bool ComplaintLanguage::asksToUnsubscribe(const QString &subject, const QString &text)
{
    // The subject is the request itself ("unsubscribe", "Abmelden!"), not a sentence about it.
    static const QRegularExpression subjectRe = words(
        R"(^\s*(re:\s*)?(unsubscribe|unsubscribe me|remove|remove me|opt[- ]?out|stop|abmelden|austragen|)"
        R"(désabonner|desabonner|désinscription|baja|darme de baja|cancelar suscripción)\s*[.!]*\s*$)");
    static const QRegularExpression textRe = words(
        R"(\b(please (unsubscribe|remove) me|unsubscribe me|remove me from (your|this|the) (list|mailing)|)"
        R"(bitte (melden Sie mich ab|austragen|entfernen Sie mich)|désabonnez-moi|retirez-moi|)"
        R"(denme de baja|quiero darme de baja)\b)");
    // Someone who says they never signed up, or threatens, is complaining, whatever the subject.
    if (soundsLikeComplaint(subject + QLatin1Char('\n') + text)
        || hasLegalTone(subject + QLatin1Char('\n') + text))
        return false;
    if (subjectRe.match(subject).hasMatch())
        return true;
    // Only short messages: a long one that mentions unsubscribing is a complaint.
    return text.size() < 2000 && matches(textRe, text);
}

bool ComplaintLanguage::isAutoReplySubject(const QString &subject)
{
    static const QRegularExpression re = words(
        R"(^\s*(auto(matic)?[- ]?(reply|response|antwort)|auto:|out of (the )?office|on vacation|away from|)"
        R"(abwesenheit|abwesenheitsnotiz|automatische antwort|réponse automatique|absence|)"
        R"(respuesta automática|fuera de la oficina|ausente))");
    return re.match(subject).hasMatch();
}

bool ComplaintLanguage::isBlocklistNotice(
    const QString &fromAddress, const QString &subject, const QString &text)
{
    static const QRegularExpression operators = words(
        R"(@([a-z0-9-]+\.)*(spamhaus\.org|spamcop\.net|barracuda(networks|central)?\.(com|org)|sorbs\.net|)"
        R"(uceprotect\.net|spamrats\.com|mailspike\.(net|org)|abuseat\.org|surbl\.org|uribl\.com|)"
        R"(invaluement\.com|psbl\.org|senderscore\.(com|org)|0spam\.org|manitu\.net|backscatterer\.org|)"
        R"(nordspam\.com|lashback\.com|spamhaus\.com)$)");
    static const QRegularExpression subjectRe = words(
        R"(\b(listed|listing|blocklist(ed)?|blacklist(ed)?|block list|DNSBL|RBL|delist(ing)?|SBL\d+|CSS|XBL|)"
        R"(PBL|DBL)\b)");
    if (operators.match(fromAddress).hasMatch())
        return true;
    static const QRegularExpression listingText
        = words(R"(\b(has been (listed|added) (on|to)|is listed (on|in)|SBL\d{3,})\b)");
    return subjectRe.match(subject).hasMatch() && matches(listingText, text);
}

bool ComplaintLanguage::looksLikeFeedbackLoop(const QString &fromAddress, const QString &subject)
{
    static const QRegularExpression fromRe = words(
        R"(^(fbl|feedback|feedbackloop|feedback-loop|scomp|complaints?|abuse-report|arf|jmrp|spamreport|)"
        R"(spam-report|fbl-noreply|staff)[-.a-z0-9]*@)");
    static const QRegularExpression subjectRe = words(
        R"(\b(feedback[- ]loop|complaint about message|spam report|abuse report|FBL|email feedback report|)"
        R"(complaint notification|reported as spam|marked as spam)\b)");
    return fromRe.match(fromAddress).hasMatch() || subjectRe.match(subject).hasMatch();
}

} // namespace abusedesk::mail
