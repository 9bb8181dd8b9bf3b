// SPDX-License-Identifier: GPL-2.0-or-later
#include "AttributeCommand.h"

#include "CommandLine.h"
#include "attribution/AttributionQueries.h"
#include "attribution/AttributionRun.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace abusedesk::cli {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonObject explanationJson(const attribution::Explanation &e)
{
    return QJsonObject { { QStringLiteral("id"), e.itemId },
        { QStringLiteral("customer"), e.customerId ? QJsonValue(e.customerExternalId) : QJsonValue() },
        { QStringLiteral("customer_name"), e.customerId ? QJsonValue(e.customerName) : QJsonValue() },
        { QStringLiteral("why"), QJsonArray::fromStringList(e.lines) },
        { QStringLiteral("clues"), QJsonArray::fromStringList(e.clues) },
        { QStringLiteral("stale"), e.stale } };
}

} // namespace

int runAttribute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("attribute"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    cl.parser().addOption({ QStringLiteral("explain"),
        Tr::tr("Say why this message (evidence id) belongs to its customer."), QStringLiteral("ID") });
    cl.parser().addOption({ QStringLiteral("explain-delivery"),
        Tr::tr("Say why this delivery (its id) belongs to its customer."), QStringLiteral("ID") });
    cl.parser().addOption({ QStringLiteral("unattributed"),
        Tr::tr("List the messages no rule attributes (noise left out), with what could identify them.") });
    cl.parser().addOption({ QStringLiteral("disagreements"),
        Tr::tr("List the attributed messages whose rules disagree (another rule named someone else).") });
    cl.parser().addOption({ QStringLiteral("json"), Tr::tr("Print JSON.") });
    if (const int code
        = cl.parse(Tr::tr("Attribute the history to customers again, or explain an attribution."));
        code >= 0)
        return code;
    const bool json = cl.parser().isSet(QStringLiteral("json"));
    auto idOption = [&](const char *name, qint64 *id) {
        bool ok = false;
        *id = cl.parser().value(QLatin1StringView(name)).toLongLong(&ok);
        return ok && *id > 0;
    };

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;
    const attribution::AttributionQueries queries(*db);

    for (const char *option : { "explain", "explain-delivery" }) {
        if (!cl.parser().isSet(QLatin1StringView(option)))
            continue;
        qint64 id = 0;
        if (!idOption(option, &id))
            return cl.fail(
                Tr::tr("--%1 wants an id (a positive number).").arg(QLatin1StringView(option)), ExitUsage);
        const attribution::Explanation e
            = qstrcmp(option, "explain") == 0 ? queries.explainEvidence(id) : queries.explainDelivery(id);
        if (!e.found)
            return cl.fail(qstrcmp(option, "explain") == 0
                    ? Tr::tr("there is no message with evidence id %1.").arg(id)
                    : Tr::tr("there is no delivery with id %1.").arg(id));
        if (json) {
            out << QJsonDocument(explanationJson(e)).toJson(QJsonDocument::Compact) << '\n';
            return ExitOk;
        }
        out << (e.customerId
                ? Tr::tr("%1 belongs to %2 (%3).").arg(id).arg(e.customerName, e.customerExternalId)
                : Tr::tr("%1 is not attributed.").arg(id))
            << '\n';
        for (const QString &line : e.lines)
            out << "  " << line << '\n';
        if (!e.customerId)
            for (const QString &clue : e.clues)
                out << "  " << clue << '\n';
        if (e.stale)
            out << Tr::tr("  The stored attribution is older than the rules: run 'abusedesk-cli attribute'.")
                << '\n';
        return ExitOk;
    }

    if (cl.parser().isSet(QStringLiteral("disagreements"))) {
        const QList<attribution::DisagreementItem> list = queries.disagreements(1000000);
        if (json) {
            QJsonArray array;
            for (const attribution::DisagreementItem &d : list)
                array.append(QJsonObject { { QStringLiteral("id"), d.evidenceId },
                    { QStringLiteral("kind"), d.kind }, { QStringLiteral("sent_at"), d.sentAt },
                    { QStringLiteral("from"), d.fromAddress }, { QStringLiteral("subject"), d.subject },
                    { QStringLiteral("customer_name"), d.customerName },
                    { QStringLiteral("why"), QJsonArray::fromStringList(d.lines) } });
            out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
            return ExitOk;
        }
        out << Tr::tr("%1 messages with disagreeing rules.").arg(list.size()) << '\n';
        for (const attribution::DisagreementItem &d : list)
            out << d.evidenceId << "  " << d.kind << "  " << d.sentAt << "  " << d.subject << "\n    "
                << d.lines.join(QLatin1String("\n    ")) << '\n';
        return ExitOk;
    }

    if (cl.parser().isSet(QStringLiteral("unattributed"))) {
        const QList<attribution::QueueItem> queue = queries.unattributed(1000000);
        if (json) {
            QJsonArray list;
            for (const attribution::QueueItem &q : queue)
                list.append(QJsonObject { { QStringLiteral("id"), q.evidenceId },
                    { QStringLiteral("kind"), q.kind }, { QStringLiteral("sent_at"), q.sentAt },
                    { QStringLiteral("from"), q.fromAddress }, { QStringLiteral("subject"), q.subject },
                    { QStringLiteral("ambiguous"), q.ambiguous },
                    { QStringLiteral("clues"), QJsonArray::fromStringList(q.clues) } });
            out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
            return ExitOk;
        }
        out << Tr::tr("%1 unattributed messages.").arg(queue.size()) << '\n';
        for (const attribution::QueueItem &q : queue)
            out << q.evidenceId << "  " << q.kind << "  " << q.sentAt << "  " << q.fromAddress << "  "
                << q.subject << "\n    "
                << (q.clues.isEmpty() ? Tr::tr("nothing that could identify a customer")
                                      : q.clues.join(QLatin1String("\n    ")))
                << '\n';
        return ExitOk;
    }

    const attribution::RunReport run = attribution::AttributionRun(*db).run(
        { QStringLiteral("attribute command") }, [&err](qint64 done, qint64 total) {
            static qint64 shown = -1;
            const qint64 percent = total ? done * 100 / total : 0;
            if (percent / 10 != shown / 10) {
                shown = percent;
                err << Tr::tr("attributing: %1 %").arg(percent) << '\n';
                err.flush();
            }
        });
    if (!run.error.isEmpty())
        return cl.fail(run.error);
    QHash<qint64, QString> names;
    for (const attribution::CustomerRecord &c : storage::CustomerStore(*db).customers())
        names.insert(c.id, c.externalId.isEmpty() ? c.name : c.externalId);
    auto name = [&names](qint64 id) {
        return id ? names.value(id, QString::number(id)) : Tr::tr("(unattributed)");
    };
    if (json) {
        QJsonArray moves;
        for (const attribution::Move &m : run.moves)
            moves.append(QJsonObject {
                { QStringLiteral("from"), m.from ? QJsonValue(name(m.from)) : QJsonValue() },
                { QStringLiteral("to"), m.to ? QJsonValue(name(m.to)) : QJsonValue() },
                { QStringLiteral("messages"), m.messages }, { QStringLiteral("deliveries"), m.deliveries },
                { QStringLiteral("opt_outs"), m.optOuts }, { QStringLiteral("listings"), m.listings } });
        out << QJsonDocument(
            QJsonObject { { QStringLiteral("run"), run.runId }, { QStringLiteral("examined"), run.examined },
                { QStringLiteral("changed"), run.changed }, { QStringLiteral("moved"), run.moved },
                { QStringLiteral("moves"), moves },
                { QStringLiteral("unattributed"), queries.unattributedCount() },
                { QStringLiteral("disagreements"), queries.disagreementCount() },
                { QStringLiteral("milliseconds"), run.milliseconds } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return ExitOk;
    }
    out << Tr::tr("%1 items examined in %2 s: %3 changed, %4 moved to another customer.")
               .arg(run.examined)
               .arg(double(run.milliseconds) / 1000.0, 0, 'f', 1)
               .arg(run.changed)
               .arg(run.moved)
        << '\n';
    for (const attribution::Move &m : run.moves)
        out << Tr::tr("  %1 → %2: %3 messages, %4 deliveries, %5 opt-outs, %6 listings")
                   .arg(name(m.from), name(m.to))
                   .arg(m.messages)
                   .arg(m.deliveries)
                   .arg(m.optOuts)
                   .arg(m.listings)
            << '\n';
    out << Tr::tr("%1 messages unattributed, %2 with disagreeing rules.")
               .arg(queries.unattributedCount())
               .arg(queries.disagreementCount())
        << '\n';
    return ExitOk;
}

} // namespace abusedesk::cli
