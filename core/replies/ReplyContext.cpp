// SPDX-License-Identifier: GPL-2.0-or-later
#include "replies/ReplyContext.h"

#include "cases/CaseStore.h"
#include "cases/ComplaintChecklist.h"
#include "cases/EscalationLadder.h"
#include "delivery/ReceiverDirectory.h"
#include "reports/DashboardData.h"
#include "storage/Database.h"
#include "storage/EvidenceQueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace abusedesk::replies {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyContext)
};

struct Placeholder
{
    const char *path;
    const char *description;
};

constexpr Placeholder Placeholders[] = {
    { "desk.name", QT_TRANSLATE_NOOP("ReplyContext", "The abuse desk, as it signs") },
    { "desk.address",
        QT_TRANSLATE_NOOP("ReplyContext", "The desk's address (the role account the complaint reached)") },
    { "analyst.name", QT_TRANSLATE_NOOP("ReplyContext", "The analyst who writes") },
    { "today", QT_TRANSLATE_NOOP("ReplyContext", "Today's date") },
    { "deadline", QT_TRANSLATE_NOOP("ReplyContext", "The date the list owner must act by") },
    { "deadline_days", QT_TRANSLATE_NOOP("ReplyContext", "Days until the deadline") },
    { "redacted", QT_TRANSLATE_NOOP("ReplyContext", "True when the complainant's details are withheld") },
    { "customer.name", QT_TRANSLATE_NOOP("ReplyContext", "The customer (list owner)") },
    { "customer.reference", QT_TRANSLATE_NOOP("ReplyContext", "The customer's id in the sender's systems") },
    { "customer.status", QT_TRANSLATE_NOOP("ReplyContext", "Active, warned, suspended or terminated") },
    { "customer.ladder_step",
        QT_TRANSLATE_NOOP("ReplyContext", "Where the customer stands on the escalation ladder") },
    { "customer.next_step", QT_TRANSLATE_NOOP("ReplyContext", "The next ladder step (empty at the top)") },
    { "customer.moves_on", QT_TRANSLATE_NOOP("ReplyContext", "What moves the customer to the next step") },
    { "case.id", QT_TRANSLATE_NOOP("ReplyContext", "The case number") },
    { "case.reference", QT_TRANSLATE_NOOP("ReplyContext", "\"case 12\", for subjects") },
    { "case.title", QT_TRANSLATE_NOOP("ReplyContext", "The case's title") },
    { "case.category", QT_TRANSLATE_NOOP("ReplyContext", "The problem, in words") },
    { "case.severity", QT_TRANSLATE_NOOP("ReplyContext", "The severity, in words") },
    { "case.opened", QT_TRANSLATE_NOOP("ReplyContext", "When the case was opened") },
    { "period.from", QT_TRANSLATE_NOOP("ReplyContext", "First day of the figures' period") },
    { "period.until", QT_TRANSLATE_NOOP("ReplyContext", "Last day of the figures' period") },
    { "period.days", QT_TRANSLATE_NOOP("ReplyContext", "Days in the period") },
    { "figures.sent", QT_TRANSLATE_NOOP("ReplyContext", "Mail sent in the period (delivered or bounced)") },
    { "figures.delivered", QT_TRANSLATE_NOOP("ReplyContext", "Mail delivered in the period") },
    { "figures.complaints", QT_TRANSLATE_NOOP("ReplyContext", "Feedback-loop complaints in the period") },
    { "figures.complaint_rate",
        QT_TRANSLATE_NOOP("ReplyContext", "Complaints ÷ delivered, as a percentage") },
    { "figures.complaint_threshold", QT_TRANSLATE_NOOP("ReplyContext", "The policy's complaint-rate line") },
    { "figures.complaint_over",
        QT_TRANSLATE_NOOP("ReplyContext", "True when the complaint rate is above the line") },
    { "figures.hard_bounces", QT_TRANSLATE_NOOP("ReplyContext", "Hard bounces in the period") },
    { "figures.hard_bounce_rate", QT_TRANSLATE_NOOP("ReplyContext", "Hard bounces ÷ sent, as a percentage") },
    { "figures.hard_bounce_threshold", QT_TRANSLATE_NOOP("ReplyContext", "The policy's hard-bounce line") },
    { "figures.hard_bounce_over",
        QT_TRANSLATE_NOOP("ReplyContext", "True when the hard-bounce rate is above the line") },
    { "figures.spam_bounces", QT_TRANSLATE_NOOP("ReplyContext", "Bounces refused as spam in the period") },
    { "figures.opt_outs", QT_TRANSLATE_NOOP("ReplyContext", "Opt-outs in the period") },
    { "complainant.address",
        QT_TRANSLATE_NOOP("ReplyContext", "The recipient's address (withheld unless included)") },
    { "complainant.domain_type", QT_TRANSLATE_NOOP("ReplyContext", "Consumer mailbox or corporate domain") },
    { "complaint.known", QT_TRANSLATE_NOOP("ReplyContext", "True when the case has a written complaint") },
    { "complaint.received", QT_TRANSLATE_NOOP("ReplyContext", "When the complaint arrived") },
    { "complaint.subject", QT_TRANSLATE_NOOP("ReplyContext", "The complaint's subject") },
    { "complaint.excerpt",
        QT_TRANSLATE_NOOP("ReplyContext", "The complaint's words, quoted (details withheld)") },
    { "original.known",
        QT_TRANSLATE_NOOP("ReplyContext", "True when the complained-about message is known") },
    { "original.subject", QT_TRANSLATE_NOOP("ReplyContext", "Its subject") },
    { "original.sent", QT_TRANSLATE_NOOP("ReplyContext", "When it was sent") },
    { "original.campaign", QT_TRANSLATE_NOOP("ReplyContext", "Its campaign (empty when unknown)") },
    { "history.messages", QT_TRANSLATE_NOOP("ReplyContext", "Mail the recipient got from the customer") },
    { "history.first", QT_TRANSLATE_NOOP("ReplyContext", "The first of it") },
    { "history.last", QT_TRANSLATE_NOOP("ReplyContext", "The last of it") },
    { "history.campaigns", QT_TRANSLATE_NOOP("ReplyContext", "Its campaigns") },
    { "checklist.unsubscribe",
        QT_TRANSLATE_NOOP("ReplyContext", "Checklist: List-Unsubscribe in the original") },
    { "checklist.one_click",
        QT_TRANSLATE_NOOP("ReplyContext", "Checklist: one-click unsubscribe (RFC 8058)") },
    { "checklist.expectations",
        QT_TRANSLATE_NOOP("ReplyContext", "Checklist: more mail than signed up for") },
    { "checklist.volume",
        QT_TRANSLATE_NOOP("ReplyContext", "Checklist: mail to the recipient, span, campaigns") },
    { "checklist.earlier", QT_TRANSLATE_NOOP("ReplyContext", "Checklist: earlier opt-outs and complaints") },
    { "checklist.recipient_domain", QT_TRANSLATE_NOOP("ReplyContext", "Checklist: consumer or corporate") },
    { "checklist.opt_in", QT_TRANSLATE_NOOP("ReplyContext", "Checklist: the opt-in evidence found") },
    { "evidence", QT_TRANSLATE_NOOP("ReplyContext", "The case's reports (a list, newest last)") },
    { "evidence.*.received", QT_TRANSLATE_NOOP("ReplyContext", "A report: when it arrived") },
    { "evidence.*.kind", QT_TRANSLATE_NOOP("ReplyContext", "A report: what it is") },
    { "evidence.*.subject",
        QT_TRANSLATE_NOOP("ReplyContext", "A report: the subject of the mail it is about") },
    { "listings", QT_TRANSLATE_NOOP("ReplyContext", "The customer's blocklist listings (a list)") },
    { "listings.*.list", QT_TRANSLATE_NOOP("ReplyContext", "A listing: the blocklist") },
    { "listings.*.target", QT_TRANSLATE_NOOP("ReplyContext", "A listing: the address or domain listed") },
    { "listings.*.listed", QT_TRANSLATE_NOOP("ReplyContext", "A listing: since when") },
    { "listings.*.delisted",
        QT_TRANSLATE_NOOP("ReplyContext", "A listing: removed on (empty while listed)") },
};

// The language the values are written in, for the reply being built (forCase sets it).
thread_local QString replyLanguage = QStringLiteral("en");

QLocale replyLocale()
{
    return replyLanguage == u"en" ? QLocale(QLocale::English) : QLocale(replyLanguage);
}

QString dateText(const QDate &date)
{
    if (!date.isValid())
        return Tr::tr("(date not known)");
    // A date as a letter in that language writes it.
    if (replyLanguage == u"de")
        return replyLocale().toString(date, QStringLiteral("d. MMMM yyyy"));
    if (replyLanguage == u"es")
        return replyLocale().toString(date, QStringLiteral("d 'de' MMMM 'de' yyyy"));
    return replyLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString dateText(const QDateTime &when)
{
    return dateText(when.isValid() ? when.toUTC().date() : QDate());
}

QString count(qint64 n)
{
    return replyLocale().toString(n);
}

QString percent(double value, int decimals)
{
    return QStringLiteral("%1 %").arg(replyLocale().toString(value, 'f', decimals));
}

QString thresholdText(const QMap<QString, QByteArray> &policy, const QString &key, double *fraction)
{
    *fraction = QJsonDocument::fromJson("[" + policy.value(key) + "]").array().at(0).toDouble();
    return QStringLiteral("%1 %").arg(replyLocale().toString(*fraction * 100, 'g', 3));
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("feedback-report"))
        return Tr::tr("feedback-loop complaint");
    if (kind == QLatin1String("complaint"))
        return Tr::tr("written complaint");
    if (kind == QLatin1String("escalated-complaint"))
        return Tr::tr("escalated complaint");
    if (kind == QLatin1String("blocklist-notice"))
        return Tr::tr("blocklist notice");
    if (kind == QLatin1String("unsubscribe-request"))
        return Tr::tr("unsubscribe request");
    return kind;
}

// The quoted words of the complaint: the first lines of text, no more than a short paragraph.
QString excerpt(const QString &text)
{
    static const QRegularExpression pastedHeader(
        QStringLiteral(
            "^(From|To|Cc|Subject|Date|Sent|Reply-To|Return-Path|Received|Message-ID|List-[A-Za-z-]+|"
            "DKIM-Signature|MIME-Version|Content-[A-Za-z-]+|X-[A-Za-z0-9-]+):\\s"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList lines;
    qsizetype size = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (l.startsWith(QLatin1Char('>')) || l.startsWith(QLatin1String("-----"))
            || pastedHeader.match(l).hasMatch())
            break; // quoted mail, a forwarded message or pasted headers follow
        if (l.isEmpty() && (lines.isEmpty() || lines.constLast().isEmpty()))
            continue;
        lines.append(l);
        size += l.size();
        if (lines.size() >= 16 || size > 800)
            break;
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QString &l : lines)
        l = l.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + l;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

const QStringList &ReplyContext::placeholders()
{
    static const QStringList list = [] {
        QStringList l;
        for (const Placeholder &p : Placeholders)
            l.append(QString::fromLatin1(p.path));
        return l;
    }();
    return list;
}

QString ReplyContext::describe(const QString &path)
{
    for (const Placeholder &p : Placeholders)
        if (path == QLatin1String(p.path))
            return Tr::tr(p.description);
    return {};
}

QString ReplyContext::redact(const QString &text, const QStringList &names, const QStringList &addresses)
{
    static const QRegularExpression headerLine(
        QStringLiteral(
            R"(^[> ]*(Received|Message-ID|To|Cc|Return-Path|Delivered-To|X-Original-To|Envelope-To|)"
            R"(X-Envelope-To|DKIM-Signature|Authentication-Results|X-Originating-IP):.*$\n?)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression address(
        QStringLiteral(R"([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"));
    QString out = text;
    out.remove(headerLine);
    if (addresses.isEmpty()) {
        out.replace(address, Tr::tr("[address withheld]"));
    } else {
        for (const QString &a : addresses)
            if (!a.isEmpty())
                out.replace(a, Tr::tr("[address withheld]"), Qt::CaseInsensitive);
    }
    for (const QString &name : names) {
        if (name.trimmed().size() < 3)
            continue;
        out.replace(
            QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name.trimmed())),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption),
            Tr::tr("[name withheld]"));
    }
    return out;
}

std::optional<ReplyContext> ReplyContext::forCase(
    const storage::Database &database, qint64 caseId, const ReplyOptions &options, const common::Clock &clock)
{
    replyLanguage = options.language.isEmpty() ? QStringLiteral("en") : options.language;
    const cases::CaseStore store(database, clock);
    const std::optional<cases::CaseRecord> c = store.find(caseId);
    if (!c)
        return std::nullopt;
    ReplyContext context;
    context.m_caseId = caseId;
    QVariantHash &v = context.m_values;
    const QDate today = clock.now().toUTC().date();
    const bool redacted = !options.includeIdentifying;
    v.insert(QStringLiteral("redacted"), redacted);
    v.insert(QStringLiteral("today"), dateText(today));
    v.insert(QStringLiteral("deadline"), dateText(today.addDays(options.deadlineDays)));
    v.insert(QStringLiteral("deadline_days"), options.deadlineDays);
    v.insert(QStringLiteral("analyst"),
        QVariantHash { { QStringLiteral("name"),
            options.analyst.isEmpty() ? Tr::tr("The abuse desk") : options.analyst } });

    v.insert(QStringLiteral("case"),
        QVariantHash { { QStringLiteral("id"), caseId },
            { QStringLiteral("reference"), Tr::tr("case %1").arg(caseId) },
            { QStringLiteral("title"), c->title },
            { QStringLiteral("category"), cases::CaseStore::categoryLabel(c->category) },
            { QStringLiteral("severity"), cases::CaseStore::severityLabel(c->severity) },
            { QStringLiteral("opened"), dateText(c->openedAt) } });

    // The customer (the case's, else the one its complaint is attributed to), its contacts and its
    // place on the ladder.
    const cases::ComplaintChecklist checklist(database, caseId);
    qint64 customerId = c->customerId;
    if (customerId == 0 && checklist.complaint())
        customerId = checklist.complaint()->customerId;
    context.m_hasCustomer = customerId > 0;
    QVariantHash customer { { QStringLiteral("name"), Tr::tr("(no customer yet)") },
        { QStringLiteral("reference"), QString() }, { QStringLiteral("status"), QString() },
        { QStringLiteral("ladder_step"), QString() }, { QStringLiteral("next_step"), QString() },
        { QStringLiteral("moves_on"), QString() } };
    if (customerId > 0) {
        QSqlQuery q(database.connection());
        q.prepare(
            QStringLiteral("SELECT name, coalesce(external_id, ''), contacts FROM customers WHERE id = ?"));
        q.addBindValue(customerId);
        if (q.exec() && q.next()) {
            customer.insert(QStringLiteral("name"), q.value(0).toString());
            customer.insert(QStringLiteral("reference"), q.value(1).toString());
            for (const QJsonValue &contact : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
                context.m_addressing.listOwner.append(contact.toString());
        }
        const cases::LadderPosition position
            = cases::EscalationLadder(database, clock).positionOf(customerId);
        customer.insert(QStringLiteral("status"), position.status);
        customer.insert(QStringLiteral("ladder_step"), position.stepLabel);
        customer.insert(QStringLiteral("next_step"), position.nextLabel.toLower());
        customer.insert(QStringLiteral("moves_on"), position.movesOn);
    }
    v.insert(QStringLiteral("customer"), customer);

    // The figures: the 30 days up to the case's opening, or up to the customer's last day of mail
    // when that was earlier (a case about last month's mail reads last month's figures).
    QDate until = c->openedAt.isValid() ? c->openedAt.toUTC().date() : today;
    {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("SELECT max(day) FROM daily_aggregates WHERE customer_id = ?"));
        q.addBindValue(customerId);
        if (q.exec() && q.next() && !q.value(0).isNull())
            until = std::min(until, QDate::fromString(q.value(0).toString(), Qt::ISODate));
    }
    const QDate from = until.addDays(-29);
    v.insert(QStringLiteral("period"),
        QVariantHash { { QStringLiteral("from"), dateText(from) },
            { QStringLiteral("until"), dateText(until) }, { QStringLiteral("days"), 30 } });
    reports::DashboardRequest request;
    request.customerId = customerId;
    request.from = from;
    request.until = until;
    const reports::DashboardData data
        = customerId > 0 ? reports::DashboardData::compute(database, request) : reports::DashboardData();
    const reports::DashboardBucket &t = data.totals;
    const QMap<QString, QByteArray> policy = database.policy();
    double complaintLine = 0;
    double hardLine = 0;
    const QString complaintThreshold
        = thresholdText(policy, QStringLiteral("complaint_rate_threshold"), &complaintLine);
    const QString hardThreshold
        = thresholdText(policy, QStringLiteral("hard_bounce_rate_threshold"), &hardLine);
    const double complaintRate = t.complaintRatePercent();
    const double hardRate = t.hardBounceRatePercent();
    v.insert(QStringLiteral("figures"),
        QVariantHash { { QStringLiteral("sent"), count(t.sent) },
            { QStringLiteral("delivered"), count(t.delivered) },
            { QStringLiteral("complaints"), count(t.complaints) },
            { QStringLiteral("complaint_rate"),
                t.delivered ? percent(complaintRate, 2) : Tr::tr("not measured (no mail delivered)") },
            { QStringLiteral("complaint_threshold"), complaintThreshold },
            { QStringLiteral("complaint_over"), t.delivered > 0 && complaintRate > complaintLine * 100 },
            { QStringLiteral("hard_bounces"), count(t.hard) },
            { QStringLiteral("hard_bounce_rate"),
                t.sent ? percent(hardRate, 1) : Tr::tr("not measured (no mail sent)") },
            { QStringLiteral("hard_bounce_threshold"), hardThreshold },
            { QStringLiteral("hard_bounce_over"), t.sent > 0 && hardRate > hardLine * 100 },
            { QStringLiteral("spam_bounces"), count(t.spam) },
            { QStringLiteral("opt_outs"), count(t.optOuts) } });

    // The complaint, the original and the recipient's history: the direct-abuse checklist's.
    QStringList names; // what identifies the complainant in text
    QVariantHash complaint { { QStringLiteral("known"), false },
        { QStringLiteral("received"), Tr::tr("(no complaint)") },
        { QStringLiteral("subject"), Tr::tr("(no subject)") }, { QStringLiteral("excerpt"), QString() } };
    QVariantHash original { { QStringLiteral("known"), false },
        { QStringLiteral("subject"), Tr::tr("(not known)") },
        { QStringLiteral("sent"), Tr::tr("(date not known)") }, { QStringLiteral("campaign"), QString() } };
    QVariantHash complainant { { QStringLiteral("address"), Tr::tr("(no complainant)") },
        { QStringLiteral("domain_type"), Tr::tr("not known") } };
    QString roleAccount;
    if (const auto &cc = checklist.complaint()) {
        context.m_addressing.complainant = cc->writer;
        context.m_addressing.complainantName = cc->writerName;
        context.m_addressing.inReplyTo = cc->messageId;
        context.m_addressing.references = cc->references;
        if (!cc->messageId.isEmpty() && !context.m_addressing.references.contains(cc->messageId))
            context.m_addressing.references.append(cc->messageId);
        names = cc->writerName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!cc->writerName.isEmpty())
            names.prepend(cc->writerName);
        const QString who = cc->recipient.isEmpty() ? cc->writer : cc->recipient;
        complainant.insert(QStringLiteral("address"), redacted ? Tr::tr("[address withheld]") : who);
        auto filled
            = [redacted, &names](const QString &text) { return redacted ? redact(text, names) : text; };
        complaint.insert(QStringLiteral("known"), true);
        complaint.insert(QStringLiteral("received"), dateText(cc->received));
        if (!cc->subject.trimmed().isEmpty())
            complaint.insert(QStringLiteral("subject"), filled(cc->subject));
        complaint.insert(QStringLiteral("excerpt"), excerpt(filled(cc->text)));
        if (!cc->original.isEmpty()) {
            original.insert(QStringLiteral("known"), true);
            const QString subject = cc->original.value(QStringLiteral("subject")).toString();
            if (!subject.isEmpty())
                original.insert(QStringLiteral("subject"), filled(subject));
            const QDateTime sent
                = QDateTime::fromString(cc->original.value(QStringLiteral("date")).toString(), Qt::ISODate);
            if (sent.isValid())
                original.insert(QStringLiteral("sent"), dateText(sent));
            const QJsonObject headers = cc->original.value(QStringLiteral("headers")).toObject();
            original.insert(
                QStringLiteral("campaign"), headers.value(QStringLiteral("X-Campaign-ID")).toString());
        }
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("SELECT role_account FROM evidence WHERE id = ?"));
        q.addBindValue(cc->evidenceId);
        if (q.exec() && q.next())
            roleAccount = q.value(0).toString();
    }
    // The answers name the list owner's own addresses (an unsubscribe mailto:): only the
    // complainant's are withheld.
    QStringList complainantAddresses;
    if (const auto &cc = checklist.complaint())
        complainantAddresses = { cc->writer, cc->recipient };
    QVariantHash answers;
    for (const cases::ChecklistItem &item : checklist.items()) {
        QString key = item.key;
        key.replace(QLatin1Char('-'), QLatin1Char('_'));
        QString answer = item.answer.isEmpty() ? Tr::tr("not answered yet") : item.answer;
        answers.insert(key, redacted ? redact(answer, names, complainantAddresses) : answer);
    }
    v.insert(QStringLiteral("checklist"), answers);
    if (const auto &cc = checklist.complaint(); cc && !cc->recipient.isEmpty()) {
        const delivery::Receiver receiver = delivery::ReceiverDirectory(database).receiverOf(
            delivery::ReceiverDirectory::domainOf(cc->recipient));
        complainant.insert(QStringLiteral("domain_type"),
            receiver.consumer ? Tr::tr("a consumer mailbox (%1)").arg(receiver.name)
                              : Tr::tr("a company or other domain"));
    }
    v.insert(QStringLiteral("complainant"), complainant);
    v.insert(QStringLiteral("complaint"), complaint);
    v.insert(QStringLiteral("original"), original);

    // The recipient's history with the customer (from the deliveries, as the checklist counted).
    QVariantHash history { { QStringLiteral("messages"), 0 },
        { QStringLiteral("first"), Tr::tr("(no mail found)") },
        { QStringLiteral("last"), Tr::tr("(no mail found)") },
        { QStringLiteral("campaigns"), Tr::tr("no campaign named") } };
    if (const auto &cc = checklist.complaint(); cc && !cc->recipient.isEmpty()) {
        QSqlQuery q(database.connection());
        q.prepare(
            QStringLiteral("SELECT count(*), min(time), max(time), group_concat(DISTINCT campaign) FROM "
                           "deliveries WHERE recipient = ? AND result != 'deferred'%1")
                .arg(customerId > 0 ? QStringLiteral(" AND customer_id = ?") : QString()));
        q.addBindValue(cc->recipient);
        if (customerId > 0)
            q.addBindValue(customerId);
        if (q.exec() && q.next() && q.value(0).toLongLong() > 0) {
            history.insert(QStringLiteral("messages"), q.value(0).toInt());
            history.insert(QStringLiteral("first"),
                dateText(QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::UTC)));
            history.insert(QStringLiteral("last"),
                dateText(QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::UTC)));
            if (!q.value(3).toString().isEmpty())
                history.insert(QStringLiteral("campaigns"),
                    Tr::tr("campaigns %1")
                        .arg(q.value(3).toString().split(QLatin1Char(',')).join(QStringLiteral(", "))));
        }
    }
    v.insert(QStringLiteral("history"), history);

    // The case's reports, oldest first (at most 10), with the subject of the mail they are about.
    QVariantList evidence;
    const storage::EvidenceQueries queries(database);
    const QList<qint64> ids = store.evidenceOf(caseId);
    for (const qint64 id : ids) {
        if (evidence.size() >= 10)
            break;
        const storage::EvidenceItem item = queries.item(id);
        const QJsonObject facts = QJsonDocument::fromJson(item.factsJson).object();
        QString subject
            = facts.value(QStringLiteral("original")).toObject().value(QStringLiteral("subject")).toString();
        if (subject.isEmpty())
            subject = item.row.subject;
        if (roleAccount.isEmpty())
            roleAccount = item.row.roleAccount;
        evidence.append(QVariantHash {
            { QStringLiteral("received"),
                dateText(QDateTime::fromString(
                    item.row.sentAt.isEmpty() ? item.row.importedAt : item.row.sentAt, Qt::ISODate)) },
            { QStringLiteral("kind"), kindLabel(item.row.kind) },
            { QStringLiteral("subject"),
                subject.isEmpty() ? Tr::tr("(no subject)")
                                  : (redacted ? redact(subject, names) : subject) } });
    }
    v.insert(QStringLiteral("evidence"), evidence);

    // The customer's blocklist listings: of the addresses and domains that identify it.
    QVariantList listings;
    if (customerId > 0) {
        QSqlQuery q(database.connection());
        q.prepare(
            QStringLiteral("SELECT list, target, listed, delisted FROM blocklist_listings WHERE target IN "
                           "(SELECT value FROM customer_identifiers WHERE customer_id = ?) ORDER BY listed"));
        q.addBindValue(customerId);
        if (q.exec())
            while (q.next())
                listings.append(QVariantHash { { QStringLiteral("list"), q.value(0).toString() },
                    { QStringLiteral("target"), q.value(1).toString() },
                    { QStringLiteral("listed"),
                        dateText(QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::UTC)) },
                    { QStringLiteral("delisted"),
                        q.value(3).isNull() ? QString()
                                            : dateText(QDateTime::fromSecsSinceEpoch(
                                                  q.value(3).toLongLong(), QTimeZone::UTC)) } });
    }
    v.insert(QStringLiteral("listings"), listings);

    // The desk writes from the role account the complaint (or the case's first report) reached.
    context.m_addressing.from = roleAccount;
    context.m_addressing.fromName = Tr::tr("Abuse Desk");
    v.insert(QStringLiteral("desk"),
        QVariantHash { { QStringLiteral("name"), context.m_addressing.fromName },
            { QStringLiteral("address"),
                roleAccount.isEmpty() ? Tr::tr("(no desk address)") : roleAccount } });
    return context;
}

} // namespace abusedesk::replies
