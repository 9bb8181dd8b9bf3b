// SPDX-License-Identifier: GPL-2.0-or-later
// customers.csv into the case database: each row adds a customer or, when its id is stored
// already, replaces that customer's fields and identifiers. Rows with a problem are reported
// with their line and left out; the others are saved in one transaction.
#pragma once

#include "attribution/CustomerCsv.h"

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::importing {

struct CustomerImportReport
{
    QString path;
    int added = 0;
    int updated = 0;
    QList<attribution::CsvProblem> problems;
    QString error; ///< the file could not be read or saved at all

    [[nodiscard]] bool changedAnything() const { return added + updated > 0; }
};

[[nodiscard]] CustomerImportReport importCustomers(const storage::Database &database, const QString &path);

} // namespace abusedesk::importing
