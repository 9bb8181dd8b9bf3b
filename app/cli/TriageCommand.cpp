// SPDX-License-Identifier: GPL-2.0-or-later
#include "TriageCommand.h"

#include "CommandLine.h"
#include "cases/CaseStore.h"
#include "common/Clock.h"
#include "findings/Findings.h"
#include "storage/Database.h"
#include "triage/AcknowledgementClock.h"
#include "triage/TriageActions.h"
#include "triage/TriageQueue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace abusedesk::cli {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QList<qint64> idList(const QString &text, bool *ok)
{
    QList<qint64> ids;
    *ok = !text.isEmpty();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool good = false;
        const qint64 id = part.trimmed().toLongLong(&good);
        if (!good || id <= 0)
            *ok = false;
        ids.append(id);
    }
    return ids;
}

QString typeName(triage::TriageItem::Type type)
{
    switch (type) {
    case triage::TriageItem::Type::Message:
        return QStringLiteral("message");
    case triage::TriageItem::Type::Cluster:
        return QStringLiteral("feedback-cluster");
    case triage::TriageItem::Type::Finding:
        return QStringLiteral("finding");
    }
    return {};
}

} // namespace

int runTriage(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("triage"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    QCommandLineParser &p = cl.parser();
    p.addOption({ QStringLiteral("kind"),
        Tr::tr("Only this kind (a message kind, feedback-cluster or finding)."), QStringLiteral("KIND") });
    p.addOption({ QStringLiteral("customer"),
        Tr::tr("Only this customer (external id or id; \"none\": unattributed)."), QStringLiteral("ID") });
    p.addOption({ QStringLiteral("role-account"), Tr::tr("Only mail that reached this role account."),
        QStringLiteral("ADDRESS") });
    p.addOption(
        { QStringLiteral("reporter"), Tr::tr("Only reports from this address."), QStringLiteral("ADDRESS") });
    p.addOption({ QStringLiteral("receiver"), Tr::tr("Only reports about this receiver (domain)."),
        QStringLiteral("DOMAIN") });
    p.addOption({ QStringLiteral("from"), Tr::tr("Received on or after this UTC day (YYYY-MM-DD)."),
        QStringLiteral("DAY") });
    p.addOption(
        { QStringLiteral("to"), Tr::tr("Received on or before this UTC day."), QStringLiteral("DAY") });
    p.addOption({ QStringLiteral("search"),
        Tr::tr("Words in the subject, sender or text (SQLite FTS5 syntax allowed)."),
        QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("legal"), Tr::tr("Only items in a legal tone.") });
    p.addOption({ QStringLiteral("all"), Tr::tr("Include acknowledged, noise and in-case items.") });
    p.addOption({ QStringLiteral("facet"),
        Tr::tr(
            "Print the values of a facet under the filter instead (kind, customer, role_account, reporter, "
            "receiver)."),
        QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("acknowledge"), Tr::tr("Acknowledge these evidence ids (comma-separated)."),
        QStringLiteral("IDS") });
    p.addOption(
        { QStringLiteral("noise"), Tr::tr("Mark these evidence ids as noise."), QStringLiteral("IDS") });
    p.addOption({ QStringLiteral("now"),
        Tr::tr("The time the acknowledgement clock counts from (ISO 8601; default: now)."),
        QStringLiteral("TIME") });
    p.addOption({ QStringLiteral("no-findings"), Tr::tr("Leave the automatic findings out (faster).") });
    p.addOption({ QStringLiteral("json"), Tr::tr("Print JSON.") });
    if (const int code
        = cl.parse(Tr::tr("The triage queue: what needs a human, in the policy's order, with the "
                          "acknowledgement clock; facets, search and the acknowledge/noise actions."));
        code >= 0)
        return code;

    triage::TriageFilter filter;
    filter.kind = p.value(QStringLiteral("kind"));
    filter.roleAccount = p.value(QStringLiteral("role-account"));
    filter.reporter = p.value(QStringLiteral("reporter"));
    filter.receiver = p.value(QStringLiteral("receiver")).toLower();
    filter.text = p.value(QStringLiteral("search"));
    filter.legalOnly = p.isSet(QStringLiteral("legal"));
    filter.includeHandled = p.isSet(QStringLiteral("all"));
    for (const auto &[name, day] : { std::pair { "from", &filter.from }, { "to", &filter.until } }) {
        if (!p.isSet(QLatin1StringView(name)))
            continue;
        *day = QDate::fromString(p.value(QLatin1StringView(name)), Qt::ISODate);
        if (!day->isValid())
            return cl.fail(Tr::tr("--%1 wants a day as YYYY-MM-DD, not '%2'.")
                               .arg(QLatin1StringView(name), p.value(QLatin1StringView(name))),
                ExitUsage);
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (p.isSet(QStringLiteral("now"))) {
        now = QDateTime::fromString(p.value(QStringLiteral("now")), Qt::ISODate);
        if (!now.isValid())
            return cl.fail(Tr::tr("--now wants a time as 2026-11-02T10:00:00Z, not '%1'.")
                               .arg(p.value(QStringLiteral("now"))),
                ExitUsage);
    }
    const common::FixedClock clock(now.toUTC());

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;
    if (p.isSet(QStringLiteral("customer"))) {
        const QString name = p.value(QStringLiteral("customer"));
        filter.customerId = name == QLatin1String("none") ? 0 : CommandLine::customerNamed(*db, name);
        if (filter.customerId < 0)
            return cl.fail(Tr::tr("There is no customer '%1'.").arg(p.value(QStringLiteral("customer"))));
    }

    for (const char *action : { "acknowledge", "noise" }) {
        if (!p.isSet(QLatin1StringView(action)))
            continue;
        bool ok = false;
        const QList<qint64> ids = idList(p.value(QLatin1StringView(action)), &ok);
        if (!ok)
            return cl.fail(
                Tr::tr("--%1 wants evidence ids separated by commas.").arg(QLatin1StringView(action)),
                ExitUsage);
        triage::TriageActions actions(*db, CommandLine::analystName(), clock);
        const bool done = qstrcmp(action, "noise") == 0 ? actions.markNoise(ids) : actions.acknowledge(ids);
        if (!done)
            return cl.fail(actions.lastError());
        if (!p.isSet(QStringLiteral("json")))
            out << actions.lastDescription() << '\n';
        return ExitOk;
    }

    const triage::TriageQueue queue(*db, clock);
    if (p.isSet(QStringLiteral("facet"))) {
        const QList<triage::FacetValue> values = queue.facet(p.value(QStringLiteral("facet")), filter);
        if (!queue.lastError().isEmpty())
            return cl.fail(queue.lastError(), ExitUsage);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const triage::FacetValue &v : values)
                array.append(QJsonObject { { QStringLiteral("value"), v.value },
                    { QStringLiteral("label"), v.label }, { QStringLiteral("count"), v.count } });
            out << QJsonDocument(QJsonObject { { QStringLiteral("facet"), p.value(QStringLiteral("facet")) },
                                     { QStringLiteral("values"), array } })
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            for (const triage::FacetValue &v : values)
                out << v.count << '\t' << v.label << '\n';
        }
        return ExitOk;
    }

    QList<findings::Finding> found;
    if (!p.isSet(QStringLiteral("no-findings"))) {
        findings::FindingsEngine engine(*db);
        found = engine.run({});
    }
    const QList<triage::TriageItem> items = queue.items(filter, found);
    if (!queue.lastError().isEmpty())
        return cl.fail(queue.lastError());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const triage::TriageItem &it : items) {
            QJsonObject o { { QStringLiteral("type"), typeName(it.type) },
                { QStringLiteral("group"), it.group }, { QStringLiteral("kind"), it.kind },
                { QStringLiteral("legal"), it.legal }, { QStringLiteral("customer_id"), it.customerId },
                { QStringLiteral("customer"), it.customerName }, { QStringLiteral("subject"), it.subject },
                { QStringLiteral("count"), it.count } };
            if (it.evidenceId)
                o.insert(QStringLiteral("evidence_id"), it.evidenceId);
            if (it.receivedAt.isValid())
                o.insert(QStringLiteral("received_at"), it.receivedAt.toUTC().toString(Qt::ISODate));
            if (it.needsAnswer) {
                o.insert(QStringLiteral("deadline"), it.deadline.toUTC().toString(Qt::ISODate));
                o.insert(QStringLiteral("seconds_left"), it.secondsLeft);
                o.insert(QStringLiteral("overdue"), it.secondsLeft < 0);
            }
            for (const auto &[key, value] : { std::pair { "role_account", it.roleAccount },
                     { "reporter", it.reporter }, { "receiver", it.receiver }, { "campaign", it.campaign },
                     { "state", it.state }, { "finding_key", it.findingKey } })
                if (!value.isEmpty())
                    o.insert(QLatin1StringView(key), value);
            if (it.ratePercent >= 0)
                o.insert(QStringLiteral("rate_percent"), it.ratePercent);
            if (it.type != triage::TriageItem::Type::Message) {
                QJsonArray ids;
                for (const qint64 id : queue.evidenceOf(it, filter))
                    ids.append(id);
                o.insert(QStringLiteral("evidence_ids"), ids);
            }
            array.append(o);
        }
        out << QJsonDocument(QJsonObject { { QStringLiteral("now"), now.toUTC().toString(Qt::ISODate) },
                                 { QStringLiteral("items"), array } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return ExitOk;
    }
    if (items.isEmpty()) {
        out << Tr::tr("Nothing waits for you.") << '\n';
        return ExitOk;
    }
    for (const triage::TriageItem &it : items) {
        const QString when
            = it.needsAnswer ? triage::AcknowledgementClock::describe(it.secondsLeft) : QString();
        const QString what = it.type == triage::TriageItem::Type::Message ? it.kind : typeName(it.type);
        out << (it.legal ? QStringLiteral("LEGAL ") : QString()) << what << '\t'
            << (it.evidenceId && it.type == triage::TriageItem::Type::Message ? QString::number(it.evidenceId)
                                                                              : QStringLiteral("-"))
            << '\t' << (it.customerName.isEmpty() ? QStringLiteral("?") : it.customerName) << '\t'
            << it.subject << (when.isEmpty() ? QString() : QStringLiteral("\t(") + when + QLatin1Char(')'))
            << '\n';
    }
    return ExitOk;
}

} // namespace abusedesk::cli
