// SPDX-License-Identifier: GPL-2.0-or-later
// The placeholders a reply template is filled with, from one case (design.md §4.7): the customer
// and its ladder step, the period and its rates against the policy's lines, the complaint, the
// original message and the recipient's history (the direct-abuse checklist), evidence excerpts,
// blocklist listings, a deadline. The complainant's address and identifying headers are
// redacted unless the analyst asks to include them.
#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantHash>
#include <optional>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::replies {

struct ReplyOptions
{
    QString analyst; ///< who signs the reply
    bool includeIdentifying = false; ///< the complainant's address, name and identifying headers
    int deadlineDays = 7; ///< the list owner's deadline, from today
    /// The reply's language: dates and numbers are written its way ("2. Oktober 2026", "1.234").
    /// Empty: the template's (ReplyComposer), else English.
    QString language;
};

struct ReplyAddressing
{
    QString from; ///< the desk's address (the role account the complaint reached)
    QString fromName;
    QStringList listOwner; ///< the customer's contacts
    QString complainant; ///< the complainant's address (always real: the reply goes to them)
    QString complainantName;
    QString inReplyTo; ///< the complaint's Message-ID, without brackets
    QStringList references; ///< its References, then its Message-ID
};

class ReplyContext
{
public:
    /// Reads the case; an unknown case gives nothing.
    [[nodiscard]] static std::optional<ReplyContext> forCase(const storage::Database &database, qint64 caseId,
        const ReplyOptions &options, const common::Clock &clock = common::Clock::system());

    /// Every placeholder path the values hold ("customer.name", "evidence.*.subject"), for the
    /// renderer's check and the editor's list.
    [[nodiscard]] static const QStringList &placeholders();
    /// What a placeholder holds, in words (for the editor).
    [[nodiscard]] static QString describe(const QString &path);

    [[nodiscard]] const QVariantHash &values() const { return m_values; }
    [[nodiscard]] const ReplyAddressing &addressing() const { return m_addressing; }
    [[nodiscard]] qint64 caseId() const { return m_caseId; }
    /// Whether the case (or its complaint) names a customer: a list owner's reply needs one.
    [[nodiscard]] bool hasCustomer() const { return m_hasCustomer; }

    /// Replaces in text the given names, identifying header lines, and e-mail addresses: all of
    /// them, or (when addresses is not empty) only those.
    [[nodiscard]] static QString redact(
        const QString &text, const QStringList &names, const QStringList &addresses = {});

private:
    qint64 m_caseId = 0;
    bool m_hasCustomer = false;
    QVariantHash m_values;
    ReplyAddressing m_addressing;
};

} // namespace abusedesk::replies
