// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli import --db FILE [--json] PATH…: mail into a case database, with its report.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
