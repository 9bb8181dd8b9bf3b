// SPDX-License-Identifier: GPL-2.0-or-later
// Logging categories, one per core folder (QT_LOGGING_RULES="abusedesk.*=true" shows them all).
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
