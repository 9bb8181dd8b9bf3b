// SPDX-License-Identifier: GPL-2.0-or-later
// The reply templates of a case database (table reply_templates): seeded with the shipped library
// on first use, edited by the analyst, exported and imported as files. A shipped template the
// analyst changed keeps its name; resetting brings the shipped text back.
#pragma once

#include "replies/ReplyTemplate.h"

#include <QList>
#include <QString>
#include <optional>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::replies {

class ReplyTemplateStore
{
public:
    /// Adds the shipped templates the database does not hold yet.
    explicit ReplyTemplateStore(const storage::Database &database);

    /// Shipped ones first, in their order, then the analyst's by name.
    [[nodiscard]] QList<ReplyTemplate> templates() const;
    [[nodiscard]] std::optional<ReplyTemplate> find(const QString &name) const;
    /// Adds or replaces a template by name (checked with ReplyTemplate::problem()).
    [[nodiscard]] bool save(const ReplyTemplate &t);
    /// Removes one of the analyst's templates; shipped ones can only be reset.
    [[nodiscard]] bool remove(const QString &name);
    /// Brings back the shipped text of a shipped template.
    [[nodiscard]] bool reset(const QString &name);

    /// Writes a template to a file (its file form).
    [[nodiscard]] bool exportTo(const QString &name, const QString &path);
    /// Reads a template file and saves it (replacing one of the same name); returns its name, or
    /// an empty string with lastError().
    [[nodiscard]] QString importFrom(const QString &path);

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    bool failed(const QString &error);
    void seed();

    const storage::Database &m_database;
    QString m_lastError;
};

} // namespace abusedesk::replies
