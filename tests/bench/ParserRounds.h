// SPDX-License-Identifier: GPL-2.0-or-later
// The shared body of the log-parser benchmarks: the command line (--lines N --rounds R), a log
// generated in memory, and rounds of feeding it line by line to a fresh parser, with the median.
#pragma once

#include "delivery/LogParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <memory>
#include <vector>

/// makeLog(lines) gives the log; makeParser(sinks) a parser for it. Returns the exit code: 1
/// when a round rejected lines or lost the diagnostics (the figure would not mean anything).
template<typename MakeLog, typename MakeParser>
int runParserRounds(int argc, char *argv[], const char *what, MakeLog makeLog, MakeParser makeParser)
{
    using namespace abusedesk::delivery;
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
    out << what << " in memory: " << lines << " lines, " << log.size() / (1024 * 1024) << " MB\n";

    std::vector<double> perSecond;
    for (int round = 0; round < rounds; ++round) {
        qint64 records = 0, rejections = 0, diagnosticChars = 0;
        ParserSinks sinks;
        sinks.delivery = [&](DeliveryRecord &&record) {
            ++records;
            diagnosticChars += record.diagnostic.size();
        };
        sinks.rejection = [&](const LineRejection &) { ++rejections; };
        const std::unique_ptr<LogParser> parser = makeParser(std::move(sinks));
        QElapsedTimer timer;
        timer.start();
        qint64 number = 0;
        for (qsizetype start = 0; start < log.size();) {
            const qsizetype end = log.indexOf('\n', start);
            parser->addLine(QByteArrayView(log.constData() + start, end - start), ++number);
            start = end + 1;
        }
        parser->finish();
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
