// SPDX-License-Identifier: GPL-2.0-or-later
// The words that tell what a person (or a robot) meant, in the languages AbuseDesk ships
// (English, German, French, Spanish): legal tone, complaints, unsubscribe requests, automatic
// replies, blocklist notices and non-ARF feedback-loop mail.
#pragma once

#include <QString>

namespace abusedesk::mail {

class ComplaintLanguage
{
public:
    /// Lawyers, courts, legal action, GDPR and data-protection demands.
    [[nodiscard]] static bool hasLegalTone(const QString &text);
    /// "spam", "unsolicited", "never signed up", "stop sending" …
    [[nodiscard]] static bool soundsLikeComplaint(const QString &text);
    /// "unsubscribe", "remove me", "abmelden", "désabonner", "darme de baja" …
    [[nodiscard]] static bool asksToUnsubscribe(const QString &subject, const QString &text);
    /// "Out of office", "Automatic reply", "Abwesenheitsnotiz", "Réponse automatique" …
    [[nodiscard]] static bool isAutoReplySubject(const QString &subject);
    /// A notice from a blocklist operator about a listing.
    [[nodiscard]] static bool isBlocklistNotice(
        const QString &fromAddress, const QString &subject, const QString &text);
    /// Sender or subject of a feedback loop that does not use ARF.
    [[nodiscard]] static bool looksLikeFeedbackLoop(const QString &fromAddress, const QString &subject);
};

} // namespace abusedesk::mail
