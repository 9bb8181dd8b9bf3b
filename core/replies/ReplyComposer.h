// SPDX-License-Identifier: GPL-2.0-or-later
// Writes a reply for a case (design.md §4.7): the template rendered with the case's placeholders,
// addressed to the complainant (answering their message) or to the list owner's contacts, as a
// KMime draft; and the reply kept in the case timeline as an outgoing communication. The
// desktop program and `abusedesk-cli reply` both go through here, so they write the same draft.
#pragma once

#include "common/Clock.h"
#include "replies/ReplyContext.h"
#include "replies/ReplyDraft.h"
#include "replies/ReplyRenderer.h"
#include "replies/ReplyTemplate.h"

namespace abusedesk::cases {
class CaseStore;
}

namespace abusedesk::replies {

struct ComposedReply
{
    ReplyTemplate source;
    ReplyDraft draft; ///< filled when errors is empty
    QStringList errors; ///< why there is no draft: unknown case, template errors

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
};

class ReplyComposer
{
public:
    explicit ReplyComposer(
        const storage::Database &database, const common::Clock &clock = common::Clock::system());

    [[nodiscard]] ComposedReply compose(
        qint64 caseId, const ReplyTemplate &t, const ReplyOptions &options) const;

    /// Keeps the reply in the case timeline. via: how it left ("eml", "clipboard", "mail-client");
    /// messageId: the draft's, when an .eml was written.
    [[nodiscard]] static bool record(cases::CaseStore &store, qint64 caseId, const QString &author,
        const ComposedReply &reply, const QString &via, const QString &messageId = {});

    /// The renderer with the case placeholders (ReplyContext::placeholders()).
    [[nodiscard]] static const ReplyRenderer &renderer();

private:
    const storage::Database &m_database;
    const common::Clock &m_clock;
};

} // namespace abusedesk::replies
