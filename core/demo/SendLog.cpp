// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/SendLog.h"

#include "demo/MailDate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace abusedesk::demo {

LogFile SendLog::render(const DeliveryPlan &plan, const CustomerRoster &roster)
{
    QList<TimedLine> rows;
    for (const PlannedMessage &m : plan.messages()) {
        if (m.platform != Platform::SendLog)
            continue;
        const QString account = m.customer >= 0 ? roster.customers().at(m.customer).id : QString();
        for (const PlannedRecipient &r : m.recipients) {
            for (const Attempt &a : r.attempts) {
                QString outcome;
                switch (a.result) {
                case Attempt::Result::Delivered:
                    outcome = QStringLiteral("delivered");
                    break;
                case Attempt::Result::Deferred:
                    outcome = QStringLiteral("deferred");
                    break;
                case Attempt::Result::Bounced:
                    outcome = QStringLiteral("bounced");
                    break;
                case Attempt::Result::Expired:
                    outcome = QStringLiteral("expired");
                    break;
                }
                const QStringList fields { MailDate::isoUtc(a.at), account, m.campaign, m.sourceIp, m.sender,
                    r.address, outcome, a.status, a.reply.isEmpty() ? a.problem : a.reply };
                QByteArray line;
                for (const QString &f : fields)
                    line += (line.isEmpty() ? QByteArray() : QByteArray(",")) + csvField(f);
                rows.append({ a.at, line });
            }
        }
    }
    sortByTime(rows);
    LogFile file;
    file.path = QStringLiteral("logs/sendlog.csv");
    file.format = QStringLiteral("send-log");
    file.text = "ts,account,campaign_ref,ip,mail_from,to,outcome,smtp_status,detail\n";
    file.lines = 1;
    for (const TimedLine &row : std::as_const(rows)) {
        file.text += row.text + '\n';
        ++file.lines;
        ++file.records;
        file.modified = row.at;
    }
    return file;
}

LogFile SendLog::profile()
{
    const QJsonObject columns { { QStringLiteral("time"), QStringLiteral("ts") },
        { QStringLiteral("customer"), QStringLiteral("account") },
        { QStringLiteral("campaign"), QStringLiteral("campaign_ref") },
        { QStringLiteral("sending_ip"), QStringLiteral("ip") },
        { QStringLiteral("envelope_sender"), QStringLiteral("mail_from") },
        { QStringLiteral("recipient"), QStringLiteral("to") },
        { QStringLiteral("result"), QStringLiteral("outcome") },
        { QStringLiteral("status"), QStringLiteral("smtp_status") },
        { QStringLiteral("diagnostic"), QStringLiteral("detail") } };
    const QJsonObject profile { { QStringLiteral("name"), QStringLiteral("Demo API platform") },
        { QStringLiteral("kind"), QStringLiteral("send-log") },
        { QStringLiteral("separator"), QStringLiteral(",") }, { QStringLiteral("columns"), columns },
        { QStringLiteral("timeFormat"), QString() }, { QStringLiteral("timeZone"), QStringLiteral("UTC") },
        { QStringLiteral("resultWords"), QJsonObject() } };
    LogFile file;
    file.path = QStringLiteral("logs/sendlog-profile.json");
    file.format = QStringLiteral("send-log-profile");
    file.text = QJsonDocument(profile).toJson(QJsonDocument::Indented);
    file.lines = int(file.text.count('\n'));
    file.records = int(columns.size());
    return file;
}

} // namespace abusedesk::demo
