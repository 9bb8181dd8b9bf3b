// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/MboxWriter.h"

#include "demo/MailDate.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace abusedesk::demo {

namespace {

// mboxrd: every line that is "From " behind any number of '>' gets one more '>'.
QByteArray quoted(const QByteArray &message)
{
    if (!message.contains("From "))
        return message;
    QByteArray out;
    out.reserve(message.size() + 64);
    qsizetype start = 0;
    while (start < message.size()) {
        qsizetype end = message.indexOf('\n', start);
        end = end < 0 ? message.size() : end + 1;
        const QByteArrayView line(message.constData() + start, end - start);
        qsizetype i = 0;
        while (i < line.size() && line.at(i) == '>')
            ++i;
        if (line.sliced(i).startsWith("From "))
            out.append('>');
        out.append(line);
        start = end;
    }
    return out;
}

} // namespace

MboxWriter::MboxWriter(const QString &path)
    : m_file(path)
{ }

bool MboxWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

QString MboxWriter::append(QByteArray message, const QByteArray &envelopeSender, qint64 utcSeconds)
{
    if (!message.endsWith('\n'))
        message.append('\n');
    const QByteArray sender = envelopeSender.isEmpty() ? QByteArrayLiteral("MAILER-DAEMON") : envelopeSender;
    QByteArray record = "From " + sender + ' ' + MailDate::mboxLine(utcSeconds) + '\n';
    record += quoted(message);
    record += '\n';
    if (m_file.write(record) != record.size() && !m_failed) {
        m_failed = true;
        m_error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    }
    ++m_count;
    return QString::fromLatin1(QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex());
}

bool MboxWriter::close()
{
    if (m_file.isOpen() && !m_file.flush() && !m_failed) {
        m_failed = true;
        m_error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    }
    m_file.close();
    return !m_failed;
}

QString MboxWriter::fileName() const
{
    return QFileInfo(m_file.fileName()).fileName();
}

} // namespace abusedesk::demo
