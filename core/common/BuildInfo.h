// SPDX-License-Identifier: GPL-2.0-or-later
// The versions of AbuseDesk and of the libraries it runs on, for --version and Help > About.
#pragma once

#include <QString>

namespace abusedesk::common {

[[nodiscard]] QString applicationVersion();
[[nodiscard]] QString qtRuntimeVersion();
[[nodiscard]] QString kmimeVersion();
/// The SQLite library the program is linked against (as reported at run time).
[[nodiscard]] QString sqliteVersion();

} // namespace abusedesk::common
