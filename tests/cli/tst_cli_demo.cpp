// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli demo as a test bench uses it: the same seed gives the same bytes, and classify and
// import, run on the case, find exactly what expected.json says was planted.
#include "CliRunner.h"

#include <KCompressionDevice>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

const QStringList CaseFiles { QStringLiteral("customers.csv"), QStringLiteral("fbl.mbox"),
    QStringLiteral("bounces.mbox"), QStringLiteral("role-accounts.mbox"), QStringLiteral("expected.json") };
const QStringList MailFiles { QStringLiteral("fbl.mbox"), QStringLiteral("bounces.mbox"),
    QStringLiteral("role-accounts.mbox") };

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeCase(const QTemporaryDir &dir, const QString &name, int seed, int scale = 1)
{
    const QString folder = dir.filePath(name);
    const CliResult r = runCli({ QStringLiteral("demo"), QStringLiteral("--out"), folder,
        QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--scale"), QString::number(scale) });
    if (r.exitCode != 0)
        qFatal("demo failed: %s", qPrintable(r.err));
    return folder;
}

QJsonObject expectedOf(const QString &folder)
{
    QJsonParseError error;
    const QJsonObject expected
        = QJsonDocument::fromJson(fileBytes(folder + QStringLiteral("/expected.json")), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("expected.json is not JSON: %s", qPrintable(error.errorString()));
    return expected;
}

QStringList mailPaths(const QString &folder)
{
    QStringList paths;
    for (const QString &file : MailFiles)
        paths.append(folder + QLatin1Char('/') + file);
    return paths;
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(absent)");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// What was planted must be found: every planted key with its value (objects compared key by key,
// lists of objects item by item, other lists exactly); a planted null means "absent".
void comparePlanted(
    const QString &path, const QJsonValue &planted, const QJsonValue &found, QStringList &problems)
{
    if (planted.isNull()) {
        if (!found.isNull() && !found.isUndefined())
            problems.append(QStringLiteral("%1: planted absent, found %2").arg(path, shown(found)));
        return;
    }
    if (planted.isObject()) {
        if (!found.isObject()) {
            problems.append(
                QStringLiteral("%1: planted %2, found %3").arg(path, shown(planted), shown(found)));
            return;
        }
        const QJsonObject p = planted.toObject();
        const QJsonObject f = found.toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            comparePlanted(path + QLatin1Char('.') + it.key(), it.value(), f.value(it.key()), problems);
        return;
    }
    if (planted.isArray() && !planted.toArray().isEmpty() && planted.toArray().first().isObject()) {
        const QJsonArray p = planted.toArray();
        const QJsonArray f = found.toArray();
        if (!found.isArray() || f.size() != p.size()) {
            problems.append(
                QStringLiteral("%1: planted %2, found %3").arg(path, shown(planted), shown(found)));
            return;
        }
        for (qsizetype i = 0; i < p.size(); ++i)
            comparePlanted(QStringLiteral("%1[%2]").arg(path).arg(i), p.at(i), f.at(i), problems);
        return;
    }
    if (planted != found)
        problems.append(QStringLiteral("%1: planted %2, found %3").arg(path, shown(planted), shown(found)));
}

QString where(const QJsonObject &message)
{
    return QStringLiteral("%1 #%2")
        .arg(message.value(QStringLiteral("file")).toString())
        .arg(message.value(QStringLiteral("index")).toInt());
}

// Every file of a case, relative to its folder, sorted.
QStringList caseFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// A log's lines, gzip-compressed or not.
QList<QByteArray> logLines(const QString &path)
{
    QByteArray text;
    if (path.endsWith(QLatin1String(".gz"))) {
        KCompressionDevice device(path, KCompressionDevice::GZip);
        if (device.open(QIODevice::ReadOnly))
            text = device.readAll();
    } else {
        text = fileBytes(path);
    }
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

const QStringList PostfixFiles { QStringLiteral("logs/postfix/mail.log.2.gz"),
    QStringLiteral("logs/postfix/mail.log.1"), QStringLiteral("logs/postfix/mail.log") };

// The Postfix log as one stream, oldest first, the lines a rotated file repeats taken once.
QList<QByteArray> postfixLog(const QString &folder, QList<int> *overlaps = nullptr)
{
    QList<QByteArray> all;
    for (const QString &file : PostfixFiles) {
        const QList<QByteArray> lines = logLines(folder + QLatin1Char('/') + file);
        int overlap = 0;
        for (int k = 1; k <= 10 && k <= lines.size() && k <= all.size(); ++k) {
            if (all.mid(all.size() - k) == lines.mid(0, k))
                overlap = k;
        }
        if (overlaps)
            overlaps->append(overlap);
        all += lines.mid(overlap);
    }
    return all;
}

// "Nov  2 10:00:00" in the period's year → "2026-11-02T10:00:00Z".
QString syslogToIso(const QByteArray &line, int year)
{
    static const QByteArrayList months { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec" };
    const int month = int(months.indexOf(line.left(3))) + 1;
    const int day = line.mid(4, 2).trimmed().toInt();
    return QStringLiteral("%1-%2-%3T%4Z")
        .arg(year)
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(QString::fromLatin1(line.mid(7, 8)));
}

// "2026-11-02 10:00:00" (Exim, PowerMTA) → "2026-11-02T10:00:00Z".
QString spacedToIso(const QByteArray &text)
{
    QString iso = QString::fromLatin1(text.left(19));
    iso[10] = QLatin1Char('T');
    return iso + QLatin1Char('Z');
}

// A CSV record split by RFC 4180 (no line breaks inside fields in the demo's files).
QStringList csvFields(const QByteArray &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(line);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

// The rows of a CSV file as maps from its header's column names.
QList<QHash<QString, QString>> csvRows(const QString &path)
{
    const QList<QByteArray> lines = logLines(path);
    QList<QHash<QString, QString>> rows;
    if (lines.isEmpty())
        return rows;
    const QStringList header = csvFields(lines.first());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = csvFields(lines.at(i));
        QHash<QString, QString> row;
        for (qsizetype k = 0; k < header.size() && k < fields.size(); ++k)
            row.insert(header.at(k), fields.at(k));
        rows.append(row);
    }
    return rows;
}

// Whether an IPv4 address lies in "a.b.c.d" or "a.b.c.d/n".
bool inRange(const QString &ip, const QString &range)
{
    auto number = [](const QString &dotted, bool *ok) {
        const QStringList parts = dotted.split(QLatin1Char('.'));
        quint32 value = 0;
        *ok = parts.size() == 4;
        for (const QString &p : parts)
            value = value << 8 | quint32(p.toUInt());
        return value;
    };
    if (ip.contains(QLatin1Char(':')) || range.contains(QLatin1Char(':')))
        return ip.startsWith(range.section(QStringLiteral("::"), 0, 0) + QStringLiteral("::"));
    bool ok1 = false;
    bool ok2 = false;
    const quint32 address = number(ip, &ok1);
    const quint32 base = number(range.section(QLatin1Char('/'), 0, 0), &ok2);
    const int bits = range.contains(QLatin1Char('/')) ? range.section(QLatin1Char('/'), 1).toInt() : 32;
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    return ok1 && ok2 && (address & mask) == (base & mask);
}

// Who held an address on a day, by customers.csv's sending_ips as expected.json lists them.
QStringList holdersOf(const QJsonArray &customers, const QString &ip, const QString &day)
{
    QStringList ids;
    for (const QJsonValue &v : customers) {
        const QJsonObject c = v.toObject();
        for (const QJsonValue &a : c.value(QStringLiteral("sending_ips")).toArray()) {
            const QJsonObject o = a.toObject();
            const QString until = o.value(QStringLiteral("until")).toString();
            if (inRange(ip, o.value(QStringLiteral("range")).toString())
                && o.value(QStringLiteral("from")).toString() <= day && (until.isEmpty() || day < until))
                ids.append(c.value(QStringLiteral("id")).toString());
        }
    }
    return ids;
}
} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_logCase; // one case for the tests of the logs

private Q_SLOTS:
    void initTestCase() { m_logCase = writeCase(m_dir, QStringLiteral("logs"), 13); }

    void theSameSeedGivesTheSameBytes()
    {
        QTemporaryDir dir;
        const QString a = writeCase(dir, QStringLiteral("a"), 7);
        const QString b = writeCase(dir, QStringLiteral("b"), 7);
        const QString c = writeCase(dir, QStringLiteral("c"), 8);
        for (const QString &file : CaseFiles)
            QVERIFY2(fileBytes(a + QLatin1Char('/') + file).size() > 1000
                    || file == QLatin1String("customers.csv"),
                qPrintable(file));
        // Every file, the logs and the gzip-compressed one among them.
        const QStringList files = caseFiles(a);
        QCOMPARE(caseFiles(b), files);
        for (const QString &file : files) {
            const QByteArray first = fileBytes(a + QLatin1Char('/') + file);
            QVERIFY2(!first.isEmpty(), qPrintable(file));
            QVERIFY2(first == fileBytes(b + QLatin1Char('/') + file), qPrintable(file));
            // Another seed, another case; only the send log's column mapping is always the same.
            if (file != QLatin1String("logs/sendlog-profile.json")
                && QFileInfo::exists(c + QLatin1Char('/') + file))
                QVERIFY2(first != fileBytes(c + QLatin1Char('/') + file), qPrintable(file));
        }
        QCOMPARE(QDir(a).entryList(QDir::Files, QDir::Name),
            (QStringList { QStringLiteral("bounces.mbox"), QStringLiteral("customers.csv"),
                QStringLiteral("expected.json"), QStringLiteral("fbl.mbox"),
                QStringLiteral("role-accounts.mbox") }));
        for (const QString &log : PostfixFiles
                + QStringList { QStringLiteral("logs/exim/mainlog"), QStringLiteral("logs/sendlog.csv"),
                    QStringLiteral("logs/sendlog-profile.json"), QStringLiteral("logs/optouts.csv"),
                    QStringLiteral("logs/seeds.csv"), QStringLiteral("logs/blocklist.csv") })
            QVERIFY2(files.contains(log), qPrintable(log));
        QVERIFY(!files
                .filter(QRegularExpression(QStringLiteral("^logs/powermta/acct-\\d{4}-\\d\\d-\\d\\d\\.csv$")))
                .isEmpty());
        // The gzip header holds no time and no name: the bytes depend on the text alone.
        const QByteArray gz = fileBytes(a + QStringLiteral("/logs/postfix/mail.log.2.gz"));
        QVERIFY(gz.startsWith("\x1f\x8b\x08"));
        QCOMPARE(gz.at(3) & 0x08, 0);
        QCOMPARE(gz.mid(4, 4), QByteArray(4, '\0'));
        QVERIFY(logLines(a + QStringLiteral("/logs/postfix/mail.log.2.gz")).size() > 1000);

        // A bigger scale multiplies the mail, not the customers.
        const QString big = writeCase(dir, QStringLiteral("big"), 7, 3);
        QCOMPARE(fileBytes(big + QStringLiteral("/customers.csv")),
            fileBytes(a + QStringLiteral("/customers.csv")));
        QCOMPARE(expectedOf(big).value(QStringLiteral("messages")).toArray().size(),
            3 * expectedOf(a).value(QStringLiteral("messages")).toArray().size());
        // ... and the deliveries about as much.
        auto delivered = [](const QJsonObject &expected) {
            qint64 total = 0;
            for (const QJsonValue &v : expected.value(QStringLiteral("deliveries"))
                     .toObject()
                     .value(QStringLiteral("totals"))
                     .toArray())
                total += v.toObject().value(QStringLiteral("delivered")).toInteger();
            return total;
        };
        const qint64 one = delivered(expectedOf(a));
        const qint64 three = delivered(expectedOf(big));
        QVERIFY2(one >= 20000 && one <= 60000, qPrintable(QString::number(one)));
        QVERIFY2(three > 5 * one / 2 && three < 7 * one / 2,
            qPrintable(QStringLiteral("%1 %2").arg(one).arg(three)));
    }

    void logsAreWhatExpectedJsonSays()
    {
        const QString folder = m_logCase;
        const QJsonObject expected = expectedOf(folder);
        const QJsonObject deliveries = expected.value(QStringLiteral("deliveries")).toObject();
        const QString start
            = expected.value(QStringLiteral("period")).toObject().value(QStringLiteral("start")).toString();
        const QString end
            = expected.value(QStringLiteral("period")).toObject().value(QStringLiteral("end")).toString();
        const int year = start.left(4).toInt();
        auto within = [&](const QString &iso) { return iso >= start && iso < end; };

        // Each file: there, with the lines and records expected.json gives.
        const QJsonArray logFiles = deliveries.value(QStringLiteral("log_files")).toArray();
        QSet<QString> formats;
        for (const QJsonValue &v : logFiles) {
            const QJsonObject f = v.toObject();
            const QString file = f.value(QStringLiteral("file")).toString();
            const QString format = f.value(QStringLiteral("format")).toString();
            formats.insert(format);
            const QList<QByteArray> lines = logLines(folder + QLatin1Char('/') + file);
            QVERIFY2(!lines.isEmpty(), qPrintable(file));
            QCOMPARE(lines.size(), f.value(QStringLiteral("lines")).toInt());
            int records = 0;
            for (const QByteArray &line : lines) {
                if (format == QLatin1String("postfix"))
                    records += line.contains(" status=");
                else if (format == QLatin1String("exim"))
                    records += line.contains(" => ") || line.contains(" -> ") || line.contains(" == ")
                        || line.contains(" ** ");
            }
            if (format != QLatin1String("postfix") && format != QLatin1String("exim"))
                records = int(lines.size()) - 1; // a header line, then one record per line
            QVERIFY2(records == f.value(QStringLiteral("records")).toInt(), qPrintable(file));
        }
        QCOMPARE(formats,
            (QSet<QString> { QStringLiteral("postfix"), QStringLiteral("exim"), QStringLiteral("powermta"),
                QStringLiteral("send-log"), QStringLiteral("opt-out"), QStringLiteral("seed"),
                QStringLiteral("blocklist") }));

        // Postfix: rotated with a few repeated lines; the status lines, each counted once, are the
        // Postfix attempts, by result.
        QList<int> overlaps;
        const QList<QByteArray> postfix = postfixLog(folder, &overlaps);
        for (const QJsonValue &v : logFiles) {
            const QJsonObject f = v.toObject();
            const int at = int(PostfixFiles.indexOf(f.value(QStringLiteral("file")).toString()));
            if (at > 0) {
                QVERIFY(overlaps.at(at) >= 2);
                QCOMPARE(overlaps.at(at), f.value(QStringLiteral("overlap_lines")).toInt());
            }
        }
        QMap<QString, QJsonObject> platforms;
        for (const QJsonValue &v : deliveries.value(QStringLiteral("by_platform")).toArray())
            platforms.insert(v.toObject().value(QStringLiteral("platform")).toString(), v.toObject());
        QCOMPARE(platforms.keys(),
            (QStringList { QStringLiteral("exim"), QStringLiteral("postfix"), QStringLiteral("powermta"),
                QStringLiteral("send-log") }));
        auto count = [&](const QString &platform, const char *key) {
            return platforms.value(platform).value(QLatin1String(key)).toInt();
        };
        auto failed = [&](const QString &platform) {
            return count(platform, "hard") + count(platform, "soft") + count(platform, "spam");
        };
        QMap<QByteArray, int> postfixStatus;
        QString previous;
        for (const QByteArray &line : postfix) {
            const QString iso = syslogToIso(line, year);
            QVERIFY2(within(iso), line.constData());
            QVERIFY2(iso >= previous, line.constData());
            previous = iso;
            const qsizetype at = line.indexOf(" status=");
            if (at >= 0)
                ++postfixStatus[line.mid(at + 8, line.indexOf(' ', at + 8) - at - 8).replace(",", "")];
        }
        const QString postfixName = QStringLiteral("postfix");
        QCOMPARE(postfixStatus.value("sent"), count(postfixName, "delivered"));
        QCOMPARE(postfixStatus.value("deferred"), count(postfixName, "deferred"));
        QCOMPARE(postfixStatus.value("bounced"), failed(postfixName) - count(postfixName, "expired"));
        QCOMPARE(postfixStatus.value("expired"), count(postfixName, "expired"));
        QCOMPARE(postfixStatus.value("sent") + postfixStatus.value("deferred")
                + postfixStatus.value("bounced") + postfixStatus.value("expired"),
            count(postfixName, "records"));

        // Exim: => and -> deliver, == defers, ** fails.
        QMap<QByteArray, int> exim;
        for (const QByteArray &line : logLines(folder + QStringLiteral("/logs/exim/mainlog"))) {
            QVERIFY2(within(spacedToIso(line)), line.constData());
            const QByteArray marker = line.mid(37, 2);
            if (line.size() > 40 && line.at(36) == ' ' && line.at(39) == ' ')
                ++exim[marker];
        }
        const QString eximName = QStringLiteral("exim");
        QCOMPARE(exim.value("=>") + exim.value("->"), count(eximName, "delivered"));
        QCOMPARE(exim.value("=="), count(eximName, "deferred"));
        QCOMPARE(exim.value("**"), failed(eximName));
        QCOMPARE(exim.value("<="), count(eximName, "messages"));

        // PowerMTA: d, t and b records in files by week.
        QMap<QString, int> pmta;
        for (const QString &file : caseFiles(folder).filter(QStringLiteral("logs/powermta/"))) {
            for (const auto &row : csvRows(folder + QLatin1Char('/') + file)) {
                ++pmta[row.value(QStringLiteral("type"))];
                QVERIFY(within(spacedToIso(row.value(QStringLiteral("timeLogged")).toLatin1())));
                QCOMPARE(row.value(QStringLiteral("vmtaPool")), QStringLiteral("shared-pool"));
            }
        }
        const QString pmtaName = QStringLiteral("powermta");
        QCOMPARE(pmta.value(QStringLiteral("d")), count(pmtaName, "delivered"));
        QCOMPARE(pmta.value(QStringLiteral("t")), count(pmtaName, "deferred"));
        QCOMPARE(pmta.value(QStringLiteral("b")), failed(pmtaName));

        // The API platform's send log, by its own column names.
        QMap<QString, int> outcomes;
        for (const auto &row : csvRows(folder + QStringLiteral("/logs/sendlog.csv"))) {
            ++outcomes[row.value(QStringLiteral("outcome"))];
            QVERIFY(within(row.value(QStringLiteral("ts"))));
        }
        const QString sendLog = QStringLiteral("send-log");
        QCOMPARE(outcomes.value(QStringLiteral("delivered")), count(sendLog, "delivered"));
        QCOMPARE(outcomes.value(QStringLiteral("deferred")), count(sendLog, "deferred"));
        QCOMPARE(outcomes.value(QStringLiteral("bounced")), failed(sendLog) - count(sendLog, "expired"));
        QCOMPARE(outcomes.value(QStringLiteral("expired")), count(sendLog, "expired"));
        const QJsonObject profile
            = QJsonDocument::fromJson(fileBytes(folder + QStringLiteral("/logs/sendlog-profile.json")))
                  .object();
        QCOMPARE(profile.value(QStringLiteral("kind")).toString(), QStringLiteral("send-log"));
        const QJsonObject columns = profile.value(QStringLiteral("columns")).toObject();
        QCOMPARE(columns.size(), 9);
        const QList<QByteArray> sendLogHeader
            = logLines(folder + QStringLiteral("/logs/sendlog.csv")).mid(0, 1);
        for (auto it = columns.begin(); it != columns.end(); ++it)
            QVERIFY2(csvFields(sendLogHeader.first()).contains(it.value().toString()), qPrintable(it.key()));

        // The totals add up: per customer, per platform, per customer × domain × day.
        const QStringList keys { QStringLiteral("delivered"), QStringLiteral("deferred"),
            QStringLiteral("hard"), QStringLiteral("soft"), QStringLiteral("spam"), QStringLiteral("expired"),
            QStringLiteral("opt_outs") };
        QMap<QString, QMap<QString, qint64>> perCustomer;
        QMap<QString, qint64> sum;
        for (const QJsonValue &v : deliveries.value(QStringLiteral("totals")).toArray()) {
            const QJsonObject t = v.toObject();
            const QString customer = t.value(QStringLiteral("customer")).toString(QStringLiteral("(none)"));
            for (const QString &key : keys) {
                perCustomer[customer][key] = t.value(key).toInteger();
                sum[key] += t.value(key).toInteger();
            }
        }
        for (const QString &key : keys.mid(0, 6)) {
            qint64 byPlatform = 0;
            for (const QJsonObject &p : std::as_const(platforms))
                byPlatform += p.value(key).toInteger();
            QVERIFY2(byPlatform == sum.value(key), qPrintable(key));
        }
        QMap<QString, QMap<QString, qint64>> fromDays;
        for (const QJsonValue &v : deliveries.value(QStringLiteral("days")).toArray()) {
            const QJsonObject d = v.toObject();
            QVERIFY(within(d.value(QStringLiteral("day")).toString() + QStringLiteral("T12:00:00Z"))
                || d.value(QStringLiteral("day")).toString() == start.left(10));
            for (const QString &key : keys)
                fromDays[d.value(QStringLiteral("customer")).toString(QStringLiteral("(none)"))][key]
                    += d.value(key).toInteger();
        }
        QCOMPARE(fromDays, perCustomer);
        QCOMPARE(sum.value(QStringLiteral("opt_outs")),
            qint64(csvRows(folder + QStringLiteral("/logs/optouts.csv")).size()));

        // Real findings, and customers that deserve none.
        int overComplaints = 0;
        int overHardBounces = 0;
        for (const QJsonValue &v : deliveries.value(QStringLiteral("totals")).toArray()) {
            const QJsonObject t = v.toObject();
            const double complaints = t.value(QStringLiteral("complaint_rate_percent")).toDouble();
            const double hard = t.value(QStringLiteral("hard_bounce_rate_percent")).toDouble();
            overComplaints += complaints > 0.1;
            overHardBounces += hard > 5;
            if (t.value(QStringLiteral("profile")).toString() == QLatin1String("good")) {
                QVERIFY2(complaints <= 0.05 && hard < 2,
                    qPrintable(t.value(QStringLiteral("customer")).toString()));
                QVERIFY(t.value(QStringLiteral("findings")).toArray().isEmpty());
            }
        }
        QVERIFY(overComplaints >= 1);
        QVERIFY(overHardBounces >= 1);
    }

    void logsAgreeWithTheMail()
    {
        const QString folder = m_logCase;
        const QJsonObject expected = expectedOf(folder);
        const QJsonArray customers = expected.value(QStringLiteral("customers")).toArray();
        const int year = expected.value(QStringLiteral("period"))
                             .toObject()
                             .value(QStringLiteral("start"))
                             .toString()
                             .left(4)
                             .toInt();
        QHash<QString, QString> byReturnPath; // Return-Path domain → customer id
        QSet<QString> ids;
        QSet<QString> headerValues;
        for (const QJsonValue &v : customers) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QStringLiteral("id")).toString();
            ids.insert(id);
            byReturnPath.insert(
                c.value(QStringLiteral("return_path_domains")).toArray().first().toString(), id);
            if (c.value(QStringLiteral("x_customer_id")).isString())
                headerValues.insert(c.value(QStringLiteral("x_customer_id")).toString());
        }
        auto customerOf = [&](const QString &envelopeSender) {
            return byReturnPath.value(envelopeSender.section(QLatin1Char('@'), 1));
        };

        // Who got what from whom, and when: customer + recipient → the first delivery.
        QHash<QString, QString> firstDelivery;
        QSet<QString> attempted; // every recipient with any record
        int unknownSenders = 0;
        auto delivered = [&](const QString &customer, const QString &recipient, const QString &iso) {
            const QString key = customer + QLatin1Char(' ') + recipient;
            if (!firstDelivery.contains(key) || iso < firstDelivery.value(key))
                firstDelivery.insert(key, iso);
        };
        const QRegularExpression postfixFrom(QStringLiteral(R"(: (\w+): from=<([^>]*)>, size=)"));
        const QRegularExpression postfixTo(QStringLiteral(R"(: (\w+): to=<([^>]*)>, .* status=(\w+))"));
        const QRegularExpression postfixHeader(
            QStringLiteral(R"(: (\w+): info: header X-Customer-ID: (\S+) from .*; from=<([^>]*)>)"));
        QHash<QString, QString> senderOfQueueId;
        for (const QByteArray &line : postfixLog(folder)) {
            const QString text = QString::fromUtf8(line);
            if (const auto m = postfixFrom.match(text); m.hasMatch()) {
                senderOfQueueId.insert(m.captured(1), m.captured(2));
            } else if (const auto m = postfixTo.match(text); m.hasMatch()) {
                attempted.insert(m.captured(2));
                const QString customer = customerOf(senderOfQueueId.value(m.captured(1)));
                unknownSenders += customer.isEmpty();
                if (m.captured(3) == QLatin1String("sent"))
                    delivered(customer, m.captured(2), syslogToIso(line, year));
            } else if (const auto m = postfixHeader.match(text); m.hasMatch()) {
                // The header line names the customer its envelope sender belongs to.
                QVERIFY2(headerValues.contains(m.captured(2)), line.constData());
                const QString id = customerOf(m.captured(3));
                bool same = false;
                for (const QJsonValue &v : customers)
                    same = same
                        || (v.toObject().value(QStringLiteral("id")).toString() == id
                            && v.toObject().value(QStringLiteral("x_customer_id")).toString()
                                == m.captured(2));
                QVERIFY2(same, line.constData());
            }
        }
        QCOMPARE(unknownSenders, 0);

        // Exim: the sender of its arrival line; its own mail comes from esp.example and 192.0.2.250.
        const QRegularExpression eximArrival(QStringLiteral(R"(^\S+ \S+ (\S+) <= (\S+) )"));
        const QRegularExpression eximDelivery(
            QStringLiteral(R"(^\S+ \S+ (\S+) (=>|->|==|\*\*) ([^ :]+)(.*))"));
        const QRegularExpression interface(QStringLiteral(R"( I=\[([^\]]+)\]:25)"));
        QHash<QString, QString> eximSender;
        for (const QByteArray &line : logLines(folder + QStringLiteral("/logs/exim/mainlog"))) {
            const QString text = QString::fromUtf8(line);
            if (const auto m = eximArrival.match(text); m.hasMatch()) {
                eximSender.insert(m.captured(1), m.captured(2));
            } else if (const auto m = eximDelivery.match(text); m.hasMatch()) {
                attempted.insert(m.captured(3));
                const QString sender = eximSender.value(m.captured(1));
                const QString customer = customerOf(sender);
                const QString ip = interface.match(m.captured(4)).captured(1);
                const QString iso = spacedToIso(line);
                if (customer.isEmpty()) {
                    QVERIFY2(sender.endsWith(QLatin1String("@esp.example")), line.constData());
                    QVERIFY2(
                        ip.isEmpty() || holdersOf(customers, ip, iso.left(10)).isEmpty(), line.constData());
                } else if (!ip.isEmpty()) {
                    QVERIFY2(holdersOf(customers, ip, iso.left(10)).contains(customer), line.constData());
                }
                if (m.captured(2) == QLatin1String("=>") || m.captured(2) == QLatin1String("->"))
                    delivered(customer, m.captured(3), iso);
            }
        }
        // PowerMTA names the customer in vmta; the send log in account. Both say the sending address.
        for (const QString &file : caseFiles(folder).filter(QStringLiteral("logs/powermta/"))) {
            for (const auto &row : csvRows(folder + QLatin1Char('/') + file)) {
                const QString customer = row.value(QStringLiteral("vmta"));
                const QString iso = spacedToIso(row.value(QStringLiteral("timeLogged")).toLatin1());
                QVERIFY(ids.contains(customer));
                QCOMPARE(customerOf(row.value(QStringLiteral("orig"))), customer);
                QVERIFY(holdersOf(customers, row.value(QStringLiteral("dlvSourceIp")), iso.left(10))
                        .contains(customer));
                attempted.insert(row.value(QStringLiteral("rcpt")));
                if (row.value(QStringLiteral("type")) == QLatin1String("d"))
                    delivered(customer, row.value(QStringLiteral("rcpt")), iso);
            }
        }
        for (const auto &row : csvRows(folder + QStringLiteral("/logs/sendlog.csv"))) {
            const QString customer = row.value(QStringLiteral("account"));
            QVERIFY(ids.contains(customer));
            QCOMPARE(customerOf(row.value(QStringLiteral("mail_from"))), customer);
            QVERIFY(holdersOf(
                customers, row.value(QStringLiteral("ip")), row.value(QStringLiteral("ts")).left(10))
                    .contains(customer));
            attempted.insert(row.value(QStringLiteral("to")));
            if (row.value(QStringLiteral("outcome")) == QLatin1String("delivered"))
                delivered(customer, row.value(QStringLiteral("to")), row.value(QStringLiteral("ts")));
        }

        // Whoever complained through a feedback loop got the customer's mail before it arrived;
        // whoever bounced has a record; whoever opted out got mail first.
        QStringList problems;
        int complaints = 0;
        int bounces = 0;
        for (const QJsonValue &v : expected.value(QStringLiteral("messages")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString customer = m.value(QStringLiteral("customer")).toString();
            const QJsonObject facts = m.value(QStringLiteral("facts")).toObject();
            if (customer.isEmpty())
                continue;
            if (m.value(QStringLiteral("kind")).toString() == QLatin1String("feedback-report")) {
                const QJsonObject feedback = facts.value(QStringLiteral("feedback")).toObject();
                for (const QJsonValue &r : feedback.value(QStringLiteral("original_rcpt_to")).toArray()) {
                    ++complaints;
                    const QString first = firstDelivery.value(customer + QLatin1Char(' ') + r.toString());
                    if (first.isEmpty() || first > feedback.value(QStringLiteral("arrival_date")).toString())
                        problems.append(where(m) + QStringLiteral(": ") + r.toString()
                            + QStringLiteral(" delivered at ")
                            + (first.isEmpty() ? QStringLiteral("no time") : first));
                }
            } else if (m.value(QStringLiteral("kind")).toString() == QLatin1String("bounce")) {
                for (const QJsonValue &r : facts.value(QStringLiteral("recipients")).toArray()) {
                    ++bounces;
                    const QString address = r.toObject().value(QStringLiteral("address")).toString();
                    if (!attempted.contains(address))
                        problems.append(where(m) + QStringLiteral(": no record for ") + address);
                }
            }
        }
        QVERIFY(complaints > 50);
        QVERIFY(bounces > 50);
        for (const auto &row : csvRows(folder + QStringLiteral("/logs/optouts.csv"))) {
            const QString first = firstDelivery.value(row.value(QStringLiteral("customer")) + QLatin1Char(' ')
                + row.value(QStringLiteral("recipient")));
            if (first.isEmpty() || first > row.value(QStringLiteral("time")))
                problems.append(QStringLiteral("opt-out of %1 before any mail")
                        .arg(row.value(QStringLiteral("recipient"))));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(u'\n')));

        // Seed results name real campaigns; listings name customers' addresses.
        QSet<QString> campaigns;
        for (const auto &row : csvRows(folder + QStringLiteral("/logs/sendlog.csv")))
            campaigns.insert(row.value(QStringLiteral("campaign_ref")));
        // expected.json's placements are the file's rows, per customer and per customer and day.
        QMap<QString, QMap<QString, qint64>> placements, fromTotals, fromDays;
        for (const auto &row : csvRows(folder + QStringLiteral("/logs/seeds.csv"))) {
            QVERIFY(ids.contains(row.value(QStringLiteral("customer"))));
            QVERIFY(
                QStringList({ QStringLiteral("inbox"), QStringLiteral("junk"), QStringLiteral("missing") })
                    .contains(row.value(QStringLiteral("placement"))));
            QVERIFY(row.value(QStringLiteral("campaign")).contains(QLatin1Char('-')));
            ++placements[row.value(QStringLiteral("customer"))][row.value(QStringLiteral("placement"))];
        }
        const QJsonObject deliveries = expected.value(QStringLiteral("deliveries")).toObject();
        const QStringList where { QStringLiteral("inbox"), QStringLiteral("junk"),
            QStringLiteral("missing") };
        for (const QJsonValue &v : deliveries.value(QStringLiteral("totals")).toArray()) {
            const QJsonObject t = v.toObject();
            for (const QString &p : where)
                if (const qint64 n
                    = t.value(QStringLiteral("seed_placement")).toObject().value(p).toInteger())
                    fromTotals[t.value(QStringLiteral("customer")).toString()][p] = n;
        }
        for (const QJsonValue &v : deliveries.value(QStringLiteral("seed_days")).toArray())
            for (const QString &p : where)
                if (const qint64 n = v.toObject().value(p).toInteger())
                    fromDays[v.toObject().value(QStringLiteral("customer")).toString()][p] += n;
        QVERIFY(!placements.isEmpty());
        QCOMPARE(fromTotals, placements);
        QCOMPARE(fromDays, placements);
        const auto listings = csvRows(folder + QStringLiteral("/logs/blocklist.csv"));
        QVERIFY(!listings.isEmpty() && listings.size() <= 2);
        for (const auto &row : listings) {
            // A range is held by whoever holds its first address.
            const QString target = row.value(QStringLiteral("target"));
            QVERIFY2(!holdersOf(customers, target.section(QLatin1Char('/'), 0, 0),
                         row.value(QStringLiteral("listed")).left(10))
                         .isEmpty(),
                qPrintable(target));
        }
    }

    void expectedJsonDescribesEveryMessage()
    {
        QTemporaryDir dir;
        const QString folder = writeCase(dir, QStringLiteral("case"), 11);
        const QJsonObject expected = expectedOf(folder);
        QCOMPARE(expected.value(QStringLiteral("seed")).toInt(), 11);
        QCOMPARE(expected.value(QStringLiteral("scale")).toInt(), 1);
        QVERIFY(!expected.value(QStringLiteral("trusted_reporters")).toArray().isEmpty());
        QCOMPARE(expected.value(QStringLiteral("role_accounts")).toArray().size(), 6);
        const QJsonArray customers = expected.value(QStringLiteral("customers")).toArray();
        QVERIFY(customers.size() >= 10);
        QStringList ids;
        for (const QJsonValue &c : customers)
            ids.append(c.toObject().value(QStringLiteral("id")).toString());
        // customers.csv: a header and one line per customer, in the same order.
        const QStringList lines = QString::fromUtf8(fileBytes(folder + QStringLiteral("/customers.csv")))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), customers.size() + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("id,name,status,monthly_revenue,")));
        for (qsizetype i = 0; i < ids.size(); ++i)
            QVERIFY(lines.at(i + 1).startsWith(ids.at(i) + QLatin1Char(',')));

        QMap<QString, int> nextIndex;
        QSet<QString> hashes;
        QSet<QString> kinds;
        int unattributed = 0;
        for (const QJsonValue &v : expected.value(QStringLiteral("messages")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString file = m.value(QStringLiteral("file")).toString();
            QVERIFY2(MailFiles.contains(file), qPrintable(file));
            QCOMPARE(m.value(QStringLiteral("index")).toInt(), nextIndex[file]++);
            const QString sha = m.value(QStringLiteral("sha256")).toString();
            QCOMPARE(sha.size(), 64);
            QVERIFY2(!hashes.contains(sha), qPrintable(where(m)));
            hashes.insert(sha);
            kinds.insert(m.value(QStringLiteral("kind")).toString());
            const QJsonValue customer = m.value(QStringLiteral("customer"));
            if (customer.isNull())
                ++unattributed;
            else
                QVERIFY2(ids.contains(customer.toString()), qPrintable(where(m)));
        }
        QCOMPARE(kinds.size(), 8); // every kind of design.md §2
        QVERIFY(unattributed > 10);
        QVERIFY(nextIndex.value(QStringLiteral("fbl.mbox")) >= 100);
        QVERIFY(nextIndex.value(QStringLiteral("bounces.mbox")) >= 100);
        QVERIFY(nextIndex.value(QStringLiteral("role-accounts.mbox")) >= 100);
    }

    void classifyFindsWhatWasPlanted()
    {
        QTemporaryDir dir;
        const QString folder = writeCase(dir, QStringLiteral("case"), 3);
        const QJsonObject expected = expectedOf(folder);
        // The case's trusted reporters are given to classify, as an analyst's policy would be.
        QStringList args { QStringLiteral("classify"), QStringLiteral("--json") };
        for (const QJsonValue &reporter : expected.value(QStringLiteral("trusted_reporters")).toArray())
            args << QStringLiteral("--trusted-reporter") << reporter.toString();
        const CliResult r = runCli(args + mailPaths(folder));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QHash<QString, QJsonObject> found;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            found.insert(o.value(QStringLiteral("sha256")).toString(), o);
        }
        const QJsonArray messages = expected.value(QStringLiteral("messages")).toArray();
        QCOMPARE(found.size(), messages.size());

        QStringList problems;
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject();
            const QString sha = m.value(QStringLiteral("sha256")).toString();
            if (!found.contains(sha)) {
                problems.append(where(m) + QStringLiteral(": no message with this sha256"));
                continue;
            }
            const QJsonObject o = found.value(sha);
            QStringList here;
            const QString kind = m.value(QStringLiteral("kind")).toString();
            comparePlanted(QStringLiteral("kind"), kind, o.value(QStringLiteral("kind")), here);
            comparePlanted(QStringLiteral("legal"), m.value(QStringLiteral("legal")),
                o.value(QStringLiteral("legal")), here);
            comparePlanted(QStringLiteral("role_account"), m.value(QStringLiteral("role_account")),
                o.value(QStringLiteral("role_account")), here);
            const QJsonObject facts = m.value(QStringLiteral("facts")).toObject();
            for (auto it = facts.begin(); it != facts.end(); ++it)
                comparePlanted(it.key(), it.value(), o.value(it.key()), here);
            for (const QString &problem : std::as_const(here))
                problems.append(where(m) + QStringLiteral(" (") + m.value(QStringLiteral("kind")).toString()
                    + QStringLiteral("): ") + problem);
            QVERIFY(o.value(QStringLiteral("source"))
                    .toString()
                    .startsWith(folder + QLatin1Char('/') + m.value(QStringLiteral("file")).toString()
                        + QLatin1Char('#')));
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 disagreements:\n").arg(problems.size())
                + problems.mid(0, 40).join(u'\n')));
    }

    void importStoresEveryMessageOnce()
    {
        QTemporaryDir dir;
        const QString folder = writeCase(dir, QStringLiteral("case"), 5);
        const QJsonObject expected = expectedOf(folder);
        const QJsonArray messages = expected.value(QStringLiteral("messages")).toArray();
        const QString db = dir.filePath(QStringLiteral("cases.abusedesk"));
        CliResult r = runCli({ QStringLiteral("init"), QStringLiteral("--db"), db });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QStringList import { QStringLiteral("import"), QStringLiteral("--db"), db,
            QStringLiteral("--json") };
        r = runCli(import + mailPaths(folder));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("read")).toInt(), messages.size());
        QCOMPARE(report.value(QStringLiteral("stored")).toInt(), messages.size());
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), 0);
        QVERIFY2(report.value(QStringLiteral("rejected")).toArray().isEmpty(), qPrintable(r.out));

        // The analyst then names the case's trusted reporters: the evidence already imported is
        // classified again, and exactly the planted escalations change.
        const QString trusted
            = QString::fromUtf8(QJsonDocument(expected.value(QStringLiteral("trusted_reporters")).toArray())
                    .toJson(QJsonDocument::Compact));
        r = runCli({ QStringLiteral("policy"), QStringLiteral("--db"), db, QStringLiteral("--set"),
            QStringLiteral("trusted_reporters=") + trusted });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({ QStringLiteral("reclassify"), QStringLiteral("--db"), db, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject reclassified = QJsonDocument::fromJson(r.out.toUtf8()).object();
        int plantedEscalations = 0;
        for (const QJsonValue &v : messages)
            plantedEscalations += v.toObject().value(QStringLiteral("kind")).toString()
                == QLatin1String("escalated-complaint");
        QVERIFY(plantedEscalations > 0);
        QCOMPARE(reclassified.value(QStringLiteral("examined")).toInt(), messages.size());
        QCOMPARE(reclassified.value(QStringLiteral("changed")).toInt(), plantedEscalations);
        QCOMPARE(reclassified.value(QStringLiteral("changed_to_kind"))
                     .toObject()
                     .value(QStringLiteral("escalated-complaint"))
                     .toInt(),
            plantedEscalations);

        // Stored as planted, now with the trusted reporters' complaints escalated.
        QHash<QString, QString> storedKinds;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            sql.setDatabaseName(db);
            sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT e.sha256, m.kind FROM evidence e JOIN messages m ON m.evidence_id = e.id")));
            while (q.next())
                storedKinds.insert(q.value(0).toString(), q.value(1).toString());
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QCOMPARE(storedKinds.size(), messages.size());
        QMap<QString, int> plantedByKind;
        QStringList problems;
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject();
            const QString kind = m.value(QStringLiteral("kind")).toString();
            ++plantedByKind[kind];
            const QString stored = storedKinds.value(m.value(QStringLiteral("sha256")).toString());
            if (stored != kind)
                problems.append(QStringLiteral("%1: planted %2, stored %3").arg(where(m), kind, stored));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(u'\n')));
        // The import's own counts came before the policy: escalations were stored as complaints.
        const QJsonObject byKind = report.value(QStringLiteral("stored_by_kind")).toObject();
        for (auto it = plantedByKind.cbegin(); it != plantedByKind.cend(); ++it) {
            if (it.key() == QLatin1String("complaint"))
                QCOMPARE(byKind.value(it.key()).toInt(), it.value() + plantedEscalations);
            else if (it.key() != QLatin1String("escalated-complaint"))
                QCOMPARE(byKind.value(it.key()).toInt(), it.value());
        }

        // Importing the case again changes nothing.
        r = runCli(import + mailPaths(folder));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("stored")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), messages.size());
        QVERIFY(report.value(QStringLiteral("rejected")).toArray().isEmpty());
    }

    void refusesWhatItCannotDo()
    {
        QTemporaryDir dir;
        const QString folder = writeCase(dir, QStringLiteral("case"), 1);
        const QByteArray before = fileBytes(folder + QStringLiteral("/fbl.mbox"));
        CliResult r = runCli({ QStringLiteral("demo"), QStringLiteral("--out"), folder });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not empty")), qPrintable(r.err));
        QCOMPARE(fileBytes(folder + QStringLiteral("/fbl.mbox")), before);

        r = runCli({ QStringLiteral("demo"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x")),
            QStringLiteral("--scale"), QStringLiteral("0") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--scale")), qPrintable(r.err));
        r = runCli({ QStringLiteral("demo"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x")),
            QStringLiteral("--seed"), QStringLiteral("minus one") });
        QCOMPARE(r.exitCode, 2);
        r = runCli({ QStringLiteral("demo") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--out")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x"))));

        r = runCli({ QStringLiteral("demo"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: abusedesk-cli demo")));
        QVERIFY(r.out.contains(QStringLiteral("--seed")));

        // A folder that does not exist yet is created, and the report names what was written.
        r = runCli(
            { QStringLiteral("demo"), QStringLiteral("--out"), dir.filePath(QStringLiteral("new/deeper")) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("fbl.mbox")) && r.out.contains(QStringLiteral("feedback-report")),
            qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
