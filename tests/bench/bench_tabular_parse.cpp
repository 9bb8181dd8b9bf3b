// SPDX-License-Identifier: GPL-2.0-or-later
// How fast the CSV delivery parsers read (send logs have tens of millions of rows): rows per
// second for a send log with automatic ISO times, one with a profile format in a zone with
// daylight saving time, and a PowerMTA accounting file, all generated in memory.
#include "delivery/TabularFormats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace abusedesk::delivery;
using namespace Qt::StringLiterals;

namespace {

constexpr int Rows = 500'000;

QList<QByteArray> sendLog(bool germanTimes)
{
    QList<QByteArray> lines;
    lines.reserve(Rows + 1);
    lines.append("time,customer,campaign,sending_ip,envelope_sender,recipient,result,status,diagnostic");
    for (int i = 0; i < Rows; ++i) {
        const int minute = i / 60 % 60, hour = i / 3600 % 24, day = 1 + i / 86400 % 28;
        char time[32];
        if (germanTimes)
            std::snprintf(time, sizeof time, "%02d.10.2026 %02d:%02d:%02d", day, hour, minute, i % 60);
        else
            std::snprintf(time, sizeof time, "2026-10-%02dT%02d:%02d:%02dZ", day, hour, minute, i % 60);
        QByteArray line = time;
        line += ",acme-shop,autumn-01,203.0.113.20,bounces@mail.example.com,user" + QByteArray::number(i)
            + "@example.net,";
        line += i % 10 == 0 ? "bounced,5.1.1,\"550 5.1.1 User unknown, sorry\""
                            : "delivered,2.0.0,250 2.0.0 OK";
        lines.append(line);
    }
    return lines;
}

QList<QByteArray> accounting()
{
    QList<QByteArray> lines;
    lines.reserve(Rows + 1);
    lines.append(
        "type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,"
        "srcMta,dlvType,dlvSourceIp,dlvDestinationIp,dlvEsmtpAvailable,dlvSize,vmta,jobId,envId,queue,"
        "vmtaPool");
    for (int i = 0; i < Rows; ++i) {
        QByteArray line = i % 10 == 0 ? "b" : "d";
        line += ",2026-10-02 10:00:00+0200,2026-10-02 09:59:58+0200,bounces@mail.example.com,user"
            + QByteArray::number(i) + "@example.net,,";
        line += i % 10 == 0
            ? "failed,5.1.1 (bad destination mailbox address),\"smtp;550 5.1.1 User unknown, sorry\""
            : "relayed,2.0.0 (success),smtp;250 2.0.0 OK";
        line += ",dns;mx1.example.net (192.0.2.25),,smtp,client.example.com (198.51.100.7),smtp,203.0.113.10,"
                "192.0.2.25,PIPELINING,2345,vmta-a,autumn-01,env-"
            + QByteArray::number(i) + ",example.net/vmta-a,pool-a";
        lines.append(line);
    }
    return lines;
}

double rowsPerSecond(LogParser &parser, const QList<QByteArray> &lines, qint64 &records)
{
    QElapsedTimer timer;
    timer.start();
    qint64 number = 0;
    for (const QByteArray &line : lines)
        parser.addLine(line, ++number);
    parser.finish();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return double(records) / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QDateTime reference(QDate(2026, 11, 7), QTime(0, 0), QTimeZone::UTC);
    qint64 records = 0;
    ParserSinks sinks;
    sinks.delivery = [&records](DeliveryRecord &&) { ++records; };
    sinks.rejection = [](const LineRejection &rejection) { qFatal("%s", qPrintable(rejection.reason)); };

    CsvProfile automatic;
    automatic.kind = TabularKind::SendLog;
    for (const QString &field : CsvProfile::fieldsOf(TabularKind::SendLog))
        automatic.columns.insert(field, field);
    CsvProfile german = automatic;
    german.timeFormat = u"dd.MM.yyyy HH:mm:ss"_s;
    german.timeZone = QTimeZone("Europe/Berlin");

    const auto report = [&out](const char *what, double rate) {
        out << what << ": " << QString::number(qRound64(rate)) << " rows/s\n";
        out.flush();
    };
    {
        TabularParser parser(sinks, automatic, reference);
        report("send log, ISO times", rowsPerSecond(parser, sendLog(false), records));
    }
    records = 0;
    {
        TabularParser parser(sinks, german, reference);
        report(
            "send log, dd.MM.yyyy HH:mm:ss in Europe/Berlin", rowsPerSecond(parser, sendLog(true), records));
    }
    records = 0;
    {
        PowerMtaParser parser(sinks, reference);
        report("PowerMTA accounting", rowsPerSecond(parser, accounting(), records));
    }
    return 0;
}
