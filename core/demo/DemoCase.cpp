// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/DemoCase.h"

#include "demo/BounceGenerator.h"
#include "demo/CustomerRoster.h"
#include "demo/DeliveryLogs.h"
#include "demo/DemoRandom.h"
#include "demo/FeedbackReportGenerator.h"
#include "demo/MailDate.h"
#include "demo/MboxWriter.h"
#include "demo/RoleAccountMailGenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

namespace abusedesk::demo {

namespace {

// Messages per file for scale 1; the role accounts' mix is RoleAccountMailGenerator's.
constexpr int FeedbackReportsPerScale = 150;
constexpr int BouncesPerScale = 120;

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

DemoCase::DemoCase(DemoOptions options)
    : m_options(options)
{ }

bool DemoCase::writeTo(const QString &folder)
{
    m_summary = {};
    m_error.clear();
    const QDir dir(folder);
    const int scale = qBound(1, m_options.scale, MaxScale);

    // Dates in October and November 2026, moved by the seed; never the clock.
    const qint64 start = MailDate::utcMidnight(2026, 10, 1) + 86400 * qint64(m_options.seed % 16);
    const qint64 end = start + 30 * 86400;
    DemoRandom master(m_options.seed);
    const CustomerRoster roster(master.fork(1), start, end);

    QFile csv(dir.filePath(QStringLiteral("customers.csv")));
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate) || csv.write(roster.csv()) < 0
        || !csv.flush()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(csv.fileName(), csv.errorString());
        return false;
    }
    csv.close();
    m_summary.files.append(
        { QStringLiteral("customers.csv"), int(roster.customers().size()), QStringLiteral("customers") });

    QFile expected(dir.filePath(QStringLiteral("expected.json")));
    if (!expected.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write %1: %2").arg(expected.fileName(), expected.errorString());
        return false;
    }
    QByteArray head = "{\n\"seed\": " + QByteArray::number(m_options.seed)
        + ",\n\"scale\": " + QByteArray::number(scale) + ",\n\"period\": "
        + compact(QJsonObject { { QStringLiteral("start"), MailDate::isoUtc(start) },
            { QStringLiteral("end"), MailDate::isoUtc(end) } })
        + ",\n\"trusted_reporters\": "
        + compact(QJsonArray::fromStringList(RoleAccountMailGenerator::trustedReporters()))
        + ",\n\"role_accounts\": "
        + compact(QJsonArray::fromStringList(RoleAccountMailGenerator::roleAccounts()))
        + ",\n\"customers\": [\n";
    const QJsonArray customers = roster.toJson();
    for (qsizetype i = 0; i < customers.size(); ++i)
        head += compact(customers.at(i)) + (i + 1 < customers.size() ? ",\n" : "\n");
    head += "],\n\"messages\": [\n";
    expected.write(head);
    bool firstMessage = true;
    // What the delivery logs must agree with: the ESP's mail the messages are about, and how many
    // complaints each customer drew (the volumes are fitted to them).
    QList<SentMail> sent;
    QMap<QString, int> complaints;
    QMap<QString, int> feedbackReports;
    QList<PlannedComplaint> complainants;
    QMap<QString, int> trapReports;
    const PlantSink plant = [&](const PlantedMessage &message) {
        expected.write((firstMessage ? QByteArray() : QByteArray(",\n")) + compact(message.toJson()));
        firstMessage = false;
        ++m_summary.kinds[message.kind];
        sent += message.sent;
        if (message.kind == QLatin1String("feedback-report") && !message.customer.isEmpty()) {
            ++feedbackReports[message.customer];
            if (message.facts.value(QStringLiteral("feedback")).toObject().value(QStringLiteral("type"))
                == QLatin1String("abuse"))
                ++complaints[message.customer];
        }
        if (message.customer.isEmpty())
            return; // nothing ties it to a customer: no suppression, no trap hit
        if (!message.complainant.isEmpty())
            complainants.append({ message.customer, message.complainant.toLower(), message.complainedAt });
        if (message.reportsSpamTrap)
            ++trapReports[message.customer];
    };

    // Each file has its own random stream: a change to one kind of mail leaves the others alone.
    struct Part
    {
        QString file;
        std::function<void(MboxWriter &)> generate;
    };
    const QList<Part> parts {
        { QStringLiteral("fbl.mbox"),
            [&](MboxWriter &mbox) {
                FeedbackReportGenerator(roster, start, end, master.fork(2))
                    .write(FeedbackReportsPerScale * scale, mbox, plant);
            } },
        { QStringLiteral("bounces.mbox"),
            [&](MboxWriter &mbox) {
                BounceGenerator(roster, start, end, master.fork(3))
                    .write(BouncesPerScale * scale, mbox, plant);
            } },
        { QStringLiteral("role-accounts.mbox"),
            [&](MboxWriter &mbox) {
                RoleAccountMailGenerator(roster, start, end, master.fork(4)).write(scale, mbox, plant);
            } },
    };
    for (const Part &part : parts) {
        MboxWriter mbox(dir.filePath(part.file));
        if (!mbox.open()) {
            m_error = mbox.error();
            return false;
        }
        part.generate(mbox);
        if (!mbox.close()) {
            m_error = mbox.error();
            return false;
        }
        m_summary.files.append({ part.file, mbox.count(), QStringLiteral("messages") });
    }

    // The logs come last, with a stream of their own: the mail is the same with or without them.
    DeliveryLogs logs(roster, start, end, scale, master.fork(5), sent, complaints, feedbackReports,
        complainants, trapReports);
    if (!logs.writeTo(folder, &m_error))
        return false;
    for (const LogFile &file : logs.files()) {
        QString unit = QStringLiteral("deliveries");
        if (file.format == QLatin1String("opt-out"))
            unit = QStringLiteral("opt-outs");
        else if (file.format == QLatin1String("seed"))
            unit = QStringLiteral("seed-results");
        else if (file.format == QLatin1String("blocklist"))
            unit = QStringLiteral("listings");
        else if (file.format == QLatin1String("send-log-profile"))
            unit = QStringLiteral("columns");
        m_summary.files.append({ file.path, file.records, unit });
    }

    expected.write("\n],\n\"deliveries\": " + logs.expectedJson() + "\n}\n");
    if (!expected.flush() || expected.error() != QFileDevice::NoError) {
        m_error = QStringLiteral("cannot write %1: %2").arg(expected.fileName(), expected.errorString());
        return false;
    }
    expected.close();
    int planted = 0;
    for (const int n : std::as_const(m_summary.kinds))
        planted += n;
    m_summary.files.append({ QStringLiteral("expected.json"), planted, QStringLiteral("expectations") });
    return true;
}

} // namespace abusedesk::demo
