// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/CsvRecordAssembler.h"
#include "delivery/FieldText.h"
#include "delivery/TabularFormats.h"
#include "delivery/TimestampParser.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace abusedesk::delivery {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::delivery::PowerMtaParser)
};

constexpr qint64 FutureTolerance = 2LL * 86'400'000;

// "smtp;550 5.1.1 User unknown" → "550 5.1.1 User unknown": PowerMTA names the diagnostic's type.
QString withoutDiagnosticType(const QString &text)
{
    if (text.startsWith(u"smtp;", Qt::CaseInsensitive) || text.startsWith(u"x-unix;", Qt::CaseInsensitive)) {
        const qsizetype semicolon = text.indexOf(u';');
        return text.sliced(semicolon + 1).trimmed();
    }
    return text;
}

// "dns;mx.example.net (192.0.2.25)" → "mx.example.net".
QString remoteHost(const QString &text)
{
    QStringView host(text);
    if (host.startsWith(u"dns;", Qt::CaseInsensitive))
        host = host.sliced(4);
    host = host.trimmed();
    if (const qsizetype paren = host.indexOf(u'('); paren >= 0)
        host = host.first(paren).trimmed();
    if (host.endsWith(u'.'))
        host.chop(1);
    return host.toString().toLower();
}

} // namespace

struct PowerMtaParser::Private
{
    Private(ParserSinks s, const QDateTime &reference)
        : sinks(std::move(s))
        , records(
              '\0', [this](const CsvRecordAssembler::Record &record) { take(record); },
              [this](qint64 line, const QString &reason) { reject(line, reason); })
    {
        if (reference.isValid())
            latest = reference.toMSecsSinceEpoch() + FutureTolerance;
    }

    // Where the fields are, from the last header line; -1 when it has none such.
    struct Columns
    {
        int type = -1, timeLogged = -1, timeQueued = -1, orig = -1, rcpt = -1, dsnStatus = -1, dsnDiag = -1,
            dsnMta = -1, sourceIp = -1, destinationIp = -1, jobId = -1, envId = -1, customer = -1,
            messageId = -1;
    };

    ParserSinks sinks;
    CsvRecordAssembler records;
    TimestampParser times; ///< PowerMTA writes its offset; times without one are UTC
    std::optional<qint64> latest;
    Columns columns;
    bool haveHeader = false; ///< a usable header line came before the records
    bool badHeader = false; ///< the last header lacks type or rcpt: skip until the next one
    const QStringList *fields = nullptr;

    void reject(qint64 line, const QString &reason)
    {
        if (sinks.rejection)
            sinks.rejection({ line, reason });
    }

    QString value(int at) const
    {
        return at >= 0 && at < fields->size() ? fields->at(at).trimmed() : QString();
    }

    void readHeader(const QStringList &names, qint64 line)
    {
        QHash<QString, int> byName;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString key = names.at(i).trimmed().toCaseFolded();
            if (!byName.contains(key))
                byName.insert(key, int(i));
        }
        auto at = [&byName](std::initializer_list<const char16_t *> candidates) {
            for (const char16_t *name : candidates) {
                const auto it = byName.constFind(QString::fromUtf16(name));
                if (it != byName.constEnd())
                    return *it;
            }
            return -1;
        };
        columns.type = at({ u"type" });
        columns.timeLogged = at({ u"timelogged" });
        columns.timeQueued = at({ u"timequeued" });
        columns.orig = at({ u"orig" });
        columns.rcpt = at({ u"rcpt" });
        columns.dsnStatus = at({ u"dsnstatus" });
        columns.dsnDiag = at({ u"dsndiag" });
        columns.dsnMta = at({ u"dsnmta" });
        columns.sourceIp = at({ u"dlvsourceip" });
        columns.destinationIp = at({ u"dlvdestinationip" });
        columns.jobId = at({ u"jobid" });
        columns.envId = at({ u"envid" });
        // The vmta is a sending pool, never a customer: only a column that says so names one
        // (a plain column, or a header field PowerMTA was told to log).
        columns.customer = at(
            { u"customer", u"customerid", u"customer_id", u"header_x-customer-id", u"header_x-customer" });
        columns.messageId = at({ u"header_message-id", u"messageid", u"message-id" });
        haveHeader = true;
        badHeader = columns.timeLogged < 0 && columns.timeQueued < 0;
        if (badHeader)
            reject(line,
                Tr::tr("the header line has no timeLogged field: the records up to the next header are "
                       "skipped"));
    }

    static bool isHeader(const QStringList &names)
    {
        bool type = false, rcpt = false;
        for (const QString &name : names) {
            const QStringView trimmed = QStringView(name).trimmed();
            type = type || trimmed.compare(u"type", Qt::CaseInsensitive) == 0;
            rcpt = rcpt || trimmed.compare(u"rcpt", Qt::CaseInsensitive) == 0;
        }
        return type && rcpt;
    }

    void take(const CsvRecordAssembler::Record &record)
    {
        if (isHeader(record.fields)) {
            // Every rotated file starts with its header; concatenated files repeat it.
            readHeader(record.fields, record.line);
            return;
        }
        if (!haveHeader) {
            reject(record.line, Tr::tr("no header line (type,timeLogged,…,rcpt,…) before this record"));
            return;
        }
        if (badHeader)
            return;
        bool blank = true;
        for (const QString &field : record.fields)
            blank = blank && field.trimmed().isEmpty();
        if (blank)
            return; // a row of separators, or of NULs from a file preallocated and cut short
        fields = &record.fields;
        read(record);
        fields = nullptr;
    }

    void read(const CsvRecordAssembler::Record &record)
    {
        const qint64 line = record.line;
        const QString type = value(columns.type).toLower();
        DeliveryRecord r;
        if (type == u"d") {
            r.result = DeliveryResult::Delivered;
        } else if (type == u"b" || type == u"rb") {
            r.result = DeliveryResult::Bounced;
        } else if (type == u"t") {
            r.result = DeliveryResult::Deferred;
        } else if (type.isEmpty()) {
            reject(line, Tr::tr("no record type"));
            return;
        } else {
            return; // f (feedback loop), tq, r, …: not a delivery attempt
        }

        const int timeColumn = columns.timeLogged >= 0 ? columns.timeLogged : columns.timeQueued;
        const QString timeText = value(timeColumn);
        const QString timeName = timeColumn == columns.timeLogged ? u"timeLogged"_s : u"timeQueued"_s;
        if (timeText.isEmpty()) {
            reject(line, Tr::tr("no %1").arg(timeName));
            return;
        }
        r.time = times.parse(timeText);
        if (!r.time.isValid()) {
            reject(line, Tr::tr("%1 \"%2\" is not a date and time").arg(timeName, timeText));
            return;
        }
        if (latest && r.time.toMSecsSinceEpoch() > *latest) {
            reject(line, Tr::tr("%1 \"%2\" lies in the future").arg(timeName, timeText));
            return;
        }
        const QString rcpt = value(columns.rcpt);
        if (rcpt.isEmpty()) {
            reject(line, Tr::tr("no recipient"));
            return;
        }
        r.recipient = FieldText::address(rcpt);
        r.envelopeSender = FieldText::address(value(columns.orig));
        r.status = FieldText::enhancedStatus(value(columns.dsnStatus));
        r.diagnostic = withoutDiagnosticType(value(columns.dsnDiag));
        r.replyCode = FieldText::replyCode(r.diagnostic);
        if (r.status.isEmpty())
            r.status = FieldText::statusAfterReplyCode(r.diagnostic);
        // A bounce with a temporary status (4.x.x) or X.4.7 "delivery time expired" is PowerMTA
        // giving up after the queue's lifetime, not a refusal.
        if (type == u"b" && (r.status.startsWith(u'4') || r.status.endsWith(u".4.7")))
            r.result = DeliveryResult::Expired;
        r.remoteMta = remoteHost(value(columns.dsnMta));
        if (r.remoteMta.isEmpty())
            r.remoteMta = value(columns.destinationIp);
        r.sendingIp = value(columns.sourceIp);
        r.campaign = value(columns.jobId);
        r.queueId = value(columns.envId);
        r.customer = value(columns.customer);
        QString messageId = value(columns.messageId);
        if (messageId.startsWith(u'<') && messageId.endsWith(u'>'))
            messageId = messageId.sliced(1, messageId.size() - 2);
        r.messageId = messageId;
        r.line = line;
        r.key = recordKey(record.raw);
        if (sinks.delivery)
            sinks.delivery(std::move(r));
    }
};

PowerMtaParser::PowerMtaParser(ParserSinks sinks, QDateTime reference)
    : d(new Private(std::move(sinks), reference))
{ }

PowerMtaParser::~PowerMtaParser() = default;

void PowerMtaParser::addLine(QByteArrayView line, qint64 number)
{
    d->records.addLine(line, number);
}

void PowerMtaParser::finish()
{
    d->records.finish();
}

} // namespace abusedesk::delivery
