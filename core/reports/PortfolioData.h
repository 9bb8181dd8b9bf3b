// SPDX-License-Identifier: GPL-2.0-or-later
// Every customer's figures over one period (design.md §4.4 "portfolio", §4.8, issue 7): who is
// above the policy lines, whose complaint rate is rising, who costs more than they bring. The same
// counts as the dashboard's (DashboardBucket), per customer and bucket, read in one pass over the
// period's daily aggregates, feedback reports, cases and time entries — not one dashboard per
// customer, so that 500 customers over a year take well under a second.
#pragma once

#include "reports/DashboardData.h"

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::reports {

struct PortfolioRequest
{
    QDate from;
    QDate until;
    Granularity granularity = Granularity::Month;
};

/// One customer's row of the portfolio.
struct PortfolioCustomer
{
    qint64 customerId = 0;
    QString externalId;
    QString name;
    QString status; ///< active | warned | suspended | terminated
    int ladderStep = 0;
    QString currency;
    bool revenueKnown = false;
    QList<DashboardBucket> buckets; ///< in the order of PortfolioData::buckets
    DashboardBucket totals; ///< the whole period
    DashboardBucket earlier; ///< the first half of the period's days
    DashboardBucket later; ///< the second half
    qint64 openCases = 0; ///< cases not resolved or closed, opened at any time

    /// The complaint rate of the period's second half against its first, in percentage points.
    [[nodiscard]] double complaintTrendPoints() const
    {
        return later.complaintRatePercent() - earlier.complaintRatePercent();
    }
};

/// What the portfolio flags about a customer.
enum class Concern {
    AboveComplaintLine = 1, ///< complaint rate over the period above the policy line
    AboveBounceLine = 2, ///< hard bounce rate above its line
    Rising = 4, ///< complaint rate clearly higher in the second half than in the first
    CostsMoreThanRevenue = 8, ///< time on its cases costs more than it brings in the period
};

struct PortfolioData
{
    PortfolioRequest request;
    DashboardPolicy policy;
    QList<DashboardBucket> buckets; ///< first/last day of each bucket; the counts are every customer's
    DashboardBucket totals; ///< every customer over the whole period
    QList<PortfolioCustomer> customers; ///< every customer, most concerning first (see concernOrder)

    /// The concerns (a combination of Concern values) of a customer.
    [[nodiscard]] int concerns(const PortfolioCustomer &customer) const;
    [[nodiscard]] int count(Concern concern) const;
    /// The customers in order of concern: more concerns first, then the higher complaint rate,
    /// then by name.
    void sortByConcern();

    /// Computes the portfolio; on a database error what was read stays and error (if given) says why.
    [[nodiscard]] static PortfolioData compute(
        const storage::Database &database, const PortfolioRequest &request, QString *error = nullptr);
};

} // namespace abusedesk::reports
