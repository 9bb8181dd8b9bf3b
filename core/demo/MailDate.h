// SPDX-License-Identifier: GPL-2.0-or-later
// Dates as the demo's mail writes them, computed from seconds since the epoch and formatted by
// hand (English names, fixed layouts), so that no locale, time zone database or clock enters.
#pragma once

#include <QByteArray>
#include <QString>

namespace abusedesk::demo {

class MailDate
{
public:
    /// "Mon, 02 Nov 2026 11:00:00 +0100": utcSeconds shown at the given offset from UTC.
    [[nodiscard]] static QByteArray rfc2822(qint64 utcSeconds, int offsetMinutes = 0);
    /// "2026-11-02T10:00:00Z".
    [[nodiscard]] static QString isoUtc(qint64 utcSeconds);
    /// "2026-11-02".
    [[nodiscard]] static QString isoDay(qint64 utcSeconds);
    /// "Mon Nov  2 10:00:00 2026", the date of an mbox From_ line (UTC).
    [[nodiscard]] static QByteArray mboxLine(qint64 utcSeconds);
    /// Seconds since the epoch of midnight UTC on a day.
    [[nodiscard]] static qint64 utcMidnight(int year, int month, int day);
};

} // namespace abusedesk::demo
