// SPDX-License-Identifier: GPL-2.0-or-later
// Throughput of EximLogParser alone, single-threaded, on a realistic main log made in memory:
// connection noise, an arrival (<=), one or two delivery lines (most =>, some == then =>, some
// **) and Completed, about four lines a message. Target: well over 1,000,000 lines/s.
//
//   bench_exim_parse [--lines N] [--rounds R]
#include "ParserRounds.h"
#include "delivery/EximLogParser.h"

#include <QTextStream>

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
    return runParserRounds(argc, argv, "Exim main log", makeLog, [](ParserSinks sinks) {
        return std::make_unique<EximLogParser>(std::move(sinks),
            QDateTime(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::UTC),
            QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    });
}
