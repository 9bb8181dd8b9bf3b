// SPDX-License-Identifier: GPL-2.0-or-later
// The acknowledgement window of a report that needs an answer (M3AAWG §V.A: within 24 hours),
// counted in hours or in business hours (Saturdays and Sundays in the analyst's time zone do
// not count).
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::triage {

class AcknowledgementClock
{
public:
    AcknowledgementClock(int windowHours, bool businessDays, QTimeZone zone = QTimeZone::systemTimeZone());
    /// The policy's window (acknowledgement_window_hours, acknowledgement_business_days).
    [[nodiscard]] static AcknowledgementClock fromPolicy(
        const storage::Database &database, QTimeZone zone = QTimeZone::systemTimeZone());

    [[nodiscard]] QDateTime deadline(const QDateTime &received) const;
    /// Seconds left until the deadline at now (negative: overdue by that much).
    [[nodiscard]] qint64 secondsLeft(const QDateTime &received, const QDateTime &now) const;
    /// "5 h 20 min left", "overdue by 2 h", for the queue.
    [[nodiscard]] static QString describe(qint64 secondsLeft);

    [[nodiscard]] int windowHours() const { return m_hours; }
    [[nodiscard]] bool businessDays() const { return m_businessDays; }

private:
    int m_hours;
    bool m_businessDays;
    QTimeZone m_zone;
};

} // namespace abusedesk::triage
