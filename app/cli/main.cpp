// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli: automation and benchmarks on top of the core library (design.md §5).
#include "AttributeCommand.h"
#include "CasesCommand.h"
#include "ClassifyCommand.h"
#include "CommandLine.h"
#include "CustomersCommand.h"
#include "DemoCommand.h"
#include "EvidenceCommand.h"
#include "FindingsCommand.h"
#include "HistoryCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "ListingCommand.h"
#include "PolicyCommand.h"
#include "ReceiversCommand.h"
#include "ReclassifyCommand.h"
#include "ReplyCommand.h"
#include "ReportCommand.h"
#include "StatsCommand.h"
#include "TemplatesCommand.h"
#include "TriageCommand.h"
#include "common/BuildInfo.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>

namespace {

struct Command
{
    const char *summary;
    std::function<int(const QStringList &, QTextStream &, QTextStream &)> run;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table {
        { QStringLiteral("attribute"),
            { QT_TRANSLATE_NOOP(
                  "cli", "Attribute the history to customers again, or say why an item is theirs"),
                abusedesk::cli::runAttribute } },
        { QStringLiteral("customers"),
            { QT_TRANSLATE_NOOP("cli", "Import, export or list the customers and their identifiers"),
                abusedesk::cli::runCustomers } },
        { QStringLiteral("cases"),
            { QT_TRANSLATE_NOOP("cli", "Cases and their timelines; ladder decisions"),
                abusedesk::cli::runCases } },
        { QStringLiteral("classify"),
            { QT_TRANSLATE_NOOP("cli", "What each message is, as JSON lines; no database"),
                abusedesk::cli::runClassify } },
        { QStringLiteral("demo"),
            { QT_TRANSLATE_NOOP("cli", "Write a synthetic case with its expected results"),
                abusedesk::cli::runDemo } },
        { QStringLiteral("evidence"),
            { QT_TRANSLATE_NOOP("cli", "The stored bytes of one message"), abusedesk::cli::runEvidence } },
        { QStringLiteral("findings"),
            { QT_TRANSLATE_NOOP(
                  "cli", "The automatic findings: rates above the lines, listings, mail after opt-outs"),
                abusedesk::cli::runFindings } },
        { QStringLiteral("history"),
            { QT_TRANSLATE_NOOP("cli", "What one recipient got: messages, campaigns, opt-outs"),
                abusedesk::cli::runHistory } },
        { QStringLiteral("import"),
            { QT_TRANSLATE_NOOP("cli", "Import mail and delivery logs into a case database"),
                abusedesk::cli::runImport } },
        { QStringLiteral("init"),
            { QT_TRANSLATE_NOOP("cli", "Create an empty case database"), abusedesk::cli::runInit } },
        { QStringLiteral("listing"),
            { QT_TRANSLATE_NOOP("cli", "Enter a blocklist listing by hand, or show the listings"),
                abusedesk::cli::runListing } },
        { QStringLiteral("policy"),
            { QT_TRANSLATE_NOOP("cli", "Show or change the policy (role accounts, trusted reporters …)"),
                abusedesk::cli::runPolicy } },
        { QStringLiteral("triage"),
            { QT_TRANSLATE_NOOP("cli", "The triage queue, its facets and search; acknowledge or mark noise"),
                abusedesk::cli::runTriage } },
        { QStringLiteral("receivers"),
            { QT_TRANSLATE_NOOP("cli", "Which mailbox provider each recipient domain belongs to"),
                abusedesk::cli::runReceivers } },
        { QStringLiteral("reclassify"),
            { QT_TRANSLATE_NOOP("cli", "Classify stored evidence again with the current policy"),
                abusedesk::cli::runReclassify } },
        { QStringLiteral("report"),
            { QT_TRANSLATE_NOOP("cli", "A customer's issue history or the portfolio, as PDF, CSV or HTML"),
                abusedesk::cli::runReport } },
        { QStringLiteral("reply"),
            { QT_TRANSLATE_NOOP("cli", "A case's reply from a template, as an .eml draft"),
                abusedesk::cli::runReply } },
        { QStringLiteral("stats"),
            { QT_TRANSLATE_NOOP("cli", "Row counts per table of a case database"),
                abusedesk::cli::runStats } },
        { QStringLiteral("templates"),
            { QT_TRANSLATE_NOOP("cli", "The reply templates: list, export, import, reset"),
                abusedesk::cli::runTemplates } },
    };
    return table;
}

void printUsage(QTextStream &out)
{
    out << "Usage: abusedesk-cli [--version] [--help] COMMAND [OPTIONS]\n\n"
        << QCoreApplication::translate(
               "cli", "AbuseDesk on the command line: the case database without the window.")
        << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const auto &[name, command] : commands())
        out << "  " << name.leftJustified(10) << QCoreApplication::translate("cli", command.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("cli", "Run 'abusedesk-cli COMMAND --help' for a command's options.")
        << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // The reports draw their charts with QtCharts, which needs the widgets' application object; it
    // runs on the offscreen platform, so a server without a display writes them as well.
    const bool drawing = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = drawing ? std::make_unique<QApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("abusedesk-cli"));
    QCoreApplication::setApplicationVersion(abusedesk::common::applicationVersion());
    // The system's language (LANG, LC_MESSAGES …) where it ships, else English.
    abusedesk::common::Translations::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(err);
        return abusedesk::cli::ExitUsage;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(out);
        return abusedesk::cli::ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "abusedesk-cli " << abusedesk::common::applicationVersion() << " (Qt "
            << abusedesk::common::qtRuntimeVersion() << ", KMime " << abusedesk::common::kmimeVersion()
            << ", SQLite " << abusedesk::common::sqliteVersion() << ")\n";
        return abusedesk::cli::ExitOk;
    }
    const auto it = commands().find(first);
    if (it == commands().end()) {
        err << "abusedesk-cli: " << QCoreApplication::translate("cli", "unknown command '%1'.").arg(first)
            << '\n';
        printUsage(err);
        return abusedesk::cli::ExitUsage;
    }
    return it->second.run(args, out, err);
}
