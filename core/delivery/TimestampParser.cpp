// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/TimestampParser.h"

#include <QCoreApplication>
#include <limits>
#include <optional>
#include <vector>

namespace abusedesk::delivery {

namespace {

constexpr qint64 MSecsPerDay = 86'400'000;

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::delivery::TimestampParser)
};

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// A wall-clock time, before its zone is known.
struct Fields
{
    int year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, msec = 0;
    std::optional<int> offsetSeconds; ///< when the text says its offset

    [[nodiscard]] bool valid() const
    {
        return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1
            && day <= daysInMonth(year, month) && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59
            && second >= 0 && second <= 60 && msec >= 0 && msec <= 999;
    }
    /// Milliseconds since the epoch, read as if the wall clock were UTC.
    [[nodiscard]] qint64 wallMSecs() const
    {
        // A leap second is the last millisecond of its minute: close enough for delivery logs.
        const int s = second == 60 ? 59 : second;
        return daysFromCivil(year, month, day) * MSecsPerDay + ((hour * 60LL + minute) * 60 + s) * 1000
            + (second == 60 ? 999 : msec);
    }
};

class Cursor
{
public:
    explicit Cursor(QStringView text)
        : m_text(text)
    { }

    [[nodiscard]] bool atEnd() const { return m_at >= m_text.size(); }
    [[nodiscard]] char16_t peek() const { return atEnd() ? u'\0' : m_text[m_at].unicode(); }
    [[nodiscard]] qsizetype position() const { return m_at; }
    [[nodiscard]] QStringView rest() const { return m_text.sliced(m_at); }
    void skip(qsizetype count) { m_at += count; }

    bool eat(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }
    bool eatSpaces()
    {
        const qsizetype from = m_at;
        while (peek() == u' ')
            ++m_at;
        return m_at > from;
    }
    /// Reads at least min and at most max ASCII digits; false (and nothing read) if fewer.
    bool number(int min, int max, int &value)
    {
        int count = 0;
        int result = 0;
        while (count < max && !atEnd()) {
            const char16_t c = m_text[m_at].unicode();
            if (c < u'0' || c > u'9')
                break;
            result = result * 10 + (c - u'0');
            ++m_at;
            ++count;
        }
        if (count < min) {
            m_at -= count;
            return false;
        }
        value = result;
        return true;
    }
    /// A fraction of a second after its separator: any number of digits, kept to milliseconds.
    bool fraction(int &msec)
    {
        int count = 0;
        int result = 0;
        while (!atEnd() && m_text[m_at].unicode() >= u'0' && m_text[m_at].unicode() <= u'9') {
            if (count < 3)
                result = result * 10 + (m_text[m_at].unicode() - u'0');
            ++count;
            ++m_at;
        }
        for (int i = count; i < 3; ++i)
            result *= 10;
        msec = result;
        return count > 0;
    }
    /// ASCII letters, for month and day names and AM/PM.
    QStringView letters()
    {
        const qsizetype from = m_at;
        while (!atEnd() && m_text[m_at].isLetter() && m_text[m_at].unicode() < 128)
            ++m_at;
        return m_text.sliced(from, m_at - from);
    }
    /// Z, UTC, GMT, ±HH:MM, ±HHMM or ±HH.
    bool zone(std::optional<int> &offset)
    {
        const char16_t c = peek();
        if (c == u'Z' || c == u'z') {
            ++m_at;
            offset = 0;
            return true;
        }
        const QStringView r = rest();
        if (r.startsWith(u"UTC", Qt::CaseInsensitive) || r.startsWith(u"GMT", Qt::CaseInsensitive)) {
            m_at += 3;
            offset = 0;
            if (peek() == u'+' || peek() == u'-')
                return zone(offset); // "UTC+01:00"
            return true;
        }
        if (c != u'+' && c != u'-' && c != u'\u2212')
            return false;
        const qsizetype start = m_at++;
        int hours = 0, minutes = 0;
        if (!number(2, 2, hours)) {
            m_at = start;
            return false;
        }
        if (eat(u':')) {
            if (!number(2, 2, minutes)) {
                m_at = start;
                return false;
            }
        } else {
            number(2, 2, minutes); // optional
        }
        if (hours > 23 || minutes > 59) {
            m_at = start;
            return false;
        }
        offset = (c == u'+' ? 1 : -1) * (hours * 3600 + minutes * 60);
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_at = 0;
};

// "2026-11-02", "2026-11-02T10:00", "2026-11-02 10:00:00.123456+01:00", "… 10:00:00 UTC".
bool parseIso(QStringView text, Fields &f)
{
    Cursor c(text);
    if (!c.number(4, 4, f.year) || !c.eat(u'-') || !c.number(2, 2, f.month) || !c.eat(u'-')
        || !c.number(2, 2, f.day))
        return false;
    if (c.atEnd())
        return true;
    if (!c.eat(u'T') && !c.eat(u't') && !c.eat(u' '))
        return false;
    if (!c.number(2, 2, f.hour) || !c.eat(u':') || !c.number(2, 2, f.minute))
        return false;
    if (c.eat(u':')) {
        if (!c.number(2, 2, f.second))
            return false;
        if ((c.eat(u'.') || c.eat(u',')) && !c.fraction(f.msec))
            return false;
    }
    if (c.atEnd())
        return true;
    c.eatSpaces();
    return c.zone(f.offsetSeconds) && c.atEnd();
}

// Unix seconds (9 or 10 digits: 1973–2286, optionally with a fraction) or milliseconds (13).
std::optional<qint64> parseEpoch(QStringView text)
{
    qsizetype digits = 0;
    while (digits < text.size() && text[digits].unicode() >= u'0' && text[digits].unicode() <= u'9')
        ++digits;
    if (digits == 0)
        return std::nullopt;
    const qint64 whole = text.first(digits).toLongLong();
    if (digits == 13 && digits == text.size())
        return whole;
    if (digits != 9 && digits != 10)
        return std::nullopt;
    int msec = 0;
    if (digits < text.size()) {
        Cursor c(text.sliced(digits));
        if (!c.eat(u'.') || !c.fraction(msec) || !c.atEnd())
            return std::nullopt;
    }
    return whole * 1000 + msec;
}

// RFC 2822 §4.3: the zone names of obs-zone, as offsets.
QString obsoleteZoneOffset(QStringView name)
{
    static constexpr struct
    {
        const char16_t *name;
        const char16_t *offset;
    } zones[] = { { u"UT", u"+0000" }, { u"UTC", u"+0000" }, { u"GMT", u"+0000" }, { u"Z", u"+0000" },
        { u"EST", u"-0500" }, { u"EDT", u"-0400" }, { u"CST", u"-0600" }, { u"CDT", u"-0500" },
        { u"MST", u"-0700" }, { u"MDT", u"-0600" }, { u"PST", u"-0800" }, { u"PDT", u"-0700" } };
    for (const auto &zone : zones) {
        if (name.compare(QStringView(zone.name), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(zone.offset);
    }
    return {};
}

constexpr const char16_t *MonthNames[] = { u"january", u"february", u"march", u"april", u"may", u"june",
    u"july", u"august", u"september", u"october", u"november", u"december" };

// 1–12 for an English month name, full or abbreviated to three letters ("Sept" too), else 0.
int monthFromName(QStringView name)
{
    if (name.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        const QStringView full(MonthNames[i]);
        if (name.compare(full, Qt::CaseInsensitive) == 0
            || name.compare(full.first(3), Qt::CaseInsensitive) == 0
            || (i == 8 && name.compare(u"sept", Qt::CaseInsensitive) == 0))
            return i + 1;
    }
    return 0;
}

// One piece of a compiled format.
struct Token
{
    enum Kind { Literal, Day, DayName, Month, Year2, Year4, Hour, Minute, Second, Fraction, AmPm, Zone };
    Kind kind = Literal;
    QString literal;
    int minDigits = 1, maxDigits = 2;
    bool monthName = false;
};

std::vector<Token> compile(const QString &format, bool &twelveHour)
{
    std::vector<Token> tokens;
    twelveHour = false;
    auto literal = [&tokens](QStringView text) {
        if (tokens.empty() || tokens.back().kind != Token::Literal)
            tokens.push_back({ Token::Literal, {} });
        tokens.back().literal += text;
    };
    qsizetype i = 0;
    const qsizetype n = format.size();
    while (i < n) {
        const QChar c = format.at(i);
        qsizetype run = 1;
        while (i + run < n && format.at(i + run) == c)
            ++run;
        const char16_t u = c.unicode();
        if (u == u'\'') {
            // 'quoted text'; '' is a quote
            if (i + 1 < n && format.at(i + 1) == u'\'') {
                literal(u"'");
                i += 2;
                continue;
            }
            const qsizetype close = format.indexOf(u'\'', i + 1);
            const qsizetype stop = close < 0 ? n : close;
            literal(QStringView(format).sliced(i + 1, stop - i - 1));
            i = close < 0 ? n : close + 1;
            continue;
        }
        Token t;
        qsizetype used = run;
        switch (u) {
        case u'd':
            used = std::min<qsizetype>(run, 4);
            t.kind = used >= 3 ? Token::DayName : Token::Day;
            break;
        case u'M':
            used = std::min<qsizetype>(run, 4);
            t.kind = Token::Month;
            t.monthName = used >= 3;
            break;
        case u'y':
            if (run >= 4) {
                used = 4;
                t.kind = Token::Year4;
                t.minDigits = t.maxDigits = 4;
            } else if (run >= 2) {
                used = 2;
                t.kind = Token::Year2;
                t.minDigits = t.maxDigits = 2;
            } else {
                literal(u"y");
                ++i;
                continue;
            }
            break;
        case u'h':
        case u'H':
            used = std::min<qsizetype>(run, 2);
            t.kind = Token::Hour;
            t.literal = QString(c); // h: 12-hour when the format has AM/PM
            break;
        case u'm':
            used = std::min<qsizetype>(run, 2);
            t.kind = Token::Minute;
            break;
        case u's':
            used = std::min<qsizetype>(run, 2);
            t.kind = Token::Second;
            break;
        case u'z':
            used = std::min<qsizetype>(run, 3);
            t.kind = Token::Fraction;
            break;
        case u't':
            used = std::min<qsizetype>(run, 4);
            t.kind = Token::Zone;
            break;
        case u'A':
        case u'a':
            used = (i + 1 < n && (format.at(i + 1) == u'P' || format.at(i + 1) == u'p')) ? 2 : 1;
            t.kind = Token::AmPm;
            break;
        default:
            literal(QStringView(format).sliced(i, run));
            i += run;
            continue;
        }
        tokens.push_back(t);
        if (t.kind == Token::AmPm)
            twelveHour = true;
        i += used;
    }
    return tokens;
}

bool parseWithTokens(const std::vector<Token> &tokens, bool twelveHour, QStringView text, Fields &f)
{
    Cursor c(text);
    std::optional<bool> pm;
    bool hour12 = false;
    for (const Token &t : tokens) {
        switch (t.kind) {
        case Token::Literal:
            for (const QChar ch : t.literal) {
                if (ch == u' ') {
                    if (!c.eatSpaces())
                        return false;
                } else if (!c.eat(ch.unicode())) {
                    return false;
                }
            }
            break;
        case Token::Day:
            if (!c.number(1, 2, f.day))
                return false;
            break;
        case Token::DayName:
            if (c.letters().size() < 2)
                return false;
            break;
        case Token::Month:
            if (t.monthName) {
                f.month = monthFromName(c.letters());
                if (f.month == 0)
                    return false;
            } else if (!c.number(1, 2, f.month)) {
                return false;
            }
            break;
        case Token::Year2:
            if (!c.number(2, 2, f.year))
                return false;
            f.year += 2000;
            break;
        case Token::Year4:
            if (!c.number(4, 4, f.year))
                return false;
            break;
        case Token::Hour:
            if (!c.number(1, 2, f.hour))
                return false;
            hour12 = twelveHour && t.literal == u"h";
            break;
        case Token::Minute:
            if (!c.number(1, 2, f.minute))
                return false;
            break;
        case Token::Second:
            if (!c.number(1, 2, f.second))
                return false;
            break;
        case Token::Fraction:
            if (!c.fraction(f.msec))
                return false;
            break;
        case Token::AmPm: {
            const QStringView word = c.letters();
            if (word.compare(u"am", Qt::CaseInsensitive) == 0)
                pm = false;
            else if (word.compare(u"pm", Qt::CaseInsensitive) == 0)
                pm = true;
            else
                return false;
            break;
        }
        case Token::Zone:
            if (!c.zone(f.offsetSeconds))
                return false;
            break;
        }
    }
    if (!c.atEnd())
        return false;
    if (hour12 && pm) {
        if (f.hour < 1 || f.hour > 12)
            return false;
        f.hour = (f.hour % 12) + (*pm ? 12 : 0);
    }
    return true;
}

} // namespace

struct TimestampParser::Private
{
    QString format;
    std::vector<Token> tokens;
    bool twelveHour = false;
    QTimeZone zone;
    std::optional<int> fixedOffset; ///< seconds, when the zone never changes its offset
    // The offset that holds in [validFrom, validUntil) (UTC ms), from the last look-up.
    int cachedOffset = 0;
    qint64 validFrom = 0;
    qint64 validUntil = 0;

    /// UTC milliseconds of a wall-clock time in the zone, or nothing if the zone cannot say.
    std::optional<qint64> toUtc(qint64 wall)
    {
        if (fixedOffset)
            return wall - *fixedOffset * 1000LL;
        const qint64 guess = wall - cachedOffset * 1000LL;
        if (guess >= validFrom && guess < validUntil)
            return guess;
        const QDateTime asUtc = QDateTime::fromMSecsSinceEpoch(wall, QTimeZone::UTC);
        const QDateTime zoned(asUtc.date(), asUtc.time(), zone);
        if (!zoned.isValid())
            return std::nullopt;
        cachedOffset = zoned.offsetFromUtc();
        // previousTransition() is strictly before its argument: ask just after, so that a time
        // right on a transition gets the transition itself as the start of its period.
        const QTimeZone::OffsetData previous = zone.previousTransition(zoned.addMSecs(1));
        const QTimeZone::OffsetData next = zone.nextTransition(zoned);
        validFrom = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch()
                                             : std::numeric_limits<qint64>::min();
        validUntil
            = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        return zoned.toMSecsSinceEpoch();
    }

    QDateTime finish(const Fields &f)
    {
        if (!f.valid())
            return {};
        const qint64 wall = f.wallMSecs();
        if (f.offsetSeconds)
            return QDateTime::fromMSecsSinceEpoch(wall - *f.offsetSeconds * 1000LL, QTimeZone::UTC);
        const std::optional<qint64> utc = toUtc(wall);
        return utc ? QDateTime::fromMSecsSinceEpoch(*utc, QTimeZone::UTC) : QDateTime();
    }
};

TimestampParser::TimestampParser(const QString &format, const QTimeZone &zone)
    : d(new Private)
{
    d->format = format;
    d->zone = zone.isValid() ? zone : QTimeZone(QTimeZone::UTC);
    if (d->zone.timeSpec() == Qt::UTC)
        d->fixedOffset = 0;
    else if (d->zone.timeSpec() == Qt::OffsetFromUTC)
        d->fixedOffset = d->zone.fixedSecondsAheadOfUtc();
    if (!format.isEmpty())
        d->tokens = compile(format, d->twelveHour);
}

TimestampParser::~TimestampParser() = default;
TimestampParser::TimestampParser(TimestampParser &&) noexcept = default;
TimestampParser &TimestampParser::operator=(TimestampParser &&) noexcept = default;

QDateTime TimestampParser::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    Fields f;
    if (!d->format.isEmpty())
        return parseWithTokens(d->tokens, d->twelveHour, text, f) ? d->finish(f) : QDateTime();
    if (parseIso(text, f))
        return d->finish(f);
    if (const std::optional<qint64> epoch = parseEpoch(text))
        return QDateTime::fromMSecsSinceEpoch(*epoch, QTimeZone::UTC);
    // RFC 2822 is rare in tabular data: Qt's parser is good enough there.
    const QChar first = text.front();
    if (first.isLetter()
        || (first.isDigit() && text.size() > 2 && (text[1].isSpace() || text[2].isSpace()))) {
        // Qt reads numeric zones only: the obsolete names RFC 2822 still allows become offsets.
        QString rfcText = text.toString();
        const QStringView last = text.sliced(text.lastIndexOf(u' ') + 1);
        bool named = !last.isEmpty();
        for (const QChar c : last)
            named = named && c.isLetter();
        if (named) {
            const QString offset = obsoleteZoneOffset(last);
            if (offset.isEmpty())
                return {};
            rfcText = text.first(text.size() - last.size()).toString() + offset;
        }
        const QDateTime rfc = QDateTime::fromString(rfcText, Qt::RFC2822Date);
        if (!rfc.isValid())
            return {};
        // Qt reads a missing zone as UTC; here it is the profile's zone, as for ISO times.
        if (named || last.startsWith(u'+') || last.startsWith(u'-'))
            return rfc.toUTC();
        int year = 0, month = 0, day = 0;
        rfc.date().getDate(&year, &month, &day);
        Fields local { year, month, day, rfc.time().hour(), rfc.time().minute(), rfc.time().second(), 0, {} };
        return d->finish(local);
    }
    return {};
}

QString TimestampParser::formatDescription() const
{
    if (!d->format.isEmpty())
        return d->format;
    return Tr::tr("ISO 8601, RFC 2822 or Unix time");
}

} // namespace abusedesk::delivery
