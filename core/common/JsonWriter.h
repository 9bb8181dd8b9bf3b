// SPDX-License-Identifier: GPL-2.0-or-later
// Compact JSON written straight into bytes, for the facts of every classified message.
//
// QJsonObject builds a CBOR tree and then serialises it; for the few dozen short strings of a
// message's facts that was a fifth of the time spent classifying it (bench_mail_import, perf).
// The output is the same as QJsonDocument::toJson(Compact): members sorted by key, the same
// escaping (tests/core/tst_jsonwriter.cpp compares the two).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace abusedesk {

class JsonArrayWriter;

class JsonObjectWriter
{
public:
    void insert(const QString &key, QStringView value);
    void insert(const QString &key, bool value);
    void insertNull(const QString &key);
    void insert(const QString &key, const QStringList &strings);
    void insert(const QString &key, const JsonObjectWriter &object);
    void insert(const QString &key, const JsonArrayWriter &array);

    [[nodiscard]] bool isEmpty() const { return m_members.isEmpty(); }
    [[nodiscard]] bool contains(const QString &key) const;
    [[nodiscard]] QByteArray toJson() const;
    void appendTo(QByteArray &out) const;

    /// A JSON string: quotes, backslash and control characters escaped, the rest as UTF-8.
    static void appendString(QByteArray &out, QStringView text);

private:
    // The value's JSON is appended to m_values by `write`, and the member points at it: one
    // buffer per object instead of one allocation per member.
    template<typename Write> void insertWith(const QString &key, Write write);

    struct Member
    {
        QString key;
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    QList<Member> m_members;
    QByteArray m_values;
};

class JsonArrayWriter
{
public:
    void append(QStringView value);
    void append(const JsonObjectWriter &object);
    [[nodiscard]] bool isEmpty() const { return m_count == 0; }
    void appendTo(QByteArray &out) const;

private:
    void separate();
    QByteArray m_json;
    int m_count = 0;
};

} // namespace abusedesk
