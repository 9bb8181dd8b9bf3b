// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/PowerMtaAccounting.h"

#include "demo/MailDate.h"

namespace abusedesk::demo {

namespace {

QByteArray pmtaTime(qint64 t)
{
    QByteArray iso = MailDate::isoUtc(t).toLatin1();
    iso[10] = ' ';
    iso.chop(1);
    return iso + "+0000";
}

// RFC 3463's words for a status, as PowerMTA adds them.
QString describe(const QString &status)
{
    struct Known
    {
        const char *code;
        const char *words;
    };
    static const Known known[] = { { "2.0.0", "success" }, { "5.1.1", "bad destination mailbox address" },
        { "5.1.2", "bad destination system address" }, { "5.4.4", "unable to route" },
        { "5.2.2", "mailbox full" }, { "4.2.2", "mailbox full" },
        { "5.2.1", "mailbox disabled, not accepting messages" }, { "4.4.1", "no answer from host" },
        { "4.4.2", "bad connection" }, { "4.4.7", "delivery time expired" },
        { "5.5.0", "other or undefined protocol status" } };
    for (const Known &k : known) {
        if (status == QLatin1String(k.code))
            return status + QStringLiteral(" (") + QString::fromLatin1(k.words) + QLatin1Char(')');
    }
    if (status.mid(1, 2) == QLatin1String(".7"))
        return status + QStringLiteral(" (delivery not authorized, message refused)");
    return status + QStringLiteral(" (other or undefined status)");
}

// PowerMTA's bounce categories.
QString categoryOf(const QString &reason)
{
    struct Known
    {
        const char *reason;
        const char *category;
    };
    static const Known known[] = { { "user-unknown", "bad-mailbox" }, { "domain-unknown", "bad-domain" },
        { "mailbox-full", "quota-issues" }, { "mailbox-disabled", "inactive-mailbox" },
        { "network-error", "no-answer-from-host" }, { "expired", "message-expired" },
        { "rate-limited", "policy-related" }, { "reputation-block", "spam-related" },
        { "blocklisted", "spam-related" }, { "spam-content", "content-related" },
        { "policy", "policy-related" } };
    for (const Known &k : known) {
        if (reason == QLatin1String(k.reason))
            return QString::fromLatin1(k.category);
    }
    return QStringLiteral("other");
}

} // namespace

QList<LogFile> PowerMtaAccounting::render(
    const DeliveryPlan &plan, const CustomerRoster &roster, qint64 periodStart, DemoRandom random)
{
    QList<TimedLine> records;
    for (const PlannedMessage &m : plan.messages()) {
        if (m.platform != Platform::PowerMta)
            continue;
        const QString vmta = m.customer >= 0 ? roster.customers().at(m.customer).id : QStringLiteral("esp");
        const QString envId = QString::fromLatin1(random.token(12));
        const int app = qMax(1, m.submission - 1);
        const QString source = QStringLiteral("app%1.esp.example (192.0.2.%2)").arg(app).arg(4 + app);
        for (const PlannedRecipient &r : m.recipients) {
            for (const Attempt &a : r.attempts) {
                const bool connected = !a.reply.isEmpty();
                QString type = QStringLiteral("d");
                QString action = QStringLiteral("relayed");
                if (a.result == Attempt::Result::Deferred) {
                    type = QStringLiteral("t");
                    action = QStringLiteral("delayed");
                } else if (a.result != Attempt::Result::Delivered) {
                    type = QStringLiteral("b");
                    action = QStringLiteral("failed");
                }
                const QStringList fields { type, QString::fromLatin1(pmtaTime(a.at)),
                    QString::fromLatin1(pmtaTime(m.queuedAt)), m.sender, r.address,
                    QStringLiteral("rfc822;") + r.address, action, describe(a.status),
                    connected ? QStringLiteral("smtp;") + a.reply : a.problem,
                    connected ? r.mx + QStringLiteral(" (") + r.mxIp + QLatin1Char(')') : QString(),
                    a.result == Attempt::Result::Delivered ? QString() : categoryOf(a.reason),
                    QStringLiteral("smtp"), source, QStringLiteral("smtp"), m.sourceIp,
                    connected ? r.mxIp : QString(),
                    connected ? QStringLiteral("PIPELINING,SIZE,STARTTLS,ENHANCEDSTATUSCODES,8BITMIME")
                              : QString(),
                    QString::number(m.size), vmta, m.campaign, envId,
                    r.receiver.domain + QLatin1Char('/') + vmta, QStringLiteral("shared-pool") };
                QByteArray line;
                for (const QString &f : fields)
                    line += (line.isEmpty() ? QByteArray() : QByteArray(",")) + csvField(f);
                records.append({ a.at, line });
            }
        }
    }
    sortByTime(records);

    // A new file every seven days, named after the day it starts.
    QList<LogFile> files;
    for (const TimedLine &record : std::as_const(records)) {
        const qint64 week = (record.at - periodStart) / (7 * DeliveryPlan::Day);
        const QString path = QStringLiteral("logs/powermta/acct-%1.csv")
                                 .arg(MailDate::isoDay(periodStart + week * 7 * DeliveryPlan::Day));
        if (files.isEmpty() || files.constLast().path != path) {
            LogFile file;
            file.path = path;
            file.format = QStringLiteral("powermta");
            file.text = QByteArray(Header) + '\n';
            file.lines = 1;
            files.append(file);
        }
        LogFile &file = files.last();
        file.text += record.text + '\n';
        ++file.lines;
        ++file.records;
        file.modified = record.at;
    }
    return files;
}

} // namespace abusedesk::demo
