// SPDX-License-Identifier: GPL-2.0-or-later
// What a file is, from its first lines (decompressed when it is gzip, bzip2 or xz): a delivery
// log the import can read (Postfix, Exim, PowerMTA accounting, a CSV/TSV with a profile), a CSV
// that needs a column mapping first, or something else (mail, which the mail reader judges).
#pragma once

#include "delivery/TabularFormats.h"

#include <QFile>
#include <QIODevice>
#include <QList>
#include <memory>
#include <optional>

namespace abusedesk::delivery {

enum class LogFormat { Postfix, Exim, PowerMta, Tabular };

[[nodiscard]] QString formatName(LogFormat format); ///< "postfix", "exim", "powermta", or the tabular kind

struct SniffResult
{
    enum class Verdict {
        Log, ///< format (and profile for Tabular) say how to read it
        UnmappedTable, ///< a CSV/TSV whose columns no profile maps
        NotALog, ///< mail or anything else: for the mail reader
    };
    Verdict verdict = Verdict::NotALog;
    LogFormat format = LogFormat::Postfix;
    std::optional<CsvProfile> profile;
    QString problem; ///< why the file could not be read at all, if so (then verdict is NotALog)
};

class LogSniffer
{
public:
    [[nodiscard]] static SniffResult sniff(const QString &path, const QList<CsvProfile> &savedProfiles);
    /// The same from lines already read.
    [[nodiscard]] static SniffResult sniffLines(
        const QList<QByteArray> &firstLines, const QList<CsvProfile> &savedProfiles);

    /// Opens a file for reading, through a decompressor when its content is gzip, bzip2 or xz.
    /// The returned device reads from file, which must outlive it.
    [[nodiscard]] static std::unique_ptr<QIODevice> open(QFile &file, QString *error);
    /// Up to max lines from the start of an open device (without consuming them), line ends removed.
    [[nodiscard]] static QList<QByteArray> firstLines(QIODevice &device, int max = 50);
};

} // namespace abusedesk::delivery
