// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli reply --db FILE --case ID --template NAME [--out FILE.eml]: a case's reply as an
// .eml draft, the same the desktop program writes (replies/ReplyComposer.h), kept in the case
// timeline.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runReply(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
