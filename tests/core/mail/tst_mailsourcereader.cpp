// SPDX-License-Identifier: GPL-2.0-or-later
// Reading mail exports: mbox variants, line ends, gzip, Maildir, and files that are not mail.
#include "mail/MailSourceReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using abusedesk::mail::MailRejection;
using abusedesk::mail::MailSourceReader;
using abusedesk::mail::MailUnit;

namespace {

const QString Data = QStringLiteral(ABUSEDESK_TEST_DATA "/mail/");

struct Collected
{
    QList<MailUnit> units;
    QList<MailRejection> rejections;
};

Collected readPath(const QString &path)
{
    Collected c;
    MailSourceReader reader(
        [&](const MailUnit &u) {
            c.units.append(u);
            return true;
        },
        [&](const MailRejection &r) { c.rejections.append(r); });
    reader.read(path);
    return c;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMailSourceReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emlIsOneUnitWithItsExactBytes()
    {
        const Collected c = readPath(Data + QStringLiteral("arf-abuse.eml"));
        QCOMPARE(c.rejections.size(), 0);
        QCOMPARE(c.units.size(), 1);
        QCOMPARE(c.units.first().offset, 0);
        QCOMPARE(c.units.first().bytes, fileBytes(Data + QStringLiteral("arf-abuse.eml")));
    }

    void mboxIsSplitInEveryLineEnding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("eol");
        QTest::newRow("lf") << QStringLiteral("three.mbox") << QByteArray("\n");
        QTest::newRow("crlf") << QStringLiteral("three-crlf.mbox") << QByteArray("\r\n");
        QTest::newRow("cr") << QStringLiteral("three-cr.mbox") << QByteArray("\r");
        QTest::newRow("gzip") << QStringLiteral("three.mbox.gz") << QByteArray("\n");
    }

    void mboxIsSplitInEveryLineEnding()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, eol);
        const Collected c = readPath(Data + file);
        QCOMPARE(c.rejections.size(), 0);
        QCOMPARE(c.units.size(), 3);
        QByteArray first
            = "From: a@x.example\nTo: abuse@esp.example\nSubject: one\nMessage-ID: <1@x>\n\nline\n"
              "From the archive: quoted\n>From twice\n";
        first.replace("\n", eol);
        // mboxrd unquoting, no From_ line, no separator blank line.
        QCOMPARE(c.units.at(0).bytes, first);
        QVERIFY(c.units.at(1).bytes.contains("From here on body text"));
        QVERIFY(c.units.at(2).bytes.startsWith("From: c@x.example"));
        // The offset points at the message's first header in the (decompressed) file.
        const QByteArray plain = file.endsWith(QLatin1String(".gz"))
            ? fileBytes(Data + QStringLiteral("three.mbox"))
            : fileBytes(Data + file);
        for (const MailUnit &u : c.units)
            QVERIFY(plain.mid(u.offset).startsWith("From: "));
        QVERIFY(c.units.at(0).source().endsWith(QLatin1Char('#') + QString::number(c.units.at(0).offset)));
    }

    void contentLengthKeepsAFromLineInTheBody()
    {
        const Collected c = readPath(Data + QStringLiteral("mboxcl2.mbox"));
        QCOMPARE(c.rejections.size(), 0);
        QCOMPARE(c.units.size(), 2);
        QVERIFY(
            c.units.at(0).bytes.contains("\nFrom someone Mon Nov  2 10:00:00 2026 inside the body\nend\n"));
        QVERIFY(c.units.at(1).bytes.contains("Subject: cl2 two"));
    }

    void truncatedMboxKeepsWhatIsThere()
    {
        const Collected c = readPath(Data + QStringLiteral("truncated.mbox"));
        QCOMPARE(c.units.size(), 3);
        QVERIFY(c.units.at(2).bytes.startsWith("From: c@x.example"));
    }

    void cutOffGzipKeepsWhatCameBeforeAndSaysSo()
    {
        QFile whole(Data + QStringLiteral("three.mbox.gz"));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QTemporaryDir dir;
        const QString cut = dir.filePath(QStringLiteral("cut.mbox.gz"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() - 12)); // the gzip trailer and the last deflate bytes
        out.close();
        const Collected c = readPath(cut);
        QVERIFY(c.units.size() >= 1);
        QCOMPARE(c.rejections.size(), 1);
        QVERIFY2(c.rejections.first().reason.contains(QStringLiteral("cut off")),
            qPrintable(c.rejections.first().reason));
    }

    void maildirReadsCurAndNewButNotTmp()
    {
        const Collected c = readPath(Data + QStringLiteral("maildir"));
        QCOMPARE(c.rejections.size(), 0);
        QCOMPARE(c.units.size(), 2);
        for (const MailUnit &u : c.units)
            QVERIFY(!u.sourcePath.contains(QStringLiteral("/maildir/tmp/")));
    }

    void filesThatAreNotMailAreRejectedWithAReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("binary") << QStringLiteral("binary-junk.bin") << QStringLiteral("not mail");
        QTest::newRow("nul") << QStringLiteral("nul-filled.bin") << QStringLiteral("not mail");
        QTest::newRow("empty") << QStringLiteral("empty.eml") << QStringLiteral("empty");
        QTest::newRow("missing") << QStringLiteral("no-such-file.mbox") << QStringLiteral("does not exist");
    }

    void filesThatAreNotMailAreRejectedWithAReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const Collected c = readPath(Data + file);
        QCOMPARE(c.units.size(), 0);
        QCOMPARE(c.rejections.size(), 1);
        QVERIFY2(c.rejections.first().reason.contains(reason), qPrintable(c.rejections.first().reason));
        QVERIFY(c.rejections.first().sourcePath.endsWith(file));
    }

    void aFolderIsSearchedRecursivelyAndOneBadFileStopsNothing()
    {
        const Collected c = readPath(Data);
        // every mail fixture is read; the junk files are rejected, not fatal
        QVERIFY(c.units.size() >= 20);
        QVERIFY(c.rejections.size() >= 3);
    }

    void progressNamesTheFileBeingRead()
    {
        QMap<QString, qint64> lastBytes;
        MailSourceReader reader([](const MailUnit &) { return true; }, [](const MailRejection &) {},
            [&](const QString &file, qint64 bytes) {
                QVERIFY2(bytes >= lastBytes.value(file), qPrintable(file)); // never backwards within a file
                lastBytes[file] = bytes;
            });
        reader.read(Data + QStringLiteral("maildir"));
        QCOMPARE(lastBytes.size(), 2);
        for (auto it = lastBytes.cbegin(); it != lastBytes.cend(); ++it) {
            QVERIFY(it.key().contains(QStringLiteral("/maildir/")));
            QCOMPARE(it.value(), QFileInfo(it.key()).size());
        }
    }

    void aStopFromTheSinkStopsReading()
    {
        int seen = 0;
        MailSourceReader reader([&](const MailUnit &) { return ++seen < 2; }, [](const MailRejection &) {});
        QVERIFY(!reader.read(Data + QStringLiteral("three.mbox")));
        QCOMPARE(seen, 2);
    }

    void aHugeHeaderLineIsReadWithoutTrouble()
    {
        QByteArray bytes = "From x Mon Nov  2 10:00:00 2026\nX-Junk: " + QByteArray(10 * 1024 * 1024, 'a')
            + "\nSubject: big\n\nbody\n";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QList<MailUnit> units;
        MailSourceReader reader(
            [&](const MailUnit &u) {
                units.append(u);
                return true;
            },
            [](const MailRejection &) {});
        QVERIFY(reader.readStream(buffer, QStringLiteral("memory")));
        QCOMPARE(units.size(), 1);
        QVERIFY(units.first().bytes.endsWith("Subject: big\n\nbody\n"));
    }
};

QTEST_GUILESS_MAIN(TestMailSourceReader)
#include "tst_mailsourcereader.moc"
