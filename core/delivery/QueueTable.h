// SPDX-License-Identifier: GPL-2.0-or-later
// What an MTA log parser remembers about the messages still in the queue (sender, Message-ID,
// customer), by queue id, with a bound: a message is forgotten when the log says it left the
// queue, when it was not mentioned for a week of log time, or, oldest first, when more than
// MaxMessages are remembered. A log whose messages never leave (a cut-off file, a mail loop)
// therefore cannot grow the parser without end.
#pragma once

#include <QByteArrayView>
#include <QHashFunctions>
#include <QtGlobal>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace abusedesk::delivery {

/// A queue id held inline (Postfix ids have at most 20 characters, Exim's 23): no allocation per
/// lookup, which happens on most lines.
class QueueId
{
public:
    static constexpr qsizetype Capacity = 23;

    QueueId() = default;
    /// Longer ids are not queue ids of any MTA we read; the parsers never pass one.
    explicit QueueId(QByteArrayView id)
        : m_size(quint8(qMin(id.size(), Capacity)))
    {
        std::memcpy(m_bytes, id.data(), m_size);
    }
    [[nodiscard]] QByteArrayView view() const { return { m_bytes, m_size }; }
    friend bool operator==(const QueueId &a, const QueueId &b)
    {
        return a.m_size == b.m_size && std::memcmp(a.m_bytes, b.m_bytes, a.m_size) == 0;
    }

private:
    char m_bytes[Capacity] = {};
    quint8 m_size = 0;
};

struct QueueIdHash
{
    size_t operator()(const QueueId &id) const noexcept { return qHash(id.view(), 0); }
};

template<typename Message> class QueueTable
{
public:
    static constexpr qsizetype MaxMessages = 500'000;
    static constexpr qint64 MaxIdleMsecs = 7LL * 86'400'000;

    QueueTable() = default;
    QueueTable(const QueueTable &) = delete;
    QueueTable &operator=(const QueueTable &) = delete;

    /// The message, or nullptr when it is not (or no longer) known.
    [[nodiscard]] Message *find(QByteArrayView id)
    {
        const auto it = m_messages.find(QueueId(id));
        return it == m_messages.end() ? nullptr : &it->second.message;
    }

    /// The message, created empty if new, marked as mentioned at msecs (log time, UTC); then
    /// messages idle for longer than MaxIdleMsecs, and the oldest beyond MaxMessages, are
    /// forgotten. *created tells whether it was new.
    Message &touch(QByteArrayView id, qint64 msecs, bool *created = nullptr)
    {
        advanceTo(msecs); // first: a message idle for too long is new when it comes back
        const auto [it, inserted] = m_messages.try_emplace(QueueId(id));
        Slot &slot = it->second;
        if (inserted)
            slot.id = &it->first;
        else
            unlink(&slot);
        if (created)
            *created = inserted;
        slot.touched = msecs;
        append(&slot);
        while (m_oldest != &slot && qsizetype(m_messages.size()) > MaxMessages)
            remove(m_oldest->id->view());
        return slot.message;
    }

    /// touch() for messages that keep their queue id (a QString queueId member), set when new.
    Message &touchNamed(QByteArrayView id, qint64 msecs)
    {
        bool created = false;
        Message &message = touch(id, msecs, &created);
        if (created)
            message.queueId = QString::fromLatin1(id);
        return message;
    }

    /// The log has reached msecs: messages not mentioned for MaxIdleMsecs before it are
    /// forgotten. Call it before find() where a line's time is known.
    void advanceTo(qint64 msecs)
    {
        m_latest = qMax(m_latest, msecs);
        while (m_oldest && m_oldest->touched < m_latest - MaxIdleMsecs)
            remove(m_oldest->id->view());
    }

    void remove(QByteArrayView id)
    {
        const auto it = m_messages.find(QueueId(id));
        if (it == m_messages.end())
            return;
        unlink(&it->second);
        m_messages.erase(it);
    }

    void clear()
    {
        m_messages.clear();
        m_oldest = m_newest = nullptr;
        m_latest = std::numeric_limits<qint64>::min() / 2;
    }

    [[nodiscard]] qsizetype size() const { return qsizetype(m_messages.size()); }

private:
    // Nodes of std::unordered_map do not move on rehash, so the slots link to each other
    // directly: least recently mentioned first, no second container to keep in step.
    struct Slot
    {
        Message message;
        const QueueId *id = nullptr; ///< the map's key of this slot (nodes do not move)
        qint64 touched = 0;
        Slot *older = nullptr;
        Slot *newer = nullptr;
    };

    void unlink(Slot *slot)
    {
        (slot->older ? slot->older->newer : m_oldest) = slot->newer;
        (slot->newer ? slot->newer->older : m_newest) = slot->older;
        slot->older = slot->newer = nullptr;
    }

    void append(Slot *slot)
    {
        slot->older = m_newest;
        slot->newer = nullptr;
        (m_newest ? m_newest->newer : m_oldest) = slot;
        m_newest = slot;
    }

    std::unordered_map<QueueId, Slot, QueueIdHash> m_messages;
    Slot *m_oldest = nullptr;
    Slot *m_newest = nullptr;
    qint64 m_latest = std::numeric_limits<qint64>::min() / 2;
};

} // namespace abusedesk::delivery
