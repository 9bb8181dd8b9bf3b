// SPDX-License-Identifier: GPL-2.0-or-later
#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "abusedesk.storage", QtWarningMsg)
