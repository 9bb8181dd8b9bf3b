// SPDX-License-Identifier: GPL-2.0-or-later
// customers.csv: list owners and their identifiers, one row per customer (the columns the demo
// writes, see demo/DemoCase.h), read and written by `abusedesk-cli customers import|export` and
// the Customers view. Lists inside a cell are "; "-separated; sending_ips entries are
// "ADDRESS_OR_CIDR FROM..UNTIL" (UTC days, UNTIL excluded, either side may be empty) with an
// optional trailing "shared". Besides the fixed columns, "domains" (any domain kind),
// "ladder_step", "notes" and "header:NAME" (values of header NAME) are read and written.
#pragma once

#include "attribution/CustomerRecord.h"

namespace abusedesk::attribution {

struct CsvProblem
{
    qint64 line = 0; ///< 1-based physical line where the row starts
    QString column; ///< empty for the row as a whole
    QString message;
};

struct CustomerCsvResult
{
    QList<CustomerRecord> customers;
    QList<CsvProblem> problems; ///< rows with a problem are left out; the others are read
    QString error; ///< not a customers file at all (no header with id/name), else empty
    QStringList columns; ///< the header's column names, lower-case

    /// Whether the file has a column for this identifier (so that an import replaces those of a
    /// stored customer rather than keeping them).
    [[nodiscard]] bool covers(const Identifier &identifier) const;
};

class CustomerCsv
{
public:
    [[nodiscard]] static CustomerCsvResult parse(const QByteArray &bytes);
    [[nodiscard]] static QByteArray write(const QList<CustomerRecord> &customers);
    /// Whether a header line is that of a customers file (id and name columns plus at least one
    /// identifier column).
    [[nodiscard]] static bool looksLikeHeader(QByteArrayView headerLine);
};

} // namespace abusedesk::attribution
