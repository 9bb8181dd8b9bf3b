// SPDX-License-Identifier: GPL-2.0-or-later
#include "common/BuildInfo.h"

#include "common/BuildInfoConfig.h"

#include <kmime_version.h>
#include <sqlite3.h>

namespace abusedesk::common {

QString applicationVersion()
{
    return QStringLiteral(ABUSEDESK_VERSION_STRING);
}

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString kmimeVersion()
{
    return QStringLiteral(KMIME_VERSION_STRING);
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace abusedesk::common
