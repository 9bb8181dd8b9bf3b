// SPDX-License-Identifier: GPL-2.0-or-later
// Who the analyst is, for the timeline and the triage log: the operating system's user name.
#pragma once

#include <QString>

namespace abusedesk::gui {

[[nodiscard]] QString analystName();

} // namespace abusedesk::gui
