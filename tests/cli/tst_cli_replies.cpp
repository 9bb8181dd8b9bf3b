// SPDX-License-Identifier: GPL-2.0-or-later
// abusedesk-cli templates and reply on the demo case (seed 11), as automation would use them: the
// shipped templates listed as JSON without problems, a complainant's acknowledgement written as an
// .eml draft (parsed back with KMime: addressed and threaded under the complaint) and kept in the
// case timeline, a list owner's reply without the complainant, and the errors: no case, no
// template, a template with an unknown placeholder (refused, never a blank).
#include "CliRunner.h"

#include <KMime/Message>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliReplies : public QObject
{
    Q_OBJECT

private:
    QJsonObject json(const QStringList &args)
    {
        const CliResult r = runCli(args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    KMime::Message::Ptr readEml(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        KMime::Message::Ptr m(new KMime::Message);
        m->setContent(KMime::CRLFtoLF(f.readAll()));
        m->parse();
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"cases.abusedesk"_s);
        const QString folder = m_dir.filePath(u"demo"_s);
        QCOMPARE(runCli({ u"demo"_s, u"--out"_s, folder, u"--seed"_s, u"11"_s }).exitCode, 0);
        QCOMPARE(runCli({ u"init"_s, u"--db"_s, m_db }).exitCode, 0);
        QCOMPARE(runCli({ u"import"_s, u"--db"_s, m_db, folder }).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                u"SELECT evidence_id, lower(from_address), message_id FROM messages WHERE kind = 'complaint' "
                "AND customer_id IS NOT NULL AND message_id IS NOT NULL ORDER BY evidence_id LIMIT 1"_s));
            QVERIFY(q.next());
            m_evidence = q.value(0).toString();
            m_writer = q.value(1).toString();
            m_messageId = q.value(2).toString().remove(u'<').remove(u'>');
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        const QJsonObject opened
            = json({ u"cases"_s, u"--db"_s, m_db, u"--open"_s, u"--category"_s, u"direct-complaint"_s,
                u"--title"_s, u"A complaint"_s, u"--evidence"_s, m_evidence, u"--json"_s });
        m_case = QString::number(opened.value(u"id"_s).toInteger());
        QVERIFY(opened.value(u"id"_s).toInteger() > 0);
    }

    void templatesAreListed()
    {
        const QJsonArray list
            = json({ u"templates"_s, u"--db"_s, m_db, u"--json"_s }).value(u"templates"_s).toArray();
        // Thirteen in English, and in German, French and Spanish (warning-de …).
        QCOMPARE(list.size(), 13 * 4);
        QStringList names;
        for (const QJsonValue &v : list) {
            const QJsonObject t = v.toObject();
            names.append(t.value(u"name"_s).toString());
            QVERIFY2(t.value(u"problems"_s).toArray().isEmpty(), qPrintable(t.value(u"name"_s).toString()));
            QVERIFY(t.value(u"shipped"_s).toBool());
        }
        QCOMPARE(names.first(), u"acknowledgement"_s);
        for (const char *name : { "education-complaint-rate", "education-hard-bounces",
                 "education-purchased-list", "education-blocklist", "education-spam-trap",
                 "education-mailing-after-opt-out", "education-unsubscribe-failure", "warning", "suspension",
                 "termination", "contract-requirements" })
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        const CliResult plain = runCli({ u"templates"_s, u"--db"_s, m_db });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains(u"Acknowledgement to the complainant"_s));
    }

    void anAcknowledgementDraftAnswersTheComplaint()
    {
        const QString path = m_dir.filePath(u"ack.eml"_s);
        const CliResult r = runCli({ u"reply"_s, u"--db"_s, m_db, u"--case"_s, m_case, u"--template"_s,
            u"acknowledgement"_s, u"--out"_s, path, u"--analyst"_s, u"Dana Analyst"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const KMime::Message::Ptr m = readEml(path);
        QVERIFY(m);
        QCOMPARE(QString::fromUtf8(m->to()->addresses().value(0)), m_writer);
        QCOMPARE(m->inReplyTo()->identifiers(), QList<QByteArray> { m_messageId.toLatin1() });
        QCOMPARE(m->references()->identifiers().constLast(), m_messageId.toLatin1());
        QVERIFY(m->date(false) && m->date()->dateTime().isValid());
        QVERIFY(!m->messageID()->identifier().isEmpty());
        QVERIFY(m->subject()->asUnicodeString().startsWith(u"Re: "_s));
        const QString body = m->decodedText();
        QVERIFY(body.contains(u"Dana Analyst"_s));
        QVERIFY(body.contains(QStringLiteral("(case %1)").arg(m_case)));

        // Kept in the timeline, with the draft's Message-ID.
        const QJsonArray timeline = json({ u"cases"_s, u"--db"_s, m_db, u"--show"_s, m_case, u"--json"_s })
                                        .value(u"timeline"_s)
                                        .toArray();
        QCOMPARE(timeline.last().toObject().value(u"type"_s).toString(), u"communication"_s);
        QVERIFY(timeline.last().toObject().value(u"text"_s).toString().contains(u"acknowledgement"_s));
    }

    void aListOwnerDraftWithholdsTheComplainant()
    {
        const CliResult r = runCli({ u"reply"_s, u"--db"_s, m_db, u"--case"_s, m_case, u"--template"_s,
            u"education-direct-complaint"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Subject: "_s));
        QVERIFY(!r.out.contains(m_writer, Qt::CaseInsensitive));
        QVERIFY(!r.out.contains(u"In-Reply-To"_s));
        const CliResult included = runCli({ u"reply"_s, u"--db"_s, m_db, u"--case"_s, m_case, u"--template"_s,
            u"education-direct-complaint"_s, u"--include-identifying"_s });
        QCOMPARE(included.exitCode, 0);
    }

    void mistakesAreClearErrors()
    {
        CliResult r = runCli({ u"reply"_s, u"--db"_s, m_db, u"--template"_s, u"warning"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--case"_s));
        r = runCli({ u"reply"_s, u"--db"_s, m_db, u"--case"_s, m_case, u"--template"_s, u"nonsense"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"no template “nonsense”"_s));
        r = runCli({ u"reply"_s, u"--db"_s, m_db, u"--case"_s, u"9999"_s, u"--template"_s, u"warning"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"no case 9999"_s));

        // Exported, changed to use a placeholder that does not exist, imported: an error, and no draft.
        const QString file = m_dir.filePath(u"warning.txt"_s);
        QCOMPARE(runCli({ u"templates"_s, u"--db"_s, m_db, u"--export"_s, u"warning"_s, u"--out"_s, file })
                     .exitCode,
            0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite | QIODevice::Append));
        f.write("\nYour account manager: {{ customer.manager }}\n");
        f.close();
        r = runCli({ u"templates"_s, u"--db"_s, m_db, u"--import"_s, file });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"unknown placeholder “customer.manager”"_s), qPrintable(r.err));
        const QString out = m_dir.filePath(u"warning.eml"_s);
        r = runCli({ u"reply"_s, u"--db"_s, m_db, u"--case"_s, m_case, u"--template"_s, u"warning"_s,
            u"--out"_s, out });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"customer.manager"_s));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(runCli({ u"templates"_s, u"--db"_s, m_db, u"--reset"_s, u"warning"_s }).exitCode, 0);
        QCOMPARE(runCli({ u"reply"_s, u"--db"_s, m_db, u"--case"_s, m_case, u"--template"_s, u"warning"_s,
                            u"--out"_s, out })
                     .exitCode,
            0);
        QVERIFY(QFile::exists(out));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_evidence;
    QString m_writer;
    QString m_messageId;
    QString m_case;
};

QTEST_GUILESS_MAIN(TestCliReplies)
#include "tst_cli_replies.moc"
