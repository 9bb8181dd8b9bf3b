// SPDX-License-Identifier: GPL-2.0-or-later
// The physical lines of a CSV/TSV file joined into records for the tabular parsers, each with its
// raw bytes (what its key is made from) and the number of its first line.
#pragma once

#include "delivery/CsvReader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>
#include <vector>

namespace abusedesk::delivery {

class CsvRecordAssembler
{
public:
    struct Record
    {
        const QStringList &fields;
        QByteArrayView raw; ///< the physical lines joined with "\n", without their line ends
        qint64 line; ///< of the first physical line
    };
    using RecordSink = std::function<void(const Record &)>;
    using RejectionSink = std::function<void(qint64 line, const QString &reason)>;

    /// A quoted field still open after this many lines or bytes is taken for a stray quote: its
    /// first line is rejected and the lines after it are read again as records of their own (a
    /// real field that long does not occur in delivery data; one stray quote must not swallow
    /// the rest of a ten-million-line file, nor its memory). The same happens to a quote still
    /// open at the end.
    static constexpr qsizetype MaxLinesPerRecord = 100;
    static constexpr qsizetype MaxBytesPerRecord = 1024 * 1024;

    /// separator '\0': guessed from the first non-blank line.
    CsvRecordAssembler(char separator, RecordSink records, RejectionSink rejections);

    /// One physical line without its line end (a trailing CR is dropped as well); blank lines
    /// between records are skipped.
    void addLine(QByteArrayView line, qint64 number);
    void finish();

private:
    void giveUp(const QString &reason);

    char m_separator;
    RecordSink m_records;
    RejectionSink m_rejections;
    CsvReader m_reader;
    QStringList m_fields;
    std::vector<std::pair<qint64, QByteArray>> m_lines; ///< of a record that spans lines, so far
    qsizetype m_pendingBytes = 0; ///< in m_lines
    QByteArray m_raw;
};

} // namespace abusedesk::delivery
