// SPDX-License-Identifier: GPL-2.0-or-later
// The triage queue (design.md §4.2, M3AAWG §IV.D.2): everything that needs a human, in the
// policy's order (escalated complaints, complaints written by people, feedback-report clusters,
// automatic findings, then notices), oldest first within each group, with the acknowledgement
// clock of reports that need an answer. Facets and free-text search (FTS5) narrow it; feedback
// reports are not triaged one by one but grouped per customer, receiver and campaign.
#pragma once

#include "common/Clock.h"
#include "findings/Findings.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::triage {

struct TriageFilter
{
    QString kind; ///< a message kind, "feedback-cluster" or "finding"; empty: all
    qint64 customerId = -1; ///< -1: any; 0: unattributed
    QString roleAccount;
    QString reporter; ///< the From address of the report
    QString receiver; ///< the mailbox provider (domain) it is about
    QDate from; ///< received on or after (UTC day); invalid: no bound
    QDate until; ///< received on or before
    QString text; ///< free text over subject, sender and text: words, "phrases", prefix*
    bool legalOnly = false;
    bool includeHandled = false; ///< acknowledged, noise and in-case items too
};

struct TriageItem
{
    enum class Type { Message, Cluster, Finding };
    Type type = Type::Message;
    QString group; ///< the triage_order entry it sorts under ("complaint", "feedback-cluster" …)
    int priority = 0; ///< the group's place in the order (0 first)
    qint64 evidenceId = 0; ///< a message; for a cluster, its newest report
    QString kind;
    bool legal = false;
    QDateTime receivedAt; ///< the report's date; a cluster's oldest report
    bool needsAnswer = false; ///< complaints written by people: the acknowledgement clock runs
    QDateTime deadline;
    qint64 secondsLeft = 0; ///< at the queue's clock; negative: overdue
    qint64 customerId = 0;
    QString customerName;
    QString roleAccount;
    QString reporter;
    QString receiver;
    QString campaign;
    QString subject;
    QString state; ///< empty (waiting), acknowledged, noise, in-case
    qint64 count = 1; ///< reports in a cluster
    qint64 delivered = 0; ///< a cluster's mail delivered to that receiver over its span
    double ratePercent = -1; ///< a cluster's complaints of delivered, -1 unknown
    QString findingKey;
    QString summary; ///< a finding's or cluster's numbers in words
    QList<qint64>
        evidenceIds; ///< a message's id, a finding's messages; empty for a cluster (TriageQueue::evidenceOf)
};

struct FacetValue
{
    QString value; ///< what TriageFilter takes (a customer id as text for "customer")
    QString label; ///< what the analyst reads
    qint64 count = 0;
};

class TriageQueue
{
public:
    explicit TriageQueue(
        const storage::Database &database, const common::Clock &clock = common::Clock::system());

    /// The message kinds that wait in triage (the others are counted, never queued one by one).
    [[nodiscard]] static const QStringList &queuedKinds();

    /// The queue under a filter, in the policy's order. findings are the current automatic
    /// findings (FindingsEngine); those with an open case or set aside are left out.
    [[nodiscard]] QList<TriageItem> items(
        const TriageFilter &filter, const QList<findings::Finding> &findings = {}, int limit = 5000) const;
    /// The values of one facet ("kind", "customer", "role_account", "reporter", "receiver") under
    /// the rest of the filter, most frequent first.
    [[nodiscard]] QList<FacetValue> facet(
        const QString &name, const TriageFilter &filter, int limit = 200) const;
    /// All five facets at once (one pass over the queue), by name: what the view shows when the
    /// filter changes. Each facet counts under the rest of the filter.
    [[nodiscard]] QHash<QString, QList<FacetValue>> facets(const TriageFilter &filter, int limit = 200) const;
    /// What a bulk action on an item acts on: a message itself, a finding's messages, or every
    /// report of a cluster under the filter it was listed with (read when asked: a cluster may
    /// hold a hundred thousand reports).
    [[nodiscard]] QList<qint64> evidenceOf(const TriageItem &item, const TriageFilter &filter) const;
    /// Feedback reports waiting, grouped per customer, receiver and campaign.
    [[nodiscard]] QList<TriageItem> clusters(const TriageFilter &filter) const;
    /// The order of the groups (policy triage_order).
    [[nodiscard]] QStringList order() const;
    /// Sets a finding aside (it is not proposed again); undone by restoreFinding.
    [[nodiscard]] bool dismissFinding(const QString &key, const QString &author, const QString &reason);
    [[nodiscard]] bool restoreFinding(const QString &key);

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    const storage::Database &m_database;
    const common::Clock &m_clock;
    mutable QString m_lastError;
};

} // namespace abusedesk::triage
