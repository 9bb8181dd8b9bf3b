// SPDX-License-Identifier: GPL-2.0-or-later
// A list owner as the analyst edits it and as customers.csv carries it (design.md §2 "Customer").
#pragma once

#include "attribution/Attributor.h"

namespace abusedesk::attribution {

struct CustomerRecord
{
    qint64 id = 0; ///< 0 until stored
    QString externalId; ///< the sender's own id for the customer ("c001"); unique when set
    QString name;
    QString status = QStringLiteral("active"); ///< active | warned | suspended | terminated
    int ladderStep = 0; ///< 0 none, 1 notice, 2 warning, 3 suspension, 4 termination
    qint64 revenueCents = -1; ///< per month; -1 unknown
    QString currency = QStringLiteral("EUR");
    QStringList contacts; ///< e-mail addresses
    QString notes;
    QList<Identifier> identifiers; ///< customerId of each is this record's id once stored

    [[nodiscard]] static const QStringList &statuses();
};

} // namespace abusedesk::attribution
