// SPDX-License-Identifier: GPL-2.0-or-later
// The delivery-data import into a real case database: deliveries with the shared classifier's
// class and reason, receivers grouped by provider, daily aggregates, re-imports and overlapping
// rotations that change nothing, a damaged gzip that keeps what came before the damage, the
// order of rotated files, and the recipient history.
#include "delivery/ReceiverDirectory.h"
#include "importing/DeliveryImport.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/DeliveryStore.h"

#include <KCompressionDevice>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace abusedesk;
using namespace Qt::StringLiterals;

namespace {

// Two messages of customer c042 (header_checks logs its X-Customer-ID) and one of c007, on
// 2 and 3 November (UTC): delivered, bounced (user unknown), deferred then delivered.
const QByteArray PartOne = R"(Nov  2 09:59:58 mta1 postfix/smtpd[900]: connect from app1[192.0.2.5]
Nov  2 10:00:00 mta1 postfix/cleanup[101]: 4A1B2C3D4E: message-id=<m1@mail.esp.example>
Nov  2 10:00:00 mta1 postfix/cleanup[101]: 4A1B2C3D4E: info: header X-Customer-ID: c042 from app1[192.0.2.5]; from=<bounce-1@mail.acme.example> to=<anna@gmail.com> proto=ESMTP helo=<app1>
Nov  2 10:00:00 mta1 postfix/qmgr[102]: 4A1B2C3D4E: from=<bounce-1@mail.acme.example>, size=4200, nrcpt=2 (queue active)
Nov  2 10:00:01 mta1 postfix/smtp[103]: 4A1B2C3D4E: to=<anna@gmail.com>, relay=gmail-smtp-in.l.google.com[203.0.113.26]:25, delay=1.1, delays=0.1/0/0.4/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK  1730541601 x1si2 - gsmtp)
Nov  2 10:00:02 mta1 postfix/smtp[103]: 4A1B2C3D4E: to=<ben@googlemail.com>, relay=gmail-smtp-in.l.google.com[203.0.113.26]:25, delay=1.9, delays=0.1/0/0.4/1.4, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[203.0.113.26] said: 550-5.1.1 The email account that you tried to reach does not exist. (in reply to RCPT TO command))
Nov  2 10:00:02 mta1 postfix/qmgr[102]: 4A1B2C3D4E: removed
)";
const QByteArray PartTwo
    = R"(Nov  2 23:59:59 mta1 postfix/cleanup[101]: 5B2C3D4E5F: message-id=<m2@mail.esp.example>
Nov  2 23:59:59 mta1 postfix/cleanup[101]: 5B2C3D4E5F: info: header X-Customer-ID: c007 from app1[192.0.2.5]; from=<news@mail.beta.example> to=<carla@outlook.com> proto=ESMTP helo=<app1>
Nov  2 23:59:59 mta1 postfix/qmgr[102]: 5B2C3D4E5F: from=<news@mail.beta.example>, size=3100, nrcpt=1 (queue active)
Nov  3 00:00:01 mta1 postfix/smtp[104]: 5B2C3D4E5F: to=<carla@outlook.com>, relay=outlook-com.olc.protection.outlook.com[203.0.113.40]:25, delay=2, delays=0.1/0/1.9/0, dsn=4.7.650, status=deferred (host outlook-com.olc.protection.outlook.com[203.0.113.40] said: 451 4.7.650 The mail server [192.0.2.7] has been temporarily rate limited due to IP reputation. (in reply to MAIL FROM command))
Nov  3 00:10:01 mta1 postfix/smtp[104]: 5B2C3D4E5F: to=<carla@outlook.com>, relay=outlook-com.olc.protection.outlook.com[203.0.113.40]:25, delay=602, delays=600/0/1.1/0.9, dsn=2.0.0, status=sent (250 2.6.0 <m2@mail.esp.example> Queued mail for delivery)
Nov  3 00:10:01 mta1 postfix/qmgr[102]: 5B2C3D4E5F: removed
)";

void write(const QString &path, const QByteArray &bytes, const QDateTime &modified)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.setFileTime(modified, QFileDevice::FileModificationTime);
}

QByteArray gzip(const QByteArray &bytes)
{
    QByteArray out;
    QBuffer buffer(&out);
    KCompressionDevice device(&buffer, false, KCompressionDevice::GZip);
    if (!device.open(QIODevice::WriteOnly))
        qFatal("cannot compress");
    device.write(bytes);
    device.close();
    return out;
}

qint64 scalar(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString text(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : u"<none>"_s;
}

// "sent/delivered/deferred/hard/soft/spam" of one aggregate row.
QString aggregate(
    const storage::Database &db, const QString &day, const QString &customer, const QString &receiver)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT sent, delivered, deferred, hard, soft, spam FROM daily_aggregates WHERE day = ? AND "
              u"customer_id = "
              "coalesce((SELECT id FROM customers WHERE external_id = ?), 0) AND receiver = ?"_s);
    q.addBindValue(day);
    q.addBindValue(customer);
    q.addBindValue(receiver);
    if (!q.exec() || !q.next())
        return u"<no row>"_s;
    QStringList values;
    for (int i = 0; i < 6; ++i)
        values.append(q.value(i).toString());
    return values.join(u'/');
}

const QDateTime Written(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC);

// The customers the log names by id (so that their deliveries are attributed to them).
std::unique_ptr<storage::Database> createWithCustomers(const QString &path)
{
    auto db = storage::Database::open(path, storage::Database::OpenMode::CreateNew);
    storage::CustomerStore store(*db);
    for (const char *id : { "c042", "c007" }) {
        attribution::CustomerRecord c;
        c.externalId = QString::fromLatin1(id);
        c.name = u"Customer "_s + c.externalId;
        if (!store.save(c))
            qFatal("%s", qPrintable(store.lastError()));
    }
    return db;
}

} // namespace

class TestDeliveryImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesDeliveriesAndAggregates()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"mail.log"_s);
        write(log, PartOne + PartTwo, Written);
        auto db = createWithCustomers(dir.filePath(u"case.abusedesk"_s));
        importing::DeliveryImport import(*db, QTimeZone::UTC);
        const auto report = import.run({ { log, delivery::LogFormat::Postfix, std::nullopt } });
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.linesRead, 13);
        QCOMPARE(report.stored, 4);
        QCOMPARE(report.rejectedLines, 0);
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.files.first().format, u"postfix"_s);

        QCOMPARE(scalar(*db, u"SELECT count(*) FROM deliveries"_s), 4);
        QCOMPARE(
            text(*db,
                u"SELECT result || ' ' || bounce_class || ' ' || reason || ' ' || status || ' ' || "
                u"reply_code "
                "|| ' ' || receiver || ' ' || customer_ref FROM deliveries WHERE recipient = 'ben@googlemail.com'"_s),
            u"bounced hard user-unknown 5.1.1 550 Google c042"_s);
        QCOMPARE(
            text(*db,
                u"SELECT result || ' ' || bounce_class || ' ' || reason || ' ' || receiver FROM deliveries "
                "WHERE recipient = 'carla@outlook.com' AND result = 'deferred'"_s),
            u"deferred spam reputation-block Microsoft"_s);
        QCOMPARE(
            text(*db,
                u"SELECT envelope_sender || ' ' || message_id FROM deliveries WHERE recipient = 'anna@gmail.com'"_s),
            u"bounce-1@mail.acme.example m1@mail.esp.example"_s);

        // One provider's domains are one receiver; a deferral is not a mail sent.
        QCOMPARE(aggregate(*db, u"2026-11-02"_s, u"c042"_s, u"Google"_s), u"2/1/0/1/0/0"_s);
        QCOMPARE(aggregate(*db, u"2026-11-03"_s, u"c007"_s, u"Microsoft"_s), u"1/1/1/0/0/0"_s);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM daily_aggregates"_s), 2);

        const storage::DeliveryStore store(*db);
        const storage::RecipientHistory history = store.recipientHistory(u"Carla@Outlook.com"_s, u"c007"_s);
        QCOMPARE(history.messages, 1);
        QCOMPARE(history.delivered, 1);
        QCOMPARE(history.last, QDateTime(QDate(2026, 11, 3), QTime(0, 10, 1), QTimeZone::UTC));
        QCOMPARE(store.recipientHistory(u"carla@outlook.com"_s, u"c042"_s).messages, 0);
    }

    void reimportAndOverlappingRotationsChangeNothing()
    {
        QTemporaryDir dir;
        // mail.log.1 ends with the first lines of mail.log again, as overlapping rotations do.
        QVERIFY(QDir(dir.path()).mkdir(u"logs"_s));
        write(dir.filePath(u"logs/mail.log.1"_s), PartOne + PartTwo.left(PartTwo.indexOf('\n') + 1), Written);
        write(dir.filePath(u"logs/mail.log"_s), PartTwo, Written);
        auto db = createWithCustomers(dir.filePath(u"case.abusedesk"_s));
        const importing::RoutedSources routed
            = importing::DeliveryImport::route(*db, { dir.filePath(u"logs"_s) });
        QCOMPARE(routed.logs.size(), 2);
        QVERIFY(routed.mail.isEmpty());
        importing::DeliveryImport import(*db, QTimeZone::UTC);
        const auto first = import.run(routed.logs);
        QCOMPARE(first.stored, 4);
        const QString before = aggregate(*db, u"2026-11-03"_s, u"c007"_s, u"Microsoft"_s);
        QCOMPARE(before, u"1/1/1/0/0/0"_s);

        const auto again = import.run(routed.logs);
        QCOMPARE(again.stored, 0);
        QCOMPARE(again.duplicates, 4);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM deliveries"_s), 4);
        QCOMPARE(aggregate(*db, u"2026-11-02"_s, u"c042"_s, u"Google"_s), u"2/1/0/1/0/0"_s);
        QCOMPARE(aggregate(*db, u"2026-11-03"_s, u"c007"_s, u"Microsoft"_s), before);
    }

    void aggregatesEqualAFullRecountAndFollowReceiverChanges()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"mail.log"_s);
        write(log, PartOne + PartTwo, Written);
        auto db = createWithCustomers(dir.filePath(u"case.abusedesk"_s));
        importing::DeliveryImport import(*db, QTimeZone::UTC);
        QCOMPARE(import.run({ { log, delivery::LogFormat::Postfix, std::nullopt } }).stored, 4);
        auto all = [&db] {
            QSqlQuery q(db->connection());
            q.exec(u"SELECT day, customer_id, receiver, sent, delivered, deferred, hard, soft, spam, "
                   u"expired, opt_outs "
                   "FROM daily_aggregates ORDER BY 1, 2, 3"_s);
            QStringList rows;
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < 11; ++i)
                    row.append(q.value(i).toString());
                rows.append(row.join(u','));
            }
            return rows;
        };
        const QStringList incremental = all();
        QCOMPARE(incremental.size(), 2);
        storage::DeliveryStore store(*db);
        QVERIFY2(store.rebuildAggregates(), qPrintable(store.lastError()));
        QCOMPARE(all(), incremental);

        // googlemail.com made a receiver of its own: its bounce moves out of Google.
        QCOMPARE(store.reassignReceivers(
                     { { u"googlemail.com"_s, u"Googlemail"_s }, { u"gmail.com"_s, u"Google"_s } }),
            1);
        QVERIFY(store.rebuildAggregates());
        QCOMPARE(aggregate(*db, u"2026-11-02"_s, u"c042"_s, u"Google"_s), u"1/1/0/0/0/0"_s);
        QCOMPARE(aggregate(*db, u"2026-11-02"_s, u"c042"_s, u"Googlemail"_s), u"1/0/0/1/0/0"_s);
    }

    void damagedGzipKeepsWhatCameBefore()
    {
        QTemporaryDir dir;
        const QByteArray whole = gzip(PartOne + PartTwo);
        const QString log = dir.filePath(u"mail.log.2.gz"_s);
        write(log, whole.left(whole.size() * 2 / 3), Written);
        auto db = createWithCustomers(dir.filePath(u"case.abusedesk"_s));
        const importing::RoutedSources routed = importing::DeliveryImport::route(*db, { log });
        QCOMPARE(routed.logs.size(), 1);
        importing::DeliveryImport import(*db, QTimeZone::UTC);
        const auto report = import.run(routed.logs);
        QVERIFY(report.stored >= 2); // the first message's lines come before the damage
        QVERIFY(report.rejectedLines >= 1);
        QVERIFY2(report.rejected.constLast().reason.contains(u"damaged"_s),
            qPrintable(report.rejected.constLast().reason));
        QCOMPARE(report.rejected.constLast().path, log);
    }

    void rotatedFilesAreReadOldestFirst()
    {
        using importing::LogSource;
        const auto postfix = [](const QString &name) {
            return LogSource { u"/var/log/"_s + name, delivery::LogFormat::Postfix, std::nullopt };
        };
        const auto groups = importing::DeliveryImport::rotationGroups({ postfix(u"mail.log"_s),
            postfix(u"mail.log.1"_s), postfix(u"mail.log.10.gz"_s), postfix(u"mail.log.2.gz"_s),
            postfix(u"maillog-20261102"_s), postfix(u"maillog-20261101.gz"_s) });
        QCOMPARE(groups.size(), 2);
        QStringList order;
        for (const auto &group : groups) {
            QStringList names;
            for (const LogSource &s : group)
                names.append(s.path.mid(9));
            order.append(names.join(u' '));
        }
        QCOMPARE(order,
            (QStringList { u"mail.log.10.gz mail.log.2.gz mail.log.1 mail.log"_s,
                u"maillog-20261101.gz maillog-20261102"_s }));
    }

    void receiversGroupProviders_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("receiver");
        QTest::addColumn<bool>("consumer");
        QTest::newRow("gmail") << u"gmail.com"_s << u"Google"_s << true;
        QTest::newRow("googlemail") << u"googlemail.com"_s << u"Google"_s << true;
        QTest::newRow("hotmail.co.uk") << u"hotmail.co.uk"_s << u"Microsoft"_s << true;
        QTest::newRow("yahoo.de") << u"yahoo.de"_s << u"Yahoo"_s << true;
        QTest::newRow("subdomain") << u"mx.mail.gmx.net"_s << u"GMX / WEB.DE"_s << true;
        QTest::newRow("corporate") << u"acme.example"_s << u"acme.example"_s << false;
        QTest::newRow("look-alike") << u"live.acme.example"_s << u"live.acme.example"_s << false;
    }
    void receiversGroupProviders()
    {
        QFETCH(QString, domain);
        QFETCH(QString, receiver);
        QFETCH(bool, consumer);
        const delivery::ReceiverDirectory directory;
        QCOMPARE(directory.receiverOf(domain).name, receiver);
        QCOMPARE(directory.receiverOf(domain).consumer, consumer);
    }

    void analystChangesWinOverTheShippedList()
    {
        QTemporaryDir dir;
        auto db = storage::Database::open(
            dir.filePath(u"case.abusedesk"_s), storage::Database::OpenMode::CreateNew);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            u"INSERT INTO receiver_domains VALUES ('acme.example', 'ACME Mail', 1), ('gmail.com', 'Alphabet', 1)"_s));
        const delivery::ReceiverDirectory directory(*db);
        QCOMPARE(directory.receiverOf(u"acme.example"_s).name, u"ACME Mail"_s);
        QCOMPARE(directory.receiverOf(u"gmail.com"_s).name, u"Alphabet"_s);
        QCOMPARE(directory.receiverOf(u"googlemail.com"_s).name, u"Google"_s);
    }

    void dayOfMatchesQDate()
    {
        for (qint64 t = -86400LL * 800; t < 86400LL * 365 * 90; t += 86400LL * 37 + 3607) {
            const QByteArray expected
                = QDateTime::fromSecsSinceEpoch(t, QTimeZone::UTC).date().toString(Qt::ISODate).toLatin1();
            QCOMPARE(storage::DeliveryStore::dayOf(t), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestDeliveryImport)
#include "tst_deliveryimport.moc"
