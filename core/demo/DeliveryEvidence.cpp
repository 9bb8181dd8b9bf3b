// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/DeliveryEvidence.h"

#include "demo/MailDate.h"

namespace abusedesk::demo {

namespace {

LogFile table(const QString &path, const QString &format, const QByteArray &header)
{
    LogFile file;
    file.path = path;
    file.format = format;
    file.text = header + '\n';
    file.lines = 1;
    return file;
}

void addRow(LogFile &file, const QStringList &fields, qint64 at)
{
    QByteArray line;
    for (const QString &f : fields)
        line += (line.isEmpty() ? QByteArray() : QByteArray(",")) + csvField(f);
    file.text += line + '\n';
    ++file.lines;
    ++file.records;
    file.modified = qMax(file.modified, at);
}

} // namespace

LogFile DeliveryEvidence::optOuts(const DeliveryPlan &plan, const CustomerRoster &roster)
{
    LogFile file = table(QStringLiteral("logs/optouts.csv"), QStringLiteral("opt-out"),
        "time,customer,recipient,reason,source");
    for (const PlannedOptOut &o : plan.optOuts())
        addRow(file,
            { MailDate::isoUtc(o.at), roster.customers().at(o.customer).id, o.recipient, o.reason, o.source },
            o.at);
    return file;
}

LogFile DeliveryEvidence::seedResults(const DeliveryPlan &plan, const CustomerRoster &roster)
{
    LogFile file = table(QStringLiteral("logs/seeds.csv"), QStringLiteral("seed"),
        "campaign,customer,receiver,placement,time");
    for (const PlannedSeedResult &s : plan.seedResults())
        addRow(file,
            { s.campaign, roster.customers().at(s.customer).id, s.receiver, s.placement,
                MailDate::isoUtc(s.at) },
            s.at);
    return file;
}

LogFile DeliveryEvidence::listings(const DeliveryPlan &plan)
{
    LogFile file = table(QStringLiteral("logs/blocklist.csv"), QStringLiteral("blocklist"),
        "list,target,listed,delisted,note");
    for (const PlannedListing &l : plan.listings())
        addRow(file,
            { l.list, l.target, MailDate::isoUtc(l.listed),
                l.delisted == 0 ? QString() : MailDate::isoUtc(l.delisted), l.note },
            qMax(l.listed, l.delisted));
    return file;
}

} // namespace abusedesk::demo
