// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/MailSourceReader.h"

#include <KCompressionDevice>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <memory>

namespace abusedesk::mail {

namespace {

constexpr qint64 MaxMessageSize = 256LL * 1024 * 1024;
constexpr qint64 ProgressEvery = 1024 * 1024;
constexpr qint64 ChunkSize = 256 * 1024;

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::mail::MailSourceReader)
};

// Reads lines ending in one chosen byte ('\n', or '\r' for old Mac files) from any QIODevice,
// including sequential decompressors, in large chunks.
class LineReader
{
public:
    LineReader(QIODevice &device, char eol)
        : m_device(device)
        , m_eol(eol)
    { }

    /// Called before the buffer is refilled: views handed out so far are about to become invalid.
    std::function<void()> beforeRefill;

    /// The next line including its end; empty at the end of the stream. The view stays valid
    /// until the buffer is refilled (no allocation per line: an mbox has fifty lines a message),
    /// and consecutive lines are consecutive in memory until then.
    QByteArrayView next()
    {
        for (;;) {
            const qsizetype end = m_buffer.indexOf(m_eol, m_pos);
            if (end >= 0) {
                const QByteArrayView line(m_buffer.constData() + m_pos, end + 1 - m_pos);
                m_pos = end + 1;
                return line;
            }
            if (!fill()) {
                m_rest = m_buffer.mid(m_pos);
                m_buffer.clear();
                m_pos = 0;
                return m_rest;
            }
        }
    }

private:
    bool fill()
    {
        if (beforeRefill)
            beforeRefill();
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        // Read straight into the buffer, not into a chunk that is then copied.
        const qsizetype kept = m_buffer.size();
        m_buffer.resize(kept + ChunkSize);
        const qint64 got = m_device.read(m_buffer.data() + kept, ChunkSize);
        m_buffer.resize(kept + qMax<qint64>(0, got));
        return got > 0;
    }

    QIODevice &m_device;
    char m_eol;
    QByteArray m_buffer;
    QByteArray m_rest;
    qsizetype m_pos = 0;
};

bool isBlankLine(QByteArrayView line)
{
    return line == "\n" || line == "\r\n" || line == "\r";
}

// "From sender@example.com Mon Nov  2 10:00:00 2026": an mbox separator names a sender and a date.
bool looksLikeFromLine(QByteArrayView line)
{
    if (!line.startsWith("From "))
        return false;
    const qsizetype limit = std::min<qsizetype>(line.size(), 400);
    bool sawDigit = false;
    for (qsizetype i = 5; i < limit; ++i) {
        const char c = line.at(i);
        if (c >= '0' && c <= '9')
            sawDigit = true;
    }
    return sawDigit || line.size() <= 7; // a bare "From " line is still a separator in mboxo
}

bool looksLikeHeaderLine(QByteArrayView line)
{
    // RFC 5322 field name: printable US-ASCII except colon, then a colon.
    qsizetype i = 0;
    while (i < line.size()) {
        const uchar c = uchar(line.at(i));
        if (c == ':')
            return i > 0;
        if (c < 33 || c > 126)
            return false;
        ++i;
    }
    return false;
}

QString describeStart(const QByteArray &head)
{
    QString shown;
    for (const char c : head.left(32))
        shown += (uchar(c) >= 32 && uchar(c) < 127) ? QChar::fromLatin1(c) : QChar(u'·');
    return shown;
}

enum class Compression { None, GZip, BZip2, Xz };

Compression compressionOf(const QByteArray &magic)
{
    if (magic.startsWith("\x1f\x8b"))
        return Compression::GZip;
    if (magic.startsWith("BZh"))
        return Compression::BZip2;
    if (magic.startsWith(QByteArray("\xfd"
                                    "7zXZ\x00",
            6)))
        return Compression::Xz;
    return Compression::None;
}

} // namespace

MailSourceReader::MailSourceReader(UnitSink units, RejectionSink rejections, ProgressSink progress)
    : m_units(std::move(units))
    , m_rejections(std::move(rejections))
    , m_progress(std::move(progress))
{ }

QStringList MailSourceReader::expand(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return { path };
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QFileInfo fileInfo(file);
        // A Maildir's tmp/ holds deliveries still being written: never evidence.
        const QDir parent = fileInfo.dir();
        if (parent.dirName() == QLatin1String("tmp")
            && QFileInfo::exists(parent.filePath(QStringLiteral("../cur"))))
            continue;
        files.append(file);
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool MailSourceReader::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        m_rejections({ path, 0, Tr::tr("the file or folder does not exist") });
        return true;
    }
    const QStringList files = expand(path);
    if (info.isDir() && files.isEmpty())
        m_rejections({ path, 0, Tr::tr("the folder holds no files") });
    for (const QString &file : files) {
        if (!readFile(file))
            return false;
    }
    return true;
}

bool MailSourceReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_rejections({ path, 0, Tr::tr("cannot read the file: %1").arg(file.errorString()) });
        return true;
    }
    m_file = &file;
    m_filePath = path;
    const Compression compression = compressionOf(file.peek(6));
    if (compression == Compression::None) {
        const bool goOn = readStream(file, path);
        m_file = nullptr;
        return goOn;
    }

    const auto type = compression == Compression::GZip ? KCompressionDevice::GZip
        : compression == Compression::BZip2            ? KCompressionDevice::BZip2
                                                       : KCompressionDevice::Xz;
    KCompressionDevice device(&file, false, type);
    if (!device.open(QIODevice::ReadOnly)) {
        m_rejections({ path, 0, Tr::tr("cannot decompress the file: %1").arg(device.errorString()) });
        return true;
    }
    const bool goOn = readStream(device, path);
    m_file = nullptr;
    // A damaged archive still yields the messages before the damage, and says where it broke.
    // KArchive reports a cut-off stream only by ending before its end.
    if (device.error() != QFileDevice::NoError || (goOn && !device.atEnd()))
        m_rejections({ path, device.pos(),
            device.error() != QFileDevice::NoError
                ? Tr::tr("the compressed data is damaged: %1").arg(device.errorString())
                : Tr::tr("the compressed data is damaged: it ends early (the file is cut off)") });
    return goOn;
}

bool MailSourceReader::readStream(QIODevice &device, const QString &sourcePath)
{
    const QByteArray head = device.peek(64 * 1024);
    if (head.isEmpty()) {
        m_rejections({ sourcePath, 0, Tr::tr("the file is empty") });
        return true;
    }
    // Old Mac files end lines with CR alone.
    const char eol = (head.contains('\r') && !head.contains('\n')) ? '\r' : '\n';
    const qsizetype firstEnd = head.indexOf(eol);
    const QByteArray firstLine = firstEnd >= 0 ? head.left(firstEnd + 1) : head;

    if (looksLikeFromLine(firstLine))
        return readMbox(device, sourcePath, eol);

    if (looksLikeHeaderLine(firstLine)) {
        QByteArray bytes;
        while (!device.atEnd()) {
            const QByteArray chunk = device.read(ChunkSize);
            if (chunk.isEmpty())
                break;
            bytes.append(chunk);
            if (bytes.size() > MaxMessageSize) {
                m_rejections({ sourcePath, 0, Tr::tr("the message is larger than 256 MB") });
                return true;
            }
        }
        reportProgress(bytes.size());
        return m_units({ sourcePath, 0, bytes });
    }
    m_rejections({ sourcePath, 0,
        Tr::tr("not mail: neither an mbox file (first line \"From …\") nor a message (header lines); "
               "it starts with \"%1\"")
            .arg(describeStart(head)) });
    return true;
}

void MailSourceReader::reportProgress(qint64 streamPosition)
{
    if (m_progress)
        m_progress(m_filePath, m_file ? m_file->pos() : streamPosition);
}

bool MailSourceReader::readMbox(QIODevice &device, const QString &sourcePath, char eol)
{
    LineReader reader(device, eol);
    qint64 position = 0; // offset of the next line in the stream
    qint64 lastProgress = 0;
    QByteArray message;
    qint64 messageOffset = -1;
    bool inHeaders = false;
    bool previousBlank = true;
    bool oversized = false;
    qint64 contentLength = -1;
    qint64 bodyBytes = 0;

    // Lines that follow each other in the reader's buffer are copied into the message together,
    // not one by one.
    const char *spanStart = nullptr;
    const char *spanEnd = nullptr;
    auto copySpan = [&] {
        if (spanStart != spanEnd)
            message.append(QByteArrayView(spanStart, spanEnd - spanStart));
        spanStart = spanEnd = nullptr;
    };
    reader.beforeRefill = copySpan;

    auto flush = [&]() -> bool {
        copySpan();
        if (messageOffset < 0)
            return true;
        if (oversized) {
            m_rejections({ sourcePath, messageOffset, Tr::tr("the message is larger than 256 MB") });
        } else {
            // The blank line before the next From_ line belongs to the mbox, not to the message.
            if (message.endsWith("\r\n\r\n"))
                message.chop(2);
            else if (message.endsWith("\n\n") || message.endsWith("\r\r"))
                message.chop(1);
            if (message.trimmed().isEmpty()) {
                m_rejections({ sourcePath, messageOffset, Tr::tr("empty message between two From_ lines") });
            } else if (!m_units({ sourcePath, messageOffset, message })) {
                return false;
            }
        }
        // The next message is likely of a similar size: one allocation instead of a dozen
        // growing ones (the bytes just handed on keep the old buffer).
        const qsizetype expected = qMin<qsizetype>(message.size() + message.size() / 4 + 256, 1024 * 1024);
        message = QByteArray();
        message.reserve(expected);
        return true;
    };

    for (;;) {
        QByteArrayView line = reader.next();
        if (line.isEmpty())
            break;
        const qint64 lineStart = position;
        position += line.size();
        if (position - lastProgress >= ProgressEvery) {
            lastProgress = position;
            reportProgress(position);
        }

        const bool bodyIsComplete = contentLength < 0 || bodyBytes >= contentLength;
        if (previousBlank && bodyIsComplete && looksLikeFromLine(line)) {
            if (!flush())
                return false;
            messageOffset = position;
            inHeaders = true;
            oversized = false;
            contentLength = -1;
            bodyBytes = 0;
            previousBlank = false;
            continue;
        }
        previousBlank = isBlankLine(line);
        if (messageOffset < 0) {
            messageOffset = lineStart; // text before the first separator: keep it as a message
            inHeaders = true;
        }
        if (inHeaders) {
            if (previousBlank) {
                inHeaders = false;
            } else if (line.size() > 15 && qstrnicmp(line.data(), 15, "Content-Length:", 15) == 0) {
                bool ok = false;
                const qint64 value = line.mid(15).trimmed().toLongLong(&ok);
                if (ok && value >= 0 && value < MaxMessageSize)
                    contentLength = value;
            }
        } else {
            bodyBytes += line.size();
        }
        // mboxrd: ">From ", ">>From " … lose one '>' (in mboxo the quoted line was "From " too).
        if (line.startsWith('>')) {
            qsizetype i = 0;
            while (i < line.size() && line.at(i) == '>')
                ++i;
            if (line.sliced(i).startsWith("From "))
                line = line.sliced(1);
        }
        if (oversized)
            continue;
        if (message.size() + (spanEnd - spanStart) + line.size() > MaxMessageSize) {
            oversized = true;
            spanStart = spanEnd = nullptr;
            message.clear();
            continue;
        }
        if (line.data() != spanEnd) { // not contiguous (the first line, or a >From line unquoted)
            copySpan();
            spanStart = line.data();
        }
        spanEnd = line.data() + line.size();
    }
    reportProgress(position);
    return flush();
}

} // namespace abusedesk::mail
