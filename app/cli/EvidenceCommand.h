// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli evidence --db FILE --sha256 HASH [--out FILE]: the stored bytes, byte for byte.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runEvidence(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
