// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/LogClock.h"

#include "common/IsoTime.h"

#include <QCoreApplication>

namespace abusedesk::delivery {

namespace {

constexpr qint64 MsecsPerDay = 86'400'000;
constexpr qint64 FutureTolerance = 2 * MsecsPerDay;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = int(year - era * 400);
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

bool isValid(const CivilTime &time)
{
    return QDate::isValid(time.year, time.month, time.day) && time.hour >= 0 && time.hour < 24
        && time.minute >= 0 && time.minute < 60 && time.second >= 0 && time.second <= 60
        && time.millisecond >= 0 && time.millisecond < 1000;
}

// Milliseconds since the epoch of the civil time read as UTC.
qint64 asUtc(const CivilTime &time)
{
    const qint64 seconds = daysFromCivil(time.year, time.month, time.day) * 86'400 + time.hour * 3600
        + time.minute * 60 + qMin(time.second, 59);
    return seconds * 1000 + time.millisecond;
}

} // namespace

LogClock::LogClock(QTimeZone zone, QDateTime reference)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::systemTimeZone())
    , m_reference(reference.isValid() ? reference.toUTC() : QDateTime::currentDateTimeUtc())
    , m_latestAllowed(m_reference.toMSecsSinceEpoch() + FutureTolerance)
{ }

std::optional<qint64> LogClock::fromLocal(const CivilTime &time)
{
    if (!isValid(time))
        return std::nullopt;
    const qint64 hour = (daysFromCivil(time.year, time.month, time.day)) * 24 + time.hour;
    if (hour != m_cachedHour) {
        const QDateTime start(QDate(time.year, time.month, time.day), QTime(time.hour, 0), m_zone);
        m_cachedOffset = start.isValid() ? start.offsetFromUtc() : m_zone.offsetFromUtc(start);
        m_cachedHour = hour;
    }
    return asUtc(time) - qint64(m_cachedOffset) * 1000;
}

std::optional<qint64> LogClock::fromOffset(const CivilTime &time, int offsetSeconds)
{
    if (!isValid(time))
        return std::nullopt;
    return asUtc(time) - qint64(offsetSeconds) * 1000;
}

QString LogClock::futureReason(qint64 msecs) const
{
    return QCoreApplication::translate(
        "abusedesk::delivery::LogClock", "the time %1 lies after the file was written (%2)")
        .arg(isoUtc(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC)), isoUtc(m_reference));
}

QString LogClock::nulBytesReason()
{
    return QCoreApplication::translate("abusedesk::delivery::LogClock", "the line holds NUL bytes");
}

QString LogClock::unreadableReason()
{
    return QCoreApplication::translate("abusedesk::delivery::LogClock", "the time stamp cannot be read");
}

} // namespace abusedesk::delivery
