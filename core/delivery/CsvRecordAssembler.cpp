// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/CsvRecordAssembler.h"

#include <QCoreApplication>

namespace abusedesk::delivery {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::delivery::CsvRecordAssembler)
};

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

} // namespace

CsvRecordAssembler::CsvRecordAssembler(char separator, RecordSink records, RejectionSink rejections)
    : m_separator(separator)
    , m_records(std::move(records))
    , m_rejections(std::move(rejections))
    , m_reader(separator ? separator : ',')
{ }

void CsvRecordAssembler::addLine(QByteArrayView line, qint64 number)
{
    if (line.endsWith('\r'))
        line.chop(1);
    QString error;
    if (m_lines.empty()) {
        if (isBlank(line))
            return;
        if (m_separator == '\0') {
            m_separator = CsvReader::guessSeparator(line);
            m_reader = CsvReader(m_separator);
        }
        if (m_reader.addLine(line, m_fields, &error)) {
            m_records({ m_fields, line, number });
        } else if (!error.isEmpty()) {
            m_rejections(number, error);
        } else {
            m_lines.emplace_back(number, line.toByteArray());
            m_pendingBytes = line.size();
        }
        return;
    }
    m_lines.emplace_back(number, line.toByteArray());
    m_pendingBytes += line.size() + 1;
    if (m_reader.addLine(line, m_fields, &error)) {
        m_raw.clear();
        for (std::size_t i = 0; i < m_lines.size(); ++i) {
            if (i > 0)
                m_raw.append('\n');
            m_raw.append(m_lines[i].second);
        }
        const qint64 first = m_lines.front().first;
        m_lines.clear();
        m_records({ m_fields, m_raw, first });
    } else if (!error.isEmpty()) {
        const qint64 first = m_lines.front().first;
        m_lines.clear();
        m_rejections(first, error);
    } else if (qsizetype(m_lines.size()) > MaxLinesPerRecord) {
        giveUp(Tr::tr("a quoted field is not closed within %1 lines").arg(MaxLinesPerRecord));
    } else if (m_pendingBytes > MaxBytesPerRecord) {
        giveUp(Tr::tr("a quoted field is not closed within %1 MiB").arg(MaxBytesPerRecord / (1024 * 1024)));
    }
}

void CsvRecordAssembler::giveUp(const QString &reason)
{
    const auto lines = std::exchange(m_lines, {});
    m_pendingBytes = 0;
    m_reader = CsvReader(m_separator);
    m_rejections(lines.front().first, reason);
    // The lines after the stray quote, read again. Another quote among them may make this give
    // up again before it returns; each time one line fewer is read again, and in order.
    for (std::size_t i = 1; i < lines.size(); ++i)
        addLine(lines[i].second, lines[i].first);
}

void CsvRecordAssembler::finish()
{
    while (!m_lines.empty())
        giveUp(Tr::tr("the quoted field is not closed at the end of the file"));
}

} // namespace abusedesk::delivery
