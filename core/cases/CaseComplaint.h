// SPDX-License-Identifier: GPL-2.0-or-later
// The complaint a direct-abuse case is about (M3AAWG §IV.D.1): the oldest complaint written by a
// person, or escalated by a trusted reporter, among the case's evidence — who wrote it, about
// which recipient, the original message's facts, and what a reply to it needs (Message-ID,
// References, an excerpt of the text), read from the stored bytes with KMime.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::cases {

struct CaseComplaint
{
    qint64 evidenceId = 0;
    QString kind; ///< "complaint" or "escalated-complaint"
    qint64 customerId = 0; ///< the customer the complaint is attributed to (0: none)
    QString writer; ///< who wrote to the desk (From), lower-case
    QString writerName; ///< their display name, when the From header has one
    /// The address the complained-about mail went to: the writer for a person's own complaint,
    /// the attached original's To for an escalated one; empty when the evidence does not say.
    QString recipient;
    QDateTime received; ///< the complaint's Date (UTC), else when it was imported
    QString subject; ///< the complaint's own subject
    QString messageId; ///< without angle brackets
    QStringList references; ///< the complaint's References, without angle brackets, oldest first
    QString text; ///< the complaint's words (first text part, decoded), trimmed
    QJsonObject original; ///< the "original" facts (design.md §3), empty when none was found

    /// The oldest complaint or escalated complaint linked to the case, if any.
    [[nodiscard]] static std::optional<CaseComplaint> of(const storage::Database &database, qint64 caseId);
    /// The complaint stored as this evidence item (any kind), read the same way.
    [[nodiscard]] static std::optional<CaseComplaint> read(
        const storage::Database &database, qint64 evidenceId);
};

} // namespace abusedesk::cases
