// SPDX-License-Identifier: GPL-2.0-or-later
// MailAddresses scans by hand for speed; it must find what the pattern it replaced found.
#include "mail/MailAddresses.h"

#include <QRegularExpression>
#include <QTest>

using namespace abusedesk::mail;
using namespace Qt::StringLiterals;

namespace {
// The pattern MailAddresses used before, as the reference; with Unicode white space (the old
// pattern kept a no-break space inside an address, the scan ends the address there).
QStringList reference(const QString &text)
{
    static const QRegularExpression re(
        uR"(([^\s<>"(),;:\[\]]+@[^\s<>"(),;:\[\]]+))"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        QString a = it.next().captured(1).toLower();
        while (a.endsWith(u'.'))
            a.chop(1);
        out.append(a);
    }
    return out;
}

QStringList referenceUris(const QString &text)
{
    static const QRegularExpression re(u"<([^>]+)>"_s);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1).trimmed());
    return out;
}
} // namespace

class TestMailAddresses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsThePattern_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("display name") << u"Jane Doe <Jane.Doe@Example.COM>"_s;
        QTest::newRow("list") << u"a@b.c, \"X, Y\" <x@y.z>; (c@d) [e@f]:g@h"_s;
        QTest::newRow("rfc822 prefix") << u"rfc822;user@example.com."_s;
        QTest::newRow("at edges") << u"@lead trail@ @ a@@b @x@y a@b@c"_s;
        QTest::newRow("none") << u"no address here, just words."_s;
        QTest::newRow("unicode space") << u"a@b\u00a0c@d\u2003e@f"_s;
        QTest::newRow("idn and trailing dots") << u"Müller@Bücher.example... next@x"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("only at") << u"@"_s;
    }
    void sameAsThePattern()
    {
        QFETCH(QString, text);
        const QStringList expected = reference(text);
        QCOMPARE(MailAddresses::all(text), expected);
        QCOMPARE(MailAddresses::first(text), expected.value(0));
    }

    void angleUrisSameAsThePattern_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("list-unsubscribe")
            << u"<https://u.example/x?a=1>, <mailto:unsub@example.com?subject=u>"_s;
        QTest::newRow("empty brackets") << u"<> <><x> < spaced >"_s;
        QTest::newRow("nested and unclosed") << u"<<x> <a <b> <never closed"_s;
        QTest::newRow("none") << u"https://no.brackets.example"_s;
        QTest::newRow("list-id") << u"Weekly deals <weekly.customer.example>"_s;
    }
    void angleUrisSameAsThePattern()
    {
        QFETCH(QString, text);
        QCOMPARE(MailAddresses::angleUris(text), referenceUris(text));
    }
};

QTEST_GUILESS_MAIN(TestMailAddresses)
#include "tst_mailaddresses.moc"
