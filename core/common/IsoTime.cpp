// SPDX-License-Identifier: GPL-2.0-or-later
#include "common/IsoTime.h"

namespace abusedesk {

QString isoUtc(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime utc = when.toUTC();
    int year = 0, month = 0, day = 0;
    utc.date().getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return utc.toString(Qt::ISODate); // signs and padding of unusual years are Qt's business
    const QTime time = utc.time();
    char16_t text[20];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, time.hour(), 2);
    text[13] = u':';
    put(14, time.minute(), 2);
    text[16] = u':';
    put(17, time.second(), 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 20);
}

} // namespace abusedesk
