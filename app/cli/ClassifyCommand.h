// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli classify [--json] PATH…: what each message is, without a database (design.md §3).
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runClassify(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
