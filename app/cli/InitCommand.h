// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli init --db FILE: creates an empty case database, never overwriting anything.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runInit(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
