// SPDX-License-Identifier: GPL-2.0-or-later
// The attribution rules on their own: order, validity periods of reassigned addresses, shared
// pools, header patterns, subdomains, disagreements, text mentions, the words of "why", and
// customers.csv read and written back.
#include "attribution/Attributor.h"
#include "attribution/CustomerCsv.h"
#include "demo/DemoCase.h"
#include "mail/MailClassifier.h"
#include "mail/NamedInText.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace abusedesk;
using namespace abusedesk::attribution;
using namespace Qt::StringLiterals;

namespace {

qint64 day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
}

Identifier ip(
    qint64 id, qint64 customer, const QString &range, qint64 from = 0, qint64 until = 0, bool shared = false)
{
    Identifier i;
    i.id = id;
    i.customerId = customer;
    i.kind = IdentifierKind::Ip;
    i.value = range;
    i.validFrom = from;
    i.validUntil = until;
    i.shared = shared;
    return i;
}

Identifier other(
    qint64 id, qint64 customer, IdentifierKind kind, const QString &value, const QString &header = {})
{
    Identifier i;
    i.id = id;
    i.customerId = customer;
    i.kind = kind;
    i.value = value;
    i.header = header;
    return i;
}

// The default rules of a new case database (storage/Migrations.cpp, step 3).
QList<Rule> defaultRules()
{
    return { { 1, 1, RuleKind::LogCustomer, {}, {}, true },
        { 2, 2, RuleKind::Header, u"X-Customer-ID"_s, uR"(^\s*(\S+)\s*$)"_s, true },
        { 3, 3, RuleKind::Header, u"Feedback-ID"_s, u"^[^:]*:([^:]+):"_s, true },
        { 4, 4, RuleKind::SourceIp, {}, {}, true }, { 5, 5, RuleKind::DkimDomain, {}, {}, true },
        { 6, 6, RuleKind::ReturnPathDomain, {}, {}, true }, { 7, 7, RuleKind::ListId, {}, {}, true },
        { 8, 8, RuleKind::FromDomain, {}, {}, true }, { 9, 9, RuleKind::Contact, {}, {}, true },
        { 10, 10, RuleKind::NamedInText, {}, {}, true } };
}

Directory directory()
{
    Directory d;
    d.customers = { { 1, u"c001"_s, u"ACME"_s, { u"it@acme.example"_s } }, { 2, u"c002"_s, u"Globex"_s, {} },
        { 3, u"c003"_s, u"Initech"_s, {} } };
    d.identifiers = {
        // 192.0.2.7 changed hands on 1 July 2026.
        ip(10, 1, u"192.0.2.7"_s, day(2026, 3, 1), day(2026, 7, 1)),
        ip(11, 2, u"192.0.2.7"_s, day(2026, 7, 1)),
        // A shared pool.
        ip(12, 1, u"203.0.113.64/28"_s, 0, 0, true),
        ip(13, 3, u"203.0.113.64/28"_s, 0, 0, true),
        ip(14, 3, u"2001:db8:25::/64"_s),
        other(20, 1, IdentifierKind::DkimDomain, u"acme.example"_s),
        other(21, 1, IdentifierKind::ReturnPathDomain, u"bounce.acme.example"_s),
        other(22, 2, IdentifierKind::Domain, u"globex.example"_s),
        other(23, 3, IdentifierKind::FromDomain, u"initech.example"_s),
        other(24, 1, IdentifierKind::Header, u"acct-1"_s, u"X-Customer-ID"_s),
        other(25, 2, IdentifierKind::Header, u"k77"_s, u"Feedback-ID"_s),
        other(26, 3, IdentifierKind::ListId, u"news.initech.example"_s),
    };
    d.rules = defaultRules();
    d.ownDomains = { u"esp.example"_s };
    d.ownNetworks = { u"198.51.100.0/24"_s };
    return d;
}

} // namespace

class TestAttributor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reassignedAddressBelongsToWhoeverHeldItThen()
    {
        const Attributor a(directory());
        ItemFacts f;
        f.sourceIps = { u"192.0.2.7"_s };
        f.when = day(2026, 5, 10) + 3600;
        Attribution r = a.attribute(f);
        QCOMPARE(r.customerId, 1);
        QCOMPARE(r.ruleId, 4);
        QCOMPARE(r.identifierId, 10);
        const QStringList why = a.explain(r, f.when);
        QCOMPARE(why.value(0),
            u"Source-IP 192.0.2.7 was held by ACME from 1 March 2026 until 1 July 2026; the mail was sent on "
            "10 May 2026 (rule 4)"_s);
        f.when = day(2026, 7, 1); // the first second of the new holder
        r = a.attribute(f);
        QCOMPARE(r.customerId, 2);
        f.when = day(2026, 2, 28); // before anyone held it
        QCOMPARE(a.attribute(f).customerId, 0);
    }

    void sharedPoolDecidesNothingAndIsShownAsSuch()
    {
        const Attributor a(directory());
        ItemFacts f;
        f.sourceIps = { u"203.0.113.70"_s };
        f.when = day(2026, 5, 1);
        Attribution r = a.attribute(f);
        QCOMPARE(r.customerId, 0);
        QCOMPARE(r.ambiguous.size(), 2);
        // With a domain that names one of the pool's users, that one is it, without disagreement.
        f.dkimDomains = { u"mail.acme.example"_s };
        r = a.attribute(f);
        QCOMPARE(r.customerId, 1);
        QCOMPARE(r.ruleId, 5);
        QVERIFY(r.disagreements.isEmpty());
        QCOMPARE(r.value, u"mail.acme.example"_s);
        QVERIFY2(a.explain(r, 0).value(0).contains(u"registered: acme.example"_s),
            qPrintable(a.explain(r, 0).value(0)));
    }

    void earlierRuleWinsAndLaterRulesThatDisagreeAreKept()
    {
        const Attributor a(directory());
        ItemFacts f;
        f.headers = { { u"x-customer-id"_s, u" acct-1 "_s } };
        f.fromAddresses = { u"news@initech.example"_s };
        f.returnPaths = { u"bounces+x@bounce.acme.example"_s };
        const Attribution r = a.attribute(f);
        QCOMPARE(r.customerId, 1);
        QCOMPARE(r.ruleId, 2);
        QCOMPARE(r.value, u"acct-1"_s);
        QCOMPARE(r.disagreements.size(), 1);
        QCOMPARE(r.disagreements.at(0).customerId, 3);
        QCOMPARE(r.disagreements.at(0).ruleId, 8);
        // Stored and read back.
        Attribution back;
        back.setProblemsJson(r.problemsJson());
        QCOMPARE(back.disagreements, r.disagreements);
        QVERIFY(a.explain(r, 0).value(1).startsWith(
            u"Disagreement: From domain news@initech.example belongs to Initech"_s));
    }

    void headerPatternCapturesTheCustomerSegment()
    {
        const Attributor a(directory());
        ItemFacts f;
        f.headers = { { u"Feedback-ID"_s, u"spring:k77:newsletter:esp"_s } };
        QCOMPARE(a.attribute(f).customerId, 2);
        f.headers = { { u"Feedback-ID"_s, u"k77"_s } }; // no segments: the pattern does not match
        QCOMPARE(a.attribute(f).customerId, 0);
        Rule broken { 9, 1, RuleKind::Header, u"X-Tenant"_s, u"(unclosed"_s, true };
        QVERIFY(broken.problem().contains(u"not a valid regular expression"_s));
        broken.pattern = u"(a)(b)"_s;
        QVERIFY(broken.problem().contains(u"at most one capture"_s));
    }

    void logCustomerFieldIsAnIdOrAHeaderValue()
    {
        const Attributor a(directory());
        QCOMPARE(a.attribute(ItemFacts::forDelivery(u"C002"_s, {}, {}, 0)).customerId, 2);
        QCOMPARE(a.attribute(ItemFacts::forDelivery(u"acct-1"_s, {}, {}, 0)).customerId, 1);
        const Attribution r = a.attribute(ItemFacts::forDelivery(
            {}, u"bounces+abc@bounce.acme.example"_s, u"2001:db8:25::1"_s, day(2026, 1, 1)));
        QCOMPARE(r.customerId, 3); // the address rule comes before the Return-Path rule
        QCOMPARE(r.disagreements.size(), 1);
        QCOMPARE(
            a.attribute(ItemFacts::forDelivery({}, u"info@esp.example"_s, u"192.0.2.250"_s, 0)).customerId,
            0);
    }

    void textNamesCountOnlyForComplaintsAndMentionsForAll()
    {
        const Attributor a(directory());
        ItemFacts f;
        f.namedDomains = { u"globex.example"_s, u"esp.example"_s };
        f.namedIps = { u"192.0.2.7"_s };
        f.when = day(2026, 4, 1);
        QCOMPARE(a.attribute(f).customerId, 0); // noise or an auto-reply: not attributed by its text
        f.textCounts = true;
        // A text naming two customers (Globex's domain, an address ACME held then) decides nothing.
        Attribution r = a.attribute(f);
        QCOMPARE(r.customerId, 0);
        QCOMPARE(r.ambiguous.size(), 2);
        f.namedIps.clear();
        r = a.attribute(f);
        QCOMPARE(r.customerId, 2);
        QCOMPARE(r.ruleId, 10);
        f.namedIps = { u"192.0.2.7"_s, u"198.51.100.9"_s };
        const QList<Match> mentions = a.mentions(f);
        QCOMPARE(mentions.size(), 4);
        QCOMPARE(mentions.at(3).value, u"198.51.100.9"_s);
        QCOMPARE(mentions.at(3).customerId, 0);
        QCOMPARE(mentions.at(1).value, u"esp.example"_s);
        QCOMPARE(mentions.at(1).customerId, 0);
    }

    void contactAndListId()
    {
        const Attributor a(directory());
        ItemFacts f;
        f.senderAddress = u"IT@acme.example"_s;
        QCOMPARE(a.attribute(f).customerId, 1);
        f = {};
        f.listIds = { u"Initech News <news.initech.example>"_s };
        QCOMPARE(a.attribute(f).customerId, 3);
    }

    void disabledRulesAreSkipped()
    {
        Directory d = directory();
        for (Rule &r : d.rules)
            if (r.kind == RuleKind::SourceIp)
                r.enabled = false;
        const Attributor a(d);
        ItemFacts f;
        f.sourceIps = { u"192.0.2.7"_s };
        f.when = day(2026, 5, 1);
        QCOMPARE(a.attribute(f).customerId, 0);
    }

    void factsOfAMessage()
    {
        const QByteArray facts
            = R"({"kind":"feedback-report","from":"fbl@isp.example","date":"2026-11-02T10:00:00Z",
            "feedback":{"type":"abuse","source_ip":"192.0.2.7","original_mail_from":"b@bounce.acme.example",
            "arrival_date":"2026-05-02T10:00:00Z"},
            "original":{"from":"news@acme.example","dkim_domains":["acme.example"],"list_id":"<l.acme.example>",
            "feedback_id":"a:k77:b:c","headers":{"X-Customer-ID":"acct-1"},"date":"2026-05-01T09:00:00Z"},
            "named":{"domains":["x.example"],"ips":["198.51.100.1"]}})";
        const ItemFacts f = ItemFacts::fromMessageFacts(facts);
        QCOMPARE(f.when, day(2026, 5, 1) + 9 * 3600); // the original's date first
        QCOMPARE(f.sourceIps, QStringList { u"192.0.2.7"_s });
        QCOMPARE(f.returnPaths, QStringList { u"b@bounce.acme.example"_s });
        QCOMPARE(f.headers.size(), 2);
        QCOMPARE(f.listIds, QStringList { u"<l.acme.example>"_s });
        QCOMPARE(f.namedDomains, QStringList { u"x.example"_s });
        QVERIFY(!f.textCounts);
        const Attributor a(directory());
        const Attribution r = a.attribute(f);
        QCOMPARE(r.customerId, 1);
        QCOMPARE(r.disagreements.size(), 1); // Feedback-ID k77 is Globex's
    }

    void theImportReadsTheSameFactsWithoutParsingThem()
    {
        // The import attributes from the analysis (ItemFacts::fromAnalysis), re-attribution from
        // the stored facts (fromMessageFacts): every message of a demo case and every fixture
        // must give the same facts both ways.
        QTemporaryDir dir;
        demo::DemoCase demoCase({ 7, 1 });
        QVERIFY2(demoCase.writeTo(dir.path()), qPrintable(demoCase.error()));
        mail::AnalysisPolicy policy = mail::AnalysisPolicy::defaults();
        policy.customerHeaders.append(u"X-Mailer-Account"_s);
        int compared = 0;
        int withOriginal = 0;
        int named = 0;
        mail::MailClassifier classifier(
            policy,
            [&](const mail::MailUnit &unit, const mail::MessageAnalysis &analysis) {
                const ItemFacts live = ItemFacts::fromAnalysis(analysis);
                const ItemFacts stored = ItemFacts::fromMessageFacts(analysis.factsJson);
                const QByteArray where = unit.source().toUtf8();
                [&] {
                    QVERIFY2(live.when == stored.when, where.constData());
                    QVERIFY2(live.headers == stored.headers, where.constData());
                    QVERIFY2(live.sourceIps == stored.sourceIps, where.constData());
                    QVERIFY2(live.dkimDomains == stored.dkimDomains, where.constData());
                    QVERIFY2(live.returnPaths == stored.returnPaths, where.constData());
                    QVERIFY2(live.fromAddresses == stored.fromAddresses, where.constData());
                    QVERIFY2(live.listIds == stored.listIds, where.constData());
                    QVERIFY2(live.senderAddress == stored.senderAddress, where.constData());
                    QVERIFY2(live.namedDomains == stored.namedDomains, where.constData());
                    QVERIFY2(live.namedIps == stored.namedIps, where.constData());
                    QVERIFY2(live.textCounts == stored.textCounts, where.constData());
                }();
                ++compared;
                withOriginal += live.dkimDomains.isEmpty() ? 0 : 1;
                named += live.namedDomains.isEmpty() ? 0 : 1;
                return !QTest::currentTestFailed();
            },
            [](const mail::MailRejection &) {});
        for (const QString &path : { dir.path(), QStringLiteral(ABUSEDESK_TEST_DATA "/mail") })
            QVERIFY(classifier.read(path));
        QVERIFY(classifier.finish());
        QVERIFY(compared > 400);
        QVERIFY(withOriginal > 100);
        QVERIFY(named > 10);
    }

    void namedInText()
    {
        const mail::NamedInText n = mail::NamedInText::scan(
            u"Spam from News.ACME.example (sent from 192.0.2.7 and 2001:DB8:25::1) at 10:00:00, see "
            "https://acme.example/x?y=1. Not: 1.2.3, e.g., 300.1.1.1, file.c, a..b"_s);
        QCOMPARE(n.domains, (QStringList { u"news.acme.example"_s, u"acme.example"_s }));
        QCOMPARE(n.ips, (QStringList { u"192.0.2.7"_s, u"2001:db8:25::1"_s }));
    }

    void customersCsvRoundTripAndProblems()
    {
        const QByteArray csv
            = "id,name,status,monthly_revenue,currency,contact_email,sending_ips,dkim_domains,"
              "x_customer_id,feedback_id_segment,header:X-Tenant\n"
              "c001,\"ACME, Inc.\",warned,1250.50,EUR,it@acme.example,"
              "192.0.2.7 2026-03-01..2026-07-01; 203.0.113.64/28 .. shared,acme.example,acct-1,k1,t9\n"
              "c002,Globex,sleeping,,,,,,,,\n"
              "c003,Initech,active,,,,999.1.1.1 2026-01-01..,,,,\n"
              "c004,,active,,,,,,,,\n";
        const CustomerCsvResult r = CustomerCsv::parse(csv);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.customers.size(), 1);
        QCOMPARE(r.problems.size(), 3);
        QCOMPARE(r.problems.at(0).line, 3);
        QCOMPARE(r.problems.at(0).column, u"status"_s);
        QCOMPARE(r.problems.at(1).line, 4);
        QVERIFY(r.problems.at(1).message.contains(u"999.1.1.1"_s));
        QCOMPARE(r.problems.at(2).line, 5);
        QCOMPARE(r.problems.at(2).column, u"name"_s);
        const CustomerRecord &c = r.customers.at(0);
        QCOMPARE(c.name, u"ACME, Inc."_s);
        QCOMPARE(c.revenueCents, 125050);
        QCOMPARE(c.identifiers.size(), 6);
        QCOMPARE(c.identifiers.at(0).validFrom, day(2026, 3, 1));
        QCOMPARE(c.identifiers.at(0).validUntil, day(2026, 7, 1));
        QVERIFY(c.identifiers.at(1).shared);

        const CustomerCsvResult again = CustomerCsv::parse(CustomerCsv::write(r.customers));
        QVERIFY(again.problems.isEmpty());
        QCOMPARE(again.customers.size(), 1);
        const CustomerRecord &d = again.customers.at(0);
        QCOMPARE(d.name, c.name);
        QCOMPARE(d.status, c.status);
        QCOMPARE(d.revenueCents, c.revenueCents);
        QCOMPARE(d.contacts, c.contacts);
        QCOMPARE(d.identifiers.size(), c.identifiers.size());
        for (const Identifier &id : c.identifiers) {
            const bool found
                = std::any_of(d.identifiers.cbegin(), d.identifiers.cend(), [&](const Identifier &e) {
                      return e.kind == id.kind && e.value == id.value && e.header == id.header
                          && e.validFrom == id.validFrom && e.validUntil == id.validUntil
                          && e.shared == id.shared;
                  });
            QVERIFY2(found, qPrintable(id.value));
        }
        QVERIFY(!CustomerCsv::parse("time,customer,recipient\n").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttributor)
#include "tst_attributor.moc"
