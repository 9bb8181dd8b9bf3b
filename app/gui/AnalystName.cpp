// SPDX-License-Identifier: GPL-2.0-or-later
#include "AnalystName.h"

namespace abusedesk::gui {

QString analystName()
{
    // USER on Linux and macOS, USERNAME on Windows.
    for (const char *name : { "USER", "USERNAME", "LOGNAME" }) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("analyst");
}

} // namespace abusedesk::gui
