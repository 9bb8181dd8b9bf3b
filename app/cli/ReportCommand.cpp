// SPDX-License-Identifier: GPL-2.0-or-later
#include "ReportCommand.h"

#include "CommandLine.h"
#include "Report.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace abusedesk::cli {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("report"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    QCommandLineParser &p = cl.parser();
    p.addOption({ QStringLiteral("customer"),
        Tr::tr("One customer's issue history (external or database id)."), QStringLiteral("ID") });
    p.addOption({ QStringLiteral("all"), Tr::tr("The portfolio of every customer (management only).") });
    p.addOption(
        { QStringLiteral("from"), Tr::tr("First day of the period (YYYY-MM-DD)."), QStringLiteral("DATE") });
    p.addOption(
        { QStringLiteral("to"), Tr::tr("Last day of the period (YYYY-MM-DD)."), QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("format"), Tr::tr("pdf, csv or html (default: the --out file's suffix)."),
        QStringLiteral("FORMAT") });
    p.addOption({ QStringLiteral("audience"),
        Tr::tr("customer (no internal notes or costs, complainants redacted) or management (default)."),
        QStringLiteral("AUDIENCE"), QStringLiteral("management") });
    p.addOption({ QStringLiteral("out"), Tr::tr("The report file to write."), QStringLiteral("FILE") });
    if (const int code = cl.parse(Tr::tr("Write a customer's issue history or the portfolio report."));
        code >= 0)
        return code;

    const bool all = p.isSet(QStringLiteral("all"));
    if (all == p.isSet(QStringLiteral("customer")))
        return cl.fail(Tr::tr("Give either --customer ID or --all."), ExitUsage);
    const QString outPath = p.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return cl.fail(Tr::tr("Give the report file with --out FILE."), ExitUsage);
    const QDate from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    const QDate until = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !until.isValid())
        return cl.fail(Tr::tr("Give the period with --from YYYY-MM-DD and --to YYYY-MM-DD."), ExitUsage);
    if (until < from)
        return cl.fail(Tr::tr("The period ends (--to %1) before it begins (--from %2).")
                           .arg(until.toString(Qt::ISODate), from.toString(Qt::ISODate)),
            ExitUsage);
    std::optional<report::Format> format = p.isSet(QStringLiteral("format"))
        ? report::ReportWriter::formatNamed(p.value(QStringLiteral("format")))
        : report::ReportWriter::formatOfFile(outPath);
    if (!format)
        return cl.fail(p.isSet(QStringLiteral("format"))
                ? Tr::tr("Unknown format '%1': use pdf, csv or html.").arg(p.value(QStringLiteral("format")))
                : Tr::tr("Give --format pdf, csv or html (the file name '%1' does not say).").arg(outPath),
            ExitUsage);
    const std::optional<report::Audience> audience
        = report::ReportWriter::audienceNamed(p.value(QStringLiteral("audience")));
    if (!audience)
        return cl.fail(Tr::tr("Unknown audience '%1': use customer or management.")
                           .arg(p.value(QStringLiteral("audience"))),
            ExitUsage);

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;
    report::ReportRequest request;
    if (!all) {
        request.customerId = CommandLine::customerNamed(*db, p.value(QStringLiteral("customer")));
        if (request.customerId <= 0)
            return cl.fail(Tr::tr("There is no customer '%1'.").arg(p.value(QStringLiteral("customer"))));
    } else if (*audience == report::Audience::Customer) {
        return cl.fail(
            Tr::tr("A portfolio report is for management: use --audience management, or --customer ID."),
            ExitUsage);
    }
    request.from = from;
    request.until = until;
    request.audience = *audience;
    request.author = CommandLine::analystName();
    report::ReportWriter writer(*db);
    if (!writer.write(request, *format, outPath))
        return cl.fail(writer.lastError());
    const QString shown = QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath());
    if (*format == report::Format::Pdf)
        out << Tr::tr("Wrote %1 (%n page(s)).", nullptr, writer.pageCount()).arg(shown) << '\n';
    else
        out << Tr::tr("Wrote %1.").arg(shown) << '\n';
    return ExitOk;
}

} // namespace abusedesk::cli
