// SPDX-License-Identifier: GPL-2.0-or-later
#include "common/JsonWriter.h"

#include <QVarLengthArray>
#include <algorithm>

namespace abusedesk {

namespace {
constexpr char HexDigits[] = "0123456789abcdef";
} // namespace

void JsonObjectWriter::appendString(QByteArray &out, QStringView text)
{
    // Written through a pointer into room for the worst case (3 bytes per UTF-16 unit, 6 for an
    // escape), then cut to size: appending byte by byte cost more than everything else here.
    const qsizetype before = out.size();
    out.resize(before + 2 + 6 * text.size());
    char *o = out.data() + before;
    *o++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    auto escape = [&o](char16_t unit) {
        *o++ = '\\';
        *o++ = 'u';
        *o++ = HexDigits[(unit >> 12) & 0xf];
        *o++ = HexDigits[(unit >> 8) & 0xf];
        *o++ = HexDigits[(unit >> 4) & 0xf];
        *o++ = HexDigits[unit & 0xf];
    };
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *o++ = char(u);
                continue;
            }
            switch (u) {
            case '"':
                *o++ = '\\';
                *o++ = '"';
                break;
            case '\\':
                *o++ = '\\';
                *o++ = '\\';
                break;
            case '\b':
                *o++ = '\\';
                *o++ = 'b';
                break;
            case '\f':
                *o++ = '\\';
                *o++ = 'f';
                break;
            case '\n':
                *o++ = '\\';
                *o++ = 'n';
                break;
            case '\r':
                *o++ = '\\';
                *o++ = 'r';
                break;
            case '\t':
                *o++ = '\\';
                *o++ = 't';
                break;
            default:
                escape(u);
            }
        } else if (u < 0x800) {
            *o++ = char(0xc0 | (u >> 6));
            *o++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *o++ = char(0xf0 | (c >> 18));
            *o++ = char(0x80 | ((c >> 12) & 0x3f));
            *o++ = char(0x80 | ((c >> 6) & 0x3f));
            *o++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            escape(u); // a lone surrogate has no UTF-8 form
        } else {
            *o++ = char(0xe0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3f));
            *o++ = char(0x80 | (u & 0x3f));
        }
    }
    *o++ = '"';
    out.truncate(o - out.constData());
}

template<typename Write> void JsonObjectWriter::insertWith(const QString &key, Write write)
{
    const qsizetype offset = m_values.size();
    write(m_values);
    const qsizetype length = m_values.size() - offset;
    for (Member &m : m_members) {
        if (m.key == key) { // replaced, like QJsonObject::insert (the old text stays, unused)
            m.offset = offset;
            m.length = length;
            return;
        }
    }
    if (m_members.isEmpty()) {
        m_members.reserve(16); // the facts objects have up to a dozen members
        m_values.reserve(512);
    }
    m_members.append({ key, offset, length });
}

void JsonObjectWriter::insert(const QString &key, QStringView value)
{
    insertWith(key, [value](QByteArray &out) { appendString(out, value); });
}

void JsonObjectWriter::insert(const QString &key, bool value)
{
    insertWith(key, [value](QByteArray &out) { out.append(value ? "true" : "false"); });
}

void JsonObjectWriter::insertNull(const QString &key)
{
    insertWith(key, [](QByteArray &out) { out.append("null"); });
}

void JsonObjectWriter::insert(const QString &key, const QStringList &strings)
{
    insertWith(key, [&strings](QByteArray &out) {
        out.append('[');
        for (qsizetype i = 0; i < strings.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendString(out, strings.at(i));
        }
        out.append(']');
    });
}

void JsonObjectWriter::insert(const QString &key, const JsonObjectWriter &object)
{
    insertWith(key, [&object](QByteArray &out) { object.appendTo(out); });
}

void JsonObjectWriter::insert(const QString &key, const JsonArrayWriter &array)
{
    insertWith(key, [&array](QByteArray &out) { array.appendTo(out); });
}

bool JsonObjectWriter::contains(const QString &key) const
{
    return std::any_of(
        m_members.cbegin(), m_members.cend(), [&key](const Member &m) { return m.key == key; });
}

void JsonObjectWriter::appendTo(QByteArray &out) const
{
    // QJsonObject keeps its keys sorted; so does this, so that both write the same text.
    QVarLengthArray<const Member *, 16> sorted;
    for (const Member &m : m_members)
        sorted.append(&m);
    std::sort(sorted.begin(), sorted.end(), [](const Member *a, const Member *b) { return a->key < b->key; });
    out.reserve(out.size() + m_values.size() + 20 * m_members.size() + 2);
    out.append('{');
    bool first = true;
    for (const Member *m : sorted) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, m->key);
        out.append(':');
        out.append(QByteArrayView(m_values).sliced(m->offset, m->length));
    }
    out.append('}');
}

QByteArray JsonObjectWriter::toJson() const
{
    QByteArray out;
    appendTo(out);
    return out;
}

void JsonArrayWriter::separate()
{
    if (m_count++ > 0)
        m_json.append(',');
}

void JsonArrayWriter::append(QStringView value)
{
    separate();
    JsonObjectWriter::appendString(m_json, value);
}

void JsonArrayWriter::append(const JsonObjectWriter &object)
{
    separate();
    object.appendTo(m_json);
}

void JsonArrayWriter::appendTo(QByteArray &out) const
{
    out.append('[');
    out.append(m_json);
    out.append(']');
}

} // namespace abusedesk
