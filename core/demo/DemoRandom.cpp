// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/DemoRandom.h"

#include <limits>

namespace abusedesk::demo {

namespace {

quint64 splitmix64(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    quint64 x = seed;
    for (quint64 &word : m_state)
        word = splitmix64(x);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint64 DemoRandom::below(quint64 bound)
{
    if (bound <= 1)
        return 0;
    // Reject the top partial block of the 64-bit range so that every value is equally likely.
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
    quint64 r = next();
    while (r >= limit)
        r = next();
    return r % bound;
}

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    return low + int(below(quint64(high - low) + 1));
}

bool DemoRandom::chance(int percent)
{
    return int(below(100)) < percent;
}

int DemoRandom::weighted(std::initializer_list<int> weights)
{
    return weighted(QList<int>(weights));
}

int DemoRandom::weighted(const QList<int> &weights)
{
    quint64 total = 0;
    for (const int w : weights)
        total += quint64(qMax(0, w));
    quint64 r = below(total);
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const quint64 w = quint64(qMax(0, weights.at(i)));
        if (r < w)
            return int(i);
        r -= w;
    }
    return int(weights.size()) - 1;
}

DemoRandom DemoRandom::fork(quint64 stream)
{
    return DemoRandom(next() ^ (stream * 0xd1b54a32d192ed03ULL));
}

QByteArray DemoRandom::token(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = alphabet[below(36)];
    return out;
}

QByteArray DemoRandom::base64ish(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = alphabet[below(64)];
    return out;
}

QByteArray DemoRandom::hex(int length)
{
    static const char alphabet[] = "0123456789ABCDEF";
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = alphabet[below(16)];
    return out;
}

} // namespace abusedesk::demo
