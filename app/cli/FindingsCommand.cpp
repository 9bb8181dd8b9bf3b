// SPDX-License-Identifier: GPL-2.0-or-later
#include "FindingsCommand.h"

#include "CommandLine.h"
#include "findings/Findings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace abusedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runFindings(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("findings"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    cl.parser().addOption({ QStringLiteral("from"),
        Tr::tr("First UTC day (YYYY-MM-DD; default: 29 days before --to)."), QStringLiteral("DAY") });
    cl.parser().addOption({ QStringLiteral("to"),
        Tr::tr("Last UTC day (YYYY-MM-DD; default: the last day with data)."), QStringLiteral("DAY") });
    cl.parser().addOption({ QStringLiteral("json"), Tr::tr("Print the findings as JSON.") });
    if (const int code
        = cl.parse(Tr::tr("The automatic findings over a period: complaint rates, hard bounces and spam "
                          "bounces above the policy lines, sending addresses with a poor reputation, "
                          "blocklist listings, spam-trap hits, mail after opt-outs and after complaints."));
        code >= 0)
        return code;
    findings::FindingsOptions options;
    for (const auto &[name, day] : { std::pair { "from", &options.from }, { "to", &options.until } }) {
        if (!cl.parser().isSet(QLatin1StringView(name)))
            continue;
        const QString value = cl.parser().value(QLatin1StringView(name));
        *day = QDate::fromString(value, Qt::ISODate);
        if (!day->isValid())
            return cl.fail(
                Tr::tr("--%1 wants a day as YYYY-MM-DD, not '%2'.").arg(QLatin1StringView(name), value),
                ExitUsage);
    }
    if (options.from.isValid() && options.until.isValid() && options.until < options.from)
        return cl.fail(Tr::tr("--to comes before --from."), ExitUsage);

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;
    findings::FindingsEngine engine(*db);
    const QList<findings::Finding> list = engine.run(options);
    if (!engine.lastError().isEmpty())
        return cl.fail(engine.lastError());

    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const findings::Finding &f : list) {
            QJsonArray evidenceIds;
            for (const qint64 id : f.evidenceIds)
                evidenceIds.append(id);
            QJsonObject o { { QStringLiteral("kind"), f.kind }, { QStringLiteral("key"), f.key },
                { QStringLiteral("customer"), f.customerExternalId },
                { QStringLiteral("customer_name"), f.customerName },
                { QStringLiteral("receiver"), f.receiver }, { QStringLiteral("target"), f.target },
                { QStringLiteral("count"), f.count }, { QStringLiteral("evidence"), f.evidenceCount },
                { QStringLiteral("evidence_ids"), evidenceIds }, { QStringLiteral("summary"), f.summary } };
            if (f.kind == QLatin1String("ip-reputation"))
                o.insert(QStringLiteral("customers"), QJsonArray::fromStringList(f.affectedCustomers));
            if (f.volume > 0) {
                o.insert(QStringLiteral("volume"), f.volume);
                o.insert(QStringLiteral("rate_percent"), f.ratePercent);
                o.insert(QStringLiteral("threshold_percent"), f.thresholdPercent);
            }
            array.append(o);
        }
        out << QJsonDocument(QJsonObject { { QStringLiteral("from"), engine.from().toString(Qt::ISODate) },
                                 { QStringLiteral("to"), engine.until().toString(Qt::ISODate) },
                                 { QStringLiteral("findings"), array } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return ExitOk;
    }
    if (!engine.until().isValid()) {
        out << Tr::tr("No data yet: import mail and delivery logs first.") << '\n';
        return ExitOk;
    }
    out << Tr::tr("Findings from %1 to %2 (UTC): %3")
               .arg(engine.from().toString(Qt::ISODate), engine.until().toString(Qt::ISODate))
               .arg(list.isEmpty() ? Tr::tr("none.") : QString::number(list.size()))
        << '\n';
    for (const findings::Finding &f : list) {
        if (f.customerId == 0) // about an address of the sender's, not one customer
            out << "  " << f.target << "  " << f.kind << "  " << f.receiver << ": " << f.summary;
        else
            out << "  " << (f.customerExternalId.isEmpty() ? f.customerName : f.customerExternalId) << "  "
                << f.kind << "  " << f.customerName << ": " << f.summary;
        out << Tr::tr(" (evidence: %1)").arg(f.evidenceCount) << '\n';
    }
    return ExitOk;
}

} // namespace abusedesk::cli
