// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/LogFile.h"

#include <algorithm>

namespace abusedesk::demo {

void sortByTime(QList<TimedLine> &lines)
{
    std::stable_sort(
        lines.begin(), lines.end(), [](const TimedLine &a, const TimedLine &b) { return a.at < b.at; });
}

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

} // namespace abusedesk::demo
