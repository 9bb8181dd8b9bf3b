// SPDX-License-Identifier: GPL-2.0-or-later
// Writes messages into an mboxrd file (LF line ends) and says, for each, the SHA-256 of the bytes
// an mbox reader gives back: without the From_ line and the blank separator, ">From" unquoted.
#pragma once

#include <QFile>
#include <QString>

namespace abusedesk::demo {

class MboxWriter
{
public:
    explicit MboxWriter(const QString &path);

    /// Opens (creates or truncates) the file; false with error() set when it cannot.
    [[nodiscard]] bool open();
    /// Appends one message (LF line ends; a missing final line end is added). Returns the
    /// lower-case hex SHA-256 of the message as a reader returns it.
    QString append(QByteArray message, const QByteArray &envelopeSender, qint64 utcSeconds);
    /// Flushes and closes; false with error() set when writing failed.
    [[nodiscard]] bool close();

    [[nodiscard]] int count() const { return m_count; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString fileName() const;

private:
    QFile m_file;
    int m_count = 0;
    bool m_failed = false;
    QString m_error;
};

} // namespace abusedesk::demo
