// SPDX-License-Identifier: GPL-2.0-or-later
// KMime and KCodecs keep process-wide lists of the charset names they have met (KMime's and
// KCodecs' cachedCharset) and append to them without a lock: two threads meeting a new charset
// name at once corrupt the list, and the program crashes (seen: one import in a dozen). Every
// use of KMime on evidence holds a KMimeLock: the charset names the bytes contain (encoded words,
// charset parameters) are first taught to both libraries under an exclusive lock, then the
// message is parsed and read under a shared one, so that the lists only ever grow while nobody
// reads them. New names are rare after the first messages; the shared lock costs next to nothing.
#pragma once

#include <QByteArrayView>
#include <QList>
#include <mutex>
#include <shared_mutex>
#include <variant>

namespace abusedesk::mail {

class KMimeLock
{
public:
    /// Blocks while names of bytes are taught to KMime, then holds the shared lock. Do not nest.
    explicit KMimeLock(QByteArrayView bytes);
    KMimeLock(const KMimeLock &) = delete;
    KMimeLock &operator=(const KMimeLock &) = delete;

    /// The charset names bytes mention ("=?NAME?" encoded words, charset= parameters), lower-case.
    [[nodiscard]] static QList<QByteArray> charsetNames(QByteArrayView bytes);

private:
    // Exclusive when the names could not all be taught (too many distinct names: hostile input).
    std::variant<std::shared_lock<std::shared_mutex>, std::unique_lock<std::shared_mutex>> m_lock;
};

} // namespace abusedesk::mail
