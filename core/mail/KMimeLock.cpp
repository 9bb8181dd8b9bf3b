// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/KMimeLock.h"

#include <KCodecs>
#include <KMime/Message>
#include <QList>
#include <QSet>
#include <QStringDecoder>
#include <atomic>
#include <cstring>

namespace abusedesk::mail {

namespace {

constexpr qsizetype MaxNames = 4096; // taught names; beyond, messages with new names go one at a time
constexpr qsizetype MaxNameLength = 64;

std::shared_mutex &kmimeMutex()
{
    static std::shared_mutex mutex;
    return mutex;
}

QSet<QByteArray> &taught()
{
    static QSet<QByteArray> names;
    return names;
}

std::atomic<bool> warmedUp { false };

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == ':' || c == '+';
}

/// Both libraries meet name as an encoded word's charset, as a default charset and as a
/// charset parameter: each path that adds to their lists runs once, here, under the exclusive lock.
void teach(const QByteArray &name)
{
    QByteArray used;
    (void)KCodecs::decodeRFC2047String("=?" + name + "?q?a?=", &used, QByteArrayLiteral("UTF-8"));
    (void)KCodecs::decodeRFC2047String(QByteArrayLiteral("=??q?a?="), &used, name);
    KMime::Message message;
    message.setContent("From: =?" + name + "?q?a?= <a@example.com>\nSubject: =?" + name
        + "?q?a?=\nContent-Type: text/plain; charset=\"" + name + "\"\nContent-Disposition: attachment; "
        + "filename*=" + name + "''a\n\na\n");
    message.parse();
    (void)message.from()->asUnicodeString();
    (void)message.subject()->asUnicodeString();
    (void)message.contentType()->charset();
    (void)message.contentDisposition()->filename();
    (void)message.decodedText();
}

void warmUp()
{
    for (const char *name : { "utf-8", "us-ascii", "iso-8859-1", "iso-8859-15", "windows-1252", "utf8",
             "latin1", "ascii", "x-unknown" })
        teach(QByteArray(name));
    teach(QStringDecoder(QStringDecoder::System).name());
    // An undecodable word makes KCodecs fall back to the system charset's name.
    QByteArray used;
    (void)KCodecs::decodeRFC2047String(
        QByteArrayLiteral("=?utf-8?b?/w==?="), &used, QByteArrayLiteral("UTF-8"));
}

} // namespace

QList<QByteArray> KMimeLock::charsetNames(QByteArrayView bytes)
{
    QList<QByteArray> names;
    auto take = [&](qsizetype start) {
        qsizetype end = start;
        while (end < bytes.size() && end - start <= MaxNameLength && isNameChar(bytes.at(end)))
            ++end;
        if (end == start || end - start > MaxNameLength)
            return;
        const QByteArray name = bytes.sliced(start, end - start).toByteArray().toLower();
        if (!names.contains(name))
            names.append(name);
    };
    // One pass over the '=' signs (this runs for every message): "=?NAME?" starts an encoded
    // word, and "charset=NAME" or "charset=\"NAME\"", in any case, is a parameter.
    static constexpr QByteArrayView Charset("charset");
    const char *const data = bytes.data();
    const qsizetype size = bytes.size();
    for (qsizetype at = 0; at < size;) {
        const void *found = std::memchr(data + at, '=', size_t(size - at));
        if (!found)
            break;
        const qsizetype equals = static_cast<const char *>(found) - data;
        at = equals + 1;
        if (at < size && data[at] == '?') {
            take(at + 1);
            continue;
        }
        if (equals >= Charset.size()
            && bytes.sliced(equals - Charset.size(), Charset.size()).compare(Charset, Qt::CaseInsensitive)
                == 0)
            take(at < size && data[at] == '"' ? at + 1 : at);
    }
    return names;
}

KMimeLock::KMimeLock(QByteArrayView bytes)
{
    const QList<QByteArray> names = charsetNames(bytes);
    QList<QByteArray> unknown;
    {
        std::shared_lock read(kmimeMutex());
        for (const QByteArray &name : names)
            if (!taught().contains(name))
                unknown.append(name);
    }
    if (unknown.isEmpty() && warmedUp.load()) {
        m_lock = std::shared_lock(kmimeMutex());
        return;
    }
    std::unique_lock write(kmimeMutex());
    if (!warmedUp.load()) {
        warmUp();
        warmedUp.store(true);
    }
    bool complete = true;
    for (const QByteArray &name : std::as_const(unknown)) {
        if (taught().contains(name))
            continue;
        if (taught().size() >= MaxNames) {
            complete = false;
            continue;
        }
        teach(name);
        taught().insert(name);
    }
    if (!complete) {
        m_lock = std::move(write); // the new names are met by this message alone
        return;
    }
    write.unlock();
    m_lock = std::shared_lock(kmimeMutex());
}

} // namespace abusedesk::mail
