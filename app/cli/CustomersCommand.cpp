// SPDX-License-Identifier: GPL-2.0-or-later
#include "CustomersCommand.h"

#include "CommandLine.h"
#include "attribution/AttributionRun.h"
#include "attribution/CustomerCsv.h"
#include "importing/CustomerImport.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace abusedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runCustomers(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("customers"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    cl.parser().addOption({ QStringLiteral("out"),
        Tr::tr("export: write to this file instead of standard output."), QStringLiteral("FILE") });
    cl.parser().addOption({ QStringLiteral("json"), Tr::tr("list: print the customers as JSON.") });
    cl.parser().addPositionalArgument(QStringLiteral("action"), Tr::tr("import FILE.csv, export or list."));
    if (const int code
        = cl.parse(Tr::tr("The customers (list owners) and their identifiers, as customers.csv."),
            QStringLiteral("import FILE.csv | export | list"));
        code >= 0)
        return code;
    const QStringList positional = cl.parser().positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("import") && action != QLatin1String("export")
        && action != QLatin1String("list"))
        return cl.fail(Tr::tr("say what to do: import FILE.csv, export or list."), ExitUsage);
    if (action == QLatin1String("import") && positional.size() != 2)
        return cl.fail(Tr::tr("import wants one CSV file."), ExitUsage);

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;
    storage::CustomerStore store(*db);

    if (action == QLatin1String("import")) {
        const importing::CustomerImportReport report = importing::importCustomers(*db, positional.at(1));
        for (const attribution::CsvProblem &p : report.problems)
            err << Tr::tr("%1 line %2: %3%4")
                       .arg(report.path)
                       .arg(p.line)
                       .arg(p.column.isEmpty() ? QString() : p.column + QLatin1String(": "), p.message)
                << '\n';
        if (!report.error.isEmpty())
            return cl.fail(report.error);
        out << Tr::tr("Customers: %1 added, %2 updated, %3 rows rejected.")
                   .arg(report.added)
                   .arg(report.updated)
                   .arg(report.problems.size())
            << '\n';
        if (report.changedAnything()) {
            const attribution::RunReport run
                = attribution::AttributionRun(*db).run({ QStringLiteral("customers imported") });
            if (!run.error.isEmpty())
                return cl.fail(run.error);
            out << Tr::tr("Attributed again: %1 items examined, %2 moved.").arg(run.examined).arg(run.moved)
                << '\n';
        }
        out.flush();
        return report.problems.isEmpty() ? ExitOk : ExitFailure;
    }

    const QList<attribution::CustomerRecord> customers = store.customers();
    if (action == QLatin1String("export")) {
        const QByteArray csv = attribution::CustomerCsv::write(customers);
        if (!cl.parser().isSet(QStringLiteral("out"))) {
            out << QString::fromUtf8(csv);
            out.flush();
            return ExitOk;
        }
        QSaveFile file(cl.parser().value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return cl.fail(Tr::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        out << Tr::tr("%1 customers written to %2.").arg(customers.size()).arg(file.fileName()) << '\n';
        return ExitOk;
    }

    // list
    const QDate last = store.lastDataDay();
    const QDate first = last.isValid() ? last.addDays(-29) : QDate();
    const QHash<qint64, storage::CustomerFigures> figures
        = last.isValid() ? store.figures(first, last) : QHash<qint64, storage::CustomerFigures>();
    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const attribution::CustomerRecord &c : customers) {
            const storage::CustomerFigures f = figures.value(c.id);
            list.append(QJsonObject { { QStringLiteral("id"), c.id },
                { QStringLiteral("external_id"), c.externalId }, { QStringLiteral("name"), c.name },
                { QStringLiteral("status"), c.status }, { QStringLiteral("ladder_step"), c.ladderStep },
                { QStringLiteral("identifiers"), c.identifiers.size() },
                { QStringLiteral("complaints"), f.complaints }, { QStringLiteral("delivered"), f.delivered },
                { QStringLiteral("complaint_rate_percent"), f.complaintRatePercent() },
                { QStringLiteral("hard_bounce_rate_percent"), f.hardBounceRatePercent() } });
        }
        out << QJsonDocument(QJsonObject { { QStringLiteral("from"), first.toString(Qt::ISODate) },
                                 { QStringLiteral("until"), last.toString(Qt::ISODate) },
                                 { QStringLiteral("customers"), list } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return ExitOk;
    }
    if (last.isValid())
        out << Tr::tr("Figures over %1 to %2 (UTC).")
                   .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
            << '\n';
    for (const attribution::CustomerRecord &c : customers) {
        const storage::CustomerFigures f = figures.value(c.id);
        out << Tr::tr(
            "%1  %2  %3, step %4: %5 complaints, complaint rate %6 %, hard bounces %7 %, %8 identifiers")
                   .arg(c.externalId.isEmpty() ? QStringLiteral("-") : c.externalId, c.name, c.status)
                   .arg(c.ladderStep)
                   .arg(f.complaints)
                   .arg(f.complaintRatePercent(), 0, 'f', 3)
                   .arg(f.hardBounceRatePercent(), 0, 'f', 2)
                   .arg(c.identifiers.size())
            << '\n';
    }
    return ExitOk;
}

} // namespace abusedesk::cli
