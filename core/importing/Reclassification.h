// SPDX-License-Identifier: GPL-2.0-or-later
// Classifies the stored evidence again after the analyst changed the policy (role accounts,
// trusted reporters, customer headers): the evidence stays byte for byte, its parsed view follows
// the policy. Runs on all cores, commits page by page.
#pragma once

#include "mail/MessageAnalyzer.h"

#include <QMap>
#include <functional>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::importing {

struct ReclassificationReport
{
    qint64 examined = 0;
    qint64 changed = 0;
    QMap<QString, qint64> changedToKind; ///< how many messages became each kind
    bool cancelled = false;
    QString error;
    qint64 attributionMoved = 0; ///< messages that now belong to another customer
};

class Reclassification
{
public:
    using ProgressSink = std::function<void(qint64 examined, qint64 total)>;
    using CancelCheck = std::function<bool()>;

    Reclassification(const storage::Database &database, mail::AnalysisPolicy policy);

    [[nodiscard]] ReclassificationReport run(
        const ProgressSink &progress = {}, const CancelCheck &cancelled = {});

private:
    const storage::Database &m_database;
    mail::MessageAnalyzer m_analyzer;
};

} // namespace abusedesk::importing
