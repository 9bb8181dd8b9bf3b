// SPDX-License-Identifier: GPL-2.0-or-later
// Throughput of PostfixLogParser alone, single-threaded, on a realistic mail.log made in memory:
// smtpd connect/client/disconnect noise, cleanup (Message-ID, an X-Customer-ID header line),
// qmgr, one or two smtp status lines (most sent, some deferred then sent, some bounced) and
// removed, about six lines a message. Target: well over 1,000,000 lines/s, so that an import
// into SQLite can reach 300,000 lines/s.
//
//   bench_postfix_parse [--lines N] [--rounds R]
#include "ParserRounds.h"
#include "delivery/PostfixLogParser.h"

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
    log.reserve(lines * 190);
    qint64 written = 0;
    int second = 0;
    for (int message = 0; written < lines; ++message) {
        // About 60 messages a second of log time.
        if (message % 60 == 0)
            ++second;
        const QByteArray stamp = "Nov  " + QByteArray::number(1 + second / 86400) + ' '
            + two(second / 3600 % 24) + ':' + two(second / 60 % 60) + ':' + two(second % 60) + " mta1 ";
        const QByteArray id = QByteArray::number(0x3F2A000000LL + message, 16).toUpper();
        const QByteArray n = QByteArray::number(message);
        const QByteArray rcpt = "user" + n + "@example" + QByteArray::number(message % 7) + ".net";
        auto add = [&](const QByteArray &text) {
            log += stamp;
            log += text;
            log += '\n';
            ++written;
        };
        if (message % 10 == 0)
            add("postfix/smtpd[2001]: connect from app1.example.com[192.0.2.10]");
        add("postfix/smtpd[2001]: " + id + ": client=app1.example.com[192.0.2.10]");
        add("postfix/cleanup[2002]: " + id + ": info: header X-Customer-ID: c0"
            + QByteArray::number(message % 50) + " from app1.example.com[192.0.2.10]; from=<bounce-" + n
            + "@mail.shop.example> to=<" + rcpt + "> proto=ESMTP helo=<app1.example.com>");
        add("postfix/cleanup[2002]: " + id + ": message-id=<" + n + ".20261101@mail.shop.example>");
        add("postfix/qmgr[1500]: " + id + ": from=<bounce-" + n + "@mail.shop.example>, size="
            + QByteArray::number(4000 + message % 3000) + ", nrcpt=1 (queue active)");
        const QByteArray relay = "relay=mx" + QByteArray::number(message % 3) + ".example"
            + QByteArray::number(message % 7) + ".net[198.51.100." + QByteArray::number(message % 250)
            + "]:25, delay=1.2, delays=0.1/0.01/0.5/0.59, ";
        if (message % 100 < 7)
            add("postfix/smtp[2003]: " + id + ": to=<" + rcpt + ">, " + relay
                + "dsn=4.7.1, status=deferred (host mx.example.net[198.51.100.25] said: 451 4.7.1 "
                  "Greylisted, "
                  "please try again later (in reply to RCPT TO command))");
        if (message % 100 >= 97)
            add("postfix/smtp[2003]: " + id + ": to=<" + rcpt + ">, " + relay
                + "dsn=5.1.1, status=bounced (host mx.example.net[198.51.100.25] said: 550 5.1.1 <" + rcpt
                + ">: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO "
                  "command))");
        else
            add("postfix/smtp[2003]: " + id + ": to=<" + rcpt + ">, " + relay
                + "dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4B7C2D1E0F)");
        add("postfix/qmgr[1500]: " + id + ": removed");
        if (message % 10 == 9)
            add("postfix/smtpd[2001]: disconnect from app1.example.com[192.0.2.10] ehlo=1 mail=10 rcpt=10 "
                "data=10 quit=1 commands=32");
    }
    return log;
}

} // namespace

int main(int argc, char *argv[])
{
    return runParserRounds(argc, argv, "Postfix log", makeLog, [](ParserSinks sinks) {
        return std::make_unique<PostfixLogParser>(std::move(sinks),
            QDateTime(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::UTC),
            QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    });
}
