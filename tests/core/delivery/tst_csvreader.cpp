// SPDX-License-Identifier: GPL-2.0-or-later
// CsvReader line by line: RFC 4180 quoting, records over several lines, and the damage real
// exports carry (byte-order marks, NULs, invalid UTF-8, stray and misplaced quotes).
#include "delivery/CsvReader.h"

#include <QTest>

using abusedesk::delivery::CsvReader;
using namespace Qt::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void errorClearsTheRecord();
    void guessSeparator_data();
    void guessSeparator();
};

// What each call of addLine() said, in order: "[a|b|c]" for a record, "…" for "continues",
// "!reason" for an error. Fields are joined with "|" so that an empty field shows.
static QStringList feed(CsvReader &reader, const QList<QByteArray> &lines)
{
    QStringList outcomes;
    for (const QByteArray &line : lines) {
        QStringList fields { u"stale"_s };
        QString error = u"stale"_s;
        if (reader.addLine(line, fields, &error)) {
            if (!error.isEmpty())
                outcomes.append(u"!error set on success: "_s + error);
            outcomes.append(u'[' + fields.join(u'|') + u']');
        } else {
            outcomes.append(error.isEmpty() ? u"…"_s : u'!' + error);
        }
    }
    return outcomes;
}

void TestCsvReader::records_data()
{
    QTest::addColumn<char>("separator");
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<QStringList>("outcomes");
    QTest::addColumn<bool>("openAtEnd");

    auto row = [](const char *name, char separator, QList<QByteArray> lines, QStringList outcomes,
                   bool open = false) { QTest::newRow(name) << separator << lines << outcomes << open; };
    row("plain", ',', { "a,b,c" }, { u"[a|b|c]"_s });
    row("empty line is one empty field", ',', { "" }, { u"[]"_s });
    row("empty fields", ',', { ",a,,b," }, { u"[|a||b|]"_s });
    row("white space kept", ',', { " a , b " }, { u"[ a | b ]"_s });
    row("separator in quotes", ',', { "\"a,b\",c" }, { u"[a,b|c]"_s });
    row("doubled quotes", ',', { "\"say \"\"hi\"\"\",x" }, { u"[say \"hi\"|x]"_s });
    row("empty quoted field", ',', { "\"\",x,\"\"" }, { u"[|x|]"_s });
    row("only a doubled quote", ',', { "\"\"\"\"" }, { u"[\"]"_s });
    row("record over two lines", ',', { "1,\"line one", "line two\",z" },
        { u"…"_s, u"[1|line one\nline two|z]"_s });
    row("empty line inside quotes", ',', { "\"a", "", "b\"" }, { u"…"_s, u"…"_s, u"[a\n\nb]"_s });
    row("quote closing at the start of the next line", ',', { "x,\"a", "\"" }, { u"…"_s, u"[x|a\n]"_s });
    row("separator after a line break in quotes", ',', { "\"a", ",b\",c" }, { u"…"_s, u"[a\n,b|c]"_s });
    // Qt's UTF-8 decoder drops a byte-order mark at the start of any field; the reader must
    // drop the one of the first line itself, or a quote after it would not open a field.
    row("byte-order mark on the first line", ',', { "\xEF\xBB\xBFtime,x", "\xEF\xBB\xBFy,\xEF\xBB\xBF\"z\"" },
        { u"[time|x]"_s, u"[y|\"z\"]"_s });
    row("byte-order mark before a quote", ',', { "\xEF\xBB\xBF\"a\",b" }, { u"[a|b]"_s });
    row("stray quote in an unquoted field is literal", ',', { "12\" display,x\"y\"" },
        { u"[12\" display|x\"y\"]"_s });
    row("quote after leading space is literal", ',', { "a, \"b\"" }, { u"[a| \"b\"]"_s });
    row("text after a closing quote", ',', { "\"abc\"def,x", "ok,1" },
        { u"!text after a closing quote"_s, u"[ok|1]"_s });
    row("spaces after a closing quote", ',', { "\"abc\"  ,x" }, { u"[abc|x]"_s });
    row("NUL dropped", ',', { QByteArray("a\0b,c", 5) }, { u"[ab|c]"_s });
    row("NUL dropped inside quotes", ',', { QByteArray("\"a\0,b\",\0", 8) }, { u"[a,b|]"_s });
    row("NUL-only line", ',', { QByteArray("\0\0\0", 3) }, { u"[]"_s });
    row("invalid UTF-8 replaced", ',', { "caf\xe9,\xff\xfe,ok" }, { u"[caf\uFFFD|\uFFFD\uFFFD|ok]"_s });
    row("valid UTF-8 kept", ';',
        { "Gr\xc3\xbc\xc3\x9f"
          "e;\xe2\x82\xac" },
        { u"[Grüße|€]"_s });
    row("semicolons", ';', { "a;\"b;c\";d,e" }, { u"[a|b;c|d,e]"_s });
    row("tabs", '\t', { "a\t\"b\tc\"\td,e" }, { u"[a|b\tc|d,e]"_s });
    row("unclosed at the end", ',', { "a,\"open" }, { u"…"_s }, true);
    row("error in the second line of a record", ',', { "\"a", "b\"c", "d,e" },
        { u"…"_s, u"!text after a closing quote"_s, u"[d|e]"_s });
    row("carriage return in quotes is text", ',', { "\"a\rb\",c" }, { u"[a\rb|c]"_s });
}

void TestCsvReader::records()
{
    QFETCH(char, separator);
    QFETCH(QList<QByteArray>, lines);
    QFETCH(QStringList, outcomes);
    QFETCH(bool, openAtEnd);

    CsvReader reader(separator);
    QCOMPARE(feed(reader, lines), outcomes);
    QCOMPARE(reader.inQuotedField(), openAtEnd);
}

// A malformed record is dropped whole: nothing of it reaches the next record.
void TestCsvReader::errorClearsTheRecord()
{
    CsvReader reader;
    QStringList fields;
    QString error;
    QVERIFY(!reader.addLine("first,\"multi", fields, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(reader.inQuotedField());
    QVERIFY(!reader.addLine("line\"oops,x", fields, &error));
    QCOMPARE(error, u"text after a closing quote"_s);
    QVERIFY(!reader.inQuotedField());
    QVERIFY(reader.addLine("next,record", fields, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(fields, QStringList({ u"next"_s, u"record"_s }));
    // Without an error pointer the reader works the same.
    QVERIFY(!reader.addLine("\"a\"b", fields));
    QVERIFY(reader.addLine("c", fields));
    QCOMPARE(fields, QStringList({ u"c"_s }));
}

void TestCsvReader::guessSeparator_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<char>("separator");

    QTest::newRow("commas") << QByteArray("time,customer,recipient") << ',';
    QTest::newRow("semicolons") << QByteArray("Date;Customer ID;E-Mail") << ';';
    QTest::newRow("tabs") << QByteArray("time\tcustomer\trecipient") << '\t';
    QTest::newRow("tabs with commas in names") << QByteArray("a,b\tc\td") << '\t';
    QTest::newRow("separators in quotes do not count") << QByteArray("\"a;b;c\",d") << ',';
    QTest::newRow("semicolons win over fewer commas") << QByteArray("a;b,c;d") << ';';
    QTest::newRow("no separator") << QByteArray("single") << ',';
    QTest::newRow("tie: comma") << QByteArray("a,b;c") << ',';
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "a;b;c")
                                     << ';';
}

void TestCsvReader::guessSeparator()
{
    QFETCH(QByteArray, header);
    QFETCH(char, separator);
    QCOMPARE(CsvReader::guessSeparator(header), separator);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
