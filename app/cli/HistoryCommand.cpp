// SPDX-License-Identifier: GPL-2.0-or-later
#include "HistoryCommand.h"

#include "CommandLine.h"
#include "storage/Database.h"
#include "storage/DeliveryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace abusedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runHistory(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("history"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    cl.parser().addOption(
        { QStringLiteral("recipient"), Tr::tr("The recipient's address."), QStringLiteral("ADDRESS") });
    cl.parser().addOption({ QStringLiteral("customer"),
        Tr::tr("Only mail of this customer (as the logs name it, e.g. its X-Customer-ID)."),
        QStringLiteral("REF") });
    cl.parser().addOption({ QStringLiteral("json"), Tr::tr("Print the history as JSON.") });
    if (const int code
        = cl.parse(Tr::tr("What one recipient got: messages, first and last, campaigns, opt-outs."));
        code >= 0)
        return code;
    const QString recipient = cl.parser().value(QStringLiteral("recipient")).trimmed().toLower();
    if (recipient.isEmpty() || !recipient.contains(QLatin1Char('@')))
        return cl.fail(Tr::tr("--recipient ADDRESS is required."), ExitUsage);
    const QString customer = cl.parser().isSet(QStringLiteral("customer"))
        ? cl.parser().value(QStringLiteral("customer"))
        : QString();

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;
    QElapsedTimer timer;
    timer.start();
    const storage::DeliveryStore store(*db);
    const storage::RecipientHistory history = store.recipientHistory(recipient, customer);

    QSqlQuery optOuts(db->connection());
    optOuts.prepare(
        QStringLiteral("SELECT time, customer_ref, reason, source FROM opt_outs WHERE recipient = ?%1 "
                       "ORDER BY time")
            .arg(customer.isNull() ? QString() : QStringLiteral(" AND customer_ref = ?")));
    optOuts.addBindValue(recipient);
    if (!customer.isNull())
        optOuts.addBindValue(customer);
    QJsonArray optOutList;
    if (optOuts.exec()) {
        while (optOuts.next())
            optOutList.append(
                QJsonObject { { QStringLiteral("time"),
                                  QDateTime::fromSecsSinceEpoch(optOuts.value(0).toLongLong(), QTimeZone::UTC)
                                      .toString(Qt::ISODate) },
                    { QStringLiteral("customer"), optOuts.value(1).toString() },
                    { QStringLiteral("reason"), optOuts.value(2).toString() },
                    { QStringLiteral("source"), optOuts.value(3).toString() } });
    }
    const qint64 ms = timer.elapsed();

    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonObject root { { QStringLiteral("recipient"), recipient },
            { QStringLiteral("customer"), customer.isNull() ? QJsonValue() : QJsonValue(customer) },
            { QStringLiteral("messages"), history.messages },
            { QStringLiteral("delivered"), history.delivered },
            { QStringLiteral("first"),
                history.first.isValid() ? QJsonValue(history.first.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("last"),
                history.last.isValid() ? QJsonValue(history.last.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("campaigns"), QJsonArray::fromStringList(history.campaigns) },
            { QStringLiteral("opt_outs"), optOutList }, { QStringLiteral("milliseconds"), ms } };
        out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    if (history.messages == 0)
        out << Tr::tr("%1 got no mail%2 in the imported logs.")
                   .arg(recipient, customer.isNull() ? QString() : Tr::tr(" from %1").arg(customer))
            << '\n';
    else
        out << Tr::tr("%1 got %2 messages%3 (%4 delivered), from %5 to %6 (UTC).")
                   .arg(recipient)
                   .arg(history.messages)
                   .arg(customer.isNull() ? QString() : Tr::tr(" from %1").arg(customer))
                   .arg(history.delivered)
                   .arg(history.first.toString(Qt::ISODate), history.last.toString(Qt::ISODate))
            << '\n';
    if (!history.campaigns.isEmpty())
        out << Tr::tr("Campaigns, most recent first: %1").arg(history.campaigns.join(QStringLiteral(", ")))
            << '\n';
    for (const QJsonValue &v : std::as_const(optOutList)) {
        const QJsonObject o = v.toObject();
        out << Tr::tr("Opted out %1 (%2): %3")
                   .arg(o.value(QStringLiteral("time")).toString(),
                       o.value(QStringLiteral("customer")).toString(),
                       o.value(QStringLiteral("reason")).toString())
            << '\n';
    }
    return ExitOk;
}

} // namespace abusedesk::cli
