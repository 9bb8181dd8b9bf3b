// SPDX-License-Identifier: GPL-2.0-or-later
// The direct-abuse checklist (M3AAWG §IV.D.1, design.md §4.6) for a case about a complaint: the
// questions the data can answer — unsubscribe headers in the original and one-click per RFC 8058,
// how much mail the recipient got from the customer over what span and from which campaigns,
// earlier opt-outs and complaints by the same address, consumer or corporate recipient — and
// the ones only the analyst can (verifiable opt-in evidence, more mail than signed up for).
// Every answer recorded lands in the case timeline as a checklist entry.
#pragma once

#include "cases/CaseComplaint.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::cases {

class CaseStore;

struct ChecklistItem
{
    enum class Source { Data, Analyst };
    QString key; ///< "unsubscribe", "one-click", "volume", "earlier", "recipient-domain", "opt-in",
                 ///< "expectations"
    QString question; ///< in words
    Source source = Source::Data; ///< who answers it
    QString answer; ///< from the data (always, for Data items) or as recorded; empty: not answered yet
    bool concern = false; ///< the answer points at a problem of the list owner's
    QString recorded; ///< the answer last written to the timeline, empty when none was
    QDateTime recordedAt; ///< when (UTC)
};

/// What the analyst found about the recipient's opt-in (§IV.D.1 "verifiable opt-in process").
struct OptInEvidence
{
    QString source; ///< the form, shop checkout, event … where the address was collected
    QString date;
    QString ip;
    QString confirmation; ///< how the address was confirmed (double opt-in mail clicked …)

    [[nodiscard]] bool isEmpty() const
    {
        return source.isEmpty() && date.isEmpty() && ip.isEmpty() && confirmation.isEmpty();
    }
    /// One line for the timeline: "source: …; date: …; IP: …; confirmation: …".
    [[nodiscard]] QString answer() const;
};

class ComplaintChecklist
{
public:
    /// Reads the case's complaint and the recipient's history; cheap enough for the GUI thread
    /// (index range scans of deliveries, opt-outs and the customer's messages).
    ComplaintChecklist(const storage::Database &database, qint64 caseId);

    /// Whether the case has a complaint (or escalated complaint) to ask the questions about.
    [[nodiscard]] bool applies() const { return m_complaint.has_value(); }
    [[nodiscard]] const std::optional<CaseComplaint> &complaint() const { return m_complaint; }
    /// The questions in the order of §IV.D.1, answered from the data where it can.
    [[nodiscard]] const QList<ChecklistItem> &items() const { return m_items; }
    [[nodiscard]] const ChecklistItem *item(const QString &key) const;

    /// The question keys the analyst answers.
    [[nodiscard]] static QStringList analystKeys();

    /// Writes the data's answers that the timeline does not hold yet (or that changed) as
    /// checklist entries; returns how many were written, -1 on failure (store.lastError()).
    [[nodiscard]] int recordDataAnswers(CaseStore &store, const QString &author);
    /// Writes the analyst's answer to one question (an empty answer is refused).
    [[nodiscard]] bool recordAnswer(
        CaseStore &store, const QString &author, const QString &key, const QString &answer);

private:
    void answerFromData(const storage::Database &database, qint64 customerId);
    void readRecorded(const storage::Database &database);
    ChecklistItem &itemRef(const QString &key);

    qint64 m_caseId = 0;
    std::optional<CaseComplaint> m_complaint;
    QList<ChecklistItem> m_items;
};

} // namespace abusedesk::cases
