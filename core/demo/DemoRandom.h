// SPDX-License-Identifier: GPL-2.0-or-later
// The demo's one source of chance: xoshiro256** seeded through splitmix64, with every derived
// number computed here, so that a seed gives the same case on every platform and standard library
// (std distributions differ between implementations).
#pragma once

#include <QList>
#include <QtGlobal>
#include <initializer_list>

namespace abusedesk::demo {

class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    /// The next raw 64-bit number.
    [[nodiscard]] quint64 next();
    /// A number in [0, bound), without modulo bias; 0 when bound <= 1.
    [[nodiscard]] quint64 below(quint64 bound);
    /// A number in [low, high], both included.
    [[nodiscard]] int between(int low, int high);
    /// True in percent cases out of a hundred.
    [[nodiscard]] bool chance(int percent);
    /// An index chosen with the given relative weights (all >= 0, at least one > 0).
    [[nodiscard]] int weighted(std::initializer_list<int> weights);
    [[nodiscard]] int weighted(const QList<int> &weights);
    /// An independent stream for one part of the case, so that changing one part does not change
    /// the others.
    [[nodiscard]] DemoRandom fork(quint64 stream);
    /// Lower-case letters and digits, as in tokens and queue ids.
    [[nodiscard]] QByteArray token(int length);
    /// Base64 alphabet characters, as in DKIM bh= and b= values.
    [[nodiscard]] QByteArray base64ish(int length);
    /// Upper-case hexadecimal, as in Postfix queue ids.
    [[nodiscard]] QByteArray hex(int length);

    template<typename T> [[nodiscard]] const T &pick(const QList<T> &items)
    {
        return items.at(qsizetype(below(quint64(items.size()))));
    }

private:
    quint64 m_state[4];
};

} // namespace abusedesk::demo
