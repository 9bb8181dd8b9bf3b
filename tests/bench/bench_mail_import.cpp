// SPDX-License-Identifier: GPL-2.0-or-later
// Throughput of the mail pipeline on feedback reports and bounces of about 4 KB each:
// classify without a database (target: 50,000 messages/s) and import into SQLite (target:
// 20,000 messages/s), and the peak memory of an import (target: under 300 MB whatever the size).
//
//   bench_mail_import [--messages N] [--gigabytes G] [--only classify|import] [--mbox FILE]
// --gigabytes writes an mbox of that size first (e.g. 2) to show that memory does not grow.
#include "BenchMeasure.h"
#include "importing/Import.h"
#include "importing/MailImport.h"
#include "mail/MailClassifier.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <unistd.h>

using namespace abusedesk;

namespace {

QByteArray padding(int index, int bytes)
{
    QByteArray text;
    text.reserve(bytes + 80);
    int line = 0;
    while (text.size() < bytes)
        text += "Deals of the week number " + QByteArray::number(index) + " line "
            + QByteArray::number(line++) + ": save on shoes, bags and more.\n";
    return text;
}

QByteArray feedbackReport(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "From: fbl@receiver.example\nTo: abuse@esp.example\nSubject: Complaint about message " + n
        + "\nDate: Mon, 02 Nov 2026 10:05:00 +0000\nMessage-ID: <fbl-" + n
        + "@receiver.example>\nMIME-Version: 1.0\n"
          "Content-Type: multipart/report; report-type=feedback-report; boundary=\"b\"\n\n"
          "--b\nContent-Type: text/plain\n\nThis is an abuse report.\n\n"
          "--b\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: "
          "BenchFBL/1.0\nVersion: 1\n"
          "Original-Mail-From: <bounce-"
        + n + "@mail.customer.example>\nOriginal-Rcpt-To: <user" + n
        + "@receiver.example>\nArrival-Date: Mon, 02 Nov 2026 10:00:00 +0000\nSource-IP: 192.0.2.7\n"
          "Reported-Domain: customer.example\n\n"
          "--b\nContent-Type: message/rfc822\n\nReturn-Path: <bounce-"
        + n
        + "@mail.customer.example>\nDKIM-Signature: v=1; d=customer.example; s=s1; "
          "h=from:to:subject:list-unsubscribe:list-unsubscribe-post; bh=x; b=y\n"
          "From: Customer <news@customer.example>\nTo: user"
        + n + "@receiver.example\nSubject: Weekly deals\nMessage-ID: <m" + n
        + "@customer.example>\nList-Unsubscribe: <https://u.esp.example/" + n
        + ">\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\nX-Customer-ID: c42\nContent-Type: "
          "text/plain\n\n"
        + padding(i, 2800) + "\n--b--\n";
}

QByteArray bounce(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "From: MAILER-DAEMON@mta.esp.example\nTo: bounce-" + n
        + "@mail.customer.example\nSubject: Undelivered Mail Returned to Sender\nDate: Mon, 02 Nov 2026 "
          "11:00:00 +0000\n"
          "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"d\"\n\n"
          "--d\nContent-Type: text/plain\n\nThis is the mail system at host mta.esp.example.\n\n"
          "--d\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mta.esp.example\n\n"
          "Final-Recipient: rfc822; gone"
        + n
        + "@receiver.example\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.receiver.example\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <gone"
        + n
        + "@receiver.example>: Recipient address rejected: User unknown\n\n"
          "--d\nContent-Type: text/rfc822-headers\n\nFrom: news@customer.example\nMessage-ID: <b"
        + n
        + "@customer.example>\nSubject: Weekly deals\nX-Customer-ID: c42\n\n--d\nContent-Type: text/plain\n\n"
        + padding(i, 2600) + "\n--d--\n";
}

qint64 writeMbox(const QString &path, qint64 messages, qint64 bytesAtLeast)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    qint64 written = 0;
    for (qint64 i = 0; i < messages || f.size() < bytesAtLeast; ++i) {
        f.write("From bench@example.com Mon Nov  2 10:00:00 2026\n");
        f.write(i % 2 ? bounce(int(i)) : feedbackReport(int(i)));
        f.write("\n");
        ++written;
    }
    // On the disk before it is read, as mail exports are: otherwise the kernel writes the mbox
    // back while the import writes the database, and the import measures both.
    f.flush();
    ::fdatasync(f.handle());
    return written;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    qint64 messages = 100000;
    double gigabytes = 0;
    QString only;
    QString mboxPath;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--messages"))
            messages = args.at(i + 1).toLongLong();
        if (args.at(i) == QLatin1String("--gigabytes"))
            gigabytes = args.at(i + 1).toDouble();
        if (args.at(i) == QLatin1String("--only"))
            only = args.at(i + 1);
        if (args.at(i) == QLatin1String("--mbox"))
            mboxPath = args.at(i + 1);
    }
    QTemporaryDir dir;
    const QString mbox = mboxPath.isEmpty() ? dir.filePath(QStringLiteral("bench.mbox")) : mboxPath;
    const qint64 count = writeMbox(mbox, messages, qint64(gigabytes * 1024 * 1024 * 1024));
    const qint64 size = QFileInfo(mbox).size();
    out << "input: " << count << " messages, " << size / (1024 * 1024) << " MB (" << size / count
        << " bytes each)\n";
    out.flush();

    if (only.isEmpty() || only == QLatin1String("classify")) {
        qint64 classified = 0;
        const qint64 cpuBefore = cpuMicroseconds();
        QElapsedTimer timer;
        timer.start();
        mail::MailClassifier classifier(
            mail::AnalysisPolicy::defaults(),
            [&](const mail::MailUnit &, const mail::MessageAnalysis &analysis) {
                classified += analysis.kind.isEmpty() ? 0 : 1;
                return true;
            },
            [](const mail::MailRejection &) {});
        classifier.read(mbox);
        classifier.finish();
        const double seconds = timer.nsecsElapsed() / 1e9;
        out << "classify (no database): " << qRound64(classified / seconds) << " messages/s (" << classified
            << " in " << QString::number(seconds, 'f', 2) << " s, "
            << (cpuMicroseconds() - cpuBefore) / qMax<qint64>(1, classified) << " µs CPU each)\n";
        out.flush();
    }
    if (only.isEmpty() || only == QLatin1String("import")) {
        auto db = storage::Database::open(
            dir.filePath(QStringLiteral("bench.abusedesk")), storage::Database::OpenMode::CreateNew);
        const qint64 cpuBefore = cpuMicroseconds();
        const qint64 writtenBefore = bytesWritten();
        QElapsedTimer timer;
        timer.start();
        // The whole import as the program runs it: stored, classified and attributed.
        const importing::ImportReport report = importing::importPaths(*db, { mbox });
        const double seconds = timer.nsecsElapsed() / 1e9;
        out << "import into SQLite: " << qRound64(report.stored / seconds) << " messages/s (" << report.stored
            << " stored in " << QString::number(seconds, 'f', 2) << " s, " << report.rejected.size()
            << " rejected, " << (cpuMicroseconds() - cpuBefore) / qMax<qint64>(1, report.stored)
            << " µs CPU each; " << (bytesWritten() - writtenBefore) / qMax<qint64>(1, report.stored) / 1024
            << " KB written to the database and its log each)\n";
    }
    out << "peak memory (VmHWM): " << peakRssMb() << " MB\n";
    return 0;
}
