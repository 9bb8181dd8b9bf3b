// SPDX-License-Identifier: GPL-2.0-or-later
// What every abusedesk-cli subcommand shares: its parser, its output streams and its errors.
#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::cli {

enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, ///< the work could not be done (missing file, refused database …)
    ExitUsage = 2, ///< the command line itself is wrong
};

class CommandLine
{
public:
    CommandLine(QString command, QStringList arguments, QTextStream &out, QTextStream &err);

    [[nodiscard]] QCommandLineParser &parser() { return m_parser; }
    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] QTextStream &err() { return m_err; }

    /// Parses the arguments; prints --help or the usage error itself. Returns -1 when the command
    /// should go on, otherwise the exit code to return.
    [[nodiscard]] int parse(const QString &description, const QString &positionalSyntax = {});

    /// Prints "abusedesk-cli COMMAND: message" to standard error and returns code.
    int fail(const QString &message, int code = ExitFailure);

    /// Adds the --db FILE option.
    void addDatabaseOption(const QString &description);
    /// The value of the required --db option, or an empty string after printing a usage error.
    [[nodiscard]] QString requiredDatabasePath();
    /// Opens the existing case database named by --db; on failure prints why, sets exitCode and
    /// returns null.
    [[nodiscard]] std::unique_ptr<storage::Database> openExistingDatabase(int &exitCode);

    /// Who acts, for timelines and logs: the login name ($USER, %USERNAME%), else "analyst".
    [[nodiscard]] static QString analystName();
    /// A customer named by external id or database id: its id, or -1 when there is none.
    [[nodiscard]] static qint64 customerNamed(const storage::Database &database, const QString &name);

private:
    QString m_command;
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
};

} // namespace abusedesk::cli
