// SPDX-License-Identifier: GPL-2.0-or-later
#include "ReceiversCommand.h"

#include "CommandLine.h"
#include "delivery/ReceiverDirectory.h"
#include "storage/Database.h"
#include "storage/DeliveryStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace abusedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runReceivers(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("receivers"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    cl.parser().addOption(
        { QStringLiteral("consumer"), Tr::tr("Mark a domain as a consumer mailbox provider's (repeatable)."),
            QStringLiteral("DOMAIN=PROVIDER") });
    cl.parser().addOption({ QStringLiteral("corporate"),
        Tr::tr("Mark a domain as corporate, a receiver of its own (repeatable)."),
        QStringLiteral("DOMAIN") });
    cl.parser().addOption(
        { QStringLiteral("all"), Tr::tr("List the shipped list too, not only this database's changes.") });
    cl.parser().addOption({ QStringLiteral("json"), Tr::tr("Print the list as JSON.") });
    if (const int code = cl.parse(Tr::tr("Which mailbox provider each recipient domain belongs to."));
        code >= 0)
        return code;

    QList<delivery::ReceiverDomain> changes;
    for (const QString &value : cl.parser().values(QStringLiteral("consumer"))) {
        const qsizetype eq = value.indexOf(u'=');
        if (eq <= 0 || eq == value.size() - 1)
            return cl.fail(Tr::tr("--consumer wants DOMAIN=PROVIDER, not '%1'.").arg(value), ExitUsage);
        changes.append({ value.left(eq).trimmed().toLower(), value.mid(eq + 1).trimmed(), true });
    }
    for (const QString &value : cl.parser().values(QStringLiteral("corporate"))) {
        const QString domain = value.trimmed().toLower();
        if (domain.isEmpty() || !domain.contains(u'.'))
            return cl.fail(Tr::tr("--corporate wants a domain, not '%1'.").arg(value), ExitUsage);
        changes.append({ domain, domain, false });
    }

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;

    if (!changes.isEmpty()) {
        storage::Transaction tx(db->connection());
        storage::DeliveryStore store(*db);
        qint64 moved = 0;
        for (const delivery::ReceiverDomain &change : std::as_const(changes)) {
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO receiver_domains (domain, provider, consumer) VALUES (?, ?, ?)"));
            q.addBindValue(change.domain);
            q.addBindValue(change.provider);
            q.addBindValue(change.consumer ? 1 : 0);
            if (!q.exec())
                return cl.fail(Tr::tr("the database refused the change: %1").arg(q.lastError().text()));
        }
        // Domains below a changed one ("mx.acme.example") follow it: ask the directory again for
        // every stored domain, then move them all in one pass.
        const delivery::ReceiverDirectory directory(*db);
        QHash<QString, QString> receivers;
        for (const QString &domain : store.recipientDomains())
            receivers.insert(domain, directory.receiverOf(domain).name);
        moved = store.reassignReceivers(receivers);
        if (moved < 0)
            return cl.fail(Tr::tr("the database refused the change: %1").arg(store.lastError()));
        if (!store.rebuildAggregates() || !tx.commit())
            return cl.fail(Tr::tr("the database refused the change: %1").arg(store.lastError()));
        out << QCoreApplication::translate("cli",
            "%n stored deliveries and opt-outs moved to another receiver; daily figures recounted.", "",
            int(moved))
            << '\n';
    }

    QJsonArray list;
    auto add = [&list](const QString &domain, const QString &provider, bool consumer, const QString &origin) {
        list.append(
            QJsonObject { { QStringLiteral("domain"), domain }, { QStringLiteral("provider"), provider },
                { QStringLiteral("consumer"), consumer }, { QStringLiteral("origin"), origin } });
    };
    if (cl.parser().isSet(QStringLiteral("all")))
        for (const delivery::ReceiverDomain &d : delivery::ReceiverDirectory::shipped())
            add(d.domain, d.provider, d.consumer, QStringLiteral("shipped"));
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT domain, provider, consumer FROM receiver_domains ORDER BY domain"));
    while (q.next())
        add(q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
            QStringLiteral("case database"));
    if (cl.parser().isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject { { QStringLiteral("receivers"), list } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return ExitOk;
    }
    if (list.isEmpty())
        out << Tr::tr("No changes to the shipped list of %1 provider domains (--all lists them).")
                   .arg(delivery::ReceiverDirectory::shipped().size())
            << '\n';
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        out << o.value(QStringLiteral("domain")).toString().leftJustified(24) << ' '
            << o.value(QStringLiteral("provider")).toString().leftJustified(22) << ' '
            << (o.value(QStringLiteral("consumer")).toBool() ? Tr::tr("consumer") : Tr::tr("corporate"))
            << "  (" << o.value(QStringLiteral("origin")).toString() << ")\n";
    }
    return ExitOk;
}

} // namespace abusedesk::cli
