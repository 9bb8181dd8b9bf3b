// SPDX-License-Identifier: GPL-2.0-or-later
// The clock of an MTA log: turns the civil times its lines carry (local time of a zone, or with
// an explicit UTC offset) into UTC, millions of times per file, without a QDateTime per line.
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QTimeZone>
#include <optional>

namespace abusedesk::delivery {

/// A time stamp as a log line writes it, not yet placed on the time line.
struct CivilTime
{
    int year = 0;
    int month = 0; ///< 1–12
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0; ///< 0–60 (a leap second counts as :59)
    int millisecond = 0;
};

class LogClock
{
public:
    /// zone: where times without an offset were written; reference: when the log was written
    /// at the latest (UTC; invalid means now). Lines later than two days after it lie in the future.
    LogClock(QTimeZone zone, QDateTime reference);

    /// Milliseconds since the epoch (UTC) of a local time of the zone; nothing for a date that
    /// does not exist (30 February). A local time skipped or repeated by a daylight-saving
    /// change takes the offset the zone has at the full hour before it.
    [[nodiscard]] std::optional<qint64> fromLocal(const CivilTime &time);
    /// The same for a time with its own offset east of UTC, in seconds.
    [[nodiscard]] static std::optional<qint64> fromOffset(const CivilTime &time, int offsetSeconds);

    /// True when msecs lies more than two days after the reference: a clock set wrong, or a
    /// year guessed wrong. The tolerance covers zones and a late modification time.
    [[nodiscard]] bool isInFuture(qint64 msecs) const { return msecs > m_latestAllowed; }
    /// For the analyst: "the time 2031-11-02T10:00:00Z lies after the file was written (…)".
    [[nodiscard]] QString futureReason(qint64 msecs) const;

    /// The UTC time of a line that may be used, from timeOf() (which reads the line's time
    /// stamp); nothing, with *whyNot saying why for the analyst, when the line holds NUL bytes
    /// (damage: its fields cannot be trusted), its time stamp cannot be read, or it lies in the
    /// future.
    template<typename TimeOf>
    [[nodiscard]] std::optional<qint64> usableTime(QByteArrayView line, TimeOf timeOf, QString *whyNot)
    {
        if (line.contains('\0')) {
            *whyNot = nulBytesReason();
            return std::nullopt;
        }
        const std::optional<qint64> msecs = timeOf();
        if (!msecs)
            *whyNot = unreadableReason();
        else if (isInFuture(*msecs))
            *whyNot = futureReason(*msecs);
        else
            return msecs;
        return std::nullopt;
    }

    [[nodiscard]] const QDateTime &reference() const { return m_reference; }
    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }

private:
    [[nodiscard]] static QString nulBytesReason();
    [[nodiscard]] static QString unreadableReason();

    QTimeZone m_zone;
    QDateTime m_reference;
    qint64 m_latestAllowed = 0;
    // Offsets change at most a few times a year and logs are in time order: one cached hour
    // serves almost every line.
    qint64 m_cachedHour = -1;
    int m_cachedOffset = 0;
};

} // namespace abusedesk::delivery
