// SPDX-License-Identifier: GPL-2.0-or-later
#include "replies/ReplyComposer.h"

#include "cases/CaseStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace abusedesk::replies {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyComposer)
};

} // namespace

ReplyComposer::ReplyComposer(const storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

const ReplyRenderer &ReplyComposer::renderer()
{
    // Never destroyed: KTextTemplate's engine unloads its plugins when it goes, which must not
    // happen in static destruction after the application object is gone.
    static const ReplyRenderer *r = new ReplyRenderer(ReplyContext::placeholders());
    return *r;
}

ComposedReply ReplyComposer::compose(qint64 caseId, const ReplyTemplate &t, const ReplyOptions &options) const
{
    ComposedReply reply;
    reply.source = t;
    // The values in the template's language (warning-de: German dates and numbers).
    ReplyOptions localized = options;
    if (localized.language.isEmpty())
        localized.language = ReplyTemplate::languageOf(t.name);
    const std::optional<ReplyContext> context = ReplyContext::forCase(m_database, caseId, localized, m_clock);
    if (!context) {
        reply.errors.append(Tr::tr("there is no case %1").arg(caseId));
        return reply;
    }
    const RenderedReply rendered = renderer().render(t, context->values());
    if (!rendered.ok()) {
        reply.errors = rendered.errors;
        return reply;
    }
    const ReplyAddressing &a = context->addressing();
    ReplyDraft &d = reply.draft;
    d.from = a.from;
    d.fromName = a.fromName;
    d.subject = rendered.subject;
    d.body = rendered.body;
    d.date = m_clock.now();
    if (t.isForComplainant()) {
        if (a.complainant.isEmpty()) {
            reply.errors.append(
                Tr::tr("the case has no complaint to answer: “%1” is written to a complainant").arg(t.title));
            return reply;
        }
        d.to = { a.complainant };
        d.inReplyTo = a.inReplyTo;
        d.references = a.references;
    } else {
        if (!context->hasCustomer()) {
            reply.errors.append(Tr::tr(
                "the case has no customer yet: “%1” is written to a list owner (attribute the case first)")
                    .arg(t.title));
            return reply;
        }
        d.to = a.listOwner;
    }
    return reply;
}

bool ReplyComposer::record(cases::CaseStore &store, qint64 caseId, const QString &author,
    const ComposedReply &reply, const QString &via, const QString &messageId)
{
    const ReplyDraft &d = reply.draft;
    const QString to = reply.source.isForComplainant() ? Tr::tr("the complainant") : Tr::tr("the list owner");
    QJsonObject data { { QStringLiteral("template"), reply.source.name },
        { QStringLiteral("audience"), reply.source.audience }, { QStringLiteral("subject"), d.subject },
        { QStringLiteral("to"), QJsonArray::fromStringList(d.to) }, { QStringLiteral("body"), d.body },
        { QStringLiteral("via"), via } };
    if (!messageId.isEmpty())
        data.insert(QStringLiteral("message_id"), messageId);
    if (!d.inReplyTo.isEmpty())
        data.insert(QStringLiteral("in_reply_to"), d.inReplyTo);
    return store.addCommunication(caseId, author, QStringLiteral("out"),
        Tr::tr("Reply to %1: “%2” (%3)").arg(to, d.subject, reply.source.name), data);
}

} // namespace abusedesk::replies
