// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/DeliveryLogs.h"

#include "demo/DeliveryEvidence.h"
#include "demo/EximLog.h"
#include "demo/Gzip.h"
#include "demo/MailDate.h"
#include "demo/PlantedFindings.h"
#include "demo/PostfixLog.h"
#include "demo/PowerMtaAccounting.h"
#include "demo/SendLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <array>
#include <tuple>

namespace abusedesk::demo {

namespace {

// What happened to the recipients of one customer (at one domain, on one day).
struct Counts
{
    qint64 delivered = 0;
    qint64 deferred = 0;
    qint64 hard = 0;
    qint64 soft = 0; // expired included
    qint64 spam = 0;
    qint64 expired = 0;
    qint64 optOuts = 0;

    void add(const Attempt &a)
    {
        switch (a.result) {
        case Attempt::Result::Delivered:
            ++delivered;
            break;
        case Attempt::Result::Deferred:
            ++deferred;
            break;
        case Attempt::Result::Expired:
            ++expired;
            ++soft;
            break;
        case Attempt::Result::Bounced:
            if (a.bounceClass == QLatin1String("hard"))
                ++hard;
            else if (a.bounceClass == QLatin1String("spam"))
                ++spam;
            else
                ++soft;
            break;
        }
    }

    [[nodiscard]] qint64 bounced() const { return hard + soft + spam; }

    void insertInto(QJsonObject &o) const
    {
        o.insert(QStringLiteral("delivered"), delivered);
        o.insert(QStringLiteral("deferred"), deferred);
        o.insert(QStringLiteral("hard"), hard);
        o.insert(QStringLiteral("soft"), soft);
        o.insert(QStringLiteral("spam"), spam);
        o.insert(QStringLiteral("expired"), expired);
        o.insert(QStringLiteral("opt_outs"), optOuts);
    }
};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// part / whole in percent, rounded to three decimals (computed in integers: the same digits
// everywhere).
double percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0;
    const qint64 thousandths = (part * 100000 * 2 + whole) / (2 * whole);
    return double(thousandths) / 1000.0;
}

QString behaviourName(Behaviour b)
{
    switch (b) {
    case Behaviour::Good:
        return QStringLiteral("good");
    case Behaviour::ComplaintHeavy:
        return QStringLiteral("complaint-heavy");
    case Behaviour::PurchasedList:
        return QStringLiteral("purchased-list");
    case Behaviour::Blocklisted:
        return QStringLiteral("blocklisted");
    case Behaviour::Small:
        return QStringLiteral("small");
    case Behaviour::Stranger:
        break;
    }
    return {};
}

QByteArray array(const QList<QByteArray> &items)
{
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < items.size(); ++i)
        out += items.at(i) + (i + 1 < items.size() ? ",\n" : "\n");
    return out + ']';
}

} // namespace

DeliveryLogs::DeliveryLogs(const CustomerRoster &roster, qint64 periodStart, qint64 periodEnd, int scale,
    DemoRandom random, const QList<SentMail> &sent, const QMap<QString, int> &complaints,
    const QMap<QString, int> &feedbackReports, const QList<PlannedComplaint> &complainants,
    const QMap<QString, int> &trapReports)
    : m_roster(roster)
    , m_plan(roster, periodStart, periodEnd, scale, random.fork(1), sent, complaints, complainants)
    , m_complaints(complaints)
    , m_feedbackReports(feedbackReports)
    , m_trapReports(trapReports)
{
    m_files += PostfixLog::render(m_plan, periodStart, periodEnd, random.fork(2));
    m_files += EximLog::render(m_plan, periodStart, periodEnd, random.fork(3));
    m_files += PowerMtaAccounting::render(m_plan, roster, periodStart, random.fork(4));
    m_files += SendLog::render(m_plan, roster);
    m_files += SendLog::profile();
    m_files += DeliveryEvidence::optOuts(m_plan, roster);
    m_files += DeliveryEvidence::seedResults(m_plan, roster);
    m_files += DeliveryEvidence::listings(m_plan);
    for (LogFile &file : m_files) {
        if (file.modified == 0)
            file.modified = periodEnd;
    }
}

bool DeliveryLogs::writeTo(const QString &folder, QString *error)
{
    const QDir dir(folder);
    for (LogFile &file : m_files) {
        const QString path = dir.filePath(file.path);
        QFile out(path);
        if (!QDir().mkpath(QFileInfo(path).path()) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(file.gzip ? Gzip::compress(file.text) : file.text) < 0 || !out.flush()) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
            return false;
        }
        // A log's modification time is when its last line was written, not when the demo ran:
        // importers take the year of syslog lines from it.
        out.setFileTime(QDateTime::fromSecsSinceEpoch(file.modified + 1, QTimeZone::UTC),
            QFileDevice::FileModificationTime);
        out.close();
        file.text.clear();
        file.text.squeeze();
    }
    return true;
}

QByteArray DeliveryLogs::expectedJson() const
{
    const QList<DemoCustomer> &customers = m_roster.customers();
    const int own = int(customers.size()); // the ESP's own mail, after the customers
    auto slot = [own](int customer) { return customer < 0 ? own : customer; };

    QList<Counts> totals(own + 1);
    QMap<Platform, Counts> platforms;
    QMap<Platform, qint64> platformMessages;
    QMap<std::tuple<int, QString, QString>, Counts> days;
    for (const PlannedMessage &m : m_plan.messages()) {
        ++platformMessages[m.platform];
        for (const PlannedRecipient &r : m.recipients) {
            for (const Attempt &a : r.attempts) {
                totals[slot(m.customer)].add(a);
                platforms[m.platform].add(a);
                days[{ slot(m.customer), r.receiver.domain, MailDate::isoDay(a.at) }].add(a);
            }
        }
    }
    for (const PlannedOptOut &o : m_plan.optOuts()) {
        ++totals[slot(o.customer)].optOuts;
        ++days[{ slot(o.customer), o.recipient.section(QLatin1Char('@'), 1), MailDate::isoDay(o.at) }]
              .optOuts;
    }

    // Seed-test placements per customer, and per customer and UTC day checked.
    using Placements = std::array<qint64, 3>; // inbox, junk, missing
    auto placementIndex = [](const QString &placement) {
        return placement == QLatin1String("inbox") ? 0 : placement == QLatin1String("junk") ? 1 : 2;
    };
    QList<Placements> seedTotals(own, Placements {});
    QMap<std::pair<int, QString>, Placements> seedDays;
    for (const PlannedSeedResult &r : m_plan.seedResults()) {
        const int p = placementIndex(r.placement);
        ++seedTotals[r.customer][p];
        ++seedDays[{ r.customer, MailDate::isoDay(r.at) }][p];
    }
    auto placementsJson = [](QJsonObject &o, const Placements &p) {
        o.insert(QStringLiteral("inbox"), p[0]);
        o.insert(QStringLiteral("junk"), p[1]);
        o.insert(QStringLiteral("missing"), p[2]);
    };

    QList<QByteArray> logFiles;
    for (const LogFile &f : m_files) {
        if (f.format == QLatin1String("send-log-profile"))
            continue;
        QJsonObject o { { QStringLiteral("file"), f.path }, { QStringLiteral("format"), f.format },
            { QStringLiteral("lines"), f.lines }, { QStringLiteral("records"), f.records },
            { QStringLiteral("modified"), MailDate::isoUtc(f.modified + 1) } };
        if (f.gzip)
            o.insert(QStringLiteral("compressed"), QStringLiteral("gzip"));
        if (f.format == QLatin1String("postfix"))
            o.insert(QStringLiteral("overlap_lines"), f.overlap);
        logFiles.append(compact(o));
    }

    QList<QByteArray> byPlatform;
    for (auto it = platforms.cbegin(); it != platforms.cend(); ++it) {
        QJsonObject o { { QStringLiteral("platform"), platformName(it.key()) },
            { QStringLiteral("messages"), platformMessages.value(it.key()) },
            { QStringLiteral("records"), it->delivered + it->deferred + it->bounced() } };
        it->insertInto(o);
        o.remove(QStringLiteral("opt_outs"));
        byPlatform.append(compact(o));
    }

    const PlantedFindings planted(m_roster, m_plan, m_complaints, m_trapReports);
    QList<QByteArray> totalLines;
    for (int i = 0; i <= own; ++i) {
        const Counts &c = totals.at(i);
        const bool customer = i < own;
        QJsonArray platformNames;
        for (const Platform p : m_plan.platformsOf(customer ? i : -1))
            platformNames.append(platformName(p));
        QJsonObject o { { QStringLiteral("customer"),
                            customer ? QJsonValue(customers.at(i).id) : QJsonValue() },
            { QStringLiteral("platforms"), platformNames } };
        c.insertInto(o);
        const qint64 finished = c.delivered + c.bounced();
        o.insert(QStringLiteral("hard_bounce_rate_percent"), percent(c.hard, finished));
        o.insert(QStringLiteral("spam_bounce_rate_percent"), percent(c.spam, finished));
        if (customer) {
            const DemoCustomer &dc = customers.at(i);
            const int complaints = m_complaints.value(dc.id);
            o.insert(QStringLiteral("profile"), behaviourName(dc.behaviour));
            o.insert(QStringLiteral("fbl_reports"), m_feedbackReports.value(dc.id));
            o.insert(QStringLiteral("fbl_complaints"), complaints);
            o.insert(QStringLiteral("complaint_rate_percent"), percent(complaints, c.delivered));
            o.insert(QStringLiteral("mailed_after_opt_out"), m_plan.mailedAfterOptOut(i));
            o.insert(QStringLiteral("mailed_after_complaint"), planted.mailedAfterComplaint(i));
            o.insert(QStringLiteral("spam_trap_reports"), m_trapReports.value(dc.id));
            o.insert(QStringLiteral("findings"), QJsonArray::fromStringList(planted.kindsOf(i)));
            QJsonObject seeds;
            placementsJson(seeds, seedTotals.at(i));
            o.insert(QStringLiteral("seed_placement"), seeds);
        } else {
            o.insert(QStringLiteral("profile"), QJsonValue());
        }
        totalLines.append(compact(o));
    }

    QList<QByteArray> findingLines;
    for (const PlantedFinding &f : planted.all()) {
        auto optional
            = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
        QJsonObject o { { QStringLiteral("kind"), f.kind },
            { QStringLiteral("customer"),
                f.customer < 0 ? QJsonValue() : QJsonValue(customers.at(f.customer).id) },
            { QStringLiteral("receiver"), optional(f.receiver) },
            { QStringLiteral("target"), optional(f.target) } };
        if (f.kind == QLatin1String("ip-reputation"))
            o.insert(QStringLiteral("customers"), QJsonArray::fromStringList(f.customers));
        findingLines.append(compact(o));
    }

    QList<QByteArray> dayLines;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const int customer = std::get<0>(it.key());
        QJsonObject o { { QStringLiteral("customer"),
                            customer < own ? QJsonValue(customers.at(customer).id) : QJsonValue() },
            { QStringLiteral("domain"), std::get<1>(it.key()) },
            { QStringLiteral("day"), std::get<2>(it.key()) } };
        it->insertInto(o);
        dayLines.append(compact(o));
    }

    QList<QByteArray> seedLines;
    for (auto it = seedDays.cbegin(); it != seedDays.cend(); ++it) {
        QJsonObject o { { QStringLiteral("customer"), customers.at(it.key().first).id },
            { QStringLiteral("day"), it.key().second } };
        placementsJson(o, it.value());
        seedLines.append(compact(o));
    }

    return "{\n\"log_files\": " + array(logFiles) + ",\n\"by_platform\": " + array(byPlatform)
        + ",\n\"totals\": " + array(totalLines) + ",\n\"findings\": " + array(findingLines)
        + ",\n\"days\": " + array(dayLines) + ",\n\"seed_days\": " + array(seedLines) + "\n}";
}

} // namespace abusedesk::demo
