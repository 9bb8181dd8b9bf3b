// SPDX-License-Identifier: GPL-2.0-or-later
// Throughput of the delivery-data import on a Postfix log, end to end into SQLite (target: at
// least 300,000 lines/s), its peak memory (must not grow with the file), and, side by side, the
// time pflogsumm (Debian package) takes to summarise the same log when it is installed.
//
//   bench_log_import [--lines N] [--log FILE] [--no-pflogsumm]
// --log keeps the generated log at FILE (it is generated there when missing).
#include "BenchMeasure.h"
#include "importing/DeliveryImport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace abusedesk;

namespace {

// A deterministic ESP outbound log: per message pickup, cleanup (Message-ID and the customer
// header logged by header_checks), qmgr, one smtp line per recipient attempt (some deferred
// first, some bounced, a few expired), removed; plus inbound smtpd noise.
qint64 writePostfixLog(const QString &path, qint64 wantedLines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    static const char *const months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    static const char *const domains[] = { "gmail.com", "outlook.com", "yahoo.com", "gmx.de", "web.de",
        "hotmail.de", "icloud.com", "orange.fr", "t-online.de", "corp.example" };
    qint64 lines = 0;
    quint64 rng = 42;
    auto next = [&rng] {
        rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(rng >> 33);
    };
    qint64 second = 0;
    QByteArray out;
    out.reserve(1 << 20);
    auto stamp = [&](qint64 s) {
        const int day = int(s / 86400) % 28 + 1;
        const int month = 10; // November
        char text[32];
        std::snprintf(text, sizeof text, "%s %2d %02d:%02d:%02d mta1 ", months[month], day,
            int(s / 3600 % 24), int(s / 60 % 60), int(s % 60));
        return QByteArray(text);
    };
    for (qint64 message = 0; lines < wantedLines; ++message) {
        second += next() % 2;
        const QByteArray qid = QByteArray::number(0x4A000000 + message, 16).toUpper();
        const QByteArray customer = "c" + QByteArray::number(next() % 500).rightJustified(3, '0');
        const QByteArray sender = "bounce-" + QByteArray::number(message) + "@mail." + customer + ".example";
        const QByteArray t = stamp(second);
        out += t + "postfix/pickup[2101]: " + qid + ": uid=1001 from=<" + sender + ">\n";
        out += t + "postfix/cleanup[2102]: " + qid + ": message-id=<" + QByteArray::number(message) + "."
            + customer + "@mail.esp.example>\n";
        out += t + "postfix/cleanup[2102]: " + qid + ": info: header X-Customer-ID: " + customer
            + " from local; from=<" + sender + "> to=<x@y.example>\n";
        const int recipients = next() % 10 == 0 ? 3 : 1;
        out += t + "postfix/qmgr[2103]: " + qid + ": from=<" + sender
            + ">, size=" + QByteArray::number(3000 + next() % 9000)
            + ", nrcpt=" + QByteArray::number(recipients) + " (queue active)\n";
        lines += 4;
        for (int r = 0; r < recipients; ++r) {
            const QByteArray domain = domains[next() % 10];
            const QByteArray rcpt = "user" + QByteArray::number(next() % 2000000) + "@" + domain;
            const QByteArray relay
                = "mx." + domain + "[203.0.113." + QByteArray::number(next() % 250 + 1) + "]:25";
            const quint32 fate = next() % 100;
            const QByteArray head = stamp(second + 1) + "postfix/smtp[2104]: " + qid + ": to=<" + rcpt
                + ">, relay=" + relay + ", delay=1.2, delays=0.1/0/0.5/0.6, ";
            if (fate < 8) {
                out += head + "dsn=4.7.0, status=deferred (host " + relay.left(relay.indexOf(':'))
                    + " said: 421 4.7.0 Try again later, closing connection. (in reply to MAIL FROM "
                      "command))\n";
                ++lines;
            }
            if (fate < 3)
                out += head + "dsn=5.1.1, status=bounced (host " + relay.left(relay.indexOf(':'))
                    + " said: 550 5.1.1 <" + rcpt
                    + ">: Recipient address rejected: User unknown (in reply to RCPT TO command))\n";
            else
                out += head + "dsn=2.0.0, status=sent (250 2.0.0 OK  1700000000 " + qid + " - gsmtp)\n";
            ++lines;
        }
        out += stamp(second + 1) + "postfix/qmgr[2103]: " + qid + ": removed\n";
        ++lines;
        if (next() % 4 == 0) {
            out += t + "postfix/smtpd[3001]: connect from unknown[198.51.100."
                + QByteArray::number(next() % 250) + "]\n";
            out += t
                + "postfix/smtpd[3001]: disconnect from unknown[198.51.100.9] ehlo=1 mail=1 rcpt=1 data=1 "
                  "quit=1 "
                  "commands=5\n";
            lines += 2;
        }
        if (out.size() > (1 << 20) - 4096) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    return lines;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    qint64 wanted = 2000000;
    QString logPath;
    const bool comparePflogsumm = !args.contains(QLatin1String("--no-pflogsumm"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lines"))
            wanted = args.at(i + 1).toLongLong();
        if (args.at(i) == QLatin1String("--log"))
            logPath = args.at(i + 1);
    }
    QTemporaryDir dir;
    if (logPath.isEmpty())
        logPath = dir.filePath(QStringLiteral("mail.log"));
    qint64 lines = 0;
    if (!QFileInfo::exists(logPath)) {
        lines = writePostfixLog(logPath, wanted);
    } else {
        QFile f(logPath);
        if (f.open(QIODevice::ReadOnly))
            while (!f.atEnd())
                lines += f.readLine().isEmpty() ? 0 : 1;
    }
    out << "input: " << lines << " Postfix lines, " << QFileInfo(logPath).size() / (1024 * 1024) << " MB\n";
    out.flush();

    auto db = storage::Database::open(
        dir.filePath(QStringLiteral("bench.abusedesk")), storage::Database::OpenMode::CreateNew);
    importing::DeliveryImport import(*db, QTimeZone::UTC);
    const qint64 cpuBefore = cpuMicroseconds();
    QElapsedTimer timer;
    timer.start();
    const importing::LogImportReport report
        = import.run({ importing::LogSource { logPath, delivery::LogFormat::Postfix, std::nullopt } });
    const double seconds = timer.nsecsElapsed() / 1e9;
    out << "import into SQLite: " << qRound64(report.linesRead / seconds) << " lines/s (" << report.linesRead
        << " lines, " << report.stored << " deliveries stored, " << report.rejectedLines << " rejected, in "
        << QString::number(seconds, 'f', 2) << " s, "
        << QString::number(double(cpuMicroseconds() - cpuBefore) / qMax<qint64>(1, report.linesRead), 'f', 2)
        << " µs CPU per line)\n";
    if (!report.error.isEmpty())
        out << "error: " << report.error << '\n';
    out << "peak memory (VmHWM): " << peakRssMb() << " MB\n";
    out.flush();

    if (!comparePflogsumm)
        return 0;
    QString pflogsumm = QStandardPaths::findExecutable(QStringLiteral("pflogsumm"));
    if (pflogsumm.isEmpty()) // Debian installs it in /usr/sbin, which a user's PATH may lack
        pflogsumm
            = QStandardPaths::findExecutable(QStringLiteral("pflogsumm"), { QStringLiteral("/usr/sbin") });
    if (pflogsumm.isEmpty()) {
        out << "pflogsumm: not installed (apt-get install pflogsumm) — no comparison\n";
        return 0;
    }
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    timer.restart();
    process.start(pflogsumm, { logPath });
    process.waitForFinished(-1);
    const double pfSeconds = timer.nsecsElapsed() / 1e9;
    out << "pflogsumm on the same log (summary only, no database): " << qRound64(lines / pfSeconds)
        << " lines/s (" << QString::number(pfSeconds, 'f', 2) << " s)\n";
    return 0;
}
