// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli demo --out DIR [--seed N] [--scale N]: writes a synthetic abuse-desk case and
// expected.json, the same bytes for the same seed and scale.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runDemo(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
