// SPDX-License-Identifier: GPL-2.0-or-later
#include "CasesCommand.h"

#include "CommandLine.h"
#include "cases/CaseStore.h"
#include "cases/EscalationLadder.h"
#include "cases/EvidenceBundle.h"
#include "storage/Database.h"

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

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject caseJson(const cases::CaseRecord &c)
{
    return { { QStringLiteral("id"), c.id }, { QStringLiteral("customer_id"), c.customerId },
        { QStringLiteral("customer"), c.customerName }, { QStringLiteral("category"), c.category },
        { QStringLiteral("severity"), c.severity }, { QStringLiteral("status"), c.status },
        { QStringLiteral("outcome"), c.outcome }, { QStringLiteral("title"), c.title },
        { QStringLiteral("owner"), c.owner }, { QStringLiteral("finding_key"), c.findingKey },
        { QStringLiteral("opened_at"), iso(c.openedAt) }, { QStringLiteral("updated_at"), iso(c.updatedAt) },
        { QStringLiteral("closed_at"), iso(c.closedAt) }, { QStringLiteral("evidence"), c.evidenceCount },
        { QStringLiteral("minutes"), c.minutes } };
}

} // namespace

int runCases(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("cases"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    QCommandLineParser &p = cl.parser();
    p.addOption(
        { QStringLiteral("customer"), Tr::tr("The customer (external id or id)."), QStringLiteral("ID") });
    p.addOption({ QStringLiteral("open-only"), Tr::tr("List only open and waiting cases.") });
    p.addOption(
        { QStringLiteral("show"), Tr::tr("Show one case with its timeline."), QStringLiteral("CASE") });
    p.addOption({ QStringLiteral("open"),
        Tr::tr("Open a case (with --category, --customer, --severity, --title, --evidence).") });
    p.addOption({ QStringLiteral("category"), Tr::tr("The case category (complaint-rate, hard-bounces, …)."),
        QStringLiteral("CATEGORY") });
    p.addOption(
        { QStringLiteral("severity"), Tr::tr("1 (critical) to 4 (low); default 3."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("title"), Tr::tr("The case's title."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("evidence"), Tr::tr("Evidence ids to link (comma-separated)."),
        QStringLiteral("IDS") });
    p.addOption({ QStringLiteral("note"), Tr::tr("Add a note (--text) to a case."), QStringLiteral("CASE") });
    p.addOption({ QStringLiteral("time"), Tr::tr("Log time on a case (--minutes, --text)."),
        QStringLiteral("CASE") });
    p.addOption({ QStringLiteral("minutes"), Tr::tr("Minutes spent."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("status"), Tr::tr("Change a case's status (--to, --outcome, --text)."),
        QStringLiteral("CASE") });
    p.addOption({ QStringLiteral("to"),
        Tr::tr("The new status (open, waiting-on-customer, resolved, closed)."), QStringLiteral("STATUS") });
    p.addOption({ QStringLiteral("outcome"),
        Tr::tr("The outcome (educated, warned, suspended, terminated, no-action)."),
        QStringLiteral("OUTCOME") });
    p.addOption({ QStringLiteral("ladder"),
        Tr::tr("Move --customer to a ladder step (0-4) with a reason (--text)."), QStringLiteral("STEP") });
    p.addOption({ QStringLiteral("case"), Tr::tr("The case a ladder decision is taken in."),
        QStringLiteral("CASE") });
    p.addOption({ QStringLiteral("text"), Tr::tr("The note, activity or reason."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("bundle"),
        Tr::tr("Write the evidence bundle of a case (--out FILE.zip): the original messages byte-for-byte "
               "and a manifest of their SHA-256s, sources and imports."),
        QStringLiteral("CASE") });
    p.addOption({ QStringLiteral("out"), Tr::tr("The .zip --bundle writes."), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("json"), Tr::tr("Print JSON.") });
    if (const int code
        = cl.parse(Tr::tr("Cases: list, show with the timeline, open, add notes and time, change the "
                          "status; the escalation ladder of a customer."));
        code >= 0)
        return code;
    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;
    cases::CaseStore store(*db);
    const bool json = p.isSet(QStringLiteral("json"));
    qint64 customer = -1;
    if (p.isSet(QStringLiteral("customer"))) {
        customer = CommandLine::customerNamed(*db, p.value(QStringLiteral("customer")));
        if (customer < 0)
            return cl.fail(Tr::tr("There is no customer '%1'.").arg(p.value(QStringLiteral("customer"))));
    }
    auto caseArg = [&p](const char *name) { return p.value(QLatin1StringView(name)).toLongLong(); };
    const QString text = p.value(QStringLiteral("text"));

    if (p.isSet(QStringLiteral("open"))) {
        cases::NewCase c;
        c.customerId = std::max<qint64>(customer, 0);
        c.category = p.value(QStringLiteral("category"));
        c.severity = p.isSet(QStringLiteral("severity")) ? p.value(QStringLiteral("severity")).toInt() : 3;
        c.title = p.value(QStringLiteral("title"));
        c.note = text;
        for (const QString &id :
            p.value(QStringLiteral("evidence")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.evidenceIds.append(id.trimmed().toLongLong());
        const qint64 id = store.open(c, CommandLine::analystName());
        if (!id)
            return cl.fail(store.lastError(), ExitUsage);
        out << (json
                ? QString::fromUtf8(QJsonDocument(caseJson(*store.find(id))).toJson(QJsonDocument::Compact))
                : Tr::tr("Case %1 opened.").arg(id))
            << '\n';
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("bundle"))) {
        const QString path = p.value(QStringLiteral("out"));
        if (path.isEmpty())
            return cl.fail(Tr::tr("--bundle needs --out FILE.zip."), ExitUsage);
        cases::EvidenceBundle bundle(*db);
        if (!bundle.write(caseArg("bundle"), path, CommandLine::analystName()))
            return cl.fail(bundle.error());
        const cases::BundleSummary &s = bundle.summary();
        if (json) {
            out << QJsonDocument(
                QJsonObject { { QStringLiteral("path"), s.path }, { QStringLiteral("case"), s.caseId },
                    { QStringLiteral("messages"), s.messages.size() }, { QStringLiteral("bytes"), s.bytes } })
                       .toJson(QJsonDocument::Compact)
                << '\n';
            return ExitOk;
        }
        out << Tr::tr("Evidence bundle of case %1 written to %2 (messages: %3, %4 bytes); their SHA-256s, "
                      "sources and imports are in %5 and %6.")
                   .arg(QString::number(s.caseId), s.path, QString::number(s.messages.size()),
                       QString::number(s.bytes), QString::fromLatin1(cases::EvidenceBundle::ManifestCsv),
                       QString::fromLatin1(cases::EvidenceBundle::ManifestJson))
            << '\n';
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("note"))) {
        if (!store.addNote(caseArg("note"), CommandLine::analystName(), text))
            return cl.fail(store.lastError());
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("time"))) {
        if (!store.addTimeEntry(caseArg("time"), CommandLine::analystName(),
                p.value(QStringLiteral("minutes")).toInt(), text))
            return cl.fail(store.lastError());
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("status"))) {
        if (!store.setStatus(caseArg("status"), p.value(QStringLiteral("to")),
                p.value(QStringLiteral("outcome")), CommandLine::analystName(), text))
            return cl.fail(store.lastError());
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("ladder"))) {
        if (customer <= 0)
            return cl.fail(Tr::tr("--ladder needs --customer."), ExitUsage);
        cases::EscalationLadder ladder(*db);
        if (!ladder.decide(customer, p.value(QStringLiteral("ladder")).toInt(), {}, text,
                CommandLine::analystName(), caseArg("case")))
            return cl.fail(ladder.lastError());
        const cases::LadderPosition now = ladder.positionOf(customer);
        out << Tr::tr("Now at %1 (%2).").arg(now.stepLabel, now.status) << '\n';
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("show"))) {
        const std::optional<cases::CaseRecord> c = store.find(caseArg("show"));
        if (!c)
            return cl.fail(Tr::tr("There is no case %1.").arg(p.value(QStringLiteral("show"))));
        const QList<cases::CaseEvent> events = store.timeline(c->id);
        if (json) {
            QJsonObject o = caseJson(*c);
            QJsonArray timeline;
            for (const cases::CaseEvent &e : events)
                timeline.append(QJsonObject { { QStringLiteral("at"), iso(e.at) },
                    { QStringLiteral("author"), e.author }, { QStringLiteral("type"), e.type },
                    { QStringLiteral("text"), e.text }, { QStringLiteral("data"), e.data } });
            o.insert(QStringLiteral("timeline"), timeline);
            QJsonArray evidence;
            for (const qint64 id : store.evidenceOf(c->id))
                evidence.append(id);
            o.insert(QStringLiteral("evidence_ids"), evidence);
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            return ExitOk;
        }
        out << Tr::tr("Case %1: %2").arg(c->id).arg(c->title) << '\n'
            << Tr::tr("  %1, severity %2, %3%4, customer %5, %6 evidence items, %7 minutes")
                   .arg(cases::CaseStore::categoryLabel(c->category),
                       cases::CaseStore::severityLabel(c->severity), cases::CaseStore::statusLabel(c->status),
                       c->outcome.isEmpty() ? QString()
                                            : QStringLiteral(" (")
                               + cases::CaseStore::outcomeLabel(c->outcome) + QLatin1Char(')'),
                       c->customerName.isEmpty() ? QStringLiteral("?") : c->customerName)
                   .arg(c->evidenceCount)
                   .arg(c->minutes)
            << '\n';
        for (const cases::CaseEvent &e : events)
            out << "  " << iso(e.at) << "  " << e.author << "  " << e.text << '\n';
        return ExitOk;
    }
    const QList<cases::CaseRecord> list
        = store.cases({ .customerId = customer, .openOnly = p.isSet(QStringLiteral("open-only")) });
    if (json) {
        QJsonArray array;
        for (const cases::CaseRecord &c : list)
            array.append(caseJson(c));
        out << QJsonDocument(QJsonObject { { QStringLiteral("cases"), array } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return ExitOk;
    }
    if (list.isEmpty())
        out << Tr::tr("No cases.") << '\n';
    for (const cases::CaseRecord &c : list)
        out << c.id << '\t' << cases::CaseStore::statusLabel(c.status) << '\t' << c.severity << '\t'
            << (c.customerName.isEmpty() ? QStringLiteral("?") : c.customerName) << '\t' << c.title << '\n';
    return ExitOk;
}

} // namespace abusedesk::cli
