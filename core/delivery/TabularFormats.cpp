// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/TabularFormats.h"

#include "delivery/CsvReader.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace abusedesk::delivery {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::delivery::TabularFormats)
};

constexpr std::array AllKinds
    = { TabularKind::SendLog, TabularKind::OptOut, TabularKind::Seed, TabularKind::Blocklist };

constexpr std::array ResultNames = { u"delivered", u"deferred", u"bounced", u"expired" };

QByteArrayView withoutLineEnd(QByteArrayView line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// The header: the first line that is not blank, without a byte-order mark or line end.
QByteArrayView headerLine(const QList<QByteArray> &firstLines)
{
    for (const QByteArray &line : firstLines) {
        QByteArrayView view = withoutLineEnd(line);
        if (view.startsWith("\xEF\xBB\xBF"))
            view = view.sliced(3);
        if (!view.trimmed().isEmpty())
            return view;
    }
    return {};
}

// The column names of a header line, or nothing when it is not one CSV record.
std::optional<QStringList> splitHeader(QByteArrayView header, char separator)
{
    CsvReader reader(separator);
    QStringList fields;
    if (!reader.addLine(header, fields))
        return std::nullopt;
    for (QString &field : fields)
        field = field.trimmed();
    return fields;
}

// How the matching compares column names: case and the white space around them do not count.
QString columnKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

// How synonyms compare: "Unsubscribed At", "unsubscribed_at" and "unsubscribedAt" are one name.
QString synonymKey(const QString &name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c != u' ' && c != u'_' && c != u'-' && c != u'.')
            key += c.toCaseFolded();
    }
    return key;
}

struct Synonyms
{
    const char16_t *field;
    /// As synonymKey() writes them. A vector: an initializer_list member would outlive its array.
    std::vector<const char16_t *> names;
};

// The column names of the built-in profiles, per field. Recorded in TabularFormats::recognise().
const std::vector<Synonyms> &synonymsOf(TabularKind kind)
{
    static const std::vector<Synonyms> optOut = {
        { u"time",
            { u"time", u"date", u"timestamp", u"datetime", u"unsubscribedat", u"unsubscribedate",
                u"unsubscribed", u"optedoutat", u"optoutdate" } },
        { u"customer", { u"customer", u"customerid", u"client", u"clientid", u"account", u"accountid" } },
        { u"recipient", { u"recipient", u"email", u"emailaddress", u"address", u"mail" } },
        { u"reason", { u"reason", u"unsubscribereason" } },
        { u"source", { u"source", u"channel", u"method" } },
    };
    static const std::vector<Synonyms> seed = {
        { u"campaign", { u"campaign", u"campaignid", u"campaignname" } },
        { u"customer", { u"customer", u"customerid", u"client", u"clientid", u"account", u"accountid" } },
        { u"receiver", { u"receiver", u"provider", u"mailboxprovider", u"isp" } },
        { u"placement", { u"placement", u"folder", u"result", u"inboxplacement" } },
        { u"time", { u"time", u"date", u"timestamp", u"datetime" } },
    };
    static const std::vector<Synonyms> blocklist = {
        { u"list", { u"list", u"blocklist", u"blacklist", u"dnsbl", u"rbl" } },
        { u"target", { u"target", u"ip", u"ipaddress", u"domain", u"listeditem", u"cidr" } },
        { u"listed", { u"listed", u"listedat", u"listedsince", u"since", u"listeddate" } },
        { u"delisted", { u"delisted", u"delistedat", u"delisteddate", u"removed", u"removedat" } },
        { u"note", { u"note", u"notes", u"comment", u"comments" } },
    };
    static const std::vector<Synonyms> none;
    switch (kind) {
    case TabularKind::OptOut:
        return optOut;
    case TabularKind::Seed:
        return seed;
    case TabularKind::Blocklist:
        return blocklist;
    case TabularKind::SendLog:
        break;
    }
    return none;
}

// Columns that an opt-out list never has but delivery logs, seed results and blocklist exports
// do: opt-out needs only a time and an address, which those files have as well, and reading a
// send log as opt-outs would suppress every recipient it names.
bool foreignToOptOut(const QString &key)
{
    static const QSet<QString> names = { u"result"_s, u"status"_s, u"deliverystatus"_s, u"diagnostic"_s,
        u"event"_s, u"eventtype"_s, u"response"_s, u"relay"_s, u"sendingip"_s, u"placement"_s, u"folder"_s,
        u"inboxplacement"_s, u"receiver"_s, u"provider"_s, u"mailboxprovider"_s, u"isp"_s, u"list"_s,
        u"blocklist"_s, u"blacklist"_s, u"dnsbl"_s, u"rbl"_s, u"listed"_s, u"listedat"_s, u"delisted"_s,
        u"delistedat"_s };
    return names.contains(key) || key.startsWith(u"dsn") || key.startsWith(u"bounce")
        || key.startsWith(u"smtp");
}

QSet<QString> columnKeys(const QStringList &names)
{
    QSet<QString> keys;
    for (const QString &name : names)
        keys.insert(columnKey(name));
    return keys;
}

QString separatorText(char separator)
{
    return QString(QChar::fromLatin1(separator));
}

} // namespace

QJsonObject CsvProfile::toJson() const
{
    QJsonObject mapped;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        mapped.insert(it.key(), it.value());
    QJsonObject words;
    for (auto it = resultWords.cbegin(); it != resultWords.cend(); ++it)
        words.insert(it.key(), it.value());
    return {
        { u"name"_s, name },
        { u"kind"_s, kindName(kind) },
        { u"separator"_s, separatorText(separator) },
        { u"columns"_s, mapped },
        { u"timeFormat"_s, timeFormat },
        { u"timeZone"_s, QString::fromLatin1(timeZone.isValid() ? timeZone.id() : QByteArrayView("UTC")) },
        { u"resultWords"_s, words },
    };
}

std::optional<CsvProfile> CsvProfile::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<CsvProfile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    CsvProfile profile;
    profile.name = object.value(u"name"_s).toString();
    const QString kindText = object.value(u"kind"_s).toString();
    const std::optional<TabularKind> kind = kindFromName(kindText);
    if (!kind)
        return fail(Tr::tr("unknown kind \"%1\": not send-log, opt-out, seed or blocklist").arg(kindText));
    profile.kind = *kind;

    if (object.contains(u"separator"_s)) {
        const QString separator = object.value(u"separator"_s).toString();
        if (separator != u"," && separator != u";" && separator != u"\t")
            return fail(Tr::tr("the separator \"%1\" is not a comma, a semicolon or a tab").arg(separator));
        profile.separator = char(separator.front().unicode());
    }

    const QStringList fields = fieldsOf(profile.kind);
    const QJsonObject columns = object.value(u"columns"_s).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (!fields.contains(it.key()))
            return fail(Tr::tr("\"%1\" is not a field of the kind %2").arg(it.key(), kindName(profile.kind)));
        const QString column = it.value().toString().trimmed();
        if (column.isEmpty())
            return fail(Tr::tr("the field \"%1\" names no column").arg(it.key()));
        profile.columns.insert(it.key(), column);
    }
    for (const QString &field : requiredFieldsOf(profile.kind)) {
        if (!profile.columns.contains(field))
            return fail(Tr::tr("the required field \"%1\" has no column").arg(field));
    }

    profile.timeFormat = object.value(u"timeFormat"_s).toString();
    const QString zone = object.value(u"timeZone"_s).toString();
    if (!zone.isEmpty() && zone != u"UTC") {
        profile.timeZone = QTimeZone(zone.toUtf8());
        if (!profile.timeZone.isValid())
            return fail(Tr::tr("unknown time zone \"%1\"").arg(zone));
    }

    const QJsonObject words = object.value(u"resultWords"_s).toObject();
    for (auto it = words.constBegin(); it != words.constEnd(); ++it) {
        const QString result = it.value().toString();
        bool known = false;
        for (const char16_t *name : ResultNames)
            known = known || result == QStringView(name);
        if (!known)
            return fail(Tr::tr(
                "the result word \"%1\" maps to \"%2\", not to delivered, deferred, bounced or expired")
                    .arg(it.key(), result));
        profile.resultWords.insert(it.key(), result);
    }
    if (error)
        error->clear();
    return profile;
}

QStringList CsvProfile::fieldsOf(TabularKind kind)
{
    switch (kind) {
    case TabularKind::SendLog:
        return { u"time"_s, u"customer"_s, u"campaign"_s, u"sending_ip"_s, u"envelope_sender"_s,
            u"recipient"_s, u"result"_s, u"status"_s, u"diagnostic"_s };
    case TabularKind::OptOut:
        return { u"time"_s, u"customer"_s, u"recipient"_s, u"reason"_s, u"source"_s };
    case TabularKind::Seed:
        return { u"campaign"_s, u"customer"_s, u"receiver"_s, u"placement"_s, u"time"_s };
    case TabularKind::Blocklist:
        return { u"list"_s, u"target"_s, u"listed"_s, u"delisted"_s, u"note"_s };
    }
    return {};
}

QStringList CsvProfile::requiredFieldsOf(TabularKind kind)
{
    switch (kind) {
    case TabularKind::SendLog:
        return { u"time"_s, u"recipient"_s, u"result"_s };
    case TabularKind::OptOut:
        return { u"time"_s, u"recipient"_s };
    case TabularKind::Seed:
        return { u"campaign"_s, u"receiver"_s, u"placement"_s };
    case TabularKind::Blocklist:
        return { u"list"_s, u"target"_s, u"listed"_s };
    }
    return {};
}

QString CsvProfile::kindName(TabularKind kind)
{
    switch (kind) {
    case TabularKind::SendLog:
        return u"send-log"_s;
    case TabularKind::OptOut:
        return u"opt-out"_s;
    case TabularKind::Seed:
        return u"seed"_s;
    case TabularKind::Blocklist:
        return u"blocklist"_s;
    }
    return {};
}

std::optional<TabularKind> CsvProfile::kindFromName(const QString &name)
{
    for (const TabularKind kind : AllKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<CsvProfile> TabularFormats::recognise(
    const QList<QByteArray> &firstLines, const QList<CsvProfile> &savedProfiles)
{
    if (!looksTabular(firstLines) || isPowerMtaAccounting(firstLines))
        return std::nullopt;
    const QByteArrayView header = headerLine(firstLines);

    // A saved profile whose columns are all there; the one that maps the most wins, so that a
    // profile for "v2" of a log beats the one for "v1" whose columns are a subset.
    const CsvProfile *best = nullptr;
    for (const CsvProfile &profile : savedProfiles) {
        if (profile.columns.isEmpty() || (best && best->columns.size() >= profile.columns.size()))
            continue;
        const std::optional<QStringList> names = splitHeader(header, profile.separator);
        if (!names)
            continue;
        const QSet<QString> keys = columnKeys(*names);
        bool all = true;
        for (const QString &column : profile.columns) {
            if (!keys.contains(columnKey(column))) {
                all = false;
                break;
            }
        }
        if (all)
            best = &profile;
    }
    if (best)
        return *best;

    const char separator = CsvReader::guessSeparator(header);
    const std::optional<QStringList> names = splitHeader(header, separator);
    if (!names)
        return std::nullopt;

    // A send log is too easy to mistake for an opt-out list (a time and an address): without a
    // saved profile, only the canonical field names make one.
    {
        const QStringList canonical = CsvProfile::fieldsOf(TabularKind::SendLog);
        CsvProfile profile;
        profile.kind = TabularKind::SendLog;
        profile.separator = separator;
        bool onlyCanonical = true;
        for (const QString &name : *names) {
            if (name.isEmpty())
                continue;
            const QString field = name.toLower();
            if (!canonical.contains(field)) {
                onlyCanonical = false;
                break;
            }
            if (!profile.columns.contains(field))
                profile.columns.insert(field, name);
        }
        bool complete = onlyCanonical;
        for (const QString &field : CsvProfile::requiredFieldsOf(TabularKind::SendLog))
            complete = complete && profile.columns.contains(field);
        if (complete)
            return profile;
    }

    std::optional<CsvProfile> found;
    qsizetype foundCount = 0;
    // Seed and blocklist first: on a tie they are the stronger guess (more required fields).
    for (const TabularKind kind : { TabularKind::Seed, TabularKind::Blocklist, TabularKind::OptOut }) {
        CsvProfile profile;
        profile.kind = kind;
        profile.separator = separator;
        bool foreign = false;
        for (const QString &name : *names) {
            const QString key = synonymKey(name);
            if (key.isEmpty())
                continue;
            if (kind == TabularKind::OptOut && foreignToOptOut(key))
                foreign = true;
            for (const Synonyms &synonyms : synonymsOf(kind)) {
                const QString field = QString::fromUtf16(synonyms.field);
                if (profile.columns.contains(field))
                    continue;
                bool matches = false;
                for (const char16_t *synonym : synonyms.names)
                    matches = matches || key == QStringView(synonym);
                if (matches) {
                    profile.columns.insert(field, name);
                    break;
                }
            }
        }
        if (foreign)
            continue;
        bool complete = true;
        for (const QString &field : CsvProfile::requiredFieldsOf(kind))
            complete = complete && profile.columns.contains(field);
        if (complete && profile.columns.size() > foundCount) {
            foundCount = profile.columns.size();
            found = profile;
        }
    }
    return found;
}

bool TabularFormats::isPowerMtaAccounting(const QList<QByteArray> &firstLines)
{
    const QByteArrayView header = headerLine(firstLines);
    const std::optional<QStringList> names = splitHeader(header, CsvReader::guessSeparator(header));
    if (!names)
        return false;
    const QSet<QString> keys = columnKeys(*names);
    return keys.contains(u"type"_s) && (keys.contains(u"timelogged"_s) || keys.contains(u"timequeued"_s))
        && keys.contains(u"rcpt"_s) && (keys.contains(u"dsnaction"_s) || keys.contains(u"dsnstatus"_s));
}

bool TabularFormats::looksTabular(const QList<QByteArray> &firstLines)
{
    const QByteArrayView header = headerLine(firstLines);
    if (header.isEmpty() || header.startsWith("From "))
        return false; // an mbox
    const std::optional<QStringList> names = splitHeader(header, CsvReader::guessSeparator(header));
    if (!names || names->size() < 2)
        return false;
    // Every name must look like a column name. This is also what keeps log lines out: a syslog
    // line starts with "Nov  2 10:00:00 host prog[123]:" (a colon), an Exim or ISO-stamped line
    // with a digit, and their fields hold "=", "<" and "[".
    qsizetype named = 0;
    for (const QString &name : *names) {
        if (name.isEmpty())
            continue;
        if (name.size() > 64 || !(name.front().isLetter() || name.front() == u'_' || name.front() == u'#'))
            return false;
        for (const QChar c : name) {
            if (!c.isLetterOrNumber() && c != u' ' && c != u'_' && c != u'-' && c != u'.' && c != u'/'
                && c != u'(' && c != u')' && c != u'#' && c != u'?')
                return false;
        }
        ++named;
    }
    return named >= 2;
}

} // namespace abusedesk::delivery
