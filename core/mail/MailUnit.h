// SPDX-License-Identifier: GPL-2.0-or-later
// One unit of imported mail exactly as it was read, and one that could not be read.
#pragma once

#include <QByteArray>
#include <QString>

namespace abusedesk::mail {

struct MailUnit
{
    QString sourcePath; ///< the file the unit came from (inside a folder, the file itself)
    qint64 offset = 0; ///< byte offset of the message in the (decompressed) file
    QByteArray bytes; ///< the message as received (mbox: without the From_ line, >From unquoted)

    [[nodiscard]] QString source() const { return sourcePath + QLatin1Char('#') + QString::number(offset); }
};

struct MailRejection
{
    QString sourcePath;
    qint64 position = 0; ///< byte offset where the problem was found
    QString reason;
    qint64 line = 0; ///< for delivery logs: the 1-based line (position is then 0); 0 for mail

    [[nodiscard]] QString source() const { return sourcePath + QLatin1Char('#') + QString::number(position); }
};

} // namespace abusedesk::mail
