// SPDX-License-Identifier: GPL-2.0-or-later
#include "DemoCommand.h"

#include "CommandLine.h"
#include "demo/DemoCase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace abusedesk::cli {

int runDemo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("demo"), arguments, out, err);
    cl.parser().addOption({ QStringLiteral("out"),
        QCoreApplication::translate("cli", "The folder to write into (created if missing; must be empty)."),
        QStringLiteral("DIR") });
    cl.parser().addOption({ QStringLiteral("seed"),
        QCoreApplication::translate(
            "cli", "The seed: the same seed and scale give the same files (default 1)."),
        QStringLiteral("N"), QStringLiteral("1") });
    cl.parser().addOption({ QStringLiteral("scale"),
        QCoreApplication::translate("cli",
            "Multiplies every message count and the delivery volume, 1 to %1 (default 1: a few hundred "
            "messages and some 35,000 logged deliveries; the logs take about 100 MB of memory per unit).")
            .arg(demo::DemoCase::MaxScale),
        QStringLiteral("N"), QStringLiteral("1") });
    cl.parser().addOption(
        { QStringLiteral("json"), QCoreApplication::translate("cli", "Print what was written as JSON.") });
    if (const int code = cl.parse(QCoreApplication::translate("cli",
            "Write a synthetic abuse-desk case: customers.csv, role-accounts.mbox, fbl.mbox, bounces.mbox, "
            "the delivery logs that go with them in logs/ (Postfix mail.log.2.gz, mail.log.1 and mail.log; "
            "Exim mainlog; PowerMTA acct-*.csv; the API platform's sendlog.csv with its column mapping "
            "sendlog-profile.json; optouts.csv, seeds.csv, blocklist.csv), and expected.json, which says "
            "what each message is and what the logs hold. Log times are UTC."));
        code >= 0)
        return code;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.fail(QCoreApplication::translate("cli", "unexpected argument '%1'.")
                           .arg(cl.parser().positionalArguments().constFirst()),
            ExitUsage);

    const QString folder = cl.parser().value(QStringLiteral("out"));
    if (folder.isEmpty())
        return cl.fail(QCoreApplication::translate("cli", "--out DIR is required."), ExitUsage);
    bool ok = false;
    const quint64 seed = cl.parser().value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok || seed > demo::DemoCase::MaxSeed)
        return cl.fail(QCoreApplication::translate("cli", "--seed must be a whole number from 0 to %1.")
                           .arg(demo::DemoCase::MaxSeed),
            ExitUsage);
    const int scale = cl.parser().value(QStringLiteral("scale")).toInt(&ok);
    if (!ok || scale < 1 || scale > demo::DemoCase::MaxScale)
        return cl.fail(QCoreApplication::translate("cli", "--scale must be a whole number from 1 to %1.")
                           .arg(demo::DemoCase::MaxScale),
            ExitUsage);

    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return cl.fail(QCoreApplication::translate("cli", "%1 exists and is not a folder.").arg(folder));
    const QDir dir(folder);
    if (info.exists()
        && !dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty())
        return cl.fail(
            QCoreApplication::translate("cli", "%1 is not empty; give a new or empty folder.").arg(folder));
    if (!info.exists() && !QDir().mkpath(folder))
        return cl.fail(QCoreApplication::translate("cli", "cannot create the folder %1.").arg(folder));

    demo::DemoCase demoCase({ seed, scale });
    if (!demoCase.writeTo(folder))
        return cl.fail(demoCase.error());

    const demo::DemoSummary &summary = demoCase.summary();
    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonObject files;
        for (const demo::DemoFile &file : summary.files)
            files.insert(file.name, file.count);
        QJsonObject kinds;
        for (auto it = summary.kinds.cbegin(); it != summary.kinds.cend(); ++it)
            kinds.insert(it.key(), it.value());
        const QJsonObject root { { QStringLiteral("folder"), QDir(folder).absolutePath() },
            { QStringLiteral("seed"), qint64(seed) }, { QStringLiteral("scale"), scale },
            { QStringLiteral("files"), files }, { QStringLiteral("kinds"), kinds } };
        out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << QCoreApplication::translate("cli", "Wrote a demo case (seed %1, scale %2) into %3:")
                   .arg(seed)
                   .arg(scale)
                   .arg(QDir::toNativeSeparators(QDir(folder).absolutePath()))
            << '\n';
        for (const demo::DemoFile &file : summary.files) {
            const int n = file.count;
            QString what;
            if (file.unit == QLatin1String("customers"))
                what = QCoreApplication::translate("cli", "%n customer(s)", nullptr, n);
            else if (file.unit == QLatin1String("messages"))
                what = QCoreApplication::translate("cli", "%n message(s)", nullptr, n);
            else if (file.unit == QLatin1String("expectations"))
                what = QCoreApplication::translate(
                    "cli", "expectations for %n message(s) and the logs", nullptr, n);
            else if (file.unit == QLatin1String("deliveries"))
                what = QCoreApplication::translate("cli", "%n delivery attempt(s)", nullptr, n);
            else if (file.unit == QLatin1String("opt-outs"))
                what = QCoreApplication::translate("cli", "%n opt-out(s)", nullptr, n);
            else if (file.unit == QLatin1String("seed-results"))
                what = QCoreApplication::translate("cli", "%n seed result(s)", nullptr, n);
            else if (file.unit == QLatin1String("listings"))
                what = QCoreApplication::translate("cli", "%n listing(s)", nullptr, n);
            else
                what = QCoreApplication::translate("cli", "column mapping of %n column(s)", nullptr, n);
            out << "  " << file.name.leftJustified(34) << what << '\n';
        }
        out << QCoreApplication::translate("cli", "Messages by kind:") << '\n';
        for (auto it = summary.kinds.cbegin(); it != summary.kinds.cend(); ++it)
            out << "  " << it.key().leftJustified(34) << it.value() << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace abusedesk::cli
