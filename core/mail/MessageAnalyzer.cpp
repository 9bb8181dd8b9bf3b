// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/MessageAnalyzer.h"

#include "common/IsoTime.h"
#include "mail/BounceClassifier.h"
#include "mail/BounceTextParser.h"
#include "mail/ComplaintLanguage.h"
#include "mail/HeaderFields.h"
#include "mail/KMimeLock.h"
#include "mail/MailAddresses.h"
#include "mail/NamedInText.h"
#include "mail/OriginalMessage.h"

#include <KMime/Message>
#include <KMime/Util>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <functional>
#include <openssl/evp.h>
#include <optional>

namespace abusedesk::mail {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxSearchTextChars = 16384;

// Hostile mail nests multiparts thousands deep; KMime parses recursively, so such a body is
// not parsed at all (its headers still are) rather than risking the stack. A message under
// 16 KB cannot nest deep enough to matter (each level costs a boundary line and a header), so
// only larger ones are scanned for their nesting.
constexpr int MaxMimeNesting = 64;
constexpr qsizetype NestingScanThreshold = 16 * 1024;

struct Parts
{
    const KMime::Content *feedback = nullptr; // message/feedback-report
    const KMime::Content *deliveryStatus = nullptr; // message/delivery-status
    const KMime::Content *rfc822 = nullptr; // message/rfc822 (the original, attached)
    const KMime::Content *rfc822Headers = nullptr; // text/rfc822-headers
    const KMime::Content *text = nullptr; // the first text/plain part
    const KMime::Content *html = nullptr; // the first text/html part
};

// Walks the report's own MIME tree without descending into attached messages.
void collectParts(const KMime::Content *content, Parts &parts, int depth)
{
    if (depth > MaxMimeNesting)
        return;
    const auto *ct = const_cast<KMime::Content *>(content)->contentType(false);
    const QByteArray type = ct ? ct->mimeType().toLower() : QByteArray("text/plain");
    if (type.startsWith("multipart/")) {
        for (const KMime::Content *child : content->contents())
            collectParts(child, parts, depth + 1);
        return;
    }
    if (type == "message/feedback-report") {
        if (!parts.feedback)
            parts.feedback = content;
    } else if (type == "message/delivery-status" || type == "message/global-delivery-status") {
        if (!parts.deliveryStatus)
            parts.deliveryStatus = content;
    } else if (type == "message/rfc822" || type == "message/global") {
        if (!parts.rfc822)
            parts.rfc822 = content;
    } else if (type == "text/rfc822-headers" || type == "message/global-headers") {
        if (!parts.rfc822Headers)
            parts.rfc822Headers = content;
    } else if (type == "text/plain") {
        if (!parts.text)
            parts.text = content;
    } else if (type == "text/html") {
        if (!parts.html)
            parts.html = content;
    }
}

QString headerText(const KMime::Content &content, const char *name)
{
    const auto *header = content.headerByType(name);
    return header ? header->asUnicodeString().trimmed() : QString();
}

// "rfc822; user@example.com" → "user@example.com"; "dns; mx.example.com" → "mx.example.com".
QString stripTypePrefix(const QString &value)
{
    const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
    QString rest = semicolon >= 0 && semicolon < 12 ? value.mid(semicolon + 1) : value;
    return rest.trimmed();
}

QDateTime rfc2822Time(const QString &rfc2822)
{
    if (rfc2822.isEmpty())
        return {};
    KMime::Headers::Date date;
    date.from7BitString(rfc2822.toLatin1());
    return date.dateTime();
}

/// Mail a mailing list distributed: a List-Id with Precedence list or bulk, or with List-Post.
/// A message someone redirected to the desk as it was (Resent-From) is theirs, not the list's.
bool isListTraffic(const KMime::Message &message)
{
    if (!message.hasHeader("List-Id") || message.hasHeader("Resent-From"))
        return false;
    const QString precedence = headerText(message, "Precedence").trimmed().toLower();
    return precedence == QLatin1String("list") || precedence == QLatin1String("bulk")
        || message.hasHeader("List-Post");
}

QString htmlToText(const QString &html)
{
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html.left(256 * 1024);
    text.remove(scripts);
    text.replace(tags, QStringLiteral(" "));
    return text;
}

// Quoted originals: the first block of at least three header lines inside a text.
QByteArray findQuotedHeaders(const QString &text)
{
    static const QRegularExpression start(
        QStringLiteral(
            R"(^[> ]*(Return-Path|Received|From|Message-I[Dd]|Subject|Date|To|DKIM-Signature|List-Unsubscribe):[ \t])"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QStringView view = QStringView(text).left(64 * 1024);
    const auto m = start.matchView(view);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression headerLine(QStringLiteral(R"(^[!-9;-~]+:)"));
    QByteArray block;
    int fields = 0;
    const QStringList lines = view.mid(m.capturedStart()).toString().split(QLatin1Char('\n'));
    for (QString line : lines) {
        // Strip one level of quoting ("> ") as used by mail clients when forwarding inline.
        while (line.startsWith(QLatin1Char('>')))
            line = line.mid(line.startsWith(QLatin1String("> ")) ? 2 : 1);
        if (line.trimmed().isEmpty())
            break;
        if (headerLine.match(line).hasMatch())
            ++fields;
        else if (!line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('\t')))
            break;
        block += line.toUtf8() + '\n';
    }
    return fields >= 3 ? block : QByteArray();
}

bool matchesList(const QString &address, const QStringList &list)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const QString local = at > 0 ? address.left(at) : address;
    const QString domain = at > 0 ? address.mid(at + 1) : QString();
    for (const QString &entry : list) {
        const QString e = entry.trimmed().toLower();
        if (e.isEmpty())
            continue;
        if (e.contains(QLatin1Char('@'))) {
            if (e.startsWith(QLatin1Char('@')) ? address.endsWith(e) : address == e)
                return true;
        } else if (local == e || domain == e || domain.endsWith(QLatin1Char('.') + e)) {
            return true;
        }
    }
    return false;
}

bool isAutomatedSender(const QString &address)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|bounces?|noreply|no-reply|do-not-reply)@)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(address).hasMatch();
}

int nestingEstimate(const QByteArray &bytes)
{
    if (bytes.size() < NestingScanThreshold)
        return 0;
    int count = 0;
    qsizetype from = 0;
    const QByteArray needle("multipart/");
    while ((from = bytes.indexOf(needle, from)) >= 0 && count <= MaxMimeNesting) {
        ++count;
        from += needle.size();
    }
    from = 0;
    const QByteArray rfc822("message/rfc822");
    while ((from = bytes.indexOf(rfc822, from)) >= 0 && count <= MaxMimeNesting) {
        ++count;
        from += rfc822.size();
    }
    return count;
}

JsonObjectWriter feedbackFacts(const KMime::Content &part, MessageAnalysis::Identifiers &ids)
{
    const QList<HeaderFieldGroup> groups = HeaderFields::parseGroups(part.decodedContent());
    HeaderFieldGroup fields;
    for (const auto &group : groups)
        fields += group;
    JsonObjectWriter feedback;
    auto put = [&feedback](const QString &key, const QString &value) {
        if (!value.isEmpty())
            feedback.insert(key, value);
    };
    put(u"type"_s, HeaderFields::first(fields, "feedback-type").toLower());
    put(u"user_agent"_s, HeaderFields::first(fields, "user-agent"));
    put(u"version"_s, HeaderFields::first(fields, "version"));
    ids.sourceIp = HeaderFields::first(fields, "source-ip");
    put(u"source_ip"_s, ids.sourceIp);
    QStringList rcpts;
    for (const QString &value : HeaderFields::all(fields, "original-rcpt-to"))
        rcpts += MailAddresses::all(value).isEmpty() ? QStringList { value.trimmed() }
                                                     : MailAddresses::all(value);
    if (!rcpts.isEmpty())
        feedback.insert(u"original_rcpt_to"_s, rcpts);
    ids.originalMailFrom = MailAddresses::first(HeaderFields::first(fields, "original-mail-from"));
    put(u"original_mail_from"_s, ids.originalMailFrom);
    QStringList domains;
    for (const QString &value : HeaderFields::all(fields, "reported-domain"))
        domains.append(value.trimmed().toLower());
    if (!domains.isEmpty())
        feedback.insert(u"reported_domain"_s, domains);
    ids.reportedDomains = domains;
    const QStringList uris = HeaderFields::all(fields, "reported-uri");
    if (!uris.isEmpty())
        feedback.insert(u"reported_uri"_s, uris);
    // Several receivers write Received-Date where RFC 5965 says Arrival-Date.
    QString arrival = HeaderFields::first(fields, "arrival-date");
    if (arrival.isEmpty())
        arrival = HeaderFields::first(fields, "received-date");
    const QDateTime arrived = rfc2822Time(arrival);
    if (arrived.isValid()) {
        feedback.insert(u"arrival_date"_s, isoUtc(arrived));
        ids.arrivalDate = arrived.toSecsSinceEpoch();
    }
    put(u"incidents"_s, HeaderFields::first(fields, "incidents"));
    return feedback;
}

JsonObjectWriter recipientJson(const QString &address, const QString &action, const QString &status,
    const QString &diagnostic, const QString &remoteMta)
{
    const BounceVerdict verdict
        = BounceClassifier::classify(status, diagnostic, action == QLatin1String("delayed"));
    JsonObjectWriter r;
    r.insert(u"address"_s, address);
    r.insert(u"action"_s, action);
    if (!verdict.status.isEmpty())
        r.insert(u"status"_s, verdict.status);
    if (!verdict.replyCode.isEmpty())
        r.insert(u"reply_code"_s, verdict.replyCode);
    r.insert(u"class"_s, BounceClassifier::className(verdict.bounceClass));
    r.insert(u"reason"_s, verdict.reason);
    if (!remoteMta.isEmpty())
        r.insert(u"remote_mta"_s, remoteMta);
    if (!diagnostic.isEmpty())
        r.insert(u"diagnostic"_s, diagnostic);
    if (!verdict.urls.isEmpty())
        r.insert(u"urls"_s, verdict.urls);
    return r;
}

// noticeText parses the human-readable notice on demand: only when the delivery-status part
// leaves out a recipient's diagnostic (the notice then also names the remote MTA, if any).
JsonArrayWriter dsnRecipients(
    const KMime::Content &part, const std::function<const BounceTextReport &()> &noticeText)
{
    JsonArrayWriter recipients;
    const QList<HeaderFieldGroup> groups = HeaderFields::parseGroups(part.decodedContent());
    for (const HeaderFieldGroup &group : groups) {
        QString address = stripTypePrefix(HeaderFields::first(group, "final-recipient"));
        if (address.isEmpty())
            address = stripTypePrefix(HeaderFields::first(group, "original-recipient"));
        if (address.isEmpty())
            continue;
        address = MailAddresses::first(address).isEmpty() ? address.toLower() : MailAddresses::first(address);
        const QString action = HeaderFields::first(group, "action").toLower().trimmed();
        if (action != QLatin1String("failed") && action != QLatin1String("delayed"))
            continue; // delivered, relayed and expanded recipients did not bounce
        QString diagnostic = stripTypePrefix(HeaderFields::first(group, "diagnostic-code"));
        QString remote = stripTypePrefix(HeaderFields::first(group, "remote-mta"));
        for (const BounceTextRecipient &r :
            diagnostic.isEmpty() ? noticeText().recipients : QList<BounceTextRecipient>()) {
            if (r.address == address) {
                if (diagnostic.isEmpty())
                    diagnostic = r.diagnostic;
                if (remote.isEmpty())
                    remote = r.remoteMta;
            }
        }
        recipients.append(
            recipientJson(address, action, HeaderFields::first(group, "status"), diagnostic, remote));
    }
    return recipients;
}

QString partText(const KMime::Content *part)
{
    if (!part)
        return {};
    // Mail servers often send 8-bit UTF-8 without declaring a charset (KMime then reads Latin-1
    // and "Empfänger" becomes "EmpfÃ¤nger"): undeclared or US-ASCII text that is valid UTF-8 is
    // read as UTF-8.
    auto *ct = const_cast<KMime::Content *>(part)->contentType(false);
    const QByteArray charset = ct ? ct->charset().toLower() : QByteArray();
    if (charset.isEmpty() || charset == "us-ascii") {
        const QByteArray bytes = part->decodedContent().left(2 * 1024 * 1024);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError())
            return text.left(512 * 1024);
    }
    return part->decodedText().left(512 * 1024);
}

} // namespace

AnalysisPolicy AnalysisPolicy::defaults()
{
    AnalysisPolicy policy;
    policy.roleAccounts
        = { QStringLiteral("postmaster"), QStringLiteral("abuse"), QStringLiteral("hostmaster"),
              QStringLiteral("privacy"), QStringLiteral("legal"), QStringLiteral("webmaster") };
    policy.customerHeaders = { QStringLiteral("X-Customer-ID"), QStringLiteral("X-Campaign-ID"),
        QStringLiteral("X-Job-ID"), QStringLiteral("X-Tenant-ID") };
    return policy;
}

MessageAnalyzer::MessageAnalyzer(AnalysisPolicy policy)
    : m_policy(std::move(policy))
{ }

QByteArray MessageAnalyzer::forKMime(const QByteArray &raw)
{
    // Most mail has neither CR nor NUL: one scan for each, and no copy.
    const bool hasCr = raw.contains('\r');
    if (!hasCr && !raw.contains('\0'))
        return raw;
    QByteArray lf = hasCr ? KMime::CRLFtoLF(raw) : raw;
    if (hasCr && lf.contains('\r'))
        lf.replace('\r', '\n'); // CR-only line ends
    // KMime 24.12 crashes on a header name with NUL bytes in it (found by fuzz_mbox, kept as
    // tests/data/fuzz-crashes/kmime-nul-in-content-type-name.mbox). NUL means nothing in mail
    // text, so the parsing copy gets spaces; the stored evidence keeps its bytes.
    if (lf.contains('\0'))
        lf.replace('\0', ' ');
    return lf;
}

KMime::Message::Ptr MessageAnalyzer::parseSafely(const QByteArray &raw, bool *tooDeep)
{
    const QByteArray lf = forKMime(raw);
    KMime::Message::Ptr message(new KMime::Message);
    const bool deep = nestingEstimate(lf) > MaxMimeNesting;
    if (tooDeep)
        *tooDeep = deep;
    if (deep) {
        const qsizetype headerEnd = lf.indexOf("\n\n");
        message->setHead(headerEnd >= 0 ? lf.left(headerEnd + 1) : lf);
    } else {
        message->setContent(lf);
    }
    message->parse();
    return message;
}

QString MessageAnalyzer::sha256Hex(const QByteArray &bytes)
{
    // OpenSSL's SHA-256 uses the CPU's SHA extensions: several times faster than QCryptographicHash,
    // which took a third of the time of classifying a 4 KB report.
    // The algorithm is fetched once: OpenSSL 3 looks it up again on every call given EVP_sha256().
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!sha256 || EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, sha256, nullptr) != 1)
        qFatal("SHA-256 is not available from OpenSSL");
    static constexpr char16_t Hex[] = u"0123456789abcdef";
    QString hex(int(length) * 2, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(hex.data());
    for (unsigned int i = 0; i < length; ++i) {
        *out++ = Hex[digest[i] >> 4];
        *out++ = Hex[digest[i] & 0xf];
    }
    return hex;
}

MessageAnalysis MessageAnalyzer::analyze(const MailUnit &unit) const
{
    MessageAnalysis result;
    result.sha256 = sha256Hex(unit.bytes);
    QStringList warnings;
    // KMime is used from several threads at once: see KMimeLock.
    const KMimeLock kmimeLock(unit.bytes);

    bool tooDeep = false;
    const KMime::Message::Ptr message = parseSafely(unit.bytes, &tooDeep);
    if (tooDeep)
        warnings.append(QStringLiteral("MIME structure nested more than %1 levels deep: body not analysed")
                .arg(MaxMimeNesting));

    result.fromAddress = MailAddresses::first(headerText(*message, "From"));
    result.subject = headerText(*message, "Subject");
    result.messageId = headerText(*message, "Message-ID");
    if (const auto *date = message->date(false); date && date->dateTime().isValid()) {
        result.sentAt = isoUtc(date->dateTime());
        result.identifiers.date = date->dateTime().toSecsSinceEpoch();
    }

    // The role account: where the report was delivered, most specific header first.
    // One pass over the headers (this runs for every message) rather than one per header name.
    static constexpr const char *RoleHeaders[]
        = { "Delivered-To", "X-Original-To", "Envelope-To", "To", "Cc" };
    int rolePriority = int(std::size(RoleHeaders));
    for (const auto *header : message->headers()) {
        int priority = 0;
        while (priority < rolePriority && qstricmp(header->type(), RoleHeaders[priority]) != 0)
            ++priority;
        if (priority >= rolePriority)
            continue;
        for (const QString &address : MailAddresses::all(header->asUnicodeString())) {
            if (matchesList(address, m_policy.roleAccounts)) {
                result.roleAccount = address;
                rolePriority = priority;
                break;
            }
        }
    }

    Parts parts;
    if (!tooDeep)
        collectParts(message.data(), parts, 0);
    // The human-readable text, decoded only when a decision needs it (reports and bounces with
    // a complete delivery-status part never do).
    std::optional<QString> textCache;
    auto text = [&]() -> const QString & {
        if (!textCache)
            textCache = parts.text ? partText(parts.text) : htmlToText(partText(parts.html));
        return *textCache;
    };
    // The notice text of a bounce is read when the report has no delivery-status part, or to fill
    // in what its delivery-status part leaves out; feedback reports are never bounces.
    std::optional<BounceTextReport> noticeCache;
    auto noticeText = [&]() -> const BounceTextReport & {
        if (!noticeCache)
            noticeCache = parts.feedback
                ? BounceTextReport()
                : BounceTextParser::parse(result.subject, result.fromAddress, text());
        return *noticeCache;
    };

    JsonObjectWriter facts;
    facts.insert(u"source"_s, unit.source());
    facts.insert(u"sha256"_s, result.sha256);

    // The original message, wherever the report carries it.
    JsonObjectWriter original;
    if (parts.rfc822) {
        if (const auto inner = const_cast<KMime::Content *>(parts.rfc822)->bodyAsMessage())
            original = OriginalMessage::facts(*inner, m_policy.customerHeaders, &result.identifiers.original);
    }
    if (original.isEmpty() && parts.rfc822Headers) {
        KMime::Message headersOnly;
        headersOnly.setHead(forKMime(parts.rfc822Headers->decodedContent()));
        headersOnly.parse();
        original
            = OriginalMessage::facts(headersOnly, m_policy.customerHeaders, &result.identifiers.original);
    }
    if (original.isEmpty()) {
        const QByteArray quoted = findQuotedHeaders(text());
        if (!quoted.isEmpty()) {
            KMime::Message headersOnly;
            headersOnly.setHead(forKMime(quoted));
            headersOnly.parse();
            original
                = OriginalMessage::facts(headersOnly, m_policy.customerHeaders, &result.identifiers.original);
        }
    }

    // Only asked once the message is neither a report nor a bounce.
    auto autoReplyHeaders = [&message] {
        const QString autoSubmitted = headerText(*message, "Auto-Submitted").toLower();
        return (!autoSubmitted.isEmpty() && autoSubmitted != QLatin1String("no"))
            || message->hasHeader("X-Autoreply") || message->hasHeader("X-Autorespond")
            || headerText(*message, "Precedence").compare(QLatin1String("auto_reply"), Qt::CaseInsensitive)
            == 0;
    };
    std::optional<QString> wholeTextCache;
    auto wholeText = [&]() -> const QString & {
        if (!wholeTextCache)
            wholeTextCache = result.subject + QLatin1Char('\n') + text();
        return *wholeTextCache;
    };

    QString kind;
    if (parts.feedback) {
        kind = QStringLiteral("feedback-report");
        facts.insert(u"feedback"_s, feedbackFacts(*parts.feedback, result.identifiers));
    } else if (parts.deliveryStatus) {
        kind = QStringLiteral("bounce");
        facts.insert(u"recipients"_s, dsnRecipients(*parts.deliveryStatus, noticeText));
    } else if (const BounceTextReport &bounceText = noticeText(); !bounceText.format.isEmpty()) {
        kind = QStringLiteral("bounce");
        JsonArrayWriter recipients;
        for (const BounceTextRecipient &r : bounceText.recipients)
            recipients.append(
                recipientJson(r.address, r.delayed ? QStringLiteral("delayed") : QStringLiteral("failed"),
                    QString(), r.diagnostic, r.remoteMta));
        facts.insert(u"recipients"_s, recipients);
        facts.insert(u"bounce_format"_s, bounceText.format);
    } else if (ComplaintLanguage::looksLikeFeedbackLoop(result.fromAddress, result.subject)
        && !original.isEmpty()) {
        // Feedback loops that forward the complained-about message without ARF.
        kind = QStringLiteral("feedback-report");
        JsonObjectWriter feedback;
        feedback.insert(u"type"_s, u"abuse"_s);
        feedback.insert(u"format"_s, u"non-arf"_s);
        facts.insert(u"feedback"_s, feedback);
    } else if (autoReplyHeaders() || ComplaintLanguage::isAutoReplySubject(result.subject)) {
        kind = QStringLiteral("auto-reply");
    } else if (ComplaintLanguage::isBlocklistNotice(result.fromAddress, result.subject, text())) {
        kind = QStringLiteral("blocklist-notice");
    } else if (!result.fromAddress.isEmpty() && matchesList(result.fromAddress, m_policy.trustedReporters)) {
        kind = QStringLiteral("escalated-complaint");
    } else if (isListTraffic(*message)) {
        // Posts on mailing lists the desk reads (Mailop, NANOG) and list mail in general: talk
        // about spam is not a complaint to the sender (their names are kept as mentions).
        kind = QStringLiteral("noise");
    } else if (ComplaintLanguage::asksToUnsubscribe(result.subject, text())) {
        kind = QStringLiteral("unsubscribe-request");
    } else if (!isAutomatedSender(result.fromAddress)
        && (ComplaintLanguage::soundsLikeComplaint(wholeText())
            || ComplaintLanguage::hasLegalTone(wholeText())
            || (!original.isEmpty() && !result.roleAccount.isEmpty()))) {
        kind = QStringLiteral("complaint");
    } else {
        kind = QStringLiteral("noise");
    }
    result.kind = kind;
    // Robots' reports quote other people's words; legal tone is judged on what people wrote.
    if (kind != QLatin1String("bounce") && kind != QLatin1String("feedback-report")
        && kind != QLatin1String("auto-reply"))
        result.legal = ComplaintLanguage::hasLegalTone(wholeText());

    facts.insert(u"kind"_s, kind);
    if (result.roleAccount.isEmpty())
        facts.insertNull(u"role_account"_s);
    else
        facts.insert(u"role_account"_s, result.roleAccount);
    facts.insert(u"legal"_s, result.legal);
    if (!result.fromAddress.isEmpty())
        facts.insert(u"from"_s, result.fromAddress);
    if (!result.subject.isEmpty())
        facts.insert(u"subject"_s, result.subject);
    if (!result.sentAt.isEmpty())
        facts.insert(u"date"_s, result.sentAt);
    if (!original.isEmpty())
        facts.insert(u"original"_s, original);
    // The domains and addresses people and notices name (attribution and mentions read them);
    // bounces and feedback reports are robots' mail whose original says more.
    if (kind != QLatin1String("bounce") && kind != QLatin1String("feedback-report")) {
        const NamedInText named = NamedInText::scan(wholeText());
        result.identifiers.namedDomains = named.domains;
        result.identifiers.namedIps = named.ips;
        if (!named.domains.isEmpty() || !named.ips.isEmpty()) {
            JsonObjectWriter namedFacts;
            if (!named.domains.isEmpty())
                namedFacts.insert(u"domains"_s, named.domains);
            if (!named.ips.isEmpty())
                namedFacts.insert(u"ips"_s, named.ips);
            facts.insert(u"named"_s, namedFacts);
        }
    }
    if (!warnings.isEmpty())
        facts.insert(u"warnings"_s, warnings);
    // Only what was decoded anyway: the search index must not slow the import down.
    if (textCache)
        result.searchText = textCache->left(MaxSearchTextChars);
    // Serialised here, on the classifying thread, not on the thread that writes to the database.
    result.factsJson = facts.toJson();
    return result;
}

QJsonObject MessageAnalysis::facts() const
{
    return QJsonDocument::fromJson(factsJson).object();
}

} // namespace abusedesk::mail
