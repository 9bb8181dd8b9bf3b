// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/CsvReader.h"

#include <QCoreApplication>
#include <cstring>

namespace abusedesk::delivery {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::delivery::CsvReader)
};

const char *find(const char *from, const char *end, char c)
{
    return static_cast<const char *>(std::memchr(from, c, size_t(end - from)));
}

// Appends the bytes without their NULs.
void appendClean(QByteArray &to, const char *from, const char *end)
{
    while (from < end) {
        const char *nul = find(from, end, '\0');
        const char *stop = nul ? nul : end;
        to.append(from, stop - from);
        from = nul ? nul + 1 : end;
    }
}

} // namespace

CsvReader::CsvReader(char separator)
    : m_separator(separator)
{ }

void CsvReader::endField(QByteArrayView bytes)
{
    if (!bytes.contains('\0')) {
        m_pending.append(QString::fromUtf8(bytes));
        return;
    }
    m_bytes.clear();
    appendClean(m_bytes, bytes.data(), bytes.data() + bytes.size());
    m_pending.append(QString::fromUtf8(m_bytes));
}

bool CsvReader::addLine(QByteArrayView line, QStringList &fields, QString *error)
{
    if (error)
        error->clear();
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    const char separator = m_separator;
    const char *const begin = line.data();
    const char *const end = begin + line.size();

    // Nearly every line of a send log: nothing quoted, no NUL. One pass, one string per field.
    if (!m_quoted && (line.isEmpty() || (!find(begin, end, '"') && !find(begin, end, '\0')))) {
        fields.clear();
        const char *start = begin;
        for (;;) {
            const char *stop = line.isEmpty() ? nullptr : find(start, end, separator);
            fields.append(QString::fromUtf8(start, (stop ? stop : end) - start));
            if (!stop)
                return true;
            start = stop + 1;
        }
    }

    const char *at = begin;
    for (;;) {
        if (m_quoted) {
            // Inside quotes up to the closing quote; a doubled quote is one literal quote.
            m_bytes.clear();
            for (;;) {
                const char *quote = find(at, end, '"');
                if (!quote) {
                    appendClean(m_bytes, at, end);
                    m_field += QString::fromUtf8(m_bytes);
                    m_field += u'\n';
                    return false; // the field goes on in the next line
                }
                appendClean(m_bytes, at, quote);
                if (quote + 1 < end && quote[1] == '"') {
                    m_bytes.append('"');
                    at = quote + 2;
                    continue;
                }
                at = quote + 1;
                break;
            }
            m_quoted = false;
            m_field += QString::fromUtf8(m_bytes);
            m_pending.append(std::move(m_field));
            m_field = QString();
            while (at < end && *at == ' ' && separator != ' ')
                ++at;
            if (at == end)
                break;
            if (*at != separator) {
                if (error)
                    *error = Tr::tr("text after a closing quote");
                m_pending.clear();
                return false;
            }
            ++at;
            continue;
        }
        if (at < end && *at == '"') {
            m_quoted = true;
            ++at;
            continue;
        }
        // Unquoted: up to the next separator; a quote in here is an ordinary character.
        const char *stop = find(at, end, separator);
        endField(QByteArrayView(at, (stop ? stop : end) - at));
        if (!stop)
            break;
        at = stop + 1;
    }
    fields = std::move(m_pending);
    m_pending = QStringList();
    return true;
}

bool CsvReader::inQuotedField() const
{
    return m_quoted;
}

char CsvReader::guessSeparator(QByteArrayView headerLine)
{
    qsizetype commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const char c : headerLine) {
        if (c == '"')
            quoted = !quoted; // a doubled quote flips twice
        else if (quoted)
            continue;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

} // namespace abusedesk::delivery
