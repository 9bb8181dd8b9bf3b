// SPDX-License-Identifier: GPL-2.0-or-later
// The time "now" for anything that ages (the acknowledgement clock, timelines): the system
// clock in the program, a fixed clock in tests.
#pragma once

#include <QDateTime>

namespace abusedesk::common {

class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    /// The computer's clock, in UTC.
    [[nodiscard]] static const Clock &system();
};

/// A clock that says what it is told (tests).
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    { }
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace abusedesk::common
