// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/LogSniffer.h"

#include "delivery/EximLogParser.h"
#include "delivery/PostfixLogParser.h"

#include <KCompressionDevice>
#include <QCoreApplication>

namespace abusedesk::delivery {

namespace {

// "Name: value" with an RFC 5322 field name: the start of a message, not of a table.
bool looksLikeMailStart(QByteArrayView line)
{
    if (line.startsWith("From "))
        return true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const uchar c = uchar(line.at(i));
        if (c == ':')
            return i > 0;
        if (c < 33 || c > 126)
            return false;
    }
    return false;
}

} // namespace

QString formatName(LogFormat format)
{
    switch (format) {
    case LogFormat::Postfix:
        return QStringLiteral("postfix");
    case LogFormat::Exim:
        return QStringLiteral("exim");
    case LogFormat::PowerMta:
        return QStringLiteral("powermta");
    case LogFormat::Tabular:
        break;
    }
    return QStringLiteral("table");
}

std::unique_ptr<QIODevice> LogSniffer::open(QFile &file, QString *error)
{
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("abusedesk::delivery", "cannot read the file: %1")
                         .arg(file.errorString());
        return {};
    }
    const QByteArray magic = file.peek(6);
    std::optional<KCompressionDevice::CompressionType> type;
    if (magic.startsWith("\x1f\x8b"))
        type = KCompressionDevice::GZip;
    else if (magic.startsWith("BZh"))
        type = KCompressionDevice::BZip2;
    else if (magic.startsWith(QByteArrayView("\xfd"
                                             "7zXZ\x00",
                 6)))
        type = KCompressionDevice::Xz;
    if (!type) {
        // A non-owning view of the file: the caller keeps the QFile.
        struct FileView : QIODevice
        {
            QFile &f;
            explicit FileView(QFile &file)
                : f(file)
            {
                QIODevice::open(QIODevice::ReadOnly);
            }
            qint64 readData(char *data, qint64 max) override { return f.read(data, max); }
            qint64 writeData(const char *, qint64) override { return -1; }
            bool isSequential() const override { return true; }
        };
        return std::make_unique<FileView>(file);
    }
    auto device = std::make_unique<KCompressionDevice>(&file, false, *type);
    if (!device->open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("abusedesk::delivery", "cannot decompress the file: %1")
                         .arg(device->errorString());
        return {};
    }
    return device;
}

QList<QByteArray> LogSniffer::firstLines(QIODevice &device, int max)
{
    const QByteArray head = device.peek(64 * 1024);
    QList<QByteArray> lines;
    qsizetype from = 0;
    while (from < head.size() && lines.size() < max) {
        qsizetype end = head.indexOf('\n', from);
        const bool complete = end >= 0;
        if (!complete)
            end = head.size();
        QByteArray line = head.mid(from, end - from);
        if (line.endsWith('\r'))
            line.chop(1);
        // A last line cut off by the peek is left out unless it is all there is.
        if (complete || lines.isEmpty())
            lines.append(line);
        from = end + 1;
    }
    return lines;
}

SniffResult LogSniffer::sniffLines(const QList<QByteArray> &lines, const QList<CsvProfile> &savedProfiles)
{
    SniffResult result;
    if (lines.isEmpty())
        return result;
    auto log = [&result](LogFormat format) {
        result.verdict = SniffResult::Verdict::Log;
        result.format = format;
        return result;
    };
    if (PostfixLogParser::recognises(lines))
        return log(LogFormat::Postfix);
    if (EximLogParser::recognises(lines))
        return log(LogFormat::Exim);
    if (TabularFormats::isPowerMtaAccounting(lines))
        return log(LogFormat::PowerMta);
    if (looksLikeMailStart(lines.constFirst()))
        return result;
    if (auto profile = TabularFormats::recognise(lines, savedProfiles)) {
        result.profile = std::move(profile);
        return log(LogFormat::Tabular);
    }
    if (TabularFormats::looksTabular(lines))
        result.verdict = SniffResult::Verdict::UnmappedTable;
    return result;
}

SniffResult LogSniffer::sniff(const QString &path, const QList<CsvProfile> &savedProfiles)
{
    QFile file(path);
    QString error;
    const auto device = open(file, &error);
    if (!device) {
        SniffResult result;
        result.problem = error;
        return result;
    }
    return sniffLines(firstLines(*device), savedProfiles);
}

} // namespace abusedesk::delivery
