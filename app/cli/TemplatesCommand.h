// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli templates --db FILE [--json | --export NAME --out FILE | --import FILE | --reset NAME]:
// the reply templates of a case database (replies/ReplyTemplateStore.h), checked for errors.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

int runTemplates(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
