// SPDX-License-Identifier: GPL-2.0-or-later
// One file of the demo's delivery logs, rendered in memory before it is written: its path in the
// case folder, its text and what expected.json says about it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace abusedesk::demo {

struct LogFile
{
    QString path; ///< relative to the case folder: "logs/postfix/mail.log.1"
    QString format; ///< postfix, exim, powermta, send-log, opt-out, seed, blocklist, send-log-profile
    QByteArray text; ///< the content, uncompressed
    bool gzip = false; ///< written gzip-compressed
    int lines = 0; ///< lines of text (a header line included)
    int records = 0; ///< delivery attempts, opt-outs, seed results or listings in it
    int overlap = 0; ///< leading lines that repeat the last lines of the file before it (rotation)
    qint64 modified = 0; ///< UTC seconds of its last entry: the file's modification time
};

/// A line of a log and when it was written, for sorting into time order.
struct TimedLine
{
    qint64 at = 0;
    QByteArray text;
};

/// Sorts lines by time, keeping the order of lines written at the same second.
void sortByTime(QList<TimedLine> &lines);

/// An RFC 4180 field: quoted when it holds a separator, a quote or a line break.
[[nodiscard]] QByteArray csvField(const QString &value);

} // namespace abusedesk::demo
