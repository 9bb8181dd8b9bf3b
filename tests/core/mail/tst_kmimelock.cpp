// SPDX-License-Identifier: GPL-2.0-or-later
// KMime and KCodecs extend process-wide charset lists without a lock: many threads analysing
// mail with many charsets at once crashed now and then. With KMimeLock they must not, and the
// charsets are still decoded.
#include "mail/KMimeLock.h"
#include "mail/MessageAnalyzer.h"

#include <QStringConverter>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

using namespace abusedesk::mail;
using namespace Qt::StringLiterals;

class TestKMimeLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreFound()
    {
        const QList<QByteArray> names
            = KMimeLock::charsetNames("Subject: =?ISO-8859-2*pl?Q?a?= =?utf-8?B?eA==?=\nContent-Type: "
                                      "text/plain; charset=\"Windows-1250\"\n"
                                      "Content-Type: text/html; CHARSET=koi8-r\n"
                                      "Content-Type: text/plain; cHaRsEt=big5\n\nbody =?x\n=");
        // In the order met, each once.
        QCOMPARE(names, (QList<QByteArray> { "iso-8859-2", "utf-8", "windows-1250", "koi8-r", "big5", "x" }));
    }

    void manyThreadsManyCharsets()
    {
        // Every message names charsets no other message names, on all cores at once.
        QStringList codecs = QStringConverter::availableCodecs();
        QVERIFY(codecs.size() > 10);
        QList<QByteArray> messages;
        for (int round = 0; round < 3; ++round)
            for (qsizetype i = 0; i < codecs.size(); ++i) {
                const QByteArray name = codecs.at(i).toLatin1();
                const QByteArray other = codecs.at((i + 7) % codecs.size()).toLatin1() + (round ? "-x" : "");
                messages.append("From: =?" + name
                    + "?Q?Anna?= <anna@example.com>\nTo: abuse@esp.example\n"
                      "Subject: =?"
                    + other + "?Q?Spam?= =?" + name
                    + "?B?U3BhbQ==?=\nMIME-Version: 1.0\n"
                      "Content-Type: text/plain; charset=\""
                    + name + "\"\n\nStop sending me this spam.\n");
            }
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        const MessageAnalyzer analyzer;
        const QList<QString> subjects = QtConcurrent::blockingMapped(&pool, messages,
            [&analyzer](const QByteArray &m) { return analyzer.analyze({ u"mem"_s, 0, m }).subject; });
        QCOMPARE(subjects.size(), messages.size());
        // A charset every build knows decodes as it should.
        const MessageAnalysis a = analyzer.analyze(
            { u"mem"_s, 0, "From: x@example.com\nSubject: =?ISO-8859-1?Q?Gr=FC=DFe?=\n\nhello\n" });
        QCOMPARE(a.subject, u"Grüße"_s);
    }
};

QTEST_GUILESS_MAIN(TestKMimeLock)
#include "tst_kmimelock.moc"
