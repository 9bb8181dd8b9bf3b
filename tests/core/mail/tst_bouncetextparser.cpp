// SPDX-License-Identifier: GPL-2.0-or-later
// BounceTextParser against one fixture per notice variant (tests/data/bounce-text), and against
// hostile input: huge bodies, pathological lines, notices a person forwarded.
#include "mail/BounceTextParser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <iterator>
#include <vector>

using abusedesk::mail::BounceTextParser;
using abusedesk::mail::BounceTextRecipient;
using abusedesk::mail::BounceTextReport;

namespace {

struct ExpectedRecipient
{
    const char *address;
    const char *diagnostic; ///< a substring of the diagnostic; "" means the diagnostic must be empty
    const char *remoteMta;
    bool delayed;
};

struct ExpectedNotice
{
    const char *file; ///< without ".txt"
    const char *format; ///< "" for text that is not a bounce notice
    std::vector<ExpectedRecipient> recipients;
};

// What an analyst must see for each fixture. The diagnostic substrings deliberately span the
// places where the notice wraps its lines, so that they also prove the joining.
const std::vector<ExpectedNotice> &expectations()
{
    static const std::vector<ExpectedNotice> table = {
        // Postfix
        { "postfix-user-unknown", "postfix",
            { { "jane.doe@example.net",
                "550 5.1.1 <jane.doe@example.net>: Recipient address rejected: User unknown in virtual "
                "mailbox table "
                "(in reply to RCPT TO command)",
                "mx1.example.net", false } } },
        { "postfix-multi-recipient", "postfix",
            { { "a.smith@example.org",
                  "552 5.2.2 <a.smith@example.org>: Mailbox full - quota exceeded (in reply to RCPT TO "
                  "command)",
                  "mx.example.org", false },
                { "b.jones@example.org",
                    "550 5.7.1 Service unavailable; client [192.0.2.44] blocked using bl.example.org (in "
                    "reply",
                    "mx.example.org", false },
                { "c.brown@nosuchdomain.example.com",
                    "Host or domain name not found. Name service error for name=nosuchdomain", "",
                    false } } },
        { "postfix-delayed", "postfix",
            { { "slow.user@example.org",
                "delivery temporarily suspended: connect to mx2.example.org[203.0.113.20]:25: Connection "
                "timed out",
                "mx2.example.org", true } } },
        // A final bounce of expired mail quotes the last temporary reason but is not a warning.
        { "postfix-expired-final", "postfix",
            { { "gone.user@example.org", "delivery temporarily suspended: connect to mx2.example.org",
                "mx2.example.org", false } } },
        { "postfix-google-multiline", "postfix",
            { { "nobody.here@example.com",
                "550 5.1.1 The email account that you tried to reach does not exist. Please try "
                "double-checking the "
                "recipient's email address for typos or unnecessary spaces. For more information, go to "
                "https://",
                "aspmx.example.com", false } } },
        { "postfix-expanded-from", "postfix",
            { { "list.member@example.net",
                "554 5.7.1 Message rejected: spam content detected, see "
                "https://postmaster.example.net/rejected (in reply to "
                "end of DATA command)",
                "mx.example.net", false } } },
        { "zimbra-over-quota", "zimbra",
            { { "full.box@example.org", "552 5.2.2 Over quota", "zimbra-store.example.org", false },
                { "m.keller@example.org", "550 5.1.1 <m.keller@example.org>: Recipient address rejected",
                    "zimbra-store.example.org", false } } },
        // Sendmail and Proofpoint (which runs sendmail)
        { "sendmail-user-unknown", "sendmail",
            { { "old.customer@example.net", "550 5.1.1 <old.customer@example.net>... User unknown",
                "mx.example.net", false } } },
        { "sendmail-multi-recipient", "sendmail",
            { { "p.miller@example.net", "550 5.1.1 <p.miller@example.net>... User unknown", "mx.example.net",
                  false },
                { "q.wilson@example.org",
                    "554 5.7.1 Rejected: sending IP listed at bl.example.org See "
                    "https://bl.example.org/lookup?ip=192.0.2.17",
                    "mail.example.org", false } } },
        { "sendmail-warning-4h", "sendmail",
            { { "r.taylor@example.org", "Deferred: Connection timed out with mx.example.org", "", true } } },
        { "sendmail-data-rejected", "sendmail",
            { { "s.white@example.com", "554 5.7.1 Message content rejected as spam", "mx.example.com",
                  false },
                { "t.green@example.com", "554 5.7.1 Message content rejected as spam", "mx.example.com",
                    false } } },
        { "sendmail-mixed-permanent-and-transient", "sendmail",
            { { "ursula.kent@example.net", "550 5.1.1 <ursula.kent@example.net>... User unknown",
                  "mx.example.net", false },
                { "victor.lane@example.org", "Deferred: 421 4.3.2 Service shutting down", "", true } } },
        { "proofpoint-sendmail", "proofpoint",
            { { "u.black@example.org", "550 5.7.1 Message blocked by policy: suspected bulk mail",
                "mail.example.org", false } } },
        { "proofpoint-essentials", "proofpoint",
            { { "v.grey@example.net",
                "550 5.7.1 Message rejected by recipient policy: sender domain example.com is not permitted",
                "mx1.example.net", false } } },
        // Exim, and GMX/Web.de in German
        { "exim-user-unknown", "exim",
            { { "w.hall@example.net",
                "550 5.1.1 <w.hall@example.net>: Recipient address rejected: User unknown in local recipient "
                "table",
                "mx.example.net", false } } },
        { "exim-multi-recipient", "exim",
            { { "x.young@example.org",
                  "550 5.1.1 The email account that you tried to reach does not exist. Please check the "
                  "address",
                  "mx.example.org", false },
                { "y.king@unrouted.example.net", "Unrouteable address", "", false },
                { "z.scott@example.com", "retry timeout exceeded", "", false },
                { "info@example.org", "all hosts for 'example.org' have been failing for a long time", "",
                    false } } },
        { "exim-delay-warning", "exim",
            { { "greylisted.user@example.net", "451 4.7.1 Greylisted, please try again in 300 seconds",
                "mx.example.net", true } } },
        { "exim-cpanel-quota", "exim",
            { { "mailbox.owner@example.com", "Mailbox quota exceeded", "", false } } },
        { "exim-legacy-inline-host", "exim",
            { { "ann.lee@example.org", "550 No such recipient here", "mail.example.org", false } } },
        { "gmx-german", "gmx",
            { { "klaus.meyer@example.org", "550 5.1.1 Benutzer unbekannt / user unknown", "mx.example.org",
                  false },
                { "petra.schulz@example.net", "552 5.2.2 Postfach voll / mailbox full", "mx.example.net",
                    false } } },
        { "webde-german-delayed", "gmx",
            { { "lena.wolf@example.com", "421 4.7.0 Zu viele Verbindungen, bitte später erneut versuchen",
                "mx.example.com", true } } },
        // qmail
        { "qmail-remote", "qmail",
            { { "henry.ford@example.net",
                "550 5.1.1 <henry.ford@example.net>: Recipient address rejected: User unknown in virtual "
                "mailbox table",
                "198.51.100.70", false } } },
        { "qmail-multi-recipient", "qmail",
            { { "local.gone@example.com", "Sorry, no mailbox here by that name. (#5.1.1)", "", false },
                { "ida.bell@example.org",
                    "553 5.7.1 Sender address rejected: domain has no SPF authorisation", "203.0.113.71",
                    false },
                { "jack.ross@nowhere.example.net",
                    "couldn't find any host named nowhere.example.net. (#5.1.2)", "", false } } },
        // Courier
        { "courier-user-unknown", "courier",
            { { "kate.hill@example.net", "550 5.1.1 <kate.hill@example.net>... User unknown",
                "mx.example.net", false } } },
        { "courier-multi-same-line", "courier",
            { { "leo.ward@example.org", "550 5.7.1 Mail from 192.0.2.17 refused, listed at bl.example.org",
                  "mail.example.org", false },
                { "mia.cook@example.org", "452 4.2.2 Mailbox over quota", "mail.example.org", false } } },
        // Exchange, Office 365, Outlook.com
        { "exchange-2010-recipnotfound", "exchange",
            { { "nina.bauer@example.net", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "", false } } },
        { "exchange-2007-multi", "exchange",
            { { "oscar.lang@example.org", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "", false },
                { "paula.fox@example.org", "552 5.2.2 mailbox full", "", false } } },
        { "exchange-remote-smtp", "exchange",
            { { "rita.moss@example.net",
                  "550 5.1.1 <rita.moss@example.net>: Recipient address rejected: User unknown",
                  "mx.example.net", false },
                { "sam.reed@example.net", "554 5.7.1 Message rejected due to content restrictions", "",
                    false } } },
        { "exchange-2003-legacy", "exchange",
            { { "alan.ray@example.net", "550 5.1.1 <alan.ray@example.net>... User unknown", "", false } } },
        { "office365-new-style", "exchange",
            { { "tom.baker@example.net",
                "550 5.1.1 <tom.baker@example.net>: Recipient address rejected: User unknown in relay "
                "recipient table",
                "mx.example.net", false } } },
        { "office365-admin-receiving-server", "exchange",
            { { "uma.price@example.org", "550 4.4.7 QUEUE.Expired; message expired", "mx.example.org",
                false } } },
        { "outlookcom-delayed", "exchange",
            { { "vera.stone@example.com", "400 4.4.7 Message delayed", "mx.example.com", true } } },
        { "exchange-french", "exchange",
            { { "xavier.roux@example.org", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "", false } } },
        { "exchange-spanish", "exchange",
            { { "yolanda.diaz@example.net",
                "550 5.1.1 <yolanda.diaz@example.net>: Recipient address rejected", "", false } } },
        { "exchange-german", "exchange",
            { { "zoe.fischer@example.org", "552 5.3.4 Message size exceeds fixed maximum message size", "",
                false } } },
        // Domino
        { "domino-not-listed", "domino",
            { { "anna.berg@example.com",
                "User anna.berg (anna.berg@example.com) not listed in Domino Directory", "", false } } },
        { "domino-multi", "domino",
            { { "ben.carter@example.org", "Maximum hop count exceeded. Message probably in a routing loop.",
                  "", false },
                { "cara.diaz@example.org", "Unable to deliver message: 552 5.2.2 Mailbox full", "", false },
                { "dan.evans@example.org", "Unable to deliver message: 552 5.2.2 Mailbox full", "",
                    false } } },
        // Gmail and Google Workspace
        { "gmail-address-not-found", "gmail",
            { { "eva.lund@example.net",
                "550 5.1.1 <eva.lund@example.net>: Recipient address rejected: User unknown", "", false } } },
        { "gmail-message-blocked", "gmail",
            { { "finn.olsen@example.org",
                "554 5.7.1 Service unavailable; Client host [192.0.2.120] blocked using bl.example.org; "
                "https://",
                "", false } } },
        { "gmail-delivery-incomplete", "gmail",
            { { "gina.holm@example.com", "The recipient server did not accept our requests to connect.",
                "mx.example.com", true } } },
        { "gmail-legacy-multi", "gmail",
            { { "hans.dahl@example.net", "550 5.1.1 Mailbox does not exist", "mx.example.net", false },
                { "ines.berg@example.net", "550 5.1.1 Mailbox does not exist", "mx.example.net", false } } },
        // Yahoo
        { "yahoo-dd-no-account", "yahoo",
            { { "jonas.wahl@example.com",
                "554: delivery error: dd This user doesn't have an example.com account", "", false } } },
        { "yahoo-remote-host-said", "yahoo",
            { { "karl.nord@example.org",
                  "550 5.1.1 <karl.nord@example.org>: Recipient address rejected: User unknown [RCPT_TO]", "",
                  false },
                { "lisa.sand@example.org",
                    "552 5.2.2 <lisa.sand@example.org>: Mailbox full, try again later [RCPT_TO]", "",
                    false } } },
        // Amazon SES
        { "ses-failure", "ses", { { "mona.lind@example.net", "", "", false } } },
        { "ses-multi-with-dsn", "ses",
            { { "nils.ek@example.net",
                  "550 5.1.1 <nils.ek@example.net>: Recipient address rejected: User unknown",
                  "mx.example.net", false },
                { "olga.strand@example.org", "552 5.2.2 Mailbox full", "mx.example.org", false } } },
        // Mimecast, Apple/iCloud, MDaemon
        { "mimecast-invalid-recipient", "mimecast",
            { { "paul.frost@example.com",
                  "550 Invalid Recipient - https://community.example.com/docs/DOC-1369#550", "mx.example.com",
                  false },
                { "quinn.hart@example.com", "550 Rejected by header based Anti-Spoofing policy",
                    "mx.example.com", false } } },
        { "icloud-user-unknown", "apple",
            { { "rosa.gray@example.net", "550 5.1.1 <rosa.gray@example.net>: user does not exist",
                "mx.example.net", false } } },
        { "mdaemon-permanent", "mdaemon",
            { { "sara.lake@example.org",
                "550 5.1.1 <sara.lake@example.org>: Recipient address rejected: User unknown",
                "mx.example.org", false } } },
        // Generic: a bounce subject (or a mailer-daemon sender) and an address followed by a reply
        { "generic-failure-notice", "generic",
            { { "ulf.dale@example.net", "550 5.1.1 Mailbox unavailable", "", false } } },
        { "generic-unzustellbar-de", "generic",
            { { "vera.koch@example.com", "550 5.1.1 Mailbox nicht vorhanden / mailbox unavailable", "",
                false } } },
        { "generic-non-remis-fr", "generic",
            { { "walter.petit@example.org", "550 5.1.1 Adresse inconnue / user unknown", "", false },
                { "yves.martin@example.org", "552 5.2.2 Boîte aux lettres pleine / mailbox full", "",
                    false } } },
        { "generic-spanish", "generic",
            { { "xenia.ortiz@example.com", "550 5.1.1 El usuario no existe / user unknown", "", false } } },
        { "generic-inline-dsn", "generic",
            { { "yuri.lenz@example.net", "550 5.7.1 Message rejected because of SPF failure for example.com",
                "mx.example.net", false } } },
        // The notice lists its own sender and the postmaster too; neither is a failed recipient.
        { "generic-mailer-daemon-listed", "generic",
            { { "zora.hunt@example.org", "550 5.1.1 zora.hunt@example.org: no such user", "", false } } },
        // Not bounce notices
        { "not-bounce-complaint", "", {} },
        { "not-bounce-newsletter", "", {} },
        { "not-bounce-forwarded-bounce", "", {} },
        { "not-bounce-success-report", "", {} },
        { "not-bounce-auto-reply", "", {} },
    };
    return table;
}

struct Fixture
{
    QString subject;
    QString from;
    QString body;
};

QString fixtureFolder()
{
    return QStringLiteral(ABUSEDESK_TEST_DATA "/bounce-text");
}

// A fixture holds "Subject: …", "From: …", a blank line, then the body of the notice.
bool loadFixture(const QString &name, Fixture *fixture)
{
    QFile file(fixtureFolder() + QLatin1Char('/') + name + QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype secondEnd = text.indexOf(QLatin1Char('\n'), firstEnd + 1);
    if (firstEnd < 0 || secondEnd < 0 || text.mid(secondEnd + 1, 1) != QStringLiteral("\n"))
        return false;
    const QString subjectLine = text.left(firstEnd);
    const QString fromLine = text.mid(firstEnd + 1, secondEnd - firstEnd - 1);
    if (!subjectLine.startsWith(QStringLiteral("Subject: "))
        || !fromLine.startsWith(QStringLiteral("From: ")))
        return false;
    fixture->subject = subjectLine.mid(9);
    fixture->from = fromLine.mid(6);
    fixture->body = text.mid(secondEnd + 2);
    return true;
}

QString describe(const BounceTextReport &report)
{
    QStringList lines { QStringLiteral("format=") + report.format };
    for (const BounceTextRecipient &recipient : report.recipients) {
        lines << QStringLiteral("  %1 | %2 | %3 | %4")
                     .arg(recipient.address, recipient.remoteMta, recipient.diagnostic,
                         recipient.delayed ? QStringLiteral("delayed") : QStringLiteral("failed"));
    }
    return lines.join(QLatin1Char('\n'));
}

const char *const postfixNotice
    = "This is the mail system at host mail.example.com.\n"
      "\n"
      "I'm sorry to have to inform you that your message could not\n"
      "be delivered to one or more recipients. It's attached below.\n"
      "\n"
      "                   The mail system\n"
      "\n"
      "<jane.doe@example.net>: host mx1.example.net[198.51.100.25] said: 550 5.1.1\n"
      "    <jane.doe@example.net>: Recipient address rejected: User unknown (in reply\n"
      "    to RCPT TO command)\n"
      "\n";

// Deterministic junk full of the characters the patterns look for.
QString junk(qsizetype size, quint32 seed)
{
    static const QString pieces[] = {
        QStringLiteral("a@"),
        QStringLiteral("<"),
        QStringLiteral(">"),
        QStringLiteral(":"),
        QStringLiteral("550-5.1.1 "),
        QStringLiteral("["),
        QStringLiteral("]"),
        QStringLiteral("host "),
        QStringLiteral("<<< "),
        QStringLiteral(">>> "),
        QStringLiteral("x.example.net"),
        QStringLiteral(" said: "),
        QStringLiteral("'"),
        QStringLiteral("#"),
        QStringLiteral("\n"),
        QStringLiteral("    "),
        QStringLiteral("RCPT TO:"),
        QStringLiteral("(reason: "),
        QStringLiteral("192.0.2.1"),
        QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa"),
        QStringLiteral("."),
    };
    QRandomGenerator random(seed);
    QString text;
    text.reserve(size + 64);
    while (text.size() < size)
        text += pieces[random.bounded(int(std::size(pieces)))];
    return text;
}

} // namespace

class TestBounceTextParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void everyFixtureHasAnExpectation();
    void diagnosticsAreSingleCleanLines();
    void crlfLineEndsReadTheSame();
    void addressesAreNormalised();
    void bounceSenderIsNeverARecipient();
    void replyOrForwardIsNotANotice_data();
    void replyOrForwardIsNotANotice();
    void noticeBeforeMegabytesOfJunkIsFound();
    void onlyTheStartOfTheBodyIsScanned();
    void junkIsFastAndYieldsNothing();
    void pathologicalLinesAreFast_data();
    void pathologicalLinesAreFast();
};

void TestBounceTextParser::fixtures_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < expectations().size(); ++i)
        QTest::newRow(expectations().at(i).file) << int(i);
}

void TestBounceTextParser::fixtures()
{
    QFETCH(int, index);
    const ExpectedNotice &expected = expectations().at(size_t(index));
    Fixture fixture;
    QVERIFY2(loadFixture(QString::fromUtf8(expected.file), &fixture), expected.file);

    const BounceTextReport report = BounceTextParser::parse(fixture.subject, fixture.from, fixture.body);
    const QByteArray seen = describe(report).toUtf8();
    QVERIFY2(report.format == QString::fromUtf8(expected.format), seen.constData());
    QVERIFY2(report.recipients.size() == qsizetype(expected.recipients.size()), seen.constData());
    for (size_t i = 0; i < expected.recipients.size(); ++i) {
        const ExpectedRecipient &want = expected.recipients.at(i);
        const BounceTextRecipient &got = report.recipients.at(qsizetype(i));
        QCOMPARE(got.address, QString::fromUtf8(want.address));
        const QString diagnostic = QString::fromUtf8(want.diagnostic);
        if (diagnostic.isEmpty())
            QVERIFY2(got.diagnostic.isEmpty(), seen.constData());
        else
            QVERIFY2(got.diagnostic.contains(diagnostic), seen.constData());
        QCOMPARE(got.remoteMta, QString::fromUtf8(want.remoteMta));
        QCOMPARE(got.delayed, want.delayed);
    }
}

void TestBounceTextParser::everyFixtureHasAnExpectation()
{
    const QStringList files = QDir(fixtureFolder()).entryList({ QStringLiteral("*.txt") }, QDir::Files);
    QSet<QString> onDisk;
    for (const QString &file : files)
        onDisk.insert(file.chopped(4));
    QSet<QString> described;
    QSet<QString> formats;
    int multiRecipient = 0;
    int delayed = 0;
    int notBounces = 0;
    for (const ExpectedNotice &notice : expectations()) {
        described.insert(QString::fromUtf8(notice.file));
        formats.insert(QString::fromUtf8(notice.format));
        multiRecipient += notice.recipients.size() > 1 ? 1 : 0;
        notBounces += notice.recipients.empty() ? 1 : 0;
        for (const ExpectedRecipient &recipient : notice.recipients) {
            if (recipient.delayed) {
                ++delayed;
                break;
            }
        }
    }
    QCOMPARE(onDisk, described);
    QVERIFY(onDisk.size() >= 40);
    QVERIFY(multiRecipient >= 5);
    QVERIFY(delayed >= 5);
    QVERIFY(notBounces >= 3);
    for (const char *format :
        { "postfix", "sendmail", "exim", "qmail", "courier", "exchange", "domino", "gmail", "yahoo", "ses",
            "zimbra", "mdaemon", "mimecast", "proofpoint", "apple", "gmx", "generic" }) {
        QVERIFY2(formats.contains(QString::fromUtf8(format)), format);
    }
}

void TestBounceTextParser::diagnosticsAreSingleCleanLines()
{
    for (const ExpectedNotice &expected : expectations()) {
        Fixture fixture;
        QVERIFY2(loadFixture(QString::fromUtf8(expected.file), &fixture), expected.file);
        const BounceTextReport report = BounceTextParser::parse(fixture.subject, fixture.from, fixture.body);
        for (const BounceTextRecipient &recipient : report.recipients) {
            const QByteArray where = QByteArray(expected.file) + ": " + recipient.diagnostic.toUtf8();
            QVERIFY2(!recipient.diagnostic.contains(QLatin1Char('\n')), where.constData());
            QVERIFY2(!recipient.diagnostic.contains(QLatin1Char('\t')), where.constData());
            QVERIFY2(!recipient.diagnostic.contains(QStringLiteral("  ")), where.constData());
            QVERIFY2(recipient.diagnostic == recipient.diagnostic.trimmed(), where.constData());
            QVERIFY2(recipient.address == recipient.address.toLower(), where.constData());
            QVERIFY2(!recipient.address.contains(QLatin1Char('<'))
                    && !recipient.address.contains(QLatin1Char('>')),
                where.constData());
        }
    }
}

void TestBounceTextParser::crlfLineEndsReadTheSame()
{
    for (const ExpectedNotice &expected : expectations()) {
        Fixture fixture;
        QVERIFY2(loadFixture(QString::fromUtf8(expected.file), &fixture), expected.file);
        const BounceTextReport lf = BounceTextParser::parse(fixture.subject, fixture.from, fixture.body);
        QString crlfBody = fixture.body;
        crlfBody.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        const BounceTextReport crlf = BounceTextParser::parse(fixture.subject, fixture.from, crlfBody);
        QCOMPARE(describe(crlf), describe(lf));
    }
}

void TestBounceTextParser::addressesAreNormalised()
{
    const QString body = QStringLiteral("Your message could not be delivered.\n"
                                        "\n"
                                        "To: 'Mixed.Case@Example.ORG'\n"
                                        "  550 5.1.1 no such user\n"
                                        "\n"
                                        "RCPT TO:<Upper@EXAMPLE.net>\n"
                                        "  550 5.1.1 unknown\n"
                                        "\n"
                                        "\"Quoted@Example.com\"\n"
                                        "  552 5.2.2 mailbox full\n");
    const BounceTextReport report = BounceTextParser::parse(
        QStringLiteral("Undeliverable: hello"), QStringLiteral("MAILER-DAEMON@example.net"), body);
    QCOMPARE(report.format, QStringLiteral("generic"));
    QCOMPARE(report.recipients.size(), 3);
    QCOMPARE(report.recipients.at(0).address, QStringLiteral("mixed.case@example.org"));
    QCOMPARE(report.recipients.at(1).address, QStringLiteral("upper@example.net"));
    QCOMPARE(report.recipients.at(2).address, QStringLiteral("quoted@example.com"));
    QCOMPARE(report.recipients.at(2).diagnostic, QStringLiteral("552 5.2.2 mailbox full"));
}

void TestBounceTextParser::bounceSenderIsNeverARecipient()
{
    // The sender of this notice is not a MAILER-DAEMON by name, but lists itself anyway.
    const QString body = QStringLiteral("Delivery failed for these recipients:\n"
                                        "\n"
                                        "bounces@relay.example.com\n"
                                        "  550 5.1.1 notification copy\n"
                                        "\n"
                                        "real.user@example.org\n"
                                        "  550 5.1.1 no such user\n"
                                        "\n"
                                        "Postmaster@Example.org\n"
                                        "  550 5.1.1 copy to postmaster\n");
    const BounceTextReport report = BounceTextParser::parse(
        QStringLiteral("Mail delivery failed"), QStringLiteral("Relay <Bounces@relay.example.com>"), body);
    QCOMPARE(report.format, QStringLiteral("generic"));
    QCOMPARE(report.recipients.size(), 1);
    QCOMPARE(report.recipients.at(0).address, QStringLiteral("real.user@example.org"));
}

void TestBounceTextParser::replyOrForwardIsNotANotice_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("format");
    QTest::newRow("notice") << QStringLiteral("Undelivered Mail Returned to Sender")
                            << QStringLiteral("postfix");
    QTest::newRow("empty subject") << QString() << QStringLiteral("postfix");
    QTest::newRow("Re:") << QStringLiteral("Re: Undelivered Mail Returned to Sender") << QString();
    QTest::newRow("RE[2]:") << QStringLiteral("RE[2]: Undelivered Mail Returned to Sender") << QString();
    QTest::newRow("Fwd:") << QStringLiteral("Fwd: Undelivered Mail Returned to Sender") << QString();
    QTest::newRow("AW:") << QStringLiteral("AW: Unzustellbar: Angebot") << QString();
    QTest::newRow("TR:") << QStringLiteral("TR: Non remis : Commande") << QString();
}

void TestBounceTextParser::replyOrForwardIsNotANotice()
{
    QFETCH(QString, subject);
    QFETCH(QString, format);
    const BounceTextReport report = BounceTextParser::parse(
        subject, QStringLiteral("someone@example.com"), QString::fromUtf8(postfixNotice));
    QCOMPARE(report.format, format);
    QCOMPARE(report.recipients.size(), format.isEmpty() ? 0 : 1);
}

void TestBounceTextParser::noticeBeforeMegabytesOfJunkIsFound()
{
    const QString body = QString::fromUtf8(postfixNotice) + junk(8 * 1024 * 1024, 7);
    QElapsedTimer timer;
    timer.start();
    const BounceTextReport report
        = BounceTextParser::parse(QStringLiteral("Undelivered Mail Returned to Sender"),
            QStringLiteral("MAILER-DAEMON@mail.example.com"), body);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(report.format, QStringLiteral("postfix"));
    QVERIFY(!report.recipients.isEmpty());
    QCOMPARE(report.recipients.at(0).address, QStringLiteral("jane.doe@example.net"));
    QVERIFY(
        report.recipients.at(0).diagnostic.startsWith(QStringLiteral("550 5.1.1 <jane.doe@example.net>")));
    QVERIFY2(elapsed < 2000, QByteArray::number(elapsed).constData());
}

void TestBounceTextParser::onlyTheStartOfTheBodyIsScanned()
{
    // The notice always comes first; a "notice" after 100 KB of other text is not looked at.
    const QString filler = QStringLiteral("filler text without anything of interest\n").repeated(2500);
    const QString body = filler + QString::fromUtf8(postfixNotice);
    QVERIFY(filler.size() > 64 * 1024);
    const BounceTextReport late
        = BounceTextParser::parse(QString(), QStringLiteral("someone@example.com"), body);
    QCOMPARE(late.format, QString());
    QVERIFY(late.recipients.isEmpty());
    const BounceTextReport early = BounceTextParser::parse(QString(), QStringLiteral("someone@example.com"),
        filler.left(1000) + QString::fromUtf8(postfixNotice));
    QCOMPARE(early.format, QStringLiteral("postfix"));
}

void TestBounceTextParser::junkIsFastAndYieldsNothing()
{
    for (quint32 seed : { 1u, 2u, 3u }) {
        const QString body = junk(16 * 1024 * 1024, seed);
        QElapsedTimer timer;
        timer.start();
        const BounceTextReport report
            = BounceTextParser::parse(QStringLiteral("Hello"), QStringLiteral("someone@example.com"), body);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(report.format, QString());
        QVERIFY(report.recipients.isEmpty());
        QVERIFY2(elapsed < 2000, QByteArray::number(elapsed).constData());
    }
}

void TestBounceTextParser::pathologicalLinesAreFast_data()
{
    QTest::addColumn<QString>("body");
    const qsizetype size = 1024 * 1024;
    QTest::newRow("at signs") << QStringLiteral("a@").repeated(size / 2);
    QTest::newRow("local part without at") << QStringLiteral("a").repeated(size);
    QTest::newRow("dotted labels") << QStringLiteral("u@a.").repeated(size / 4);
    QTest::newRow("angle brackets") << QStringLiteral("<").repeated(size);
    QTest::newRow("transcript markers") << QStringLiteral("<<< 550-5.1.1 ").repeated(size / 14);
    QTest::newRow("host brackets") << QStringLiteral("a.b [1.2.3.4").repeated(size / 12);
    QTest::newRow("indented addresses") << QStringLiteral("  a@b.example.com\n").repeated(size / 18);
    QTest::newRow("angle blocks") << QStringLiteral("<a@b.example.com>:\n").repeated(size / 19);
    QTest::newRow("quotes") << QStringLiteral("Remote Server returned '").repeated(size / 24);
    QTest::newRow("empty lines") << QStringLiteral("\n").repeated(size);
}

void TestBounceTextParser::pathologicalLinesAreFast()
{
    QFETCH(QString, body);
    QElapsedTimer timer;
    timer.start();
    // A bounce subject and sender let the fallbacks run as well.
    const BounceTextReport report
        = BounceTextParser::parse(QStringLiteral("Undelivered Mail Returned to Sender"),
            QStringLiteral("MAILER-DAEMON@example.com"), body);
    const qint64 elapsed = timer.elapsed();
    for (const BounceTextRecipient &recipient : report.recipients)
        QVERIFY(recipient.diagnostic.size() <= 64 * 1024);
    QVERIFY2(elapsed < 2000, QByteArray::number(elapsed).constData());
}

QTEST_GUILESS_MAIN(TestBounceTextParser)

#include "tst_bouncetextparser.moc"
