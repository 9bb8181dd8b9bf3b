// SPDX-License-Identifier: GPL-2.0-or-later
// The facts writer must produce exactly what QJsonDocument writes (stored facts and the classify
// contract were written by QJsonDocument before), for hostile text too.
#include "common/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace abusedesk;
using namespace Qt::StringLiterals;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAreEscapedLikeQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"user@example.com"_s;
        QTest::newRow("quotes and backslashes") << u"say \"no\" \\ C:\\path"_s;
        QTest::newRow("control characters") << QString::fromUtf8("a\x01\x08\x09\x0a\x0c\x0d\x1f\x7f z");
        QTest::newRow("latin-1 and cjk") << u"Empfänger 受信者 überfüllt"_s;
        QTest::newRow("emoji (surrogate pair)") << u"spam 😡 again"_s;
        QString lone = u"x"_s;
        lone.append(QChar(0xd800)).append(u"y"_s).append(QChar(0xdc01));
        QTest::newRow("lone surrogates") << lone;
        QTest::newRow("empty") << QString();
        QTest::newRow("slash and html") << u"</script><a href='x'>"_s;
    }
    void stringsAreEscapedLikeQJsonDocument()
    {
        QFETCH(QString, text);
        JsonObjectWriter ours;
        ours.insert(u"k"_s, text);
        const QByteArray expected
            = QJsonDocument(QJsonObject { { u"k"_s, text } }).toJson(QJsonDocument::Compact);
        QCOMPARE(ours.toJson(), expected);
    }

    void membersSortedNestedAndReplaced()
    {
        JsonObjectWriter inner;
        inner.insert(u"X-Customer-ID"_s, u"c42"_s);
        inner.insert(u"a"_s, true);
        JsonArrayWriter list;
        list.append(u"one"_s);
        list.append(inner);
        JsonObjectWriter ours;
        ours.insert(u"zeta"_s, u"last"_s);
        ours.insert(u"kind"_s, u"bounce"_s);
        ours.insertNull(u"role_account"_s);
        ours.insert(u"legal"_s, false);
        ours.insert(u"headers"_s, inner);
        ours.insert(u"list"_s, list);
        ours.insert(u"urls"_s, QStringList { u"https://a"_s, u"b\"c"_s });
        ours.insert(u"kind"_s, u"complaint"_s); // replaces, like QJsonObject::insert
        QVERIFY(ours.contains(u"legal"_s));
        QVERIFY(!ours.contains(u"missing"_s));

        const QJsonObject innerObject { { u"X-Customer-ID"_s, u"c42"_s }, { u"a"_s, true } };
        const QJsonObject expected { { u"zeta"_s, u"last"_s }, { u"kind"_s, u"complaint"_s },
            { u"role_account"_s, QJsonValue::Null }, { u"legal"_s, false }, { u"headers"_s, innerObject },
            { u"list"_s, QJsonArray { u"one"_s, innerObject } },
            { u"urls"_s, QJsonArray { u"https://a"_s, u"b\"c"_s } } };
        QCOMPARE(ours.toJson(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
        QCOMPARE(JsonObjectWriter().toJson(), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
