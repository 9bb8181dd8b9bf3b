// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/PostfixLog.h"

#include "demo/MailDate.h"

#include <QMap>

namespace abusedesk::demo {

namespace {

QByteArray latin1(const QString &s)
{
    return s.toUtf8();
}

// "Nov  2 10:00:00", as syslog writes it: no year, no zone (the demo's are UTC).
QByteArray syslogTime(qint64 t)
{
    return MailDate::mboxLine(t).mid(4, 15);
}

// A delay in centiseconds as Postfix writes it: two significant digits below ten seconds.
QByteArray delay(qint64 centis)
{
    if (centis <= 0)
        return "0";
    if (centis >= 1000)
        return QByteArray::number(centis / 100);
    if (centis >= 100) {
        QByteArray s = QByteArray::number(centis / 100) + '.' + QByteArray::number(centis / 10 % 10);
        if (s.endsWith(".0"))
            s.chop(2);
        return s;
    }
    QByteArray s = "0." + QByteArray::number(centis).rightJustified(2, '0');
    while (s.endsWith('0'))
        s.chop(1);
    return s;
}

// Process ids: the daemons that live long keep theirs; the short-lived ones come from a pool that
// changes every day, as Postfix restarts them.
class Processes
{
public:
    explicit Processes(DemoRandom &random)
        : m_random(random)
    { }

    int fixed(const QByteArray &host, const char *program)
    {
        const QByteArray key = host + '/' + program;
        auto it = m_fixed.find(key);
        if (it == m_fixed.end())
            it = m_fixed.insert(key, 700 + int(m_random.below(3000)));
        return it.value();
    }

    int pooled(const QByteArray &host, const char *program, qint64 at, int size)
    {
        const QByteArray key = host + '/' + program + '/' + QByteArray::number(at / DeliveryPlan::Day);
        auto it = m_pools.find(key);
        if (it == m_pools.end()) {
            QList<int> pids;
            for (int i = 0; i < size; ++i)
                pids.append(4000 + int(m_random.below(60000)));
            it = m_pools.insert(key, pids);
        }
        return m_random.pick(it.value());
    }

private:
    DemoRandom &m_random;
    QMap<QByteArray, int> m_fixed;
    QMap<QByteArray, QList<int>> m_pools;
};

class Writer
{
public:
    explicit Writer(QList<TimedLine> &lines)
        : m_lines(lines)
    { }

    void line(qint64 at, const QByteArray &host, const char *program, int pid, const QByteArray &text)
    {
        m_lines.append({ at,
            syslogTime(at) + ' ' + host + ' ' + program + '[' + QByteArray::number(pid) + "]: " + text });
    }

private:
    QList<TimedLine> &m_lines;
};

QByteArray clientOf(int submission)
{
    if (submission == 1)
        return "localhost[127.0.0.1]";
    const int app = submission - 1;
    return "app" + QByteArray::number(app) + ".esp.example[192.0.2." + QByteArray::number(4 + app) + ']';
}

QByteArray heloOf(int submission)
{
    return submission == 1 ? QByteArray("localhost")
                           : "app" + QByteArray::number(submission - 1) + ".esp.example";
}

void renderMessage(const PlannedMessage &m, Writer &out, Processes &pids, DemoRandom &random)
{
    const QByteArray host = latin1(m.host);
    const QByteArray qid = latin1(m.queueId) + ": ";
    const QByteArray sender = latin1(m.sender);
    const qint64 t0 = m.queuedAt;
    const int cleanup = pids.pooled(host, "cleanup", t0, 3);
    const int qmgr = pids.fixed(host, "qmgr");
    const int smtpd = pids.pooled(host, "smtpd", t0, 6);
    const QByteArray client = m.submission == 0 ? QByteArray() : clientOf(m.submission);
    const bool connects = m.submission != 0 && random.chance(15);
    if (m.submission == 0) {
        out.line(
            t0, host, "postfix/pickup", pids.fixed(host, "pickup"), qid + "uid=1001 from=<" + sender + '>');
    } else {
        if (connects)
            out.line(t0, host, "postfix/smtpd", smtpd, "connect from " + client);
        out.line(t0, host, "postfix/smtpd", smtpd, qid + "client=" + client);
    }
    out.line(t0, host, "postfix/cleanup", cleanup, qid + "message-id=<" + latin1(m.messageId) + '>');
    if (!m.customerHeader.isEmpty()) {
        const QByteArray to = "to=<" + latin1(m.recipients.first().address) + '>';
        out.line(t0, host, "postfix/cleanup", cleanup,
            qid + "info: header X-Customer-ID: " + latin1(m.customerHeader)
                + (m.submission == 0 ? " from local; from=<" + sender + "> " + to
                                     : " from " + client + "; from=<" + sender + "> " + to
                            + " proto=ESMTP helo=<" + heloOf(m.submission) + '>'));
    }
    const QByteArray active = qid + "from=<" + sender + ">, size=" + QByteArray::number(m.size)
        + ", nrcpt=" + QByteArray::number(m.recipients.size()) + " (queue active)";
    out.line(t0, host, "postfix/qmgr", qmgr, active);
    if (connects)
        out.line(t0, host, "postfix/smtpd", smtpd,
            "disconnect from " + client + " ehlo=1 mail=1 rcpt=" + QByteArray::number(m.recipients.size())
                + " data=1 quit=1 commands=" + QByteArray::number(4 + m.recipients.size()));

    qint64 done = t0;
    QList<qint64> retries; // the times the queue manager took the message up again
    for (const PlannedRecipient &r : m.recipients) {
        const QByteArray to = qid + "to=<" + latin1(r.address) + ">, relay=";
        for (qsizetype i = 0; i < r.attempts.size(); ++i) {
            const Attempt &a = r.attempts.at(i);
            done = qMax(done, a.at);
            if (i > 0 && !retries.contains(a.at)) {
                retries.append(a.at);
                out.line(a.at, host, "postfix/qmgr", qmgr, active);
            }
            if (a.result == Attempt::Result::Expired) {
                out.line(a.at, host, "postfix/qmgr", qmgr,
                    qid + "from=<" + sender + ">, status=expired, returned to sender");
                continue;
            }
            const bool connected
                = !a.reply.isEmpty() || a.problem.startsWith(QLatin1String("lost connection"));
            const QByteArray mx = latin1(r.mx) + '[' + latin1(r.mxIp) + ']';
            const qint64 total = (a.at - t0) * 100 + qint64(random.below(100));
            qint64 inQueue = random.between(0, 3);
            qint64 setup = connected ? random.between(8, 60) : (r.mx.isEmpty() ? 0 : 3000);
            qint64 transfer = connected ? random.between(5, 90) : 0;
            if (inQueue + setup + transfer > total) {
                setup = qMin(setup, total / 3);
                transfer = qMin(transfer, total / 3);
                inQueue = qMin(inQueue, total / 10);
            }
            const qint64 before = total - inQueue - setup - transfer;
            QByteArray text = to + (connected ? mx + ":25" : QByteArray("none")) + ", delay=" + delay(total)
                + ", delays=" + delay(before) + '/' + delay(inQueue) + '/' + delay(setup) + '/'
                + delay(transfer) + ", dsn=" + latin1(a.status) + ", status=";
            switch (a.result) {
            case Attempt::Result::Delivered:
                text += "sent (" + latin1(a.reply) + ')';
                break;
            case Attempt::Result::Deferred:
                text += "deferred (";
                break;
            default:
                text += "bounced (";
                break;
            }
            if (a.result != Attempt::Result::Delivered) {
                text += a.reply.isEmpty() ? latin1(a.problem) + ')'
                                          : "host " + mx + " said: " + latin1(a.reply) + " (in reply to "
                        + latin1(a.stage) + " command))";
            }
            out.line(a.at, host, "postfix/smtp", pids.pooled(host, "smtp", a.at, 12), text);
        }
    }
    out.line(done, host, "postfix/qmgr", qmgr, qid + "removed");
}

// What else the hosts log in a day: statistics, strangers knocking, cron.
void renderNoise(const QByteArray &host, qint64 dayStart, Writer &out, Processes &pids, DemoRandom &random)
{
    for (int i = 0; i < 2; ++i) {
        const qint64 at = dayStart + qint64(random.below(DeliveryPlan::Day - 60));
        const QByteArray when = syslogTime(at - random.between(60, 590));
        const int anvil = pids.pooled(host, "anvil", at, 1);
        const QByteArray peer = "smtp:127.0.0.1";
        out.line(at, host, "postfix/anvil", anvil,
            "statistics: max connection rate " + QByteArray::number(random.between(1, 40)) + "/60s for ("
                + peer + ") at " + when);
        out.line(at, host, "postfix/anvil", anvil,
            "statistics: max connection count " + QByteArray::number(random.between(1, 6)) + " for (" + peer
                + ") at " + when);
        out.line(at, host, "postfix/anvil", anvil,
            "statistics: max cache size " + QByteArray::number(random.between(1, 4)) + " at " + when);
    }
    {
        const qint64 at = dayStart + qint64(random.below(DeliveryPlan::Day - 60));
        const int scache = pids.pooled(host, "scache", at, 1);
        const int hits = random.between(10, 400);
        const int misses = random.between(5, 80);
        out.line(at, host, "postfix/scache", scache, "statistics: start interval " + syslogTime(at - 400));
        out.line(at, host, "postfix/scache", scache,
            "statistics: domain lookup hits=" + QByteArray::number(hits)
                + " miss=" + QByteArray::number(misses)
                + " success=" + QByteArray::number(100 * hits / (hits + misses)) + '%');
        out.line(at, host, "postfix/scache", scache,
            "statistics: max simultaneous domains=" + QByteArray::number(random.between(1, 5))
                + " addresses=" + QByteArray::number(random.between(1, 8))
                + " connection=" + QByteArray::number(random.between(1, 12)));
    }
    for (int i = random.between(1, 3); i > 0; --i) {
        const qint64 at = dayStart + qint64(random.below(DeliveryPlan::Day - 60));
        const int smtpd = pids.pooled(host, "smtpd", at, 6);
        const QByteArray peer = "unknown[203.0.113." + QByteArray::number(230 + random.below(20)) + ']';
        out.line(at, host, "postfix/smtpd", smtpd, "connect from " + peer);
        out.line(at + 1, host, "postfix/smtpd", smtpd,
            "NOQUEUE: reject: RCPT from " + peer + ": 554 5.7.1 <info@" + random.token(6)
                + ".example>: Relay access denied; from=<" + random.token(8) + "@" + random.token(5)
                + ".example> to=<info@" + random.token(6) + ".example> proto=ESMTP helo=<" + random.token(7)
                + '>');
        out.line(at + 2, host, "postfix/smtpd", smtpd,
            "disconnect from " + peer + " ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4");
    }
    for (int h = 0; h < 24; h += 6) {
        const qint64 at = dayStart + h * 3600 + 17 * 60 + 1;
        out.line(at, host, "CRON", 20000 + int(random.below(40000)),
            "(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)");
    }
}

} // namespace

QList<LogFile> PostfixLog::render(
    const DeliveryPlan &plan, qint64 periodStart, qint64 periodEnd, DemoRandom random)
{
    QList<TimedLine> lines;
    Writer out(lines);
    Processes pids(random);
    QStringList hosts;
    for (const PlannedMessage &m : plan.messages()) {
        if (m.platform != Platform::Postfix)
            continue;
        renderMessage(m, out, pids, random);
        if (!hosts.contains(m.host))
            hosts.append(m.host);
    }
    hosts.sort();
    for (qint64 day = periodStart; day < periodEnd; day += DeliveryPlan::Day) {
        for (const QString &host : std::as_const(hosts))
            renderNoise(latin1(host), day, out, pids, random);
    }
    sortByTime(lines);

    // Rotated after the tenth and the twentieth day; the newer file starts with a few lines the
    // older one already ended with.
    const QStringList names { QStringLiteral("logs/postfix/mail.log.2.gz"),
        QStringLiteral("logs/postfix/mail.log.1"), QStringLiteral("logs/postfix/mail.log") };
    const qint64 rotations[] = { periodStart + 10 * DeliveryPlan::Day, periodStart + 20 * DeliveryPlan::Day };
    QList<LogFile> files;
    qsizetype from = 0;
    for (int f = 0; f < 3; ++f) {
        qsizetype until = lines.size();
        if (f < 2) {
            until = from;
            while (until < lines.size() && lines.at(until).at < rotations[f])
                ++until;
        }
        LogFile file;
        file.path = names.at(f);
        file.format = QStringLiteral("postfix");
        file.gzip = f == 0;
        file.overlap = f == 0 ? 0 : int(qMin<qsizetype>(random.between(2, 4), from));
        for (qsizetype i = from - file.overlap; i < until; ++i) {
            const QByteArray &text = lines.at(i).text;
            file.text += text + '\n';
            ++file.lines;
            file.records += text.contains(" status=");
            file.modified = lines.at(i).at;
        }
        files.append(file);
        from = until;
    }
    return files;
}

} // namespace abusedesk::demo
