// SPDX-License-Identifier: GPL-2.0-or-later
// A made-up person of the demo (recipient, complainant, colleague): a display name in one of the
// four languages the demo writes, and a mailbox name that goes with it.
#pragma once

#include "demo/DemoRandom.h"

#include <QString>

namespace abusedesk::demo {

struct DemoPerson
{
    QString displayName; ///< "Jürgen Weiß"
    QString firstName; ///< "Jürgen"
    QString localPart; ///< "juergen.weiss", lower-case ASCII
    QString language; ///< "en", "de", "fr" or "es"

    /// A person speaking language (any of the four when empty).
    [[nodiscard]] static DemoPerson random(DemoRandom &random, const QString &language = {});
};

} // namespace abusedesk::demo
