// SPDX-License-Identifier: GPL-2.0-or-later
// RFC 4180 CSV (and TSV) read line by line: quoted fields with doubled quotes, separators and
// line breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark on the first line. Qt and the
// KDE libraries in Debian 13 have no CSV reader, hence this one.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace abusedesk::delivery {

class CsvReader
{
public:
    explicit CsvReader(char separator = ',');

    /// Feeds one physical line (without its line end). Returns true when a record is complete
    /// and stores its fields; false while a quoted field continues on the next line, or when
    /// the line is malformed (then *error says why and the record is dropped).
    bool addLine(QByteArrayView line, QStringList &fields, QString *error = nullptr);
    /// True while a quoted field is open (the input ended inside quotes if so at the end).
    [[nodiscard]] bool inQuotedField() const;

    /// ',', ';' or '\t', whichever splits this header line into the most columns.
    [[nodiscard]] static char guessSeparator(QByteArrayView headerLine);

private:
    char m_separator;
    QStringList m_pending;
    QString m_field;
    bool m_quoted = false;
};

} // namespace abusedesk::delivery
