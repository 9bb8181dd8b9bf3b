// SPDX-License-Identifier: GPL-2.0-or-later
// Why a case database could not be opened or created, in words an analyst can act on.
#pragma once

#include <QString>

namespace abusedesk::storage {

class DatabaseError
{
public:
    enum class Kind {
        None,
        NotFound, ///< the path does not exist
        AlreadyExists, ///< creating a new database would overwrite a file
        NotADatabase, ///< not an SQLite file at all (text, mail, empty file …)
        ForeignDatabase, ///< an SQLite database of some other program
        NewerVersion, ///< an AbuseDesk database from a newer version of the program
        Io, ///< the file system or SQLite refused an operation
    };

    DatabaseError() = default;
    DatabaseError(Kind kind, QString path, QString message);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString path() const { return m_path; }
    /// A full sentence naming the file and the problem.
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }

private:
    Kind m_kind = Kind::None;
    QString m_path;
    QString m_message;
};

} // namespace abusedesk::storage
