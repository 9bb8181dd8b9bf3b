// SPDX-License-Identifier: GPL-2.0-or-later
#include "common/Clock.h"

namespace abusedesk::common {

namespace {
class SystemClock : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace abusedesk::common
