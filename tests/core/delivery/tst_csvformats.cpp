// SPDX-License-Identifier: GPL-2.0-or-later
// The CSV/TSV delivery inputs against the fixtures in tests/data/logs: profiles and their JSON,
// what recognise() makes of a file's first lines, and every field and rejection the PowerMTA
// and profile parsers produce, hostile files included.
#include "delivery/TabularFormats.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace abusedesk::delivery;
using namespace Qt::StringLiterals;

namespace {

// After every time in the fixtures, before their "future" ones.
const QDateTime Reference(QDate(2026, 11, 7), QTime(0, 0), QTimeZone::UTC);

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(ABUSEDESK_TEST_DATA "/logs/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", name);
    return file.readAll();
}

// The lines as an importer hands them on: split at LF, without CR, no empty line after the last.
QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

QString utc(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    if (when.timeSpec() != Qt::UTC)
        return u"NOT UTC "_s + when.toString(Qt::ISODateWithMs);
    return when.toString(Qt::ISODateWithMs);
}

// Every field of a record in one line, empty fields left out: a field that should be empty and
// is not shows up as an extra part.
class Description
{
public:
    explicit Description(qint64 line, const QByteArray &key)
    {
        m_parts.append(u"line="_s + QString::number(line));
        if (key.size() != 16)
            m_parts.append(u"KEY OF %1 BYTES"_s.arg(key.size()));
    }
    Description &add(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            m_parts.append(QLatin1StringView(name) + u'=' + value);
        return *this;
    }
    [[nodiscard]] QString text() const { return m_parts.join(u"; "); }

private:
    QStringList m_parts;
};

QString describe(const DeliveryRecord &r)
{
    return Description(r.line, r.key)
        .add("time", utc(r.time))
        .add("result", resultName(r.result))
        .add("recipient", r.recipient)
        .add("sender", r.envelopeSender)
        .add("queue", r.queueId)
        .add("ip", r.sendingIp)
        .add("customer", r.customer)
        .add("campaign", r.campaign)
        .add("message", r.messageId)
        .add("status", r.status)
        .add("reply", r.replyCode)
        .add("mta", r.remoteMta)
        .add("diag", r.diagnostic)
        .text();
}

QString describe(const OptOutRecord &r)
{
    return Description(r.line, r.key)
        .add("time", utc(r.time))
        .add("recipient", r.recipient)
        .add("customer", r.customer)
        .add("reason", r.reason)
        .add("source", r.source)
        .text();
}

QString placementName(SeedPlacement placement)
{
    switch (placement) {
    case SeedPlacement::Inbox:
        return u"inbox"_s;
    case SeedPlacement::Junk:
        return u"junk"_s;
    case SeedPlacement::Missing:
        return u"missing"_s;
    }
    return {};
}

QString describe(const SeedResult &r)
{
    return Description(r.line, r.key)
        .add("time", utc(r.time))
        .add("campaign", r.campaign)
        .add("customer", r.customer)
        .add("receiver", r.receiver)
        .add("placement", placementName(r.placement))
        .text();
}

QString describe(const BlocklistListing &r)
{
    return Description(r.line, r.key)
        .add("list", r.list)
        .add("target", r.target)
        .add("listed", utc(r.listed))
        .add("delisted", utc(r.delisted))
        .add("note", r.note)
        .text();
}

QString separatorName(char separator)
{
    switch (separator) {
    case ',':
        return u"comma"_s;
    case ';':
        return u"semicolon"_s;
    case '\t':
        return u"tab"_s;
    }
    return u"byte %1"_s.arg(int(separator));
}

QString describe(const CsvProfile &p)
{
    QStringList parts;
    if (!p.name.isEmpty())
        parts.append(u"name="_s + p.name);
    parts.append(CsvProfile::kindName(p.kind));
    parts.append(u"sep="_s + separatorName(p.separator));
    for (const QString &field : CsvProfile::fieldsOf(p.kind)) {
        if (p.columns.contains(field))
            parts.append(field + u'=' + p.columns.value(field));
    }
    if (p.columns.size() != parts.size() - 2 - (p.name.isEmpty() ? 0 : 1))
        parts.append(u"COLUMNS FOR UNKNOWN FIELDS"_s);
    return parts.join(u"; ");
}

// What a parser handed on, in order.
struct Collected
{
    QList<DeliveryRecord> deliveries;
    QList<OptOutRecord> optOuts;
    QList<SeedResult> seeds;
    QList<BlocklistListing> listings;
    QStringList rejections; ///< "line: reason"

    ParserSinks sinks()
    {
        ParserSinks s;
        s.delivery = [this](DeliveryRecord &&r) { deliveries.append(std::move(r)); };
        s.optOut = [this](OptOutRecord &&r) { optOuts.append(std::move(r)); };
        s.seed = [this](SeedResult &&r) { seeds.append(std::move(r)); };
        s.listing = [this](BlocklistListing &&r) { listings.append(std::move(r)); };
        s.rejection
            = [this](const LineRejection &r) { rejections.append(u"%1: %2"_s.arg(r.line).arg(r.reason)); };
        return s;
    }
    template<typename Record> static QStringList described(const QList<Record> &records)
    {
        QStringList lines;
        for (const Record &r : records)
            lines.append(describe(r));
        return lines;
    }
    [[nodiscard]] qsizetype total() const
    {
        return deliveries.size() + optOuts.size() + seeds.size() + listings.size();
    }
};

void feed(LogParser &parser, const QList<QByteArray> &lines)
{
    qint64 number = 0;
    for (const QByteArray &line : lines)
        parser.addLine(line, ++number);
    parser.finish();
}

CsvProfile profileFixture()
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(fixture("sendlog-profile.json"), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qFatal("sendlog-profile.json: %s", qPrintable(parseError.errorString()));
    QString error;
    const std::optional<CsvProfile> profile = CsvProfile::fromJson(document.object(), &error);
    if (!profile)
        qFatal("sendlog-profile.json: %s", qPrintable(error));
    return *profile;
}

// The profile recognise() finds for a fixture, which the test then reads it with.
CsvProfile recognised(const QList<QByteArray> &lines)
{
    const std::optional<CsvProfile> profile = TabularFormats::recognise(lines.mid(0, 5), {});
    if (!profile)
        qFatal("the fixture is not recognised");
    return *profile;
}

Collected parse(const CsvProfile &profile, const QList<QByteArray> &lines)
{
    Collected collected;
    TabularParser parser(collected.sinks(), profile, Reference);
    feed(parser, lines);
    return collected;
}

const QByteArray PowerMtaHeader
    = "type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,"
      "bounceCat,srcType,srcMta,dlvType,dlvSourceIp,dlvDestinationIp,"
      "dlvEsmtpAvailable,dlvSize,vmta,jobId,envId,queue,vmtaPool";
const QByteArray PostfixLine
    = "Nov  2 10:00:00 mx1 postfix/smtp[4711]: 4F1A2B3C: to=<a@example.net>, "
      "relay=mx.example.net[192.0.2.25]:25, delay=1.2, dsn=2.0.0, status=sent (250 OK)";
const QByteArray MboxLine = "From sender@example.com Mon Nov  2 10:00:00 2026";
const QByteArray EximLine = "2026-11-02 10:00:00 1vABCD-000123-Ab => a@example.net R=dnslookup T=remote_smtp "
                            "H=mx.example.net [192.0.2.25]";

} // namespace

class TestCsvFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsOfKinds_data();
    void fieldsOfKinds();
    void kindNames();
    void profileJsonRoundTrip();
    void profileFixture();
    void profileJsonErrors_data();
    void profileJsonErrors();
    void recognise_data();
    void recognise();
    void looksTabular_data();
    void looksTabular();
    void isPowerMtaAccounting_data();
    void isPowerMtaAccounting();

    void powerMtaAccounting();
    void powerMtaHeadersAndOptionalFields();
    void sendLogWithProfile();
    void sendLogTsvRecognised();
    void optOutList();
    void seedResults();
    void blocklistListings();
    void headerWithoutRequiredColumn_data();
    void headerWithoutRequiredColumn();
    void unclosedQuoteAtEnd();
    void strayQuoteDoesNotSwallowTheFile();
    void strayQuoteBeforeLongLines();
    void nulBytes();
    void invalidUtf8();
    void keys();
    void sinksMayBeMissing();
};

void TestCsvFormats::fieldsOfKinds_data()
{
    QTest::addColumn<TabularKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("required");

    QTest::newRow("send log") << TabularKind::SendLog << u"send-log"_s
                              << QStringList { u"time"_s, u"customer"_s, u"campaign"_s, u"sending_ip"_s,
                                     u"envelope_sender"_s, u"recipient"_s, u"result"_s, u"status"_s,
                                     u"diagnostic"_s }
                              << QStringList { u"time"_s, u"recipient"_s, u"result"_s };
    QTest::newRow("opt-out") << TabularKind::OptOut << u"opt-out"_s
                             << QStringList { u"time"_s, u"customer"_s, u"recipient"_s, u"reason"_s,
                                    u"source"_s }
                             << QStringList { u"time"_s, u"recipient"_s };
    QTest::newRow("seed") << TabularKind::Seed << u"seed"_s
                          << QStringList { u"campaign"_s, u"customer"_s, u"receiver"_s, u"placement"_s,
                                 u"time"_s }
                          << QStringList { u"campaign"_s, u"receiver"_s, u"placement"_s };
    QTest::newRow("blocklist") << TabularKind::Blocklist << u"blocklist"_s
                               << QStringList { u"list"_s, u"target"_s, u"listed"_s, u"delisted"_s,
                                      u"note"_s }
                               << QStringList { u"list"_s, u"target"_s, u"listed"_s };
}

void TestCsvFormats::fieldsOfKinds()
{
    QFETCH(TabularKind, kind);
    QFETCH(QString, name);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, required);
    QCOMPARE(CsvProfile::fieldsOf(kind), fields);
    QCOMPARE(CsvProfile::requiredFieldsOf(kind), required);
    QCOMPARE(CsvProfile::kindName(kind), name);
    QCOMPARE(CsvProfile::kindFromName(name), std::optional<TabularKind>(kind));
}

void TestCsvFormats::kindNames()
{
    QCOMPARE(CsvProfile::kindFromName(u"postfix"_s), std::nullopt);
    QCOMPARE(CsvProfile::kindFromName(u"Send-Log"_s), std::nullopt); // the JSON's names are exact
    QCOMPARE(CsvProfile::kindFromName(QString()), std::nullopt);
}

void TestCsvFormats::profileJsonRoundTrip()
{
    CsvProfile profile;
    profile.name = u"ESP tab log"_s;
    profile.kind = TabularKind::SendLog;
    profile.separator = '\t';
    const QStringList fields = CsvProfile::fieldsOf(TabularKind::SendLog);
    for (const QString &field : fields)
        profile.columns.insert(field, u"Col "_s + field.toUpper());
    profile.timeFormat = u"yyyy-MM-dd HH:mm:ss"_s;
    profile.timeZone = QTimeZone("Europe/Berlin");
    profile.resultWords = { { u"queued"_s, u"deferred"_s }, { u"BLK"_s, u"bounced"_s } };

    const QJsonObject json = profile.toJson();
    QCOMPARE(json.value(u"name"_s).toString(), u"ESP tab log"_s);
    QCOMPARE(json.value(u"kind"_s).toString(), u"send-log"_s);
    QCOMPARE(json.value(u"separator"_s).toString(), u"\t"_s);
    QCOMPARE(json.value(u"timeFormat"_s).toString(), u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(json.value(u"timeZone"_s).toString(), u"Europe/Berlin"_s);
    const QJsonObject columns = json.value(u"columns"_s).toObject();
    QCOMPARE(columns.size(), 9);
    QCOMPARE(columns.value(u"envelope_sender"_s).toString(), u"Col ENVELOPE_SENDER"_s);
    const QJsonObject words = json.value(u"resultWords"_s).toObject();
    QCOMPARE(words.size(), 2);
    QCOMPARE(words.value(u"BLK"_s).toString(), u"bounced"_s);

    // Through JSON text, as the settings store it.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QString error = u"stale"_s;
    const std::optional<CsvProfile> back = CsvProfile::fromJson(reread, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(back->name, profile.name);
    QCOMPARE(back->kind, profile.kind);
    QCOMPARE(back->separator, '\t');
    QCOMPARE(back->columns, profile.columns);
    QCOMPARE(back->timeFormat, profile.timeFormat);
    QCOMPARE(back->timeZone.id(), QByteArray("Europe/Berlin"));
    QCOMPARE(back->resultWords, profile.resultWords);

    // Every kind, with the defaults: comma, automatic times, UTC.
    for (const TabularKind kind :
        { TabularKind::SendLog, TabularKind::OptOut, TabularKind::Seed, TabularKind::Blocklist }) {
        CsvProfile plain;
        plain.kind = kind;
        for (const QString &field : CsvProfile::requiredFieldsOf(kind))
            plain.columns.insert(field, field);
        const QJsonObject plainJson = plain.toJson();
        QCOMPARE(plainJson.value(u"separator"_s).toString(), u","_s);
        QCOMPARE(plainJson.value(u"timeZone"_s).toString(), u"UTC"_s);
        const std::optional<CsvProfile> plainBack = CsvProfile::fromJson(plainJson);
        QVERIFY(plainBack);
        QCOMPARE(describe(*plainBack), describe(plain));
        QCOMPARE(plainBack->timeZone, QTimeZone(QTimeZone::UTC));
        QVERIFY(plainBack->timeFormat.isEmpty());
        QVERIFY(plainBack->resultWords.isEmpty());
    }
}

void TestCsvFormats::profileFixture()
{
    const CsvProfile profile = ::profileFixture();
    QCOMPARE(describe(profile),
        u"name=ESP app log v2; send-log; sep=comma; time=Sent At; customer=Customer; campaign=Campaign; "
        "sending_ip=IP; envelope_sender=Return-Path; recipient=To; result=Outcome; status=DSN; "
        "diagnostic=Response"_s);
    QCOMPARE(profile.timeFormat, u"dd.MM.yyyy HH:mm:ss"_s);
    QCOMPARE(profile.timeZone.id(), QByteArray("Europe/Berlin"));
    const QHash<QString, QString> words { { u"Queued"_s, u"deferred"_s }, { u"blocked"_s, u"bounced"_s } };
    QCOMPARE(profile.resultWords, words);
}

void TestCsvFormats::profileJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown kind") << QByteArray(R"({"kind": "postfix", "columns": {}})")
                                  << u"unknown kind \"postfix\": not send-log, opt-out, seed or blocklist"_s;
    QTest::newRow("no kind") << QByteArray("{}")
                             << u"unknown kind \"\": not send-log, opt-out, seed or blocklist"_s;
    QTest::newRow("required field unmapped")
        << QByteArray(R"({"kind": "opt-out", "columns": {"time": "Date"}})")
        << u"the required field \"recipient\" has no column"_s;
    QTest::newRow("field of another kind") << QByteArray(
        R"({"kind": "opt-out", "columns": {"time": "Date", "recipient": "Email", "result": "x"}})")
                                           << u"\"result\" is not a field of the kind opt-out"_s;
    QTest::newRow("separator pipe") << QByteArray(
        R"({"kind": "seed", "separator": "|", "columns": {"campaign": "c", "receiver": "r", "placement": "p"}})")
                                    << u"the separator \"|\" is not a comma, a semicolon or a tab"_s;
    QTest::newRow("separator two characters") << QByteArray(
        R"({"kind": "seed", "separator": ",,", "columns": {"campaign": "c", "receiver": "r", "placement": "p"}})")
                                              << u"the separator \",,\" is not a comma, a semicolon or a tab"_s;
    QTest::newRow("blank column") << QByteArray(
        R"({"kind": "blocklist", "columns": {"list": "List", "target": " ", "listed": "Since"}})")
                                  << u"the field \"target\" names no column"_s;
    QTest::newRow("unknown zone") << QByteArray(
        R"({"kind": "opt-out", "columns": {"time": "t", "recipient": "r"}, "timeZone": "Mars/Olympus"})")
                                  << u"unknown time zone \"Mars/Olympus\""_s;
    QTest::newRow("unknown result")
        << QByteArray(
               R"({"kind": "send-log", "columns": {"time": "t", "recipient": "r", "result": "x"}, "resultWords": {"queued": "pending"}})")
        << u"the result word \"queued\" maps to \"pending\", not to delivered, deferred, bounced or expired"_s;
}

void TestCsvFormats::profileJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QString message;
    QCOMPARE(CsvProfile::fromJson(document.object(), &message).has_value(), false);
    QCOMPARE(message, error);
    QVERIFY(!CsvProfile::fromJson(document.object())); // no error pointer: same answer, no crash
}

void TestCsvFormats::recognise_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<QList<QByteArray>>("saved"); ///< JSON of saved profiles
    QTest::addColumn<QString>("profile"); ///< describe(), empty: not recognised

    const QByteArray esp = QJsonDocument(::profileFixture().toJson()).toJson(QJsonDocument::Compact);
    const QByteArray espV1 = R"({"name": "ESP app log v1", "kind": "send-log",
        "columns": {"time": "Sent At", "recipient": "To", "result": "Outcome"}, "timeFormat": "dd.MM.yyyy HH:mm:ss"})";
    const QByteArray powerMtaLike = R"({"name": "greedy", "kind": "send-log",
        "columns": {"time": "timeLogged", "recipient": "rcpt", "result": "type"}})";
    const QString espDescription = describe(::profileFixture());

    QTest::newRow("opt-out fixture: BOM, semicolons, CRLF")
        << linesOf(fixture("optout.csv")).mid(0, 3) << QList<QByteArray>()
        << u"opt-out; sep=semicolon; time=Date; customer=Customer ID; recipient=E-Mail; reason=Reason; source=Channel"_s;
    QTest::newRow("seed fixture")
        << linesOf(fixture("seed.csv")).mid(0, 3) << QList<QByteArray>()
        << u"seed; sep=comma; campaign=Campaign; customer=Customer; receiver=Provider; "
           "placement=Folder; time=Date"_s;
    QTest::newRow("blocklist fixture") << linesOf(fixture("blocklist.csv")).mid(0, 3) << QList<QByteArray>()
                                       << u"blocklist; sep=comma; list=List; target=IP; listed=Listed At; "
                                          "delisted=Delisted At; note=Notes"_s;
    QTest::newRow("canonical send log, TSV")
        << linesOf(fixture("sendlog.tsv")).mid(0, 3) << QList<QByteArray>()
        << u"send-log; sep=tab; time=time; customer=customer; campaign=campaign; sending_ip=sending_ip; "
           "envelope_sender=envelope_sender; recipient=recipient; result=result; status=status; diagnostic=diagnostic"_s;
    QTest::newRow("canonical send log, some fields, any case")
        << QList<QByteArray> { "Time,Recipient,RESULT", "x,y,z" } << QList<QByteArray>()
        << u"send-log; sep=comma; time=Time; recipient=Recipient; result=RESULT"_s;
    QTest::newRow("send log without its profile")
        << linesOf(fixture("sendlog.csv")).mid(0, 3) << QList<QByteArray>() << QString();
    QTest::newRow("send log with its saved profile")
        << linesOf(fixture("sendlog.csv")).mid(0, 3) << QList<QByteArray> { espV1, esp } << espDescription;
    QTest::newRow("saved profile with the most columns wins, in any order")
        << linesOf(fixture("sendlog.csv")).mid(0, 3) << QList<QByteArray> { esp, espV1 } << espDescription;
    QTest::newRow("saved profile whose column is missing")
        << QList<QByteArray> { "Sent At,Customer,Outcome" } << QList<QByteArray> { esp, espV1 } << QString();
    QTest::newRow("saved profile, header in other case and spaces")
        << QList<QByteArray> { " sent at ,TO,outcome" } << QList<QByteArray> { esp, espV1 }
        << u"name=ESP app log v1; send-log; sep=comma; time=Sent At; recipient=To; result=Outcome"_s;
    QTest::newRow("minimal opt-out") << QList<QByteArray> { "Email,Date" } << QList<QByteArray>()
                                     << u"opt-out; sep=comma; time=Date; recipient=Email"_s;
    QTest::newRow("opt-out synonyms")
        << QList<QByteArray> { "unsubscribed_at\taddress\tclient\tmethod" } << QList<QByteArray>()
        << u"opt-out; sep=tab; time=unsubscribed_at; customer=client; "
           "recipient=address; source=method"_s;
    QTest::newRow("blank line and line end before the header") << QList<QByteArray> { "", "  ",
        "Date;Email\r\n" } << QList<QByteArray>() << u"opt-out; sep=semicolon; time=Date; recipient=Email"_s;
    QTest::newRow("blocklist synonyms")
        << QList<QByteArray> { "dnsbl,listed_item,since,removed,comment" } << QList<QByteArray>()
        << u"blocklist; sep=comma; list=dnsbl; target=listed_item; listed=since; "
           "delisted=removed; note=comment"_s;
    QTest::newRow("seed synonyms")
        << QList<QByteArray> { "campaign_id;isp;result" } << QList<QByteArray>()
        << u"seed; sep=semicolon; campaign=campaign_id; receiver=isp; placement=result"_s;
    // Negatives: what an analyst must not get imported as the wrong thing.
    QTest::newRow("send-log-like header is not an opt-out list")
        << QList<QByteArray> { "time,recipient,result,status,note" } << QList<QByteArray>() << QString();
    QTest::newRow("bounce export is not an opt-out list")
        << QList<QByteArray> { "date,email,bounce_type" } << QList<QByteArray>() << QString();
    QTest::newRow("seed export without campaign is neither")
        << QList<QByteArray> { "Email,Provider,Folder,Date" } << QList<QByteArray>() << QString();
    QTest::newRow("PowerMTA accounting")
        << QList<QByteArray> { PowerMtaHeader } << QList<QByteArray>() << QString();
    QTest::newRow("PowerMTA accounting, even for a saved profile")
        << QList<QByteArray> { PowerMtaHeader } << QList<QByteArray> { powerMtaLike } << QString();
    QTest::newRow("Postfix log") << QList<QByteArray> { PostfixLine } << QList<QByteArray>() << QString();
    QTest::newRow("mbox") << QList<QByteArray> { MboxLine, "Return-Path: <a@example.net>" }
                          << QList<QByteArray>() << QString();
    QTest::newRow("Exim log") << QList<QByteArray> { EximLine } << QList<QByteArray>() << QString();
    QTest::newRow("nothing") << QList<QByteArray>() << QList<QByteArray>() << QString();
    QTest::newRow("unrelated CSV") << QList<QByteArray> { "name,price,stock" } << QList<QByteArray>()
                                   << QString();
}

void TestCsvFormats::recognise()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(QList<QByteArray>, saved);
    QFETCH(QString, profile);

    QList<CsvProfile> profiles;
    for (const QByteArray &json : saved) {
        QString error;
        const std::optional<CsvProfile> p
            = CsvProfile::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(p, qPrintable(error));
        profiles.append(*p);
    }
    const std::optional<CsvProfile> found = TabularFormats::recognise(lines, profiles);
    QCOMPARE(found ? describe(*found) : QString(), profile);
    if (found && found->name.isEmpty()) {
        // Built-in profiles read times automatically, in UTC.
        QVERIFY(found->timeFormat.isEmpty());
        QCOMPARE(found->timeZone, QTimeZone(QTimeZone::UTC));
    }
    if (found && found->name == u"ESP app log v2") {
        QCOMPARE(found->timeZone.id(), QByteArray("Europe/Berlin"));
        QCOMPARE(found->timeFormat, u"dd.MM.yyyy HH:mm:ss"_s);
    }
}

void TestCsvFormats::looksTabular_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<bool>("tabular");

    QTest::newRow("comma header") << QList<QByteArray> { "a,b" } << true;
    QTest::newRow("semicolon header") << QList<QByteArray> { "time;recipient" } << true;
    QTest::newRow("tab header") << QList<QByteArray> { "time\trecipient" } << true;
    QTest::newRow("names with spaces, brackets, umlauts")
        << QList<QByteArray> { "Customer ID,E-Mail,Datum (UTC),Empf\xc3\xa4nger" } << true;
    QTest::newRow("BOM and quoted names") << QList<QByteArray> { "\xEF\xBB\xBF\"List\",\"IP\"" } << true;
    QTest::newRow("PowerMTA header") << QList<QByteArray> { PowerMtaHeader } << true;
    QTest::newRow("trailing separator") << QList<QByteArray> { "a,b," } << true;
    QTest::newRow("one column") << QList<QByteArray> { "single" } << false;
    QTest::newRow("one named column") << QList<QByteArray> { ",name" } << false;
    QTest::newRow("Postfix syslog line") << QList<QByteArray> { PostfixLine } << false;
    QTest::newRow("RFC 5424 syslog line") << QList<QByteArray> {
        "<22>1 2026-11-02T10:00:00Z mx1 postfix 4711 - - to=<a@example.net>, status=sent"
    } << false;
    QTest::newRow("mbox From line") << QList<QByteArray> { MboxLine } << false;
    QTest::newRow("Exim line") << QList<QByteArray> { EximLine } << false;
    QTest::newRow("data, not a header") << QList<QByteArray> { "2026-11-02,10" } << false;
    QTest::newRow("addresses, not a header") << QList<QByteArray> { "a@example.net,b@example.net" } << false;
    QTest::newRow("nothing") << QList<QByteArray>() << false;
    QTest::newRow("blank lines only") << QList<QByteArray> { "", " " } << false;
    QTest::newRow("unclosed quote") << QList<QByteArray> { "\"a,b" } << false;
}

void TestCsvFormats::looksTabular()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(bool, tabular);
    QCOMPARE(TabularFormats::looksTabular(lines), tabular);
}

void TestCsvFormats::isPowerMtaAccounting_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<bool>("powerMta");

    QTest::newRow("default header") << QList<QByteArray> { PowerMtaHeader, "d,2026-11-02 10:00:00+0100" }
                                    << true;
    QTest::newRow("fixture") << linesOf(fixture("powermta-acct.csv")).mid(0, 4) << true;
    QTest::newRow("BOM after a blank line") << QList<QByteArray> { "",
        "\xEF\xBB\xBF"
        "type,timeQueued,rcpt,dsnStatus" } << true;
    QTest::newRow("tab-separated") << QList<QByteArray> { "type\ttimeLogged\trcpt\tdsnAction" } << true;
    QTest::newRow("lower case") << QList<QByteArray> { "TYPE,TIMELOGGED,RCPT,DSNSTATUS" } << true;
    QTest::newRow("no dsn field") << QList<QByteArray> { "type,timeLogged,rcpt" } << false;
    QTest::newRow("no time") << QList<QByteArray> { "type,rcpt,dsnStatus" } << false;
    QTest::newRow("opt-out header") << linesOf(fixture("optout.csv")).mid(0, 2) << false;
    QTest::newRow("Postfix") << QList<QByteArray> { PostfixLine } << false;
    QTest::newRow("nothing") << QList<QByteArray>() << false;
}

void TestCsvFormats::isPowerMtaAccounting()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(bool, powerMta);
    QCOMPARE(TabularFormats::isPowerMtaAccounting(lines), powerMta);
}

void TestCsvFormats::powerMtaAccounting()
{
    Collected c;
    PowerMtaParser parser(c.sinks(), Reference);
    feed(parser, linesOf(fixture("powermta-acct.csv")));
    const QStringList expected {
        u"line=2; time=2026-11-02T09:00:00.000Z; result=delivered; recipient=jane.doe@example.net; "
        "sender=bounces@mail.example.com; queue=env-0001; ip=203.0.113.10; campaign=spring-sale-2026; "
        "status=2.0.0; reply=250; mta=mx1.example.net; diag=250 2.0.0 OK 1793613600 q1si4471"_s,
        u"line=3; time=2026-11-02T09:01:00.000Z; result=bounced; recipient=nobody@example.org; "
        "sender=bounces@mail.example.com; queue=env-0002; ip=203.0.113.10; campaign=spring-sale-2026; "
        "status=5.1.1; reply=550; mta=mx.example.org; "
        "diag=550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown, sorry, \"nobody\" left"_s,
        u"line=4; time=2026-11-02T09:02:00.000Z; result=deferred; recipient=slow.user@example.com; "
        "sender=bounces@mail.example.com; queue=env-0003; ip=203.0.113.11; campaign=newsletter-46; "
        "status=4.7.0; reply=421; mta=mx.example.com; diag=421 4.7.0 Try again later, too many connections"_s,
        u"line=5; time=2026-11-02T10:00:00.000Z; result=bounced; recipient=full.box@example.net; "
        "sender=bounces@mail.example.com; queue=env-0004; campaign=spring-sale-2026; status=5.2.2; "
        "reply=552; "
        "diag=552 5.2.2 Mailbox full"_s,
        u"line=8; time=2026-11-05T08:00:00.000Z; result=expired; recipient=gone@example.org; "
        "sender=bounces@mail.example.com; queue=env-0006; ip=203.0.113.10; campaign=spring-sale-2026; "
        "status=4.4.7; reply=421; mta=mx.example.org; diag=421 4.4.7 Message expired, retry period exceeded"_s,
        u"line=9; time=2026-11-02T12:30:00.000Z; result=delivered; recipient=plain@example.net; "
        "ip=203.0.113.12; status=2.0.0; reply=250; mta=192.0.2.26; diag=250 ok"_s,
    };
    QCOMPARE(Collected::described(c.deliveries), expected);
    const QStringList rejections {
        u"10: no recipient"_s,
        u"11: timeLogged \"2027-03-01 10:00:00+0100\" lies in the future"_s,
        u"12: timeLogged \"yesterday noon\" is not a date and time"_s,
    };
    QCOMPARE(c.rejections, rejections);
    QVERIFY(c.optOuts.isEmpty() && c.seeds.isEmpty() && c.listings.isEmpty());
}

// Field positions come from whichever header came last; a vmta never becomes the customer, a
// customer column does.
void TestCsvFormats::powerMtaHeadersAndOptionalFields()
{
    const QList<QByteArray> lines {
        "d,2026-11-02 10:00:00+0000,early@example.org",
        "type,timeLogged,rcpt,dsnStatus,dsnDiag,vmta,header_X-Customer-ID,header_Message-Id",
        "d,2026-11-02 10:00:00+0000,a@example.org,2.0.0,smtp;250 "
        "ok,vmta-acme,acme-shop,<m1@mail.example.com>",
        "b,2026-11-02 10:00:01+0000,b@example.org,5.4.7 (delivery expired),\"smtp;550 5.4.7, "
        "expired\",vmta-acme,,",
        "TYPE,timeQueued,RCPT",
        "d,2026-11-02 11:00:00,C@Example.org",
        "type,rcpt,dsnStatus",
        "d,d@example.org,2.0.0",
        "",
        "type,timeLogged,rcpt",
        "t,2026-11-02 11:30:00Z,e@example.org,surplus",
        ",2026-11-02 11:30:00Z,f@example.org",
        QByteArray(" , ,\0,", 7),
    };
    Collected c;
    PowerMtaParser parser(c.sinks(), Reference);
    feed(parser, lines);
    const QStringList expected {
        u"line=3; time=2026-11-02T10:00:00.000Z; result=delivered; recipient=a@example.org; "
        u"customer=acme-shop; "
        "message=m1@mail.example.com; status=2.0.0; reply=250; diag=250 ok"_s,
        u"line=4; time=2026-11-02T10:00:01.000Z; result=expired; recipient=b@example.org; status=5.4.7; "
        "reply=550; diag=550 5.4.7, expired"_s,
        u"line=6; time=2026-11-02T11:00:00.000Z; result=delivered; recipient=c@example.org"_s,
        u"line=11; time=2026-11-02T11:30:00.000Z; result=deferred; recipient=e@example.org"_s,
    };
    QCOMPARE(Collected::described(c.deliveries), expected);
    const QStringList rejections {
        u"1: no header line (type,timeLogged,…,rcpt,…) before this record"_s,
        u"7: the header line has no timeLogged field: the records up to the next header are skipped"_s,
        u"12: no record type"_s,
    };
    QCOMPARE(c.rejections, rejections);
}

void TestCsvFormats::sendLogWithProfile()
{
    const Collected c = parse(::profileFixture(), linesOf(fixture("sendlog.csv")));
    const QStringList expected {
        u"line=2; time=2026-10-24T10:00:00.000Z; result=delivered; recipient=anna@example.net; "
        "sender=bounces@mail.example.com; ip=203.0.113.20; customer=acme-shop; campaign=autumn-01; "
        "status=2.0.0; "
        "reply=250; diag=250 2.0.0 OK"_s,
        // 01:30 is still summer time on the night of the change, 03:30 is winter time.
        u"line=3; time=2026-10-24T23:30:00.000Z; result=bounced; recipient=bert@example.org; "
        "sender=bounces@mail.example.com; ip=203.0.113.20; customer=acme-shop; campaign=autumn-01; "
        "status=5.1.1; "
        "reply=550; diag=550 5.1.1 User unknown, check the address"_s,
        u"line=4; time=2026-10-25T02:30:00.000Z; result=deferred; recipient=carla@example.com; "
        "sender=bounces@mail.example.com; ip=203.0.113.20; customer=acme-shop; campaign=autumn-01"_s,
        u"line=5; time=2026-11-02T09:00:00.000Z; result=bounced; recipient=dora@example.net; "
        "sender=bounces@mail.example.com; ip=203.0.113.21; customer=Globex; campaign=news, November; "
        "status=5.7.1; reply=550; diag=554 5.7.1 Rejected:\nlisted at bl.example.org"_s,
        u"line=8; time=2026-11-02T09:05:00.000Z; result=deferred; recipient=emil@example.org; "
        u"ip=203.0.113.21; "
        "customer=Globex; campaign=news-11; reply=421"_s,
        u"line=13; time=2026-11-02T09:09:00.000Z; result=bounced; recipient=ida@example.org; "
        "sender=bounces@mail.example.com; ip=203.0.113.21; customer=Globex; campaign=news-11"_s,
        u"line=17; time=2026-11-02T09:11:00.000Z; result=expired; recipient=kim@example.org; "
        "sender=bounces@mail.example.com; ip=203.0.113.21; customer=Globex; campaign=news-11; status=4.4.7; "
        "reply=421; diag=421 4.4.7 retry time exceeded"_s,
        u"line=20; time=2026-11-02T09:14:00.000Z; result=deferred; recipient=max@example.org; "
        "sender=bounces@mail.example.com; ip=203.0.113.21; customer=Globex; campaign=12\" Tablet Promo; "
        "status=4.2.2; reply=452; diag=452 4.2.2 Mailbox full"_s,
    };
    QCOMPARE(Collected::described(c.deliveries), expected);
    const QStringList rejections {
        u"9: time \"32.13.2026 10:00:00\" is not a date in the format dd.MM.yyyy HH:mm:ss"_s,
        u"10: no recipient"_s,
        u"11: result \"opened\" is not a known word for delivered, deferred, bounced or expired"_s,
        u"12: 10 fields, the header has 9"_s,
        u"14: 3 fields, the header has 9"_s,
        u"15: time \"01.02.2027 10:00:00\" lies in the future"_s,
        u"18: text after a closing quote"_s,
        u"19: recipient \"not-an-address\" is not a mail address"_s,
    };
    QCOMPARE(c.rejections, rejections);
    QCOMPARE(c.total(), c.deliveries.size());
}

void TestCsvFormats::sendLogTsvRecognised()
{
    const QList<QByteArray> lines = linesOf(fixture("sendlog.tsv"));
    const Collected c = parse(recognised(lines), lines);
    const QString common = u"sender=bounces@mail.example.com; ip=203.0.113.30; customer=acme-shop"_s;
    const QStringList expected {
        u"line=2; time=2026-11-02T10:00:00.000Z; result=delivered; recipient=a@example.net; %1; campaign=c1; "
        "status=2.0.0; reply=250; diag=250 OK"_s.arg(common),
        u"line=3; time=2026-11-02T10:00:00.250Z; result=delivered; recipient=b@example.net; %1; campaign=c1"_s
            .arg(common),
        u"line=4; time=2026-11-02T10:00:00.000Z; result=deferred; recipient=c@example.net; "
        "sender=bounces@mail.example.com; ip=2001:db8::25; customer=acme-shop; campaign=c1; status=4.2.1; "
        "reply=451; diag=451 4.2.1 Mailbox busy, try later"_s,
        u"line=5; time=2026-11-02T10:00:00.000Z; result=bounced; recipient=d@example.net; %1; campaign=c1; "
        "status=5.7.1; reply=550; diag=550 5.7.1 Spam, rejected"_s.arg(common),
        u"line=6; time=2026-11-02T10:00:00.000Z; result=delivered; recipient=e@example.net; %1; campaign=c2; "
        "reply=250"_s.arg(common),
        u"line=7; time=2026-11-02T10:00:00.123Z; result=bounced; recipient=f@example.net; %1; campaign=c2; "
        "status=5.1.1"_s.arg(common),
        u"line=8; time=2026-11-02T15:00:00.000Z; result=delivered; recipient=g@example.net; %1; campaign=c2"_s
            .arg(common),
        u"line=9; time=2026-11-02T00:00:00.000Z; result=bounced; recipient=h@example.net; %1; campaign=c2; "
        "status=5.1.1; diag=smtp says no"_s.arg(common),
    };
    QCOMPARE(Collected::described(c.deliveries), expected);
    QCOMPARE(c.rejections,
        QStringList { u"10: time \"next tuesday\" is not a date (ISO 8601, RFC 2822 or Unix time)"_s });
}

void TestCsvFormats::optOutList()
{
    const QList<QByteArray> lines = linesOf(fixture("optout.csv"));
    const Collected c = parse(recognised(lines), lines);
    const QStringList expected {
        u"line=2; time=2026-11-01T00:00:00.000Z; recipient=olga@example.org; customer=acme-shop; "
        "reason=too many emails; source=link"_s,
        u"line=3; time=2026-11-01T08:15:00.000Z; recipient=paul@example.net; customer=acme-shop; "
        "reason=never signed up; reported; source=support"_s,
        u"line=4; time=2026-11-01T08:00:00.000Z; recipient=quinn@example.com; customer=globex; "
        "source=list-unsubscribe"_s,
        u"line=7; time=2026-11-02T00:00:00.000Z; recipient=sam@example.com; customer=globex; "
        "reason=multi\nline reason; source=support"_s,
    };
    QCOMPARE(Collected::described(c.optOuts), expected);
    const QStringList rejections {
        u"5: time \"01.11.2026\" is not a date (ISO 8601, RFC 2822 or Unix time)"_s,
        u"6: no recipient"_s,
    };
    QCOMPARE(c.rejections, rejections);
    QCOMPARE(c.total(), c.optOuts.size());
}

void TestCsvFormats::seedResults()
{
    const QList<QByteArray> lines = linesOf(fixture("seed.csv"));
    const Collected c = parse(recognised(lines), lines);
    const QString head = u"campaign=autumn-01; customer=acme-shop"_s;
    const QStringList expected {
        u"line=2; time=2026-11-02T10:00:00.000Z; %1; receiver=gmail.com; placement=inbox"_s.arg(head),
        u"line=3; time=2026-11-02T10:00:00.000Z; %1; receiver=Yahoo; placement=junk"_s.arg(head),
        u"line=4; %1; receiver=outlook.com; placement=missing"_s.arg(head),
        u"line=5; time=2026-11-02T10:00:00.000Z; %1; receiver=gmx.net; placement=inbox"_s.arg(head),
        u"line=6; time=2026-11-02T10:00:00.000Z; %1; receiver=web.de; placement=junk"_s.arg(head),
    };
    QCOMPARE(Collected::described(c.seeds), expected);
    const QStringList rejections {
        u"7: placement \"quarantine\" is not inbox, junk or missing"_s,
        u"8: no receiver"_s,
        u"9: no campaign"_s,
        u"10: time \"soon\" is not a date (ISO 8601, RFC 2822 or Unix time)"_s,
    };
    QCOMPARE(c.rejections, rejections);
    QCOMPARE(c.total(), c.seeds.size());
}

void TestCsvFormats::blocklistListings()
{
    const QList<QByteArray> lines = linesOf(fixture("blocklist.csv"));
    const Collected c = parse(recognised(lines), lines);
    const QStringList expected {
        u"line=2; list=Spamhaus SBL; target=203.0.113.0/24; listed=2026-10-30T08:00:00.000Z; "
        "note=SBL123456 snowshoe range"_s,
        u"line=3; list=Spamcop; target=198.51.100.7; listed=2026-10-28T12:00:00.000Z; "
        "delisted=2026-10-29T12:00:00.000Z; note=auto-expired, 24 h"_s,
        u"line=4; list=Example DBL; target=mail.example.com; listed=2026-11-02T10:00:00.000Z"_s,
    };
    QCOMPARE(Collected::described(c.listings), expected);
    const QStringList rejections {
        u"5: delisted \"not yet\" is not a date (ISO 8601, RFC 2822 or Unix time)"_s,
        u"6: no target"_s,
        u"7: listed \"2030-01-01\" lies in the future"_s,
    };
    QCOMPARE(c.rejections, rejections);
    QCOMPARE(c.total(), c.listings.size());
}

void TestCsvFormats::headerWithoutRequiredColumn_data()
{
    QTest::addColumn<QByteArray>("profileJson"); ///< empty: the send-log fixture profile
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<QString>("rejection");

    const QList<QByteArray> rows { "02.11.2026 10:00:00,acme-shop,delivered,250 OK",
        "02.11.2026 10:01:00,acme-shop,bounced,550 no" };
    QTest::newRow("one column")
        << QByteArray() << (QList<QByteArray> { "Sent At,Customer,Outcome,Response" } + rows)
        << u"1: the column \"To\" (recipient) of profile \"ESP app log v2\" is missing"_s;
    QTest::newRow("three columns")
        << QByteArray() << (QList<QByteArray> { "Customer,IP,Response,x" } + rows)
        << u"1: the columns \"Sent At\" (time), \"To\" (recipient), \"Outcome\" (result) of profile "
           "\"ESP app log v2\" are missing"_s;
    QTest::newRow("built-in profile")
        << QByteArray(R"({"kind": "opt-out", "columns": {"time": "time", "recipient": "recipient"}})")
        << QList<QByteArray> { "time,email", "2026-11-01,a@example.org" }
        << u"1: the column \"recipient\" of the built-in opt-out profile is missing"_s;
    QTest::newRow("header after blank lines")
        << QByteArray(
               R"({"kind": "seed", "columns": {"campaign": "Campaign", "receiver": "Provider", "placement": "Folder"}})")
        << QList<QByteArray> { "", "Campaign,Provider", "c,gmail.com" }
        << u"2: the column \"Folder\" (placement) of the built-in seed profile is missing"_s;
}

// A header without a required column makes the whole file unreadable: one rejection, and no
// record read from a misunderstood file.
void TestCsvFormats::headerWithoutRequiredColumn()
{
    QFETCH(QByteArray, profileJson);
    QFETCH(QList<QByteArray>, lines);
    QFETCH(QString, rejection);
    CsvProfile profile = ::profileFixture();
    if (!profileJson.isEmpty())
        profile = *CsvProfile::fromJson(QJsonDocument::fromJson(profileJson).object());
    const Collected c = parse(profile, lines);
    QCOMPARE(c.rejections, QStringList { rejection });
    QCOMPARE(c.total(), 0);
}

void TestCsvFormats::unclosedQuoteAtEnd()
{
    const QList<QByteArray> lines = linesOf(fixture("optout-unclosed-quote-at-end.csv"));
    const Collected c = parse(recognised(lines), lines);
    // The quote that never closes costs its own line only: the lines after it are read again.
    const QStringList expected {
        u"line=2; time=2026-11-01T10:00:00.000Z; recipient=a@example.org; reason=fine"_s,
        u"line=4; time=2026-11-01T10:02:00.000Z; recipient=c@example.org; reason=read again"_s,
        u"line=5; time=2026-11-01T10:03:00.000Z; recipient=d@example.org; reason=read again too"_s,
    };
    QCOMPARE(Collected::described(c.optOuts), expected);
    QCOMPARE(c.rejections, QStringList { u"3: the quoted field is not closed at the end of the file"_s });
}

void TestCsvFormats::strayQuoteDoesNotSwallowTheFile()
{
    QList<QByteArray> lines { "time,recipient,reason", "2026-11-01T10:00:00Z,stray@example.org,\"oops" };
    for (int i = 0; i < 300; ++i)
        lines.append("2026-11-01T10:00:00Z,r" + QByteArray::number(i) + "@example.org,fine");
    CsvProfile profile;
    profile.kind = TabularKind::OptOut;
    profile.columns
        = { { u"time"_s, u"time"_s }, { u"recipient"_s, u"recipient"_s }, { u"reason"_s, u"reason"_s } };
    const Collected c = parse(profile, lines);
    QCOMPARE(c.rejections, QStringList { u"2: a quoted field is not closed within 100 lines"_s });
    QCOMPARE(c.optOuts.size(), 300);
    for (int i = 0; i < 300; ++i) {
        QCOMPARE(c.optOuts.at(i).line, i + 3);
        QCOMPARE(c.optOuts.at(i).recipient, u"r%1@example.org"_s.arg(i));
    }
}

// A quote left open over a few very long lines is given up on by size, before it holds the
// file in memory.
void TestCsvFormats::strayQuoteBeforeLongLines()
{
    const QByteArray longLine(600 * 1024, 'y');
    const QList<QByteArray> lines { "time,recipient,reason",
        "2026-11-01T10:00:00Z,a@example.org,\"open " + longLine, longLine,
        "2026-11-01T10:01:00Z,b@example.org,fine", "2026-11-01T10:02:00Z,c@example.org,\"end" };
    CsvProfile profile;
    profile.kind = TabularKind::OptOut;
    profile.columns
        = { { u"time"_s, u"time"_s }, { u"recipient"_s, u"recipient"_s }, { u"reason"_s, u"reason"_s } };
    const Collected c = parse(profile, lines);
    const QStringList rejections {
        u"2: a quoted field is not closed within 1 MiB"_s,
        u"3: 1 fields, the header has 3"_s,
        u"5: the quoted field is not closed at the end of the file"_s,
    };
    QCOMPARE(c.rejections, rejections);
    QCOMPARE(Collected::described(c.optOuts),
        QStringList { u"line=4; time=2026-11-01T10:01:00.000Z; recipient=b@example.org; reason=fine"_s });
}

void TestCsvFormats::nulBytes()
{
    const QList<QByteArray> lines = linesOf(fixture("optout-nul-bytes.csv"));
    const Collected c = parse(recognised(lines), lines);
    const QStringList expected {
        u"line=2; time=2026-11-01T10:00:00.000Z; recipient=null@example.org; reason=padded"_s,
        u"line=4; time=2026-11-01T10:01:00.000Z; recipient=q@example.org; reason=quoted"_s,
    };
    QCOMPARE(Collected::described(c.optOuts), expected);
    QCOMPARE(c.rejections, QStringList());
    // The key is of the bytes as they were, NULs included.
    QCOMPARE(c.optOuts.at(0).key, recordKey("opt-out\n" + lines.at(1)));
}

void TestCsvFormats::invalidUtf8()
{
    const QList<QByteArray> lines = linesOf(fixture("optout-invalid-utf8.csv"));
    const Collected c = parse(recognised(lines), lines);
    const QStringList expected {
        u"line=2; time=2026-11-01T10:00:00.000Z; recipient=v@example.org; reason=caf\uFFFD \uFFFD\uFFFD broken"_s,
        u"line=3; time=2026-11-01T10:01:00.000Z; recipient=w@example.org; reason=Grüße \uFFFD"_s,
    };
    QCOMPARE(Collected::described(c.optOuts), expected);
    QCOMPARE(c.rejections, QStringList());
}

// The same record read again has the same key, whatever the line ends; different records,
// and the same bytes read as another kind, have different keys.
void TestCsvFormats::keys()
{
    const QByteArray bytes = fixture("sendlog.csv");
    const QList<QByteArray> lines = linesOf(bytes);
    const Collected first = parse(::profileFixture(), lines);
    const Collected again = parse(::profileFixture(), lines);
    QByteArray crlf = bytes;
    crlf.replace("\n", "\r\n");
    const Collected withCrlf = parse(::profileFixture(), crlf.split('\n')); // CRs left for the parser

    QList<QByteArray> keys;
    for (const DeliveryRecord &r : first.deliveries)
        keys.append(r.key);
    QCOMPARE(QSet<QByteArray>(keys.cbegin(), keys.cend()).size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(again.deliveries.at(i).key, keys.at(i));
        QCOMPARE(withCrlf.deliveries.at(i).key, keys.at(i));
    }
    QCOMPARE(first.deliveries.at(0).key, recordKey("send-log\n" + lines.at(1)));
    QCOMPARE(first.deliveries.at(3).line, 5);
    QCOMPARE(first.deliveries.at(3).key, recordKey("send-log\n" + lines.at(4) + '\n' + lines.at(5)));

    const QList<QByteArray> shared { "time,recipient,result", "2026-11-01T10:00:00Z,a@example.org,sent" };
    CsvProfile sendLog;
    sendLog.kind = TabularKind::SendLog;
    sendLog.columns
        = { { u"time"_s, u"time"_s }, { u"recipient"_s, u"recipient"_s }, { u"result"_s, u"result"_s } };
    CsvProfile optOut;
    optOut.kind = TabularKind::OptOut;
    optOut.columns = { { u"time"_s, u"time"_s }, { u"recipient"_s, u"recipient"_s } };
    const Collected asDelivery = parse(sendLog, shared);
    const Collected asOptOut = parse(optOut, shared);
    QCOMPARE(asDelivery.deliveries.size(), 1);
    QCOMPARE(asOptOut.optOuts.size(), 1);
    QVERIFY(asDelivery.deliveries.at(0).key != asOptOut.optOuts.at(0).key);

    const QList<QByteArray> acct = linesOf(fixture("powermta-acct.csv"));
    Collected powerMta;
    PowerMtaParser parser(powerMta.sinks(), Reference);
    feed(parser, acct);
    QCOMPARE(powerMta.deliveries.at(0).key, recordKey(acct.at(1)));
}

// An importer that wants only the rejections (a dry run) passes no record sinks.
void TestCsvFormats::sinksMayBeMissing()
{
    int rejections = 0;
    ParserSinks sinks;
    sinks.rejection = [&rejections](const LineRejection &) { ++rejections; };
    TabularParser tabular(sinks, ::profileFixture(), Reference);
    feed(tabular, linesOf(fixture("sendlog.csv")));
    QCOMPARE(rejections, 8);
    PowerMtaParser powerMta(ParserSinks {}, Reference);
    feed(powerMta, linesOf(fixture("powermta-acct.csv")));
}

QTEST_GUILESS_MAIN(TestCsvFormats)
#include "tst_csvformats.moc"
