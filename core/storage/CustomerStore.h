// SPDX-License-Identifier: GPL-2.0-or-later
// The customers, their identifiers and the attribution rules in the case database, and the
// headline figures the Customers view shows.
#pragma once

#include "attribution/CustomerRecord.h"

#include <QDate>

namespace abusedesk::storage {

class Database;

struct CustomerFigures
{
    qint64 customerId = 0;
    qint64 complaints = 0; ///< feedback reports, complaints and escalated complaints attributed
    qint64 delivered = 0;
    qint64 sent = 0; ///< delivered + bounced
    qint64 hard = 0;
    qint64 fblComplaints = 0; ///< feedback reports of type abuse (complaint rate = these / delivered)

    [[nodiscard]] double complaintRatePercent() const
    {
        return delivered ? 100.0 * fblComplaints / delivered : 0;
    }
    [[nodiscard]] double hardBounceRatePercent() const { return sent ? 100.0 * hard / sent : 0; }
};

class CustomerStore
{
public:
    explicit CustomerStore(const Database &database);

    /// Customers, identifiers, rules and the policy's own domains, as attribution reads them.
    [[nodiscard]] attribution::Directory directory() const;

    [[nodiscard]] QList<attribution::CustomerRecord> customers() const; ///< by name
    [[nodiscard]] std::optional<attribution::CustomerRecord> customer(qint64 id) const;
    /// Inserts (id 0: by external id when one is stored, else new) or updates a customer and
    /// replaces its identifiers. Call inside a Transaction for several. False (lastError) when refused.
    [[nodiscard]] bool save(attribution::CustomerRecord &customer);
    [[nodiscard]] bool remove(qint64 id);

    [[nodiscard]] QList<attribution::Rule> rules() const; ///< in position order
    /// Replaces all rules (positions renumbered in list order). False (lastError) when a rule
    /// has a problem or the database refused.
    [[nodiscard]] bool saveRules(const QList<attribution::Rule> &rules);

    /// Headline figures of every customer over the days [from, until] (UTC), by customer id.
    [[nodiscard]] QHash<qint64, CustomerFigures> figures(QDate from, QDate until) const;
    /// The last UTC day with any evidence or delivery data; invalid when there is none.
    [[nodiscard]] QDate lastDataDay() const;

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    const Database &m_database;
    mutable QString m_lastError;
};

} // namespace abusedesk::storage
