// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/EximLog.h"

#include "demo/MailDate.h"

#include <algorithm>

namespace abusedesk::demo {

namespace {

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

QByteArray eximTime(qint64 t)
{
    QByteArray iso = MailDate::isoUtc(t).toLatin1();
    iso[10] = ' ';
    iso.chop(1);
    return iso;
}

QByteArray base62(quint64 value, int width)
{
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray out(width, '0');
    for (int i = width - 1; i >= 0; --i) {
        out[i] = digits[value % 62];
        value /= 62;
    }
    return out;
}

// "1qAbCd-000123-Xy": the arrival time, the receiving process and a fraction of the second.
QByteArray messageIdOf(qint64 at, DemoRandom &random)
{
    return base62(quint64(at), 6) + '-' + base62(1000 + random.below(60000), 6) + '-'
        + base62(random.below(3844), 2);
}

QByteArray afterCommand(const Attempt &a, const QByteArray &recipient, const QByteArray &sender, int size)
{
    if (a.stage == QLatin1String("MAIL FROM"))
        return "MAIL FROM:<" + sender + "> SIZE=" + QByteArray::number(size);
    if (a.stage == QLatin1String("RCPT TO"))
        return "RCPT TO:<" + recipient + '>';
    return "end of data";
}

} // namespace

LogFile EximLog::render(const DeliveryPlan &plan, qint64 periodStart, qint64 periodEnd, DemoRandom random)
{
    QList<TimedLine> lines;
    int records = 0;
    for (const PlannedMessage &m : plan.messages()) {
        if (m.platform != Platform::Exim)
            continue;
        const QByteArray id = messageIdOf(m.queuedAt, random);
        const QByteArray sender = utf8(m.sender);
        const int app = qMax(1, m.submission - 1);
        const QByteArray interface = "I=[" + utf8(m.sourceIp) + "]:25";
        auto line = [&](qint64 at, const QByteArray &text) {
            lines.append({ at, eximTime(at) + ' ' + id + ' ' + text });
        };
        line(m.queuedAt,
            "<= " + sender + " H=app" + QByteArray::number(app) + ".esp.example [192.0.2."
                + QByteArray::number(4 + app) + "] P=esmtp S=" + QByteArray::number(m.size)
                + " id=" + utf8(m.messageId));

        // Every attempt in time order: recipients delivered in the same connection get "->".
        struct Step
        {
            const PlannedRecipient *recipient;
            const Attempt *attempt;
        };
        QList<Step> steps;
        for (const PlannedRecipient &r : m.recipients) {
            for (const Attempt &a : r.attempts)
                steps.append({ &r, &a });
        }
        std::stable_sort(steps.begin(), steps.end(),
            [](const Step &a, const Step &b) { return a.attempt->at < b.attempt->at; });
        qint64 done = m.queuedAt;
        const Step *previous = nullptr;
        for (const Step &step : std::as_const(steps)) {
            const Attempt &a = *step.attempt;
            const PlannedRecipient &r = *step.recipient;
            const QByteArray rcpt = utf8(r.address);
            const QByteArray host = "H=" + utf8(r.mx) + " [" + utf8(r.mxIp) + "] ";
            done = qMax(done, a.at);
            ++records;
            switch (a.result) {
            case Attempt::Result::Delivered: {
                const bool sameConnection = previous
                    && previous->attempt->result == Attempt::Result::Delivered
                    && previous->attempt->at == a.at && previous->recipient->mx == r.mx;
                line(a.at,
                    (sameConnection ? "-> " : "=> ") + rcpt + " R=dnslookup T=remote_smtp " + host
                        + interface + " X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"" + utf8(a.reply)
                        + '"');
                break;
            }
            case Attempt::Result::Deferred:
                if (a.reply.isEmpty())
                    line(a.at,
                        "== " + rcpt + " R=dnslookup T=remote_smtp defer (110) " + host
                            + interface + ": Connection timed out");
                else
                    line(a.at,
                        "== " + rcpt + " R=dnslookup T=remote_smtp defer (-45) " + host
                            + interface + ": SMTP error from remote mail server after "
                            + afterCommand(a, rcpt, sender, m.size) + ": " + utf8(a.reply));
                break;
            case Attempt::Result::Bounced:
                if (r.mx.isEmpty())
                    line(a.at, "** " + rcpt + ": Unrouteable address");
                else if (a.reply.isEmpty())
                    line(a.at,
                        "** " + rcpt + " R=dnslookup T=remote_smtp " + host + interface + ": "
                            + utf8(a.problem));
                else
                    line(a.at,
                        "** " + rcpt + " R=dnslookup T=remote_smtp " + host
                            + interface + ": SMTP error from remote mail server after "
                            + afterCommand(a, rcpt, sender, m.size) + ": " + utf8(a.reply));
                break;
            case Attempt::Result::Expired:
                line(a.at, "** " + rcpt + " R=dnslookup T=remote_smtp: retry timeout exceeded");
                break;
            }
            previous = &step;
        }
        line(done, "Completed");
    }

    // Queue runners every half hour, and the connections of the application servers.
    for (qint64 t = periodStart + 60 * random.between(1, 29); t < periodEnd; t += 1800) {
        const QByteArray pid = QByteArray::number(1000 + random.below(60000));
        lines.append({ t, eximTime(t) + " Start queue run: pid=" + pid });
        const qint64 end = t + random.between(0, 40);
        lines.append({ end, eximTime(end) + " End queue run: pid=" + pid });
    }
    for (qint64 day = periodStart; day < periodEnd; day += DeliveryPlan::Day) {
        for (int i = 0; i < 6; ++i) {
            const qint64 at = day + qint64(random.below(DeliveryPlan::Day - 600));
            const QByteArray app = QByteArray::number(1 + random.below(4));
            const QByteArray peer = "app" + app + ".esp.example [192.0.2."
                + QByteArray::number(4 + app.toInt())
                + "]:" + QByteArray::number(32768 + random.below(28000));
            lines.append({ at,
                eximTime(at) + " SMTP connection from " + peer
                    + " (TCP/IP connection count = " + QByteArray::number(random.between(1, 5)) + ')' });
            const qint64 closed = at + random.between(1, 300);
            lines.append({ closed, eximTime(closed) + " SMTP connection from " + peer + " closed by QUIT" });
        }
        const qint64 at = day + qint64(random.below(DeliveryPlan::Day));
        lines.append({ at,
            eximTime(at) + " rejected EHLO from [203.0.113." + QByteArray::number(230 + random.below(20))
                + "]: syntactically invalid argument(s): " + random.token(6) + "_" + random.token(4) });
    }
    sortByTime(lines);

    LogFile file;
    file.path = QStringLiteral("logs/exim/mainlog");
    file.format = QStringLiteral("exim");
    for (const TimedLine &l : std::as_const(lines)) {
        file.text += l.text + '\n';
        file.modified = l.at;
    }
    file.lines = int(lines.size());
    file.records = records;
    return file;
}

} // namespace abusedesk::demo
