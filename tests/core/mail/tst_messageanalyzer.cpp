// SPDX-License-Identifier: GPL-2.0-or-later
// The classification engine on hand-written reports: kinds, ARF facts, DSN recipients, the
// original message and its unsubscribe headers, role accounts, legal tone, hostile structure.
#include "mail/MailSourceReader.h"
#include "mail/MessageAnalyzer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using abusedesk::mail::AnalysisPolicy;
using abusedesk::mail::MailUnit;
using abusedesk::mail::MessageAnalysis;
using abusedesk::mail::MessageAnalyzer;

namespace {

const QString Data = QStringLiteral(ABUSEDESK_TEST_DATA "/mail/");

MailUnit unitFromFile(const QString &name)
{
    QFile f(Data + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return { Data + name, 0, f.readAll() };
}

MessageAnalysis analyzeFile(const QString &name, const AnalysisPolicy &policy = AnalysisPolicy::defaults())
{
    return MessageAnalyzer(policy).analyze(unitFromFile(name));
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

class TestMessageAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("legal");
        QTest::addColumn<QString>("roleAccount");
        QTest::newRow("arf") << QStringLiteral("arf-abuse.eml") << QStringLiteral("feedback-report") << false
                             << QStringLiteral("abuse@esp.example");
        QTest::newRow("arf-1.0") << QStringLiteral("arf-version1-received-date.eml")
                                 << QStringLiteral("feedback-report") << false
                                 << QStringLiteral("postmaster@esp.example");
        QTest::newRow("dsn") << QStringLiteral("dsn-multi-recipient.eml") << QStringLiteral("bounce") << false
                             << QStringLiteral("postmaster@esp.example");
        QTest::newRow("legal complaint")
            << QStringLiteral("complaint-legal.eml") << QStringLiteral("complaint") << true
            << QStringLiteral("abuse@esp.example");
        QTest::newRow("auto-reply") << QStringLiteral("autoreply.eml") << QStringLiteral("auto-reply")
                                    << false << QString();
        QTest::newRow("unsubscribe") << QStringLiteral("unsubscribe.eml")
                                     << QStringLiteral("unsubscribe-request") << false
                                     << QStringLiteral("abuse@esp.example");
        QTest::newRow("noise") << QStringLiteral("noise.eml") << QStringLiteral("noise") << false
                               << QStringLiteral("webmaster@esp.example");
        QTest::newRow("blocklist") << QStringLiteral("blocklist-notice.eml")
                                   << QStringLiteral("blocklist-notice") << false
                                   << QStringLiteral("abuse@esp.example");
        QTest::newRow("non-arf fbl") << QStringLiteral("fbl-non-arf.eml") << QStringLiteral("feedback-report")
                                     << false << QString();
    }

    void kinds()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(bool, legal);
        QFETCH(QString, roleAccount);
        const MessageAnalysis a = analyzeFile(file);
        QCOMPARE(a.kind, kind);
        QCOMPARE(a.facts().value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(a.legal, legal);
        QCOMPARE(a.facts().value(QStringLiteral("legal")).toBool(), legal);
        QCOMPARE(a.roleAccount, roleAccount);
        if (roleAccount.isEmpty())
            QVERIFY(a.facts().value(QStringLiteral("role_account")).isNull());
        else
            QCOMPARE(a.facts().value(QStringLiteral("role_account")).toString(), roleAccount);
    }

    void sourceAndHashFollowTheContract()
    {
        MailUnit unit = unitFromFile(QStringLiteral("noise.eml"));
        unit.offset = 4711;
        const MessageAnalysis a = MessageAnalyzer().analyze(unit);
        QCOMPARE(
            a.facts().value(QStringLiteral("source")).toString(), Data + QStringLiteral("noise.eml#4711"));
        const QString expected
            = QString::fromLatin1(QCryptographicHash::hash(unit.bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(a.sha256, expected);
        QCOMPARE(a.facts().value(QStringLiteral("sha256")).toString(), expected);
    }

    void arfFactsAndTheAttachedOriginal()
    {
        const MessageAnalysis a = analyzeFile(QStringLiteral("arf-abuse.eml"));
        const QJsonObject fb = a.facts().value(QStringLiteral("feedback")).toObject();
        QCOMPARE(fb.value(QStringLiteral("type")).toString(), QStringLiteral("abuse"));
        QCOMPARE(fb.value(QStringLiteral("user_agent")).toString(), QStringLiteral("ReceiverFBL/2.1"));
        QCOMPARE(fb.value(QStringLiteral("source_ip")).toString(), QStringLiteral("192.0.2.7"));
        QCOMPARE(strings(fb.value(QStringLiteral("original_rcpt_to"))),
            QStringList { QStringLiteral("someone@receiver.example") });
        QCOMPARE(fb.value(QStringLiteral("original_mail_from")).toString(),
            QStringLiteral("bounces+c42@mail.acme-mailer.example"));
        QCOMPARE(strings(fb.value(QStringLiteral("reported_domain"))),
            (QStringList { QStringLiteral("acme-mailer.example"), QStringLiteral("esp.example") }));
        // 10:58:11 +0100 is 09:58:11 UTC
        QCOMPARE(fb.value(QStringLiteral("arrival_date")).toString(), QStringLiteral("2026-11-02T09:58:11Z"));

        const QJsonObject o = a.facts().value(QStringLiteral("original")).toObject();
        QCOMPARE(o.value(QStringLiteral("message_id")).toString(),
            QStringLiteral("20261102095800.42@acme-mailer.example"));
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("deals@acme-mailer.example"));
        QCOMPARE(o.value(QStringLiteral("return_path")).toString(),
            QStringLiteral("bounces+c42@mail.acme-mailer.example"));
        QCOMPARE(strings(o.value(QStringLiteral("dkim_domains"))),
            (QStringList { QStringLiteral("acme-mailer.example"), QStringLiteral("esp.example") }));
        QCOMPARE(o.value(QStringLiteral("list_id")).toString(), QStringLiteral("weekly.acme-mailer.example"));
        QCOMPARE(strings(o.value(QStringLiteral("list_unsubscribe"))),
            (QStringList { QStringLiteral("https://unsub.esp.example/u/42abc"),
                QStringLiteral("mailto:unsub-42abc@esp.example") }));
        QCOMPARE(o.value(QStringLiteral("one_click")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("feedback_id")).toString(), QStringLiteral("c42:weekly:esp"));
        QCOMPARE(o.value(QStringLiteral("subject")).toString(), QStringLiteral("Große Rabatte nur heute"));
        const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("X-Customer-ID")).toString(), QStringLiteral("c42"));
        QCOMPARE(headers.value(QStringLiteral("X-Campaign-ID")).toString(), QStringLiteral("weekly-2026-45"));
    }

    void arfDeviationsAndRfc822Headers()
    {
        const MessageAnalysis a = analyzeFile(QStringLiteral("arf-version1-received-date.eml"));
        const QJsonObject fb = a.facts().value(QStringLiteral("feedback")).toObject();
        QCOMPARE(fb.value(QStringLiteral("arrival_date")).toString(), QStringLiteral("2026-11-03T12:34:56Z"));
        QCOMPARE(fb.value(QStringLiteral("source_ip")).toString(), QStringLiteral("198.51.100.20"));
        const QJsonObject o = a.facts().value(QStringLiteral("original")).toObject();
        QCOMPARE(o.value(QStringLiteral("message_id")).toString(), QStringLiteral("sale-77@shop.example"));
        QCOMPARE(
            o.value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-Customer-ID")).toString(),
            QStringLiteral("c7"));
        // No List-Unsubscribe: the facts say nothing about one-click rather than inventing "false".
        QVERIFY(!o.contains(QStringLiteral("one_click")));
    }

    void dsnRecipientsAreClassifiedOneByOne()
    {
        const MessageAnalysis a = analyzeFile(QStringLiteral("dsn-multi-recipient.eml"));
        const QJsonArray recipients = a.facts().value(QStringLiteral("recipients")).toArray();
        QCOMPARE(recipients.size(), 3); // the delivered one is not a bounce
        const QJsonObject gone = recipients.at(0).toObject();
        QCOMPARE(gone.value(QStringLiteral("address")).toString(), QStringLiteral("gone@receiver.example"));
        QCOMPARE(gone.value(QStringLiteral("action")).toString(), QStringLiteral("failed"));
        QCOMPARE(gone.value(QStringLiteral("status")).toString(), QStringLiteral("5.1.1"));
        QCOMPARE(gone.value(QStringLiteral("reply_code")).toString(), QStringLiteral("550"));
        QCOMPARE(gone.value(QStringLiteral("class")).toString(), QStringLiteral("hard"));
        QCOMPARE(gone.value(QStringLiteral("reason")).toString(), QStringLiteral("user-unknown"));
        QCOMPARE(gone.value(QStringLiteral("remote_mta")).toString(), QStringLiteral("mx.receiver.example"));
        QVERIFY(gone.value(QStringLiteral("diagnostic"))
                .toString()
                .contains(QStringLiteral("User unknown in virtual mailbox table")));
        const QJsonObject full = recipients.at(1).toObject();
        QCOMPARE(full.value(QStringLiteral("class")).toString(), QStringLiteral("soft"));
        QCOMPARE(full.value(QStringLiteral("reason")).toString(), QStringLiteral("mailbox-full"));
        const QJsonObject slow = recipients.at(2).toObject();
        QCOMPARE(slow.value(QStringLiteral("action")).toString(), QStringLiteral("delayed"));
        QCOMPARE(slow.value(QStringLiteral("class")).toString(), QStringLiteral("soft"));
        QCOMPARE(slow.value(QStringLiteral("reason")).toString(), QStringLiteral("network-error"));
        QCOMPARE(a.facts()
                     .value(QStringLiteral("original"))
                     .toObject()
                     .value(QStringLiteral("message_id"))
                     .toString(),
            QStringLiteral("20261102095800.42@acme-mailer.example"));
    }

    void trustedReportersEscalate()
    {
        AnalysisPolicy policy = AnalysisPolicy::defaults();
        policy.trustedReporters = { QStringLiteral("home.example") };
        const MessageAnalysis a = analyzeFile(QStringLiteral("complaint-legal.eml"), policy);
        QCOMPARE(a.kind, QStringLiteral("escalated-complaint"));
        QVERIFY(a.legal);
    }

    void analystsOwnRoleAccountCounts()
    {
        AnalysisPolicy policy = AnalysisPolicy::defaults();
        policy.roleAccounts.append(QStringLiteral("fbl@esp.example"));
        QCOMPARE(analyzeFile(QStringLiteral("fbl-non-arf.eml"), policy).roleAccount,
            QStringLiteral("fbl@esp.example"));
    }

    void legalToneInEveryShippedLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("legal");
        QTest::newRow("en") << QStringLiteral("My attorney will contact you.") << true;
        QTest::newRow("de") << QStringLiteral(
            "Ich werde meinen Anwalt einschalten und Auskunft nach DSGVO verlangen.")
                            << true;
        QTest::newRow("fr") << QStringLiteral("Je vais saisir la CNIL et mon avocat.") << true;
        QTest::newRow("es") << QStringLiteral("Presentaré una denuncia ante la AEPD.") << true;
        QTest::newRow("none") << QStringLiteral(
            "Please stop sending me these newsletters, I never subscribed.")
                              << false;
        QTest::newRow("courtesy") << QStringLiteral("As a courtesy, I am letting you know this is spam.")
                                  << false;
    }

    void legalToneInEveryShippedLanguage()
    {
        QFETCH(QString, text);
        QFETCH(bool, legal);
        const QByteArray bytes = "From: p@home.example\nTo: abuse@esp.example\nSubject: Your mail\n"
                                 "Content-Type: text/plain; charset=UTF-8\n\n"
            + text.toUtf8() + "\n";
        const MessageAnalysis a = MessageAnalyzer().analyze({ QStringLiteral("mem"), 0, bytes });
        QCOMPARE(a.legal, legal);
    }

    void listPostsAreNoiseWithTheirNamesKept()
    {
        const QByteArray post
            = "From: Jan <jan@isp.example>\nTo: mailop@mailop.example\n"
              "Delivered-To: postmaster@esp.example\nSubject: [mailop] spam from esp.example?\n"
              "List-Id: mailop <mailop.mailop.example>\nPrecedence: list\n\n"
              "We see spam from 192.0.2.38 and 2001:db8::7, From: news@Shop.Example.\n";
        MessageAnalysis a = MessageAnalyzer().analyze({ QStringLiteral("mem"), 0, post });
        QCOMPARE(a.kind, QStringLiteral("noise"));
        const QJsonObject named = a.facts().value(QStringLiteral("named")).toObject();
        QCOMPARE(named.value(QStringLiteral("ips")).toArray().size(), 2);
        QVERIFY(named.value(QStringLiteral("domains")).toArray().contains(QStringLiteral("shop.example")));
        // Redirected to the desk as it was, the same mail is the complaint of whoever redirected it.
        a = MessageAnalyzer().analyze({ QStringLiteral("mem"), 0,
            "Resent-From: anna@mail.example\nResent-To: abuse@esp.example\n" + post });
        QCOMPARE(a.kind, QStringLiteral("complaint"));
    }

    void hostileStructureGivesAWarningNotACrash()
    {
        QByteArray bytes = "From: x@y\nSubject: deep\nContent-Type: multipart/mixed; boundary=b0\n\n";
        for (int i = 0; i < 10000; ++i)
            bytes += "--b" + QByteArray::number(i) + "\nContent-Type: multipart/mixed; boundary=b"
                + QByteArray::number(i + 1) + "\n\n";
        const MessageAnalysis a = MessageAnalyzer().analyze({ QStringLiteral("mem"), 0, bytes });
        QCOMPARE(a.kind, QStringLiteral("noise"));
        QVERIFY(a.facts().value(QStringLiteral("warnings")).toArray().size() == 1);
    }

    void deeplyNestedAttachedMessagesGiveAWarning()
    {
        QByteArray bytes;
        for (int i = 0; i < 10000; ++i)
            bytes += "From: x@y\nSubject: level " + QByteArray::number(i)
                + "\nContent-Type: message/rfc822\n\n";
        bytes += "From: z@y\nSubject: bottom\n\nhello\n";
        const MessageAnalysis a = MessageAnalyzer().analyze({ QStringLiteral("mem"), 0, bytes });
        QCOMPARE(a.subject, QStringLiteral("level 0"));
        QCOMPARE(a.facts().value(QStringLiteral("warnings")).toArray().size(), 1);
    }

    void aTenMegabyteHeaderLineIsAnalysed()
    {
        const QByteArray bytes = "From: p@home.example\nTo: abuse@esp.example\nX-Junk: "
            + QByteArray(10 * 1024 * 1024, 'a') + "\nSubject: spam again\n\nStop sending me spam.\n";
        const MessageAnalysis a = MessageAnalyzer().analyze({ QStringLiteral("mem"), 0, bytes });
        QCOMPARE(a.kind, QStringLiteral("complaint"));
        QCOMPARE(a.subject, QStringLiteral("spam again"));
    }

    void nulBytesInHeadersDoNotCrashKMime()
    {
        QFile f(QStringLiteral(ABUSEDESK_TEST_DATA "/fuzz-crashes/kmime-nul-in-content-type-name.mbox"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const MessageAnalysis a = MessageAnalyzer().analyze({ f.fileName(), 0, f.readAll() });
        QCOMPARE(a.kind, QStringLiteral("feedback-report"));
    }

    void undeclaredUtf8IsReadAsUtf8()
    {
        // A German bounce notice in 8-bit UTF-8 without any Content-Type header.
        const QByteArray bytes
            = "Subject: Unzustellbar: Rechnung 4711\nFrom: MAILER-DAEMON@mail.example.org\n\n"
              "Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpf\xc3\xa4nger: vera.koch@example.com\n"
              "Grund: 550 5.1.1 Mailbox nicht vorhanden\n";
        const MessageAnalysis a = MessageAnalyzer().analyze({ QStringLiteral("mem"), 0, bytes });
        QCOMPARE(a.kind, QStringLiteral("bounce"));
        const QJsonArray recipients = a.facts().value(QStringLiteral("recipients")).toArray();
        QCOMPARE(recipients.size(), 1);
        QCOMPARE(recipients.at(0).toObject().value(QStringLiteral("address")).toString(),
            QStringLiteral("vera.koch@example.com"));
        QCOMPARE(
            recipients.at(0).toObject().value(QStringLiteral("class")).toString(), QStringLiteral("hard"));
    }

    void brokenEncodingsAndCharsetsStillClassify()
    {
        const QByteArray bytes
            = "From: =?x-unknown?B?!!!?= <p@home.example>\nTo: abuse@esp.example\n"
              "Subject: =?utf-8?q?Spam_=ZZ_again?=\nContent-Type: text/plain; charset=lying-charset\n"
              "Content-Transfer-Encoding: base64\n\n@@@not base64@@@\n";
        const MessageAnalysis a = MessageAnalyzer().analyze({ QStringLiteral("mem"), 0, bytes });
        QVERIFY(!a.kind.isEmpty());
        QCOMPARE(a.roleAccount, QStringLiteral("abuse@esp.example"));
    }
};

QTEST_GUILESS_MAIN(TestMessageAnalyzer)
#include "tst_messageanalyzer.moc"
