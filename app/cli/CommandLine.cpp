// SPDX-License-Identifier: GPL-2.0-or-later
#include "CommandLine.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace abusedesk::cli {

CommandLine::CommandLine(QString command, QStringList arguments, QTextStream &out, QTextStream &err)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{ }

int CommandLine::parse(const QString &description, const QString &positionalSyntax)
{
    m_parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("cli", "Show this help."));
    m_parser.addOption(help);
    if (!m_parser.parse(QStringList { QStringLiteral("abusedesk-cli ") + m_command } + m_arguments)) {
        m_err << "abusedesk-cli " << m_command << ": " << m_parser.errorText() << '\n'
              << QCoreApplication::translate("cli", "Try 'abusedesk-cli %1 --help'.").arg(m_command) << '\n';
        return ExitUsage;
    }
    if (m_parser.isSet(help)) {
        QString text = m_parser.helpText();
        // QCommandLineParser names the program after argv[0]; name the subcommand instead.
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        QString usage = QStringLiteral("Usage: abusedesk-cli %1 [options]").arg(m_command);
        if (!positionalSyntax.isEmpty())
            usage += QLatin1Char(' ') + positionalSyntax;
        text.replace(0, eol, usage);
        m_out << text;
        return ExitOk;
    }
    return -1;
}

int CommandLine::fail(const QString &message, int code)
{
    m_err << "abusedesk-cli " << m_command << ": " << message << '\n';
    m_err.flush();
    return code;
}

void CommandLine::addDatabaseOption(const QString &description)
{
    m_parser.addOption({ QStringLiteral("db"), description, QStringLiteral("FILE") });
}

std::unique_ptr<storage::Database> CommandLine::openExistingDatabase(int &exitCode)
{
    const QString path = requiredDatabasePath();
    if (path.isEmpty()) {
        exitCode = ExitUsage;
        return nullptr;
    }
    storage::DatabaseError error;
    auto db = storage::Database::open(path, storage::Database::OpenMode::OpenExisting, &error);
    if (!db)
        exitCode = fail(error.message());
    return db;
}

QString CommandLine::requiredDatabasePath()
{
    const QString path = m_parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        fail(QCoreApplication::translate("cli", "--db FILE is required."), ExitUsage);
    return path;
}

QString CommandLine::analystName()
{
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name.isEmpty() ? QStringLiteral("analyst") : name;
}

qint64 CommandLine::customerNamed(const storage::Database &database, const QString &name)
{
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM customers WHERE external_id = ? OR CAST(id AS TEXT) = ? ORDER BY "
                       "external_id = ? DESC LIMIT 1"));
    q.addBindValue(name);
    q.addBindValue(name);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace abusedesk::cli
