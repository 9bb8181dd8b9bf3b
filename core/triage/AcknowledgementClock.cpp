// SPDX-License-Identifier: GPL-2.0-or-later
#include "triage/AcknowledgementClock.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace abusedesk::triage {

namespace {

bool isWeekend(const QDate &day)
{
    return day.dayOfWeek() >= 6;
}

} // namespace

AcknowledgementClock::AcknowledgementClock(int windowHours, bool businessDays, QTimeZone zone)
    : m_hours(windowHours > 0 ? windowHours : 24)
    , m_businessDays(businessDays)
    , m_zone(std::move(zone))
{ }

AcknowledgementClock AcknowledgementClock::fromPolicy(const storage::Database &database, QTimeZone zone)
{
    const QMap<QString, QByteArray> policy = database.policy();
    auto value = [&policy](const char *key) {
        return QJsonDocument::fromJson("[" + policy.value(QLatin1StringView(key)) + "]").array().at(0);
    };
    return AcknowledgementClock(value("acknowledgement_window_hours").toInt(24),
        value("acknowledgement_business_days").toBool(false), std::move(zone));
}

QDateTime AcknowledgementClock::deadline(const QDateTime &received) const
{
    if (!received.isValid())
        return {};
    if (!m_businessDays)
        return received.addSecs(qint64(m_hours) * 3600);
    // Walk the analyst's calendar: hours on Saturdays and Sundays do not count.
    qint64 remaining = qint64(m_hours) * 3600;
    QDateTime t = received.toTimeZone(m_zone);
    for (int guard = 0; guard < 10000 && remaining > 0; ++guard) {
        const QDateTime nextMidnight(t.date().addDays(1), QTime(0, 0), m_zone);
        if (isWeekend(t.date())) {
            t = nextMidnight;
            continue;
        }
        const qint64 today = t.secsTo(nextMidnight);
        if (remaining <= today)
            return t.addSecs(remaining).toUTC();
        remaining -= today;
        t = nextMidnight;
    }
    return t.toUTC();
}

qint64 AcknowledgementClock::secondsLeft(const QDateTime &received, const QDateTime &now) const
{
    const QDateTime due = deadline(received);
    return due.isValid() ? now.secsTo(due) : 0;
}

QString AcknowledgementClock::describe(qint64 secondsLeft)
{
    const qint64 s = secondsLeft < 0 ? -secondsLeft : secondsLeft;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QString span;
    if (days > 0)
        span = QCoreApplication::translate("AcknowledgementClock", "%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        span = QCoreApplication::translate("AcknowledgementClock", "%1 h %2 min").arg(hours).arg(minutes);
    else
        span = QCoreApplication::translate("AcknowledgementClock", "%1 min").arg(minutes);
    return secondsLeft < 0 ? QCoreApplication::translate("AcknowledgementClock", "overdue by %1").arg(span)
                           : QCoreApplication::translate("AcknowledgementClock", "%1 left").arg(span);
}

} // namespace abusedesk::triage
