// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/CsvRecordAssembler.h"
#include "delivery/FieldText.h"
#include "delivery/TabularFormats.h"
#include "delivery/TimestampParser.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace abusedesk::delivery {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::delivery::TabularParser)
};

constexpr qint64 FutureTolerance = 2LL * 86'400'000; ///< clocks and zones differ; days more do not

// Positions in CsvProfile::fieldsOf(kind), per kind.
namespace SendLog {
enum { Time, Customer, Campaign, SendingIp, EnvelopeSender, Recipient, Result, Status, Diagnostic };
}
namespace OptOut {
enum { Time, Customer, Recipient, Reason, Source };
}
namespace Seed {
enum { Campaign, Customer, Receiver, Placement, Time };
}
namespace Blocklist {
enum { List, Target, Listed, Delisted, Note };
}

// Result words every send log may use without a profile entry (lower case).
const QHash<QString, DeliveryResult> &builtInResultWords()
{
    static const QHash<QString, DeliveryResult> words = [] {
        QHash<QString, DeliveryResult> table;
        for (const char16_t *word :
            { u"delivered", u"delivery", u"sent", u"ok", u"success", u"succeeded", u"accepted", u"relayed" })
            table.insert(QString::fromUtf16(word), DeliveryResult::Delivered);
        for (const char16_t *word :
            { u"deferred", u"defer", u"deferral", u"delayed", u"delay", u"retry", u"soft", u"soft bounce",
                u"softbounce", u"soft_bounce", u"transient", u"tempfail", u"temporary" })
            table.insert(QString::fromUtf16(word), DeliveryResult::Deferred);
        for (const char16_t *word : { u"bounced", u"bounce", u"failed", u"fail", u"failure", u"hard",
                 u"hard bounce", u"hardbounce", u"hard_bounce", u"rejected", u"reject", u"permanent" })
            table.insert(QString::fromUtf16(word), DeliveryResult::Bounced);
        for (const char16_t *word : { u"expired", u"expire" })
            table.insert(QString::fromUtf16(word), DeliveryResult::Expired);
        return table;
    }();
    return words;
}

std::optional<DeliveryResult> resultFromName(QStringView name)
{
    if (name == u"delivered")
        return DeliveryResult::Delivered;
    if (name == u"deferred")
        return DeliveryResult::Deferred;
    if (name == u"bounced")
        return DeliveryResult::Bounced;
    if (name == u"expired")
        return DeliveryResult::Expired;
    return std::nullopt;
}

// A reply code (250, 421, 550) or an enhanced status (2.0.0, 4.2.2, 5.1.1) as the result.
std::optional<DeliveryResult> resultFromCode(const QString &word)
{
    if (FieldText::replyCode(word).size() != word.size()
        && FieldText::enhancedStatus(word).size() != word.size())
        return std::nullopt;
    switch (word.front().unicode()) {
    case u'2':
        return DeliveryResult::Delivered;
    case u'4':
        return DeliveryResult::Deferred;
    case u'5':
        return DeliveryResult::Bounced;
    }
    return std::nullopt;
}

// The seed placements as the seed-test tools write them (lower case, "_" and "-" as spaces).
std::optional<SeedPlacement> placementFromWord(const QString &text)
{
    QString word = text.toLower();
    word.replace(u'_', u' ').replace(u'-', u' ');
    word = word.simplified();
    static const QHash<QString, SeedPlacement> words = [] {
        QHash<QString, SeedPlacement> table;
        // Gmail's tabs are in the inbox: a seed tool that names the tab still means "not junk".
        for (const char16_t *w : { u"inbox", u"primary", u"delivered", u"inboxed", u"tabs", u"tab",
                 u"promotions", u"social", u"updates", u"forums" })
            table.insert(QString::fromUtf16(w), SeedPlacement::Inbox);
        for (const char16_t *w :
            { u"junk", u"spam", u"bulk", u"junk folder", u"spam folder", u"bulk folder" })
            table.insert(QString::fromUtf16(w), SeedPlacement::Junk);
        for (const char16_t *w :
            { u"missing", u"not delivered", u"lost", u"not received", u"not found", u"undelivered" })
            table.insert(QString::fromUtf16(w), SeedPlacement::Missing);
        return table;
    }();
    const auto it = words.constFind(word);
    if (it == words.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

struct TabularParser::Private
{
    Private(ParserSinks s, CsvProfile p, QDateTime reference)
        : sinks(std::move(s))
        , profile(std::move(p))
        , times(profile.timeFormat, profile.timeZone)
        , records(
              profile.separator, [this](const CsvRecordAssembler::Record &record) { take(record); },
              [this](qint64 line, const QString &reason) { reject(line, reason); })
        , fieldNames(CsvProfile::fieldsOf(profile.kind))
        , keyPrefix(CsvProfile::kindName(profile.kind).toUtf8() + '\n')
    {
        if (reference.isValid())
            latest = reference.toMSecsSinceEpoch() + FutureTolerance;
        for (auto it = profile.resultWords.cbegin(); it != profile.resultWords.cend(); ++it) {
            if (const std::optional<DeliveryResult> result = resultFromName(it.value()))
                resultWords.insert(it.key().trimmed().toLower(), *result);
        }
        column.fill(-1);
    }

    ParserSinks sinks;
    CsvProfile profile;
    TimestampParser times;
    CsvRecordAssembler records;
    QStringList fieldNames;
    QByteArray keyPrefix;
    std::optional<qint64> latest; ///< UTC ms; later times lie in the future
    QHash<QString, DeliveryResult> resultWords;
    std::array<int, 9> column {}; ///< per field (fieldsOf order): its column, or -1
    qsizetype headerSize = 0;
    bool headerSeen = false;
    bool stopped = false; ///< the header lacks a required column: nothing can be read
    const QStringList *fields = nullptr; ///< of the record being read
    QByteArray keyBytes;

    void reject(qint64 line, const QString &reason)
    {
        if (sinks.rejection)
            sinks.rejection({ line, reason });
    }

    QString profileName() const
    {
        return profile.name.isEmpty()
            ? Tr::tr("the built-in %1 profile").arg(CsvProfile::kindName(profile.kind))
            : Tr::tr("profile \"%1\"").arg(profile.name);
    }

    void readHeader(const QStringList &names, qint64 line)
    {
        headerSeen = true;
        headerSize = names.size();
        QHash<QString, int> byName;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString key = names.at(i).trimmed().toCaseFolded();
            if (!byName.contains(key))
                byName.insert(key, int(i));
        }
        QStringList missing;
        const QStringList required = CsvProfile::requiredFieldsOf(profile.kind);
        for (qsizetype k = 0; k < fieldNames.size(); ++k) {
            const QString &field = fieldNames.at(k);
            const QString mapped = profile.columns.value(field).trimmed();
            column[k] = mapped.isEmpty() ? -1 : byName.value(mapped.toCaseFolded(), -1);
            if (column[k] >= 0 || !required.contains(field))
                continue;
            if (mapped.isEmpty() || mapped.compare(field, Qt::CaseInsensitive) == 0)
                missing.append(u"\"%1\""_s.arg(mapped.isEmpty() ? field : mapped));
            else
                missing.append(Tr::tr("\"%1\" (%2)").arg(mapped, field));
        }
        if (missing.isEmpty())
            return;
        stopped = true;
        reject(line,
            missing.size() == 1
                ? Tr::tr("the column %1 of %2 is missing").arg(missing.front(), profileName())
                : Tr::tr("the columns %1 of %2 are missing").arg(missing.join(u", "), profileName()));
    }

    /// The field's text, trimmed; empty when the file has no such column or the row is short.
    QString value(int field) const
    {
        const int at = column[field];
        return at >= 0 && at < fields->size() ? fields->at(at).trimmed() : QString();
    }

    /// The time in a field, or an invalid QDateTime after rejecting the record.
    QDateTime time(int field, qint64 line, bool required)
    {
        const QString text = value(field);
        const QString &name = fieldNames.at(field);
        if (text.isEmpty()) {
            if (required)
                reject(line, Tr::tr("no %1").arg(name));
            return {};
        }
        const QDateTime when = times.parse(text);
        if (!when.isValid()) {
            reject(line,
                profile.timeFormat.isEmpty()
                    ? Tr::tr("%1 \"%2\" is not a date (ISO 8601, RFC 2822 or Unix time)").arg(name, text)
                    : Tr::tr("%1 \"%2\" is not a date in the format %3").arg(name, text, profile.timeFormat));
            return {};
        }
        if (latest && when.toMSecsSinceEpoch() > *latest) {
            reject(line, Tr::tr("%1 \"%2\" lies in the future").arg(name, text));
            return {};
        }
        return when;
    }

    /// The text of a required field, or empty after rejecting the record.
    QString required(int field, qint64 line)
    {
        QString text = value(field);
        if (text.isEmpty())
            reject(line, Tr::tr("no %1").arg(fieldNames.at(field)));
        return text;
    }

    QByteArray key(QByteArrayView raw)
    {
        keyBytes.truncate(0);
        keyBytes.append(keyPrefix);
        keyBytes.append(raw);
        return recordKey(keyBytes);
    }

    void take(const CsvRecordAssembler::Record &record)
    {
        if (stopped)
            return;
        if (!headerSeen) {
            readHeader(record.fields, record.line);
            return;
        }
        bool blank = true;
        for (const QString &field : record.fields)
            blank = blank && field.trimmed().isEmpty();
        if (blank)
            return; // spreadsheets export empty rows as ",,,,"
        const qsizetype size = record.fields.size();
        if (size != headerSize) {
            bool usable = true;
            if (size < headerSize) {
                // A short row is fine when every required column is in it.
                for (const QString &field : CsvProfile::requiredFieldsOf(profile.kind))
                    usable = usable && column[fieldNames.indexOf(field)] < size;
            } else {
                // Extra fields are fine only when empty (a trailing separator); otherwise a
                // separator in an unquoted value has shifted the columns after it.
                for (qsizetype i = headerSize; i < size; ++i)
                    usable = usable && record.fields.at(i).trimmed().isEmpty();
            }
            if (!usable) {
                reject(record.line, Tr::tr("%1 fields, the header has %2").arg(size).arg(headerSize));
                return;
            }
        }
        fields = &record.fields;
        switch (profile.kind) {
        case TabularKind::SendLog:
            readDelivery(record);
            break;
        case TabularKind::OptOut:
            readOptOut(record);
            break;
        case TabularKind::Seed:
            readSeed(record);
            break;
        case TabularKind::Blocklist:
            readListing(record);
            break;
        }
        fields = nullptr;
    }

    void readDelivery(const CsvRecordAssembler::Record &record)
    {
        const qint64 line = record.line;
        const QDateTime when = time(SendLog::Time, line, true);
        if (!when.isValid())
            return;
        const QString recipientText = required(SendLog::Recipient, line);
        if (recipientText.isEmpty())
            return;
        const QString recipient = FieldText::address(recipientText);
        if (!recipient.contains(u'@')) {
            reject(line, Tr::tr("recipient \"%1\" is not a mail address").arg(recipientText));
            return;
        }
        const QString resultText = required(SendLog::Result, line);
        if (resultText.isEmpty())
            return;
        const QString word = resultText.toLower();
        std::optional<DeliveryResult> result;
        if (const auto it = resultWords.constFind(word); it != resultWords.constEnd())
            result = *it;
        else if (const auto builtIn = builtInResultWords().constFind(word);
            builtIn != builtInResultWords().constEnd())
            result = *builtIn;
        else
            result = resultFromCode(word);
        if (!result) {
            reject(line,
                Tr::tr("result \"%1\" is not a known word for delivered, deferred, bounced or expired")
                    .arg(resultText));
            return;
        }

        DeliveryRecord r;
        r.time = when;
        r.recipient = recipient;
        r.result = *result;
        r.customer = value(SendLog::Customer);
        r.campaign = value(SendLog::Campaign);
        r.sendingIp = value(SendLog::SendingIp);
        r.envelopeSender = FieldText::address(value(SendLog::EnvelopeSender));
        r.diagnostic = value(SendLog::Diagnostic);
        // The status column holds an enhanced status, a reply code, or both ("550 5.1.1").
        const QString status = value(SendLog::Status);
        r.status = FieldText::enhancedStatus(status);
        r.replyCode = FieldText::replyCode(status);
        if (r.status.isEmpty())
            r.status = FieldText::statusAfterReplyCode(status);
        if (r.replyCode.isEmpty())
            r.replyCode = FieldText::replyCode(resultText);
        if (r.status.isEmpty())
            r.status = FieldText::enhancedStatus(resultText);
        if (r.replyCode.isEmpty())
            r.replyCode = FieldText::replyCode(r.diagnostic);
        if (r.status.isEmpty())
            r.status = FieldText::statusAfterReplyCode(r.diagnostic);
        r.line = line;
        r.key = key(record.raw);
        if (sinks.delivery)
            sinks.delivery(std::move(r));
    }

    void readOptOut(const CsvRecordAssembler::Record &record)
    {
        const qint64 line = record.line;
        const QDateTime when = time(OptOut::Time, line, true);
        if (!when.isValid())
            return;
        const QString recipientText = required(OptOut::Recipient, line);
        if (recipientText.isEmpty())
            return;
        OptOutRecord r;
        r.recipient = FieldText::address(recipientText);
        if (!r.recipient.contains(u'@')) {
            reject(line, Tr::tr("recipient \"%1\" is not a mail address").arg(recipientText));
            return;
        }
        r.time = when;
        r.customer = value(OptOut::Customer);
        r.reason = value(OptOut::Reason);
        r.source = value(OptOut::Source);
        r.line = line;
        r.key = key(record.raw);
        if (sinks.optOut)
            sinks.optOut(std::move(r));
    }

    void readSeed(const CsvRecordAssembler::Record &record)
    {
        const qint64 line = record.line;
        SeedResult r;
        r.campaign = required(Seed::Campaign, line);
        if (r.campaign.isEmpty())
            return;
        r.receiver = required(Seed::Receiver, line);
        if (r.receiver.isEmpty())
            return;
        const QString placementText = required(Seed::Placement, line);
        if (placementText.isEmpty())
            return;
        const std::optional<SeedPlacement> placement = placementFromWord(placementText);
        if (!placement) {
            reject(line, Tr::tr("placement \"%1\" is not inbox, junk or missing").arg(placementText));
            return;
        }
        r.placement = *placement;
        if (!value(Seed::Time).isEmpty()) {
            r.time = time(Seed::Time, line, false);
            if (!r.time.isValid())
                return;
        }
        r.customer = value(Seed::Customer);
        r.line = line;
        r.key = key(record.raw);
        if (sinks.seed)
            sinks.seed(std::move(r));
    }

    void readListing(const CsvRecordAssembler::Record &record)
    {
        const qint64 line = record.line;
        BlocklistListing r;
        r.list = required(Blocklist::List, line);
        if (r.list.isEmpty())
            return;
        r.target = required(Blocklist::Target, line).toLower();
        if (r.target.isEmpty())
            return;
        r.listed = time(Blocklist::Listed, line, true);
        if (!r.listed.isValid())
            return;
        if (!value(Blocklist::Delisted).isEmpty()) {
            r.delisted = time(Blocklist::Delisted, line, false);
            if (!r.delisted.isValid())
                return;
        }
        r.note = value(Blocklist::Note);
        r.line = line;
        r.key = key(record.raw);
        if (sinks.listing)
            sinks.listing(std::move(r));
    }
};

TabularParser::TabularParser(ParserSinks sinks, CsvProfile profile, QDateTime reference)
    : d(new Private(std::move(sinks), std::move(profile), std::move(reference)))
{ }

TabularParser::~TabularParser() = default;

void TabularParser::addLine(QByteArrayView line, qint64 number)
{
    if (d->stopped)
        return;
    d->records.addLine(line, number);
}

void TabularParser::finish()
{
    d->records.finish();
}

} // namespace abusedesk::delivery
