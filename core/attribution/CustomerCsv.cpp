// SPDX-License-Identifier: GPL-2.0-or-later
#include "attribution/CustomerCsv.h"

#include "delivery/CsvReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHostAddress>
#include <QTimeZone>

namespace abusedesk::attribution {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCsv)
};

const QString XCustomerId = QStringLiteral("X-Customer-ID");
const QString FeedbackId = QStringLiteral("Feedback-ID");

struct DomainColumn
{
    const char *name;
    IdentifierKind kind;
};
constexpr DomainColumn ListColumns[] = { { "dkim_domains", IdentifierKind::DkimDomain },
    { "return_path_domains", IdentifierKind::ReturnPathDomain },
    { "from_domains", IdentifierKind::FromDomain }, { "domains", IdentifierKind::Domain },
    { "list_ids", IdentifierKind::ListId } };

QStringList splitList(const QString &cell)
{
    QStringList out;
    for (const QString &part : cell.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out.append(t);
    return out;
}

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString f = field;
    f.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}

QString isoDay(qint64 seconds)
{
    return seconds ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC).date().toString(Qt::ISODate)
                   : QString();
}

qint64 daySeconds(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return 0;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        *ok = false;
        return 0;
    }
    return QDateTime(d, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
}

/// "192.0.2.0/24 2025-01-01..2026-01-01 shared" → an identifier; empty problem when fine.
QString parseIp(const QString &entry, Identifier &id)
{
    const QStringList words = entry.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return Tr::tr("empty address");
    id.kind = IdentifierKind::Ip;
    id.value = words.at(0);
    const auto [network, prefix] = QHostAddress::parseSubnet(id.value.contains(QLatin1Char('/')) ? id.value
                                                                                                 : id.value
                + (id.value.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32")));
    if (network.isNull())
        return Tr::tr("\"%1\" is not an IP address or CIDR range").arg(id.value);
    for (int i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.compare(QLatin1String("shared"), Qt::CaseInsensitive) == 0) {
            id.shared = true;
            continue;
        }
        const qsizetype dots = w.indexOf(QLatin1String(".."));
        if (dots < 0)
            return Tr::tr("\"%1\" is not a validity period (FROM..UNTIL, days as YYYY-MM-DD)").arg(w);
        bool okFrom = false;
        bool okUntil = false;
        id.validFrom = daySeconds(w.left(dots), &okFrom);
        id.validUntil = daySeconds(w.mid(dots + 2), &okUntil);
        if (!okFrom || !okUntil)
            return Tr::tr("\"%1\" is not a validity period (FROM..UNTIL, days as YYYY-MM-DD)").arg(w);
        if (id.validFrom && id.validUntil && id.validUntil <= id.validFrom)
            return Tr::tr("the period %1 ends before it starts").arg(w);
    }
    return {};
}

} // namespace

bool CustomerCsvResult::covers(const Identifier &id) const
{
    switch (id.kind) {
    case IdentifierKind::Ip:
        return columns.contains(QLatin1String("sending_ips"));
    case IdentifierKind::Header:
        if (id.header.compare(XCustomerId, Qt::CaseInsensitive) == 0)
            return columns.contains(QLatin1String("x_customer_id"));
        if (id.header.compare(FeedbackId, Qt::CaseInsensitive) == 0)
            return columns.contains(QLatin1String("feedback_id_segment"));
        return columns.contains(QLatin1String("header:") + id.header.toLower());
    case IdentifierKind::Contact:
        return columns.contains(QLatin1String("contact_email"))
            || columns.contains(QLatin1String("contacts"));
    default:
        break;
    }
    for (const DomainColumn &d : ListColumns)
        if (d.kind == id.kind)
            return columns.contains(QLatin1StringView(d.name));
    return false;
}

bool CustomerCsv::looksLikeHeader(QByteArrayView headerLine)
{
    QStringList fields;
    delivery::CsvReader reader(delivery::CsvReader::guessSeparator(headerLine));
    if (!reader.addLine(headerLine, fields))
        return false;
    for (QString &f : fields)
        f = f.trimmed().toLower();
    if (!fields.contains(QLatin1String("id")) || !fields.contains(QLatin1String("name")))
        return false;
    for (const QString &f : std::as_const(fields))
        if (f == QLatin1String("sending_ips") || f == QLatin1String("dkim_domains")
            || f == QLatin1String("from_domains") || f == QLatin1String("return_path_domains")
            || f == QLatin1String("domains") || f == QLatin1String("x_customer_id")
            || f.startsWith(QLatin1String("header:")))
            return true;
    return false;
}

CustomerCsvResult CustomerCsv::parse(const QByteArray &bytes)
{
    CustomerCsvResult result;
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    qint64 lineNumber = 0;
    auto nextLine = [&rest, &lineNumber]() -> std::optional<QByteArrayView> {
        if (rest.isEmpty())
            return std::nullopt;
        qsizetype end = rest.indexOf('\n');
        QByteArrayView line = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        ++lineNumber;
        return line;
    };
    const std::optional<QByteArrayView> header = nextLine();
    if (!header || !looksLikeHeader(*header)) {
        result.error
            = Tr::tr("not a customers file: the first line must name the columns, among them id, name and "
                     "at least one identifier column (sending_ips, dkim_domains, from_domains, "
                     "return_path_domains, domains, x_customer_id or header:NAME)");
        return result;
    }
    delivery::CsvReader reader(delivery::CsvReader::guessSeparator(*header));
    QStringList columns;
    (void)reader.addLine(*header, columns);
    for (QString &c : columns) {
        c = c.trimmed();
        result.columns.append(c.toLower());
    }

    QStringList fields;
    qint64 rowStart = 0;
    while (const std::optional<QByteArrayView> line = nextLine()) {
        if (rowStart == 0)
            rowStart = lineNumber;
        QString error;
        if (!reader.addLine(*line, fields, &error)) {
            if (!error.isEmpty()) {
                result.problems.append({ rowStart, {}, error });
                rowStart = 0;
            }
            continue;
        }
        const qint64 row = rowStart;
        rowStart = 0;
        if (fields.size() == 1 && fields.at(0).trimmed().isEmpty())
            continue;
        CustomerRecord c;
        QList<CsvProblem> problems;
        for (int i = 0; i < columns.size(); ++i) {
            const QString column = columns.at(i);
            const QString name = column.toLower();
            const QString cell = i < fields.size() ? fields.at(i).trimmed() : QString();
            auto problem = [&](const QString &message) { problems.append({ row, column, message }); };
            if (name == QLatin1String("id")) {
                c.externalId = cell;
            } else if (name == QLatin1String("name")) {
                c.name = cell;
            } else if (name == QLatin1String("status")) {
                if (cell.isEmpty())
                    continue;
                if (!CustomerRecord::statuses().contains(cell.toLower()))
                    problem(
                        Tr::tr("\"%1\" is not a status (active, warned, suspended or terminated)").arg(cell));
                c.status = cell.toLower();
            } else if (name == QLatin1String("ladder_step")) {
                bool ok = cell.isEmpty();
                const int step = cell.toInt(&ok);
                if (!cell.isEmpty() && (!ok || step < 0 || step > 4))
                    problem(Tr::tr("\"%1\" is not a ladder step (0 to 4)").arg(cell));
                c.ladderStep = cell.isEmpty() ? 0 : step;
            } else if (name == QLatin1String("monthly_revenue")) {
                if (cell.isEmpty())
                    continue;
                bool ok = false;
                const double value = QString(cell).remove(QLatin1Char(' ')).toDouble(&ok);
                if (!ok || value < 0)
                    problem(Tr::tr("\"%1\" is not an amount (like 1250.00)").arg(cell));
                else
                    c.revenueCents = qRound64(value * 100);
            } else if (name == QLatin1String("currency")) {
                if (!cell.isEmpty())
                    c.currency = cell.toUpper();
            } else if (name == QLatin1String("contact_email") || name == QLatin1String("contacts")) {
                c.contacts += splitList(cell);
            } else if (name == QLatin1String("notes")) {
                c.notes = cell;
            } else if (name == QLatin1String("sending_ips")) {
                for (const QString &entry : splitList(cell)) {
                    Identifier id;
                    if (const QString p = parseIp(entry, id); !p.isEmpty())
                        problem(p);
                    else
                        c.identifiers.append(id);
                }
            } else if (name == QLatin1String("x_customer_id") || name == QLatin1String("feedback_id_segment")
                || name.startsWith(QLatin1String("header:"))) {
                const QString headerName = name == QLatin1String("x_customer_id") ? XCustomerId
                    : name == QLatin1String("feedback_id_segment")                ? FeedbackId
                                                                                  : column.mid(7).trimmed();
                for (const QString &value : splitList(cell)) {
                    Identifier id;
                    id.kind = IdentifierKind::Header;
                    id.header = headerName;
                    id.value = value;
                    c.identifiers.append(id);
                }
            } else {
                for (const DomainColumn &d : ListColumns) {
                    if (name != QLatin1StringView(d.name))
                        continue;
                    for (const QString &value : splitList(cell)) {
                        Identifier id;
                        id.kind = d.kind;
                        id.value = d.kind == IdentifierKind::ListId ? value : value.toLower();
                        c.identifiers.append(id);
                    }
                }
            }
        }
        if (c.name.isEmpty())
            problems.append({ row, QStringLiteral("name"), Tr::tr("the customer has no name") });
        if (!problems.isEmpty()) {
            result.problems += problems;
            continue;
        }
        result.customers.append(c);
    }
    if (reader.inQuotedField())
        result.problems.append({ rowStart, {}, Tr::tr("the file ends inside a quoted field") });
    return result;
}

QByteArray CustomerCsv::write(const QList<CustomerRecord> &customers)
{
    QStringList extraHeaders;
    for (const CustomerRecord &c : customers)
        for (const Identifier &id : c.identifiers)
            if (id.kind == IdentifierKind::Header && id.header.compare(XCustomerId, Qt::CaseInsensitive) != 0
                && id.header.compare(FeedbackId, Qt::CaseInsensitive) != 0
                && !extraHeaders.contains(id.header))
                extraHeaders.append(id.header);
    QStringList header { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
        QStringLiteral("monthly_revenue"), QStringLiteral("currency"), QStringLiteral("contact_email"),
        QStringLiteral("sending_ips"), QStringLiteral("dkim_domains"), QStringLiteral("return_path_domains"),
        QStringLiteral("from_domains"), QStringLiteral("list_ids"), QStringLiteral("x_customer_id"),
        QStringLiteral("feedback_id_segment"), QStringLiteral("domains"), QStringLiteral("ladder_step"),
        QStringLiteral("notes") };
    for (const QString &h : std::as_const(extraHeaders))
        header.append(QStringLiteral("header:") + h);
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    const QString separator = QStringLiteral("; ");
    for (const CustomerRecord &c : customers) {
        QStringList ips;
        QHash<IdentifierKind, QStringList> lists;
        QHash<QString, QStringList> headers;
        for (const Identifier &id : c.identifiers) {
            if (id.kind == IdentifierKind::Ip) {
                QString entry = id.value;
                if (id.validFrom || id.validUntil)
                    entry += QLatin1Char(' ') + isoDay(id.validFrom) + QLatin1String("..")
                        + isoDay(id.validUntil);
                if (id.shared)
                    entry += QLatin1String(" shared");
                ips.append(entry);
            } else if (id.kind == IdentifierKind::Header) {
                const QString key = id.header.compare(XCustomerId, Qt::CaseInsensitive) == 0 ? XCustomerId
                    : id.header.compare(FeedbackId, Qt::CaseInsensitive) == 0                ? FeedbackId
                                                                                             : id.header;
                headers[key].append(id.value);
            } else if (id.kind == IdentifierKind::Contact) {
                lists[IdentifierKind::Contact].append(id.value);
            } else {
                lists[id.kind].append(id.value);
            }
        }
        QStringList row { c.externalId, c.name, c.status,
            c.revenueCents >= 0 ? QString::number(double(c.revenueCents) / 100.0, 'f', 2) : QString(),
            c.currency, (c.contacts + lists.value(IdentifierKind::Contact)).join(separator),
            ips.join(separator), lists.value(IdentifierKind::DkimDomain).join(separator),
            lists.value(IdentifierKind::ReturnPathDomain).join(separator),
            lists.value(IdentifierKind::FromDomain).join(separator),
            lists.value(IdentifierKind::ListId).join(separator), headers.value(XCustomerId).join(separator),
            headers.value(FeedbackId).join(separator), lists.value(IdentifierKind::Domain).join(separator),
            QString::number(c.ladderStep), c.notes };
        for (const QString &h : std::as_const(extraHeaders))
            row.append(headers.value(h).join(separator));
        for (QString &field : row)
            field = quoted(field);
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace abusedesk::attribution
