// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace abusedesk::cli {

/// abusedesk-cli report: a customer's issue history or the portfolio as PDF, CSV or HTML.
int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace abusedesk::cli
