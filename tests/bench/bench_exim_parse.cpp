// SPDX-License-Identifier: GPL-2.0-or-later
// Throughput of EximLogParser alone, single-threaded, on a realistic main log made in memory:
// connection noise, an arrival (<=), one or two delivery lines (most =>, some == then =>, some
// **) and Completed, about four lines a message. Target: well over 1,000,000 lines/s.
//
//   bench_exim_parse [--lines N] [--rounds R]
#include "delivery/EximLogParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace abusedesk::delivery;

namespace {

QByteArray two(int value)
{
    return QByteArray::number(value).rightJustified(2, '0');
}

QByteArray makeLog(qint64 lines)
{
    QByteArray log;
    log.reserve(lines * 170);
    qint64 written = 0;
    int second = 0;
    for (int message = 0; written < lines; ++message) {
        if (message % 60 == 0)
            ++second;
        const QByteArray stamp = "2026-11-" + two(1 + second / 86400) + ' ' + two(second / 3600 % 24) + ':'
            + two(second / 60 % 60) + ':' + two(second % 60) + ' ';
        const QByteArray id = "1qAb" + two(message / 1000000 % 100) + '-'
            + QByteArray::number(message % 1000000).rightJustified(6, '0') + "-Xy";
        const QByteArray n = QByteArray::number(message);
        const QByteArray rcpt = "user" + n + "@example" + QByteArray::number(message % 7) + ".net";
        const QByteArray host = "H=mx" + QByteArray::number(message % 3) + ".example"
            + QByteArray::number(message % 7) + ".net [198.51.100." + QByteArray::number(message % 250)
            + "] I=[192.0.2.7]";
        auto add = [&](const QByteArray &text) {
            log += stamp;
            log += text;
            log += '\n';
            ++written;
        };
        if (message % 10 == 0)
            add("SMTP connection from app1.example.com [192.0.2.10]:41234 I=[192.0.2.7]:25 (TCP/IP "
                "connection "
                "count = 1)");
        add(id + " <= bounce-" + n + "@mail.shop.example H=app1.example.com [192.0.2.10] P=esmtps "
            + "X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=" + QByteArray::number(4000 + message % 3000)
            + " id=" + n + ".20261101@mail.shop.example");
        if (message % 100 < 7)
            add(id + " == " + rcpt + " R=dnslookup T=remote_smtp defer (-44) " + host
                + ": SMTP error from remote mail server after RCPT TO:<" + rcpt
                + ">: 451 4.7.1 Greylisted, please try again later");
        if (message % 100 >= 97)
            add(id + " ** " + rcpt + " R=dnslookup T=remote_smtp " + host
                + ": SMTP error from remote mail server after RCPT TO:<" + rcpt + ">: 550 5.1.1 <" + rcpt
                + ">: Recipient address rejected: User unknown");
        else
            add(id + " => " + rcpt + " R=dnslookup T=remote_smtp " + host
                + " X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 OK: queued as 4B7C2D1E0F\"");
        add(id + " Completed");
    }
    return log;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 lines = 2'000'000;
    int rounds = 3;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--lines")
            lines = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--rounds")
            rounds = args.at(i + 1).toInt();
    }
    QTextStream out(stdout);
    const QByteArray log = makeLog(lines);
    out << "Exim main log in memory: " << lines << " lines, " << log.size() / (1024 * 1024) << " MB\n";

    std::vector<double> perSecond;
    for (int round = 0; round < rounds; ++round) {
        qint64 records = 0, rejections = 0, diagnosticChars = 0;
        ParserSinks sinks;
        sinks.delivery = [&](DeliveryRecord &&record) {
            ++records;
            diagnosticChars += record.diagnostic.size();
        };
        sinks.rejection = [&](const LineRejection &) { ++rejections; };
        EximLogParser parser(std::move(sinks), QDateTime(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::UTC),
            QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        QElapsedTimer timer;
        timer.start();
        qint64 number = 0;
        for (qsizetype start = 0; start < log.size();) {
            const qsizetype end = log.indexOf('\n', start);
            parser.addLine(QByteArrayView(log.constData() + start, end - start), ++number);
            start = end + 1;
        }
        parser.finish();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        perSecond.push_back(double(number) / seconds);
        out << "round " << round + 1 << ": " << QString::number(seconds, 'f', 3) << " s, "
            << QString::number(double(number) / seconds, 'f', 0) << " lines/s, "
            << QString::number(double(log.size()) / seconds / 1e6, 'f', 0) << " MB/s, " << records
            << " records, " << rejections << " rejections\n";
        if (rejections != 0 || diagnosticChars == 0)
            return 1;
    }
    std::sort(perSecond.begin(), perSecond.end());
    out << "median: " << QString::number(perSecond[perSecond.size() / 2], 'f', 0) << " lines/s\n";
    return 0;
}
