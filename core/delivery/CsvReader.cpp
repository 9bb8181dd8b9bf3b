// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/CsvReader.h"

namespace abusedesk::delivery {

// Placeholder until the reader lands.
CsvReader::CsvReader(char separator)
    : m_separator(separator)
{ }

bool CsvReader::addLine(QByteArrayView, QStringList &, QString *)
{
    return false;
}

bool CsvReader::inQuotedField() const
{
    return m_quoted;
}

char CsvReader::guessSeparator(QByteArrayView)
{
    return ',';
}

} // namespace abusedesk::delivery
