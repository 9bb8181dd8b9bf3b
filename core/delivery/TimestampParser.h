// SPDX-License-Identifier: GPL-2.0-or-later
// The times in tabular delivery data, read fast enough for send logs of tens of millions of rows:
// the automatic forms by hand, a profile's format compiled once, zone offsets cached from one
// transition to the next (QDateTime::fromString and a zone look-up per row would cost more than
// the rest of the parsing together).
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <memory>

namespace abusedesk::delivery {

class TimestampParser
{
public:
    /// format: empty for the automatic forms, else a QDateTime format string; zone: the zone of
    /// times written without an offset (UTC when invalid).
    explicit TimestampParser(const QString &format = {}, const QTimeZone &zone = QTimeZone::UTC);
    ~TimestampParser();
    TimestampParser(TimestampParser &&) noexcept;
    TimestampParser &operator=(TimestampParser &&) noexcept;

    /// The moment in UTC, or an invalid QDateTime when the text is not a time in the format.
    ///
    /// Automatic forms: ISO 8601 / RFC 3339 ("2026-11-02T10:00:00.123+01:00"; "T" or a space
    /// between date and time; seconds and fraction optional; offset Z, ±HH:MM, ±HHMM or ±HH,
    /// or UTC/GMT, also after one space), a date alone (midnight), RFC 2822
    /// ("Mon, 02 Nov 2026 10:00:00 +0100", also with GMT, UT, EST… or without a zone), Unix
    /// seconds (9 or 10 digits, optionally with a fraction) and Unix milliseconds (13 digits).
    /// Times without an offset are in the zone given.
    ///
    /// A format string follows QDateTime's letters (d dd ddd dddd M MM MMM MMMM yy yyyy h hh H HH
    /// m mm s ss z zzz AP ap t, 'quoted text'), with two differences: "yy" means 2000–2099
    /// (Qt reads 1900–1999, never what a log means), and "t" reads only Z, UTC, GMT and
    /// numeric offsets. Month and day names are English, in any case. A space in the format
    /// matches one or more spaces.
    [[nodiscard]] QDateTime parse(QStringView text);
    /// The format, or the automatic forms in words, for the analyst's error messages.
    [[nodiscard]] QString formatDescription() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace abusedesk::delivery
