// SPDX-License-Identifier: GPL-2.0-or-later
// The direct-abuse checklist and a templated reply on a realistic case (the demo, seed 7,
// imported for real) in the real main window: a case about a person's complaint, its checklist
// answered from the data and by the analyst and recorded in the timeline; a reply to the list
// owner with the complainant withheld (and shown only when asked), saved as an .eml draft that
// KMime reads back, kept in the timeline; the template editor showing an unknown placeholder as
// an error and refusing to save it. Screenshots in light and dark.
#include "CasesView.h"
#include "DemoDatabase.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "ReplyDialog.h"
#include "TemplateEditorDialog.h"
#include "WindowShots.h"
#include "cases/CaseStore.h"
#include "cases/ComplaintChecklist.h"
#include "common/Translations.h"
#include "storage/Database.h"

#include <KMime/Message>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace abusedesk;
using abusedesk::gui::MainWindow;
using namespace Qt::StringLiterals;

namespace {

/// Whether text holds word as a word ("Jan" is not in "January").
bool hasWord(const QString &text, const QString &word)
{
    return text.contains(QRegularExpression(u"\\b"_s + QRegularExpression::escape(word) + u"\\b"_s,
        QRegularExpression::UseUnicodePropertiesOption));
}

} // namespace

class TestRepliesFlow : public QObject
{
    Q_OBJECT

    gui::CasesView *cases() const { return m_window->casesView(); }
    const storage::Database &db() const { return *m_window->database(); }
    int timelineRows() const { return cases()->findChild<QTableWidget *>(u"caseTimeline"_s)->rowCount(); }

private Q_SLOTS:
    void initTestCase()
    {
        // As the program starts: the system's language (English here) with its plural forms.
        QCOMPARE(abusedesk::common::Translations::install(), u"en"_s);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"cases.abusedesk"_s);
        {
            auto database = storage::Database::open(m_path, storage::Database::OpenMode::CreateNew);
            QVERIFY(database);
            QVERIFY(!testing::importDemo(*database, m_dir.filePath(u"demo"_s)).isEmpty());
            // A person's complaint with the original's headers, attributed, whose writer is in the
            // logs, and whose text names the writer (their signature).
            QSqlQuery q(database->connection());
            QVERIFY(
                q.exec(u"SELECT m.evidence_id, m.customer_id, lower(m.from_address) FROM messages m WHERE "
                       "m.kind = 'complaint' AND m.customer_id IS NOT NULL AND json_extract(m.facts, "
                       "'$.original.list_unsubscribe') IS NOT NULL AND EXISTS (SELECT 1 FROM deliveries d "
                       "WHERE d.recipient = lower(m.from_address) AND d.customer_id = m.customer_id) "
                       "ORDER BY m.evidence_id"_s));
            while (q.next()) {
                const auto complaint = cases::CaseComplaint::read(*database, q.value(0).toLongLong());
                const QString first = complaint->writerName.section(u' ', 0, 0);
                if (first.size() < 3 || complaint->text.size() > 500 || !hasWord(complaint->text, first))
                    continue;
                m_writer = q.value(2).toString();
                m_writerFirstName = first;
                cases::NewCase c;
                c.customerId = q.value(1).toLongLong();
                c.category = u"direct-complaint"_s;
                c.severity = 2;
                c.title = u"Complaint: newsletter nobody asked for"_s;
                c.evidenceIds = { q.value(0).toLongLong() };
                m_caseId = cases::CaseStore(*database).open(c, u"tester"_s);
                break;
            }
            QVERIFY2(m_caseId > 0, "no suitable complaint in the demo");
            database->releaseConnection();
        }
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_settings, m_path);
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openInitialDatabase(m_path);
        QVERIFY(m_window->database());
        m_window->showCase(m_caseId);
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), cases());
        QCOMPARE(cases()->currentCaseId(), m_caseId);
    }

    void cleanupTestCase()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != m_window.get() && w->isVisible())
                w->close();
        m_window.reset();
        m_settings.reset();
    }

    void theChecklistIsFilledAndRecorded()
    {
        auto *tabs = cases()->findChild<QTabWidget *>(u"caseTabs"_s);
        auto *panel = cases()->findChild<QWidget *>(u"caseChecklist"_s);
        QVERIFY(panel);
        tabs->setCurrentWidget(panel);
        // Five answered by the data, two waiting for the analyst.
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), u"Checklist (5 of 7)"_s);
        auto *answers = panel->findChild<QTableWidget *>(u"checklistAnswers"_s);
        QCOMPARE(answers->rowCount(), 7);
        const cases::ComplaintChecklist expected(db(), m_caseId);
        for (int row = 0; row < answers->rowCount(); ++row) {
            const cases::ChecklistItem *e
                = expected.item(answers->item(row, 0)->data(Qt::UserRole).toString());
            QVERIFY(e);
            QCOMPARE(answers->item(row, 0)->text(), e->question);
            if (!e->answer.isEmpty())
                QVERIFY2(answers->item(row, 1)->text().endsWith(e->answer),
                    qPrintable(answers->item(row, 1)->text()));
            QCOMPARE(answers->item(row, 2)->text(), u"not yet"_s);
        }
        QVERIFY(panel->findChild<QLabel *>(u"checklistIntro"_s)->text().contains(m_writer));

        QTest::keyClicks(panel->findChild<QLineEdit *>(u"checklistExpectations"_s),
            u"yes: signed up for news, got daily offers"_s);
        QTest::keyClicks(
            panel->findChild<QLineEdit *>(u"checklistOptInSource"_s), u"sign-up form on the shop"_s);
        QTest::keyClicks(panel->findChild<QLineEdit *>(u"checklistOptInDate"_s), u"2026-03-02"_s);
        QTest::keyClicks(panel->findChild<QLineEdit *>(u"checklistOptInIp"_s), u"198.51.100.7"_s);
        saveLightAndDark(m_window.get(), u"replies-checklist-filled"_s);
        const int before = timelineRows();
        QTest::mouseClick(panel->findChild<QPushButton *>(u"checklistRecord"_s), Qt::LeftButton);
        QCOMPARE(timelineRows(), before + 7);
        QCOMPARE(panel->findChild<QLabel *>(u"checklistStatus"_s)->text(),
            u"7 answers recorded in the timeline."_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), u"Checklist (7 of 7)"_s);
        for (int row = 0; row < answers->rowCount(); ++row)
            QCOMPARE(answers->item(row, 2)->text(), u"recorded"_s);
        auto *timeline = cases()->findChild<QTableWidget *>(u"caseTimeline"_s);
        QVERIFY2(timeline->item(timeline->rowCount() - 1, 3)
                     ->text()
                     .contains(u"source: sign-up form on the shop; "
                               "date: 2026-03-02; IP: 198.51.100.7"_s),
            qPrintable(timeline->item(timeline->rowCount() - 1, 3)->text()));
        // Nothing new: nothing written twice.
        QTest::mouseClick(panel->findChild<QPushButton *>(u"checklistRecord"_s), Qt::LeftButton);
        QCOMPARE(timelineRows(), before + 7);
        saveLightAndDark(m_window.get(), u"replies-checklist-recorded"_s);
    }

    void aReplyToTheListOwnerIsSavedAsADraft()
    {
        QTest::mouseClick(cases()->findChild<QPushButton *>(u"caseWriteReply"_s), Qt::LeftButton);
        QTRY_VERIFY(visibleTopLevel(u"replyDialog"_s));
        auto *dialog = qobject_cast<gui::ReplyDialog *>(visibleTopLevel(u"replyDialog"_s));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The templates for a direct complaint come first.
        auto *templates = dialog->findChild<QListWidget *>(u"replyTemplates"_s);
        QCOMPARE(templates->count(), 13);
        QVERIFY(templates->item(0)->font().bold());

        QVERIFY(dialog->selectTemplate(u"education-direct-complaint"_s));
        auto *body = dialog->findChild<QPlainTextEdit *>(u"replyBody"_s);
        auto *errors = dialog->findChild<QLabel *>(u"replyErrors"_s);
        QVERIFY(errors->isHidden());
        QVERIFY(body->toPlainText().contains(u"What the recipient wrote (personal details removed):"_s));
        QVERIFY(!body->toPlainText().contains(m_writer, Qt::CaseInsensitive));
        QVERIFY2(!hasWord(body->toPlainText(), m_writerFirstName), qPrintable(body->toPlainText()));
        QVERIFY(body->toPlainText().contains(u"[name withheld]"_s));
        QVERIFY(!dialog->findChild<QLabel *>(u"replyTo"_s)->text().contains(m_writer));
        saveLightAndDark(dialog, u"replies-dialog-list-owner"_s);

        // Only when asked: the complainant's details.
        auto *include = dialog->findChild<QCheckBox *>(u"replyIncludeIdentifying"_s);
        include->setChecked(true);
        QVERIFY(hasWord(body->toPlainText(), m_writerFirstName));
        include->setChecked(false);
        QVERIFY(!hasWord(body->toPlainText(), m_writerFirstName));

        // The analyst adds a line, and saves the draft through the file dialog.
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u"P.S. "_s); // QTest types ASCII only; the rest as an input method would
        body->insertPlainText(u"Grüße — wir helfen gern."_s);
        const QString path = m_dir.filePath(u"draft.eml"_s);
        const int before = timelineRows();
        gui::Dialogs::setNextFileName(path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"replySaveDraft"_s), Qt::LeftButton);
        QVERIFY2(QFile::exists(path), qPrintable(dialog->findChild<QLabel *>(u"replyErrors"_s)->text()));
        QVERIFY(dialog->findChild<QLabel *>(u"replyDone"_s)->text().startsWith(u"Saved to "_s));
        QCOMPARE(timelineRows(), before + 1);
        auto *timeline = cases()->findChild<QTableWidget *>(u"caseTimeline"_s);
        QVERIFY(
            timeline->item(timeline->rowCount() - 1, 3)->text().startsWith(u"Reply to the list owner: "_s));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray eml = f.readAll();
        KMime::Message m;
        m.setContent(KMime::CRLFtoLF(eml));
        m.parse();
        QCOMPARE(m.subject()->asUnicodeString(), dialog->findChild<QLineEdit *>(u"replySubject"_s)->text());
        QVERIFY(m.decodedText().contains(u"P.S. Grüße — wir helfen gern."_s));
        QVERIFY(!QString::fromUtf8(eml).contains(m_writer, Qt::CaseInsensitive));
        QVERIFY(!hasWord(m.decodedText(), m_writerFirstName));
        QVERIFY(!m.messageID()->identifier().isEmpty());
        saveLightAndDark(dialog, u"replies-dialog-saved"_s);

        // The acknowledgement goes to the complainant, by the clipboard.
        QVERIFY(dialog->selectTemplate(u"acknowledgement"_s));
        QCOMPARE(dialog->findChild<QLabel *>(u"replyTo"_s)->text(), m_writer);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"replyCopy"_s), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"Subject: Re: "_s), qPrintable(copied));
        QVERIFY(copied.contains(u"Thank you for writing to us"_s));
        QCOMPARE(timelineRows(), before + 2);
        QVERIFY(
            timeline->item(timeline->rowCount() - 1, 3)->text().startsWith(u"Reply to the complainant: "_s));
    }

    void theEditorShowsAnUnknownPlaceholder()
    {
        auto *dialog = qobject_cast<gui::ReplyDialog *>(visibleTopLevel(u"replyDialog"_s));
        QVERIFY(dialog);
        QVERIFY(dialog->selectTemplate(u"warning"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"replyEditTemplate"_s), Qt::LeftButton);
        QTRY_VERIFY(visibleTopLevel(u"templateEditor"_s));
        auto *editor = qobject_cast<gui::TemplateEditorDialog *>(visibleTopLevel(u"templateEditor"_s));
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *errors = editor->findChild<QLabel *>(u"templateErrors"_s);
        auto *preview = editor->findChild<QPlainTextEdit *>(u"templatePreview"_s);
        QVERIFY(errors->isHidden());
        QVERIFY(preview->toPlainText().startsWith(u"Subject: Warning: your account is at risk"_s));
        saveLightAndDark(editor, u"replies-editor"_s);

        auto *body = editor->findChild<QPlainTextEdit *>(u"templateBody"_s);
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u"Your account manager: {{ customer.manager }}"_s);
        QTRY_VERIFY(errors->isVisible());
        QVERIFY2(
            errors->text().contains(u"unknown placeholder “customer.manager”"_s), qPrintable(errors->text()));
        QVERIFY(!preview->toPlainText().contains(u"Your account manager:"_s));
        QVERIFY(!editor->save());
        QVERIFY(editor->findChild<QLabel *>(u"templateStatus"_s)->text().startsWith(u"Not saved"_s));
        saveLightAndDark(editor, u"replies-editor-error"_s);

        // Fixed, the preview follows and it saves; the reply dialog reads it back.
        for (int i = 0; i < int(u"{{ customer.manager }}"_s.size()); ++i)
            QTest::keyClick(body, Qt::Key_Backspace);
        QTest::keyClicks(body, u"{{ customer.name }}"_s);
        QTRY_VERIFY(errors->isHidden());
        QVERIFY(editor->save());
        editor->close();
        QVERIFY(dialog->findChild<QPlainTextEdit *>(u"replyBody"_s)
                ->toPlainText()
                .contains(u"Your account manager: "_s));
        dialog->close();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_caseId = 0;
    QString m_writer;
    QString m_writerFirstName;
};

QTEST_MAIN(TestRepliesFlow)
#include "tst_repliesflow.moc"
