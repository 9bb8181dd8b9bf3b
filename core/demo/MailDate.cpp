// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/MailDate.h"

#include <QDate>

namespace abusedesk::demo {

namespace {

constexpr qint64 SecondsPerDay = 86400;

const char *const DayNames[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
const char *const MonthNames[]
    = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

struct Broken
{
    QDate date;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

Broken breakDown(qint64 seconds)
{
    qint64 days = seconds / SecondsPerDay;
    qint64 rest = seconds % SecondsPerDay;
    if (rest < 0) {
        rest += SecondsPerDay;
        --days;
    }
    Broken b;
    b.date = QDate(1970, 1, 1).addDays(days);
    b.hour = int(rest / 3600);
    b.minute = int(rest / 60 % 60);
    b.second = int(rest % 60);
    return b;
}

QByteArray two(int value)
{
    return QByteArray::number(value).rightJustified(2, '0');
}

} // namespace

QByteArray MailDate::rfc2822(qint64 utcSeconds, int offsetMinutes)
{
    const Broken b = breakDown(utcSeconds + qint64(offsetMinutes) * 60);
    const int magnitude = qAbs(offsetMinutes);
    return QByteArray(DayNames[b.date.dayOfWeek() - 1]) + ", " + two(b.date.day()) + ' '
        + MonthNames[b.date.month() - 1] + ' ' + QByteArray::number(b.date.year()) + ' ' + two(b.hour) + ':'
        + two(b.minute) + ':' + two(b.second) + ' ' + (offsetMinutes < 0 ? '-' : '+') + two(magnitude / 60)
        + two(magnitude % 60);
}

QString MailDate::isoUtc(qint64 utcSeconds)
{
    const Broken b = breakDown(utcSeconds);
    return QString::fromLatin1(QByteArray::number(b.date.year()) + '-' + two(b.date.month()) + '-'
        + two(b.date.day()) + 'T' + two(b.hour) + ':' + two(b.minute) + ':' + two(b.second) + 'Z');
}

QString MailDate::isoDay(qint64 utcSeconds)
{
    return isoUtc(utcSeconds).left(10);
}

QByteArray MailDate::mboxLine(qint64 utcSeconds)
{
    const Broken b = breakDown(utcSeconds);
    return QByteArray(DayNames[b.date.dayOfWeek() - 1]) + ' ' + MonthNames[b.date.month() - 1] + ' '
        + QByteArray::number(b.date.day()).rightJustified(2, ' ') + ' ' + two(b.hour) + ':' + two(b.minute)
        + ':' + two(b.second) + ' ' + QByteArray::number(b.date.year());
}

qint64 MailDate::utcMidnight(int year, int month, int day)
{
    return QDate(1970, 1, 1).daysTo(QDate(year, month, day)) * SecondsPerDay;
}

} // namespace abusedesk::demo
