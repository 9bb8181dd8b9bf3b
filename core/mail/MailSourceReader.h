// SPDX-License-Identifier: GPL-2.0-or-later
// Reads mail from what an analyst exports: EML files, mbox files (mboxo, mboxrd, mboxcl,
// mboxcl2), Maildir folders, folders searched recursively, each possibly compressed with gzip,
// bzip2 or xz; LF, CRLF or CR line ends. Recognised by content, not by file name. Streams: memory
// holds one message at a time, whatever the size of the file.
//
// Not KMBox: it needs a plain file on disk (no streaming from a decompressor), ignores
// Content-Length (mboxcl/mboxcl2), does not split CR-only files and gives no per-message byte
// offset for a compressed source; all four are needed here.
#pragma once

#include "mail/MailUnit.h"

#include <QStringList>
#include <functional>

class QIODevice;

namespace abusedesk::mail {

class MailSourceReader
{
public:
    /// Called for every message; return false to stop reading (cancel).
    using UnitSink = std::function<bool(const MailUnit &)>;
    /// Called for every file or part of a file that is not mail, with the reason.
    using RejectionSink = std::function<void(const MailRejection &)>;
    /// Called now and then with the number of bytes of the current file read so far (of the file
    /// on disk: for a compressed file, its compressed bytes).
    using ProgressSink = std::function<void(const QString &file, qint64 bytesRead)>;

    MailSourceReader(UnitSink units, RejectionSink rejections, ProgressSink progress = {});

    /// Reads a file or a folder. Returns false when the sink asked to stop.
    bool read(const QString &path);

    /// The files a path stands for, in a stable order: the file itself, the messages of a
    /// Maildir (cur/ and new/), or every file below a folder.
    [[nodiscard]] static QStringList expand(const QString &path);

    /// Reads one stream (already decompressed) named sourcePath. Returns false when stopped.
    bool readStream(QIODevice &device, const QString &sourcePath);

private:
    bool readFile(const QString &path);
    bool readMbox(QIODevice &device, const QString &sourcePath, char eol);

    void reportProgress(qint64 streamPosition);

    QIODevice *m_file = nullptr; ///< the file on disk under the current stream, for progress
    QString m_filePath;
    UnitSink m_units;
    RejectionSink m_rejections;
    ProgressSink m_progress;
};

} // namespace abusedesk::mail
