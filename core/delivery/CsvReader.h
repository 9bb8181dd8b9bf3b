// SPDX-License-Identifier: GPL-2.0-or-later
// RFC 4180 CSV (and TSV) read line by line: quoted fields with doubled quotes, separators and
// line breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark on the first line. Qt and the
// KDE libraries in Debian 13 have no CSV reader, hence this one.
//
// Where the files in the wild break the RFC, the reader is lenient when the meaning is clear and
// strict when it is not:
// - a quote inside an unquoted field (`12" display`) is kept as a literal character, as
//   spreadsheets and most CSV tools do;
// - text after a closing quote (`"abc"def,`) is an error ("text after a closing quote"): the
//   writer quoted wrongly and the field's extent is a guess; spaces there are ignored;
// - NUL bytes are dropped (they come from preallocated or crashed log files, never from text);
// - invalid UTF-8 is decoded with U+FFFD replacement characters (and, by Qt's decoder, a
//   byte-order mark at the start of any field is dropped);
// - a line break inside quotes is kept in the field as "\n", whatever the file used.
#pragma once

#include <QByteArray>
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
    /// the line is malformed (then *error says why and the record is dropped). *error is cleared
    /// on every call, so that an empty error after false means "continues".
    bool addLine(QByteArrayView line, QStringList &fields, QString *error = nullptr);
    /// True while a quoted field is open (the input ended inside quotes if so at the end).
    [[nodiscard]] bool inQuotedField() const;

    /// ',', ';' or '\t', whichever splits this header line into the most columns (separators
    /// inside quotes do not count; ',' wins a tie, then ';').
    [[nodiscard]] static char guessSeparator(QByteArrayView headerLine);

private:
    void endField(QByteArrayView bytes);

    char m_separator;
    QStringList m_pending;
    QString m_field;
    bool m_quoted = false;
    bool m_firstLine = true;
    QByteArray m_bytes; ///< the current field's bytes when they must be unescaped or cleaned
};

} // namespace abusedesk::delivery
