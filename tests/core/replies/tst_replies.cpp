// SPDX-License-Identifier: GPL-2.0-or-later
// The direct-abuse checklist and templated replies on the demo case (seed 7, imported for real):
// the checklist's answers against the data read with SQL, written to the timeline once; the
// shipped templates; KTextTemplate rendering with unknown placeholders as errors; redaction;
// the case's numbers in the text; the .eml draft parsed back with KMime (encodings, threading
// headers, redaction); templates stored, exported, imported and reset.
#include "DemoDatabase.h"
#include "cases/CaseStore.h"
#include "cases/ComplaintChecklist.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "delivery/ReceiverDirectory.h"
#include "replies/ReplyComposer.h"
#include "replies/ReplyContext.h"
#include "replies/ReplyTemplateStore.h"
#include "reports/DashboardData.h"
#include "storage/Database.h"

#include <KMime/Message>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace abusedesk;
using namespace Qt::StringLiterals;

namespace {

qint64 scalar(const storage::Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QString text(const storage::Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

replies::ReplyTemplate shipped(const QString &name)
{
    for (const replies::ReplyTemplate &t : replies::ReplyTemplate::shippedTemplates())
        if (t.name == name)
            return t;
    return {};
}

} // namespace

class TestReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = storage::Database::open(
            m_dir.filePath(u"cases.abusedesk"_s), storage::Database::OpenMode::CreateNew);
        QVERIFY(m_db);
        QVERIFY(!testing::importDemo(*m_db, m_dir.filePath(u"demo"_s)).isEmpty());
        // A complaint written by a person, attributed, with the original attached or pasted, whose
        // writer got mail from the customer in the logs.
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(u"SELECT m.evidence_id, m.customer_id, lower(m.from_address) FROM messages m WHERE "
                   "m.kind = 'complaint' AND m.customer_id IS NOT NULL AND json_extract(m.facts, "
                   "'$.original.list_unsubscribe') IS NOT NULL AND EXISTS (SELECT 1 FROM deliveries d WHERE "
                   "d.recipient = lower(m.from_address) AND d.customer_id = m.customer_id) "
                   "ORDER BY m.evidence_id LIMIT 1"_s));
        QVERIFY2(q.next(), "the demo has no attributed complaint whose writer is in the logs");
        m_evidenceId = q.value(0).toLongLong();
        m_customerId = q.value(1).toLongLong();
        m_writer = q.value(2).toString();
        m_clock = std::make_unique<common::FixedClock>(
            QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC));
        cases::CaseStore store(*m_db, *m_clock);
        cases::NewCase c;
        c.customerId = m_customerId;
        c.category = u"direct-complaint"_s;
        c.severity = 2;
        c.title = u"Complaint about a newsletter"_s;
        c.evidenceIds = { m_evidenceId };
        m_caseId = store.open(c, u"tester"_s);
        QVERIFY2(m_caseId > 0, qPrintable(store.lastError()));
    }

    void theChecklistIsAnsweredFromTheData()
    {
        const cases::ComplaintChecklist checklist(*m_db, m_caseId);
        QVERIFY(checklist.applies());
        QCOMPARE(checklist.complaint()->evidenceId, m_evidenceId);
        QCOMPARE(checklist.complaint()->recipient, m_writer);
        QCOMPARE(checklist.items().size(), 7);

        const QJsonObject original = QJsonDocument::fromJson(
            text(*m_db, u"SELECT json_extract(facts, '$.original') FROM messages WHERE evidence_id = ?"_s,
                { m_evidenceId })
                .toUtf8())
                                         .object();
        const QJsonArray uris = original.value(u"list_unsubscribe"_s).toArray();
        QVERIFY(!uris.isEmpty());
        const cases::ChecklistItem *unsubscribe = checklist.item(u"unsubscribe"_s);
        QVERIFY(unsubscribe->answer.startsWith(u"yes: "_s));
        QVERIFY2(unsubscribe->answer.contains(uris.first().toString()), qPrintable(unsubscribe->answer));
        QVERIFY(!unsubscribe->concern);
        const cases::ChecklistItem *oneClick = checklist.item(u"one-click"_s);
        QCOMPARE(oneClick->answer.startsWith(u"yes"_s), original.value(u"one_click"_s).toBool());
        QCOMPARE(oneClick->concern, !original.value(u"one_click"_s).toBool());

        // How much mail, over what span: counted here with SQL.
        const QVariantList who { m_writer, m_customerId };
        const qint64 messages = scalar(*m_db,
            u"SELECT count(*) FROM deliveries WHERE recipient = ? AND customer_id = ? AND result != 'deferred'"_s,
            who);
        QVERIFY(messages > 0);
        const QDate first = QDateTime::fromSecsSinceEpoch(
            scalar(*m_db,
                u"SELECT min(time) FROM deliveries WHERE recipient = ? AND customer_id = ? AND result != 'deferred'"_s,
                who),
            QTimeZone::UTC)
                                .date();
        const cases::ChecklistItem *volume = checklist.item(u"volume"_s);
        QVERIFY2(volume->answer.startsWith(QStringLiteral("%1 message").arg(messages)),
            qPrintable(volume->answer));
        QVERIFY2(volume->answer.contains(first.toString(Qt::ISODate)), qPrintable(volume->answer));
        const QString campaign = text(*m_db,
            u"SELECT campaign FROM deliveries WHERE recipient = ? AND customer_id = ? AND campaign != '' LIMIT 1"_s,
            who);
        if (!campaign.isEmpty())
            QVERIFY2(volume->answer.contains(campaign), qPrintable(volume->answer));

        const delivery::Receiver receiver
            = delivery::ReceiverDirectory(*m_db).receiverOf(delivery::ReceiverDirectory::domainOf(m_writer));
        QCOMPARE(checklist.item(u"recipient-domain"_s)->answer.startsWith(u"consumer"_s), receiver.consumer);
        // The analyst's questions wait for the analyst.
        QVERIFY(checklist.item(u"opt-in"_s)->answer.isEmpty());
        QVERIFY(checklist.item(u"expectations"_s)->answer.isEmpty());
    }

    void anEarlierOptOutAndTheMailAfterItAreFound()
    {
        // An opt-out by the writer, a day after their first mail from the customer (as an opt-out file
        // would bring it): the checklist finds it, and the mail sent to them after it.
        const QVariantList who { m_writer, m_customerId };
        const qint64 first = scalar(*m_db,
            u"SELECT min(time) FROM deliveries WHERE recipient = ? AND customer_id = ? AND result != 'deferred'"_s,
            who);
        const QString ref = text(
            *m_db, u"SELECT customer_ref FROM deliveries WHERE recipient = ? AND customer_id = ?"_s, who);
        const qint64 after = scalar(*m_db,
            u"SELECT count(*) FROM deliveries WHERE recipient = ? AND customer_id = ? AND result != 'deferred' AND time > ?"_s,
            { m_writer, m_customerId, first + 3600 });
        QSqlQuery q(m_db->connection());
        q.prepare(
            u"INSERT INTO opt_outs (key, batch_id, time, customer_ref, recipient, receiver, reason, source, "
            "source_path, line) VALUES (x'01', (SELECT min(id) FROM import_batches), ?, ?, ?, 'x', 'never "
            "signed up', "
            "'test', 'test.csv', 1)"_s);
        q.addBindValue(first + 3600);
        q.addBindValue(ref);
        q.addBindValue(m_writer);
        QVERIFY(q.exec());
        const cases::ComplaintChecklist checklist(*m_db, m_caseId);
        const cases::ChecklistItem *earlier = checklist.item(u"earlier"_s);
        QVERIFY2(earlier->answer.startsWith(u"1 opt-out"_s), qPrintable(earlier->answer));
        if (after > 0) {
            QVERIFY2(earlier->answer.contains(QStringLiteral("; %1 message").arg(after)),
                qPrintable(earlier->answer));
            QVERIFY(earlier->concern);
        }
    }

    void answersLandInTheTimelineOnce()
    {
        cases::CaseStore store(*m_db, *m_clock);
        cases::ComplaintChecklist checklist(*m_db, m_caseId);
        const qint64 before = store.timeline(m_caseId).size();
        const int written = checklist.recordDataAnswers(store, u"tester"_s);
        QCOMPARE(written, 5); // the five questions the data answers
        QCOMPARE(checklist.recordDataAnswers(store, u"tester"_s), 0);
        QVERIFY(!checklist.recordAnswer(store, u"tester"_s, u"opt-in"_s, u"  "_s));
        const cases::OptInEvidence optIn { u"web form on shop.example"_s, u"2026-03-02"_s, u"198.51.100.7"_s,
            u"confirmation mail clicked"_s };
        QVERIFY(checklist.recordAnswer(store, u"tester"_s, u"opt-in"_s, optIn.answer()));
        const QList<cases::CaseEvent> events = store.timeline(m_caseId);
        QCOMPARE(events.size(), before + 6);
        const cases::CaseEvent &last = events.constLast();
        QCOMPARE(last.type, u"checklist"_s);
        QCOMPARE(last.data.value(u"key"_s).toString(), u"opt-in"_s);
        QCOMPARE(last.data.value(u"answer"_s).toString(),
            u"source: web form on shop.example; date: 2026-03-02; IP: 198.51.100.7; confirmation: confirmation mail clicked"_s);
        // Read again, the analyst's answer is the checklist's.
        const cases::ComplaintChecklist again(*m_db, m_caseId);
        QCOMPARE(again.item(u"opt-in"_s)->answer, optIn.answer());
        QVERIFY(again.item(u"volume"_s)->recordedAt.isValid());
    }

    void aCaseWithoutAComplaintHasNoChecklist()
    {
        cases::CaseStore store(*m_db, *m_clock);
        cases::NewCase c;
        c.customerId = m_customerId;
        c.category = u"complaint-rate"_s;
        c.title = u"Rate"_s;
        const qint64 id = store.open(c, u"tester"_s);
        QVERIFY(id > 0);
        QVERIFY(!cases::ComplaintChecklist(*m_db, id).applies());
    }

    void theShippedTemplatesReadAndRender()
    {
        const QList<replies::ReplyTemplate> &list = replies::ReplyTemplate::shippedTemplates();
        // Thirteen in English and the same thirteen in each other language the program ships
        // (NAME-LANG), with the same audience and categories.
        const QStringList languages = common::Translations::available();
        QCOMPARE(list.size(), 13 * languages.size());
        for (const replies::ReplyTemplate &t : list) {
            const QString language = replies::ReplyTemplate::languageOf(t.name);
            QVERIFY2(languages.contains(language), qPrintable(t.name));
            if (language == u"en")
                for (const QString &other : languages) {
                    if (other == u"en")
                        continue;
                    const auto it = std::find_if(list.cbegin(), list.cend(),
                        [&](const replies::ReplyTemplate &x) { return x.name == t.name + u'-' + other; });
                    QVERIFY2(it != list.cend(), qPrintable(t.name + u'-' + other));
                    QCOMPARE(it->audience, t.audience);
                    QCOMPARE(it->categories, t.categories);
                    QVERIFY2(it->body != t.body, qPrintable(it->name + u": body not translated"_s));
                }
        }
        QCOMPARE(replies::ReplyTemplate::languageOf(u"my-own-template"_s), QString());
        const std::optional<replies::ReplyContext> context
            = replies::ReplyContext::forCase(*m_db, m_caseId, { u"Dana Analyst"_s, false, 7 }, *m_clock);
        QVERIFY(context);
        for (const replies::ReplyTemplate &t : list) {
            QVERIFY2(t.problem().isEmpty(), qPrintable(t.name + u": "_s + t.problem()));
            const QStringList problems = replies::ReplyComposer::renderer().problems(t);
            QVERIFY2(problems.isEmpty(), qPrintable(t.name + u": "_s + problems.join(u"; "_s)));
            const replies::RenderedReply r = replies::ReplyComposer::renderer().render(t, context->values());
            QVERIFY2(r.ok(), qPrintable(t.name + u": "_s + r.errors.join(u"; "_s)));
            QVERIFY(!r.subject.isEmpty());
            QVERIFY2(!r.body.contains(u"{{"_s) && !r.body.contains(u"{%"_s), qPrintable(r.body));
            // No placeholder left a blank: no "  :" gaps, no empty parentheses or quotes.
            QVERIFY2(!r.body.contains(u"()"_s) && !r.body.contains(u"\"\""_s),
                qPrintable(t.name + u"\n"_s + r.body));
            QVERIFY2(r.body.contains(u"Dana Analyst"_s), qPrintable(t.name));
            // The file form reads back as the same template.
            QCOMPARE(replies::ReplyTemplate::fromFile(t.toFile())->body, t.body);
        }
        // Every placeholder the editor offers is filled for a case.
        for (const QString &path : replies::ReplyContext::placeholders()) {
            QVariant v = context->values();
            for (const QString &part : path.split(u'.')) {
                if (part == u"*"_s) {
                    const QVariantList items = v.toList();
                    if (items.isEmpty())
                        break;
                    v = items.first();
                    continue;
                }
                QVERIFY2(v.toHash().contains(part), qPrintable(path));
                v = v.toHash().value(part);
            }
        }
    }

    void oneEmailIsNotEmails()
    {
        // The recipient's history counts emails in the grammatical number of each language.
        const QList<replies::ReplyTemplate> &list = replies::ReplyTemplate::shippedTemplates();
        const QHash<QString, std::pair<QString, QString>> expected {
            { u"education-mailing-after-opt-out"_s, { u"1 email from"_s, u"3 emails from"_s } },
            { u"education-mailing-after-opt-out-de"_s, { u"1 E-Mail von"_s, u"3 E-Mails von"_s } },
            { u"education-mailing-after-opt-out-fr"_s, { u"1 e-mail de"_s, u"3 e-mails de"_s } },
            { u"education-mailing-after-opt-out-es"_s, { u"1 correo entre"_s, u"3 correos entre"_s } },
        };
        const std::optional<replies::ReplyContext> context
            = replies::ReplyContext::forCase(*m_db, m_caseId, { u"Dana Analyst"_s, false, 7 }, *m_clock);
        QVERIFY(context);
        int checked = 0;
        for (const replies::ReplyTemplate &t : list) {
            if (!expected.contains(t.name))
                continue;
            for (const int count : { 1, 3 }) {
                QVariantHash values = context->values();
                QVariantHash history = values.value(u"history"_s).toHash();
                history.insert(u"messages"_s, count);
                values.insert(u"history"_s, history);
                const replies::RenderedReply r = replies::ReplyComposer::renderer().render(t, values);
                QVERIFY2(r.ok(), qPrintable(r.errors.join(u"; "_s)));
                const QString body = QString(r.body).replace(u'\n', u' ');
                const QString want
                    = count == 1 ? expected.value(t.name).first : expected.value(t.name).second;
                QVERIFY2(body.contains(want), qPrintable(t.name + u": "_s + body));
            }
            ++checked;
        }
        QCOMPARE(checked, 4);
    }

    void anUnknownPlaceholderIsAnErrorNotABlank()
    {
        const replies::ReplyRenderer renderer(
            { u"customer.name"_s, u"evidence.*.subject"_s, u"figures.complaint_over"_s });
        replies::ReplyTemplate t;
        t.name = u"t"_s;
        t.title = u"T"_s;
        t.subject = u"Hello {{ customer.name }}"_s;
        t.body
            = u"Line one\n{% if figures.complaint_over %}over{% else %}{{ custmer.name }}{% endif %}\n"
              "{% for e in evidence %}{{ e.subject }} {{ e.sender }} {{ forloop.counter }}{% endfor %}\n"_s;
        const QStringList problems = renderer.problems(t);
        // Both, though the else branch would not be rendered and the loop may be empty.
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains(u"line 2"_s) && problems.at(0).contains(u"custmer.name"_s),
            qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(u"line 3"_s) && problems.at(1).contains(u"e.sender"_s),
            qPrintable(problems.at(1)));
        const replies::RenderedReply r = renderer.render(t,
            { { u"customer"_s, QVariantHash { { u"name"_s, u"Acme"_s } } },
                { u"figures"_s, QVariantHash { { u"complaint_over"_s, false } } } });
        QVERIFY(!r.ok());
        QVERIFY(r.body.isEmpty());

        // A broken tag is an error too; a known filter on a known placeholder is fine.
        t.body = u"{% if customer.name %}no end"_s;
        QCOMPARE(renderer.problems(t).size(), 1);
        t.body
            = u"{{ customer.name|upper }} & {{ \"literal\" }}\n{% for e in evidence %}{{ e.subject }}\n{% endfor %}"_s;
        const replies::RenderedReply ok = renderer.render(t,
            { { u"customer"_s, QVariantHash { { u"name"_s, u"Acme & Co"_s } } },
                { u"evidence"_s, QVariantList { QVariantHash { { u"subject"_s, u"Frost roses"_s } } } } });
        QVERIFY2(ok.ok(), qPrintable(ok.errors.join(u"; "_s)));
        QCOMPARE(ok.subject, u"Hello Acme & Co"_s); // plain text: no HTML escaping
        QCOMPARE(ok.body, u"ACME & CO & literal\nFrost roses\n"_s);
        t.body = u"{{ customer.name|nosuchfilter }}"_s;
        QVERIFY(!renderer.problems(t).isEmpty());
    }

    void theCasesNumbersAreInTheText()
    {
        const std::optional<replies::ReplyContext> context
            = replies::ReplyContext::forCase(*m_db, m_caseId, { u"Dana"_s, false, 10 }, *m_clock);
        const QVariantHash figures = context->values().value(u"figures"_s).toHash();
        const QVariantHash period = context->values().value(u"period"_s).toHash();
        reports::DashboardRequest request;
        request.customerId = m_customerId;
        request.until = QDate::fromString(
            text(*m_db, u"SELECT max(day) FROM daily_aggregates WHERE customer_id = ?"_s, { m_customerId }),
            Qt::ISODate);
        request.from = request.until.addDays(-29);
        const reports::DashboardData data = reports::DashboardData::compute(*m_db, request);
        QVERIFY(data.totals.delivered > 0);
        QCOMPARE(figures.value(u"delivered"_s).toString(),
            QLocale(QLocale::English).toString(data.totals.delivered));
        QCOMPARE(figures.value(u"complaint_threshold"_s).toString(), u"0.1 %"_s);
        QCOMPARE(period.value(u"until"_s).toString(), QLocale::c().toString(request.until, u"d MMMM yyyy"_s));

        const replies::ComposedReply reply
            = replies::ReplyComposer(*m_db, *m_clock)
                  .compose(m_caseId, shipped(u"education-complaint-rate"_s), { u"Dana"_s, false, 10 });
        QVERIFY2(reply.ok(), qPrintable(reply.errors.join(u"; "_s)));
        QVERIFY(reply.draft.body.contains(
            u"Emails delivered:        "_s + figures.value(u"delivered"_s).toString()));
        QVERIFY(reply.draft.body.contains(QStringLiteral("%1 %").arg(
            QLocale(QLocale::English).toString(data.totals.complaintRatePercent(), 'f', 2))));
        QVERIFY(reply.draft.body.contains(u"by 11 December 2026"_s)); // 1 December + 10 days
        QCOMPARE(reply.draft.subject,
            QStringLiteral("Too many spam complaints about your email (case %1)").arg(m_caseId));
    }

    void aReplyInAnotherLanguageWritesDatesAndNumbersItsWay()
    {
        const replies::ReplyComposer composer(*m_db, *m_clock);
        const replies::ComposedReply english
            = composer.compose(m_caseId, shipped(u"education-complaint-rate"_s), { u"Dana"_s, false, 10 });
        const replies::ComposedReply german
            = composer.compose(m_caseId, shipped(u"education-complaint-rate-de"_s), { u"Dana"_s, false, 10 });
        const replies::ComposedReply spanish
            = composer.compose(m_caseId, shipped(u"education-complaint-rate-es"_s), { u"Dana"_s, false, 10 });
        const replies::ComposedReply french
            = composer.compose(m_caseId, shipped(u"education-complaint-rate-fr"_s), { u"Dana"_s, false, 10 });
        for (const auto *r : { &english, &german, &spanish, &french })
            QVERIFY2(r->ok(), qPrintable(r->errors.join(u"; "_s)));
        // The deadline: 1 December + 10 days.
        QVERIFY(english.draft.body.contains(u"11 December 2026"_s));
        QVERIFY2(german.draft.body.contains(u"11. Dezember 2026"_s), qPrintable(german.draft.body));
        QVERIFY2(spanish.draft.body.contains(u"11 de diciembre de 2026"_s), qPrintable(spanish.draft.body));
        QVERIFY2(french.draft.body.contains(u"11 décembre 2026"_s), qPrintable(french.draft.body));
        // The policy line with a decimal comma.
        QVERIFY(english.draft.body.contains(u"0.1 %"_s));
        QVERIFY(german.draft.body.contains(u"0,1 %"_s));
        QVERIFY(!german.draft.body.contains(u"December"_s));
    }

    void theComplainantIsWithheldUnlessIncluded()
    {
        const replies::ReplyComposer composer(*m_db, *m_clock);
        const replies::ReplyTemplate t = shipped(u"education-direct-complaint"_s);
        const replies::ComposedReply redacted = composer.compose(m_caseId, t, { u"Dana"_s, false, 7 });
        QVERIFY2(redacted.ok(), qPrintable(redacted.errors.join(u"; "_s)));
        QVERIFY2(
            !redacted.draft.body.contains(m_writer, Qt::CaseInsensitive), qPrintable(redacted.draft.body));
        QVERIFY(!redacted.draft.body.contains(u'@' + m_writer.section(u'@', 1)));
        const cases::ComplaintChecklist checklist(*m_db, m_caseId);
        const QString writerName = checklist.complaint()->writerName;
        for (const QString &part : writerName.split(u' ', Qt::SkipEmptyParts))
            if (part.size() >= 3)
                QVERIFY2(!redacted.draft.body.contains(
                             QRegularExpression(u"\\b"_s + QRegularExpression::escape(part) + u"\\b"_s)),
                    qPrintable(part + u"\n"_s + redacted.draft.body));
        // To the list owner: its contacts, not the complainant.
        QVERIFY(!redacted.draft.to.contains(m_writer));

        const replies::ComposedReply included = composer.compose(m_caseId, t, { u"Dana"_s, true, 7 });
        QVERIFY(included.ok());
        QVERIFY(included.draft.body != redacted.draft.body);
    }

    void theDraftParsesBackWithKMime()
    {
        const replies::ReplyComposer composer(*m_db, *m_clock);
        replies::ReplyTemplate t = shipped(u"acknowledgement"_s);
        t.subject = u"Re: Ihre Beschwerde über „Frühjahrsangebote“ — {{ case.reference }}"_s;
        t.body += u"\nGrüße aus Köln: ÄÖÜ ß € — 日本語\n"_s;
        const replies::ComposedReply reply = composer.compose(m_caseId, t, { u"Dana Analyst"_s, false, 7 });
        QVERIFY2(reply.ok(), qPrintable(reply.errors.join(u"; "_s)));
        QString messageId;
        const QByteArray eml = reply.draft.toEml(&messageId);
        QVERIFY(eml.contains("\r\n"));
        // Nothing 8-bit on the wire: the subject is an encoded word, the body quoted-printable.
        for (const char ch : eml)
            QVERIFY2(static_cast<unsigned char>(ch) < 128, "8-bit byte in the draft");
        const QByteArray head = "\r\n" + eml.left(eml.indexOf("\r\n\r\n"));
        const qsizetype subjectAt = head.indexOf("\r\nSubject:");
        QVERIFY2(subjectAt >= 0, head.constData());
        // The field with its folded lines.
        qsizetype end = head.indexOf("\r\n", subjectAt + 2);
        while (end >= 0 && end + 2 < head.size() && (head.at(end + 2) == ' ' || head.at(end + 2) == '\t'))
            end = head.indexOf("\r\n", end + 2);
        const QByteArray subjectField = head.mid(subjectAt, end < 0 ? -1 : end - subjectAt);
        QVERIFY2(subjectField.toLower().contains("=?utf-8?"), subjectField.constData());
        QVERIFY(eml.contains("Content-Transfer-Encoding: quoted-printable"));

        KMime::Message parsed;
        parsed.setContent(KMime::CRLFtoLF(eml));
        parsed.parse();
        QCOMPARE(parsed.subject()->asUnicodeString(),
            QStringLiteral("Re: Ihre Beschwerde über „Frühjahrsangebote“ — case %1").arg(m_caseId));
        QCOMPARE(parsed.to()->addresses().size(), 1);
        QCOMPARE(QString::fromUtf8(parsed.to()->addresses().first()), m_writer);
        QVERIFY(parsed.from()->addresses().first().endsWith("@esp.example"));
        QCOMPARE(parsed.date()->dateTime(), m_clock->now());
        QCOMPARE(QString::fromLatin1(parsed.messageID()->identifier()), messageId);
        QVERIFY(messageId.endsWith(u"@esp.example"_s));
        QCOMPARE(parsed.contentType()->charset().toLower(), QByteArray("utf-8"));
        const QString body = parsed.decodedText();
        QVERIFY2(body.contains(u"Grüße aus Köln: ÄÖÜ ß € — 日本語"_s), qPrintable(body));
        QVERIFY(body.contains(u"Dana Analyst"_s));

        // Threaded under the complaint: its Message-ID in In-Reply-To, and last in References.
        const cases::ComplaintChecklist checklist(*m_db, m_caseId);
        const QString complaintId = checklist.complaint()->messageId;
        QVERIFY(!complaintId.isEmpty());
        QCOMPARE(parsed.inReplyTo()->identifiers(), QList<QByteArray> { complaintId.toLatin1() });
        QCOMPARE(parsed.references()->identifiers().constLast(), complaintId.toLatin1());

        // Kept in the timeline.
        cases::CaseStore store(*m_db, *m_clock);
        QVERIFY(replies::ReplyComposer::record(store, m_caseId, u"tester"_s, reply, u"eml"_s, messageId));
        const cases::CaseEvent last = store.timeline(m_caseId).constLast();
        QCOMPARE(last.type, u"communication"_s);
        QCOMPARE(last.data.value(u"direction"_s).toString(), u"out"_s);
        QCOMPARE(last.data.value(u"message_id"_s).toString(), messageId);
        QCOMPARE(last.data.value(u"template"_s).toString(), u"acknowledgement"_s);
    }

    void aListOwnerDraftWithholdsTheComplainant()
    {
        const replies::ComposedReply reply
            = replies::ReplyComposer(*m_db, *m_clock)
                  .compose(m_caseId, shipped(u"education-direct-complaint"_s), { u"Dana"_s, false, 7 });
        QVERIFY(reply.ok());
        const QByteArray eml = reply.draft.toEml();
        KMime::Message parsed;
        parsed.setContent(KMime::CRLFtoLF(eml));
        parsed.parse();
        QVERIFY(!parsed.inReplyTo(false) || parsed.inReplyTo()->identifiers().isEmpty());
        QVERIFY(!QString::fromUtf8(eml).contains(m_writer, Qt::CaseInsensitive));
        QVERIFY(!parsed.decodedText().contains(m_writer, Qt::CaseInsensitive));
    }

    void templatesAreStoredExportedImportedAndReset()
    {
        replies::ReplyTemplateStore store(*m_db);
        const int shipped = int(13 * common::Translations::available().size());
        QCOMPARE(store.templates().size(), shipped);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM reply_templates WHERE shipped = 1"_s), shipped);
        replies::ReplyTemplate t = *store.find(u"warning"_s);
        t.body += u"\nP.S. Call us.\n"_s;
        QVERIFY(store.save(t));
        QVERIFY(!store.find(u"warning"_s)->shipped);
        const QString path = m_dir.filePath(u"warning.txt"_s);
        QVERIFY(store.exportTo(u"warning"_s, path));
        QVERIFY(store.reset(u"warning"_s));
        QVERIFY(store.find(u"warning"_s)->shipped);
        QCOMPARE(store.importFrom(path), u"warning"_s);
        QVERIFY(store.find(u"warning"_s)->body.endsWith(u"P.S. Call us.\n"_s));
        QVERIFY(!store.remove(u"warning"_s));

        // An analyst's own template, and a file that is not one.
        t.name = u"my-note"_s;
        t.title = u"My note"_s;
        QVERIFY(store.save(t));
        QCOMPARE(store.templates().size(), shipped + 1);
        QCOMPARE(store.templates().constLast().name, u"my-note"_s);
        QVERIFY(store.remove(u"my-note"_s));
        QFile bad(m_dir.filePath(u"bad.txt"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("Name: Bad Name\nTitle: x\nSubject: y\n\nbody\n");
        bad.close();
        QVERIFY(store.importFrom(bad.fileName()).isEmpty());
        QVERIFY2(store.lastError().contains(u"lower-case"_s), qPrintable(store.lastError()));
        // A second store on the same database does not seed twice.
        QCOMPARE(replies::ReplyTemplateStore(*m_db).templates().size(), shipped);

        // A database written by an earlier version: its unchanged copy of a shipped template
        // takes the program's current wording, an edited one stays as the analyst left it.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE reply_templates SET body = 'old wording', updated_at = 'then' WHERE name = "
                       "'acknowledgement'"_s));
        QVERIFY(store.find(u"warning"_s)->body.endsWith(u"P.S. Call us.\n"_s));
        const replies::ReplyTemplateStore reopened(*m_db);
        QCOMPARE(reopened.find(u"acknowledgement"_s)->body, ::shipped(u"acknowledgement"_s).body);
        QVERIFY(reopened.find(u"acknowledgement"_s)->shipped);
        QVERIFY(reopened.find(u"warning"_s)->body.endsWith(u"P.S. Call us.\n"_s));
        QVERIFY(!reopened.find(u"warning"_s)->shipped);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM reply_templates WHERE updated_at = 'then'"_s), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<common::FixedClock> m_clock;
    qint64 m_evidenceId = 0;
    qint64 m_customerId = 0;
    QString m_writer;
    qint64 m_caseId = 0;
};

QTEST_GUILESS_MAIN(TestReplies)
#include "tst_replies.moc"
