// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/DatabaseError.h"

#include <utility>

namespace abusedesk::storage {

DatabaseError::DatabaseError(Kind kind, QString path, QString message)
    : m_kind(kind)
    , m_path(std::move(path))
    , m_message(std::move(message))
{ }

} // namespace abusedesk::storage
