// SPDX-License-Identifier: GPL-2.0-or-later
#include "EvidenceCommand.h"

#include "CommandLine.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>

namespace abusedesk::cli {

int runEvidence(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("evidence"), arguments, out, err);
    cl.addDatabaseOption(QCoreApplication::translate("cli", "The case database file."));
    cl.parser().addOption({ QStringLiteral("sha256"),
        QCoreApplication::translate("cli", "The evidence's SHA-256 (hex)."), QStringLiteral("HASH") });
    cl.parser().addOption({ QStringLiteral("out"),
        QCoreApplication::translate("cli", "Write the bytes to FILE instead of standard output."),
        QStringLiteral("FILE") });
    if (const int code = cl.parse(
            QCoreApplication::translate("cli", "Give back a stored message exactly as it was imported."));
        code >= 0)
        return code;
    const QString hash = cl.parser().value(QStringLiteral("sha256")).toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(hash).hasMatch())
        return cl.fail(
            QCoreApplication::translate("cli", "--sha256 needs 64 hexadecimal digits."), ExitUsage);

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;
    const QByteArray bytes = storage::EvidenceStore(*db).originalBytes(hash);
    if (bytes.isNull())
        return cl.fail(
            QCoreApplication::translate("cli", "no evidence with SHA-256 %1 in %2.").arg(hash, db->path()));

    const QString outPath = cl.parser().value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        out.flush();
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
            return cl.fail(QCoreApplication::translate("cli", "cannot write to standard output."));
        std::fflush(stdout);
        return ExitOk;
    }
    QFile file(outPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return cl.fail(
            QCoreApplication::translate("cli", "cannot create %1: %2").arg(outPath, file.errorString()));
    if (file.write(bytes) != bytes.size())
        return cl.fail(
            QCoreApplication::translate("cli", "cannot write %1: %2").arg(outPath, file.errorString()));
    return ExitOk;
}

} // namespace abusedesk::cli
