// SPDX-License-Identifier: GPL-2.0-or-later
// Importing in the window: drop or File > Import, the progress panel, the import report, the
// Evidence view with its reading pane (safe HTML, Save Original), and cancelling.
#include "DarkPalette.h"
#include "Dialogs.h"
#include "EvidenceView.h"
#include "ImportPanel.h"
#include "ImportRunner.h"
#include "MainWindow.h"
#include "ReadingPane.h"
#include "SafeHtmlView.h"
#include "Screenshots.h"
#include "WindowShots.h"
#include "evidence/EvidenceListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using abusedesk::gui::MainWindow;

namespace {

const QString Data = QStringLiteral(ABUSEDESK_TEST_DATA "/mail/");

int rowOfSubject(QTableView *table, const QString &subject)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()
                ->index(row, abusedesk::evidence::EvidenceListModel::ColumnSubject)
                .data()
                .toString()
            == subject)
            return row;
    return -1;
}

} // namespace

class TestImportFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_window
            = std::make_unique<MainWindow>(*m_settings, m_dir->filePath(QStringLiteral("cases.abusedesk")));
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openInitialDatabase();
    }

    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != m_window.get() && w->isVisible())
                w->close();
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void dropImportsAndShowsTheReportAndTheEvidence()
    {
        // Dropping a folder on the window imports it.
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(Data) });
        // As a drag from a file manager arrives: the window accepts the drag, then the drop.
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());

        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("importReport")), 60000);
        QWidget *report = visibleTopLevel(QStringLiteral("importReport"));
        const QString summary = report->findChild<QLabel *>(QStringLiteral("importReportSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("stored")), qPrintable(summary));
        auto *rejected = report->findChild<QTableWidget *>(QStringLiteral("importReportRejected"));
        QVERIFY(rejected);
        QCOMPARE(rejected->rowCount(), 3); // binary junk, NUL-filled, empty file
        QStringList reasons;
        for (int row = 0; row < rejected->rowCount(); ++row)
            reasons << rejected->item(row, 2)->text();
        QVERIFY2(reasons.join(u'|').contains(QStringLiteral("not mail")), qPrintable(reasons.join(u'|')));
        saveScreenshot(report, QStringLiteral("import-report"));

        // The progress panel shows the finished job; the window shows the evidence.
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("importDock"));
        QVERIFY(dock->isVisible());
        auto *jobs = m_window->importRunner()->jobs();
        QCOMPARE(jobs->rowCount(), 1);
        QVERIFY(jobs->index(0, abusedesk::importing::ImportJobsModel::ColumnResult)
                .data()
                .toString()
                .contains(QStringLiteral("stored")));
        report->close();

        auto *stack = m_window->findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("evidenceView"));
        auto *view = m_window->findChild<abusedesk::gui::EvidenceView *>();
        QTableView *table = view->table();
        QVERIFY(table->model()->rowCount() >= 20);

        // The ARF report: its facts in the reading pane.
        const int arfRow = rowOfSubject(table, QStringLiteral("FW: Complaint about message from 192.0.2.7"));
        QVERIFY(arfRow >= 0);
        table->setCurrentIndex(table->model()->index(arfRow, 0));
        auto *facts = view->readingPane()->findChild<QTreeWidget *>(QStringLiteral("readingFacts"));
        QVERIFY(!facts->findItems(QStringLiteral("feedback"), Qt::MatchExactly).isEmpty());
        QCOMPARE(facts->findItems(QStringLiteral("kind"), Qt::MatchExactly).value(0)->text(1),
            QStringLiteral("feedback-report"));
        saveScreenshot(m_window.get(), QStringLiteral("evidence-view-arf-facts"));
        auto *originalView
            = view->readingPane()->findChild<QPlainTextEdit *>(QStringLiteral("readingOriginal"));
        QVERIFY(originalView->toPlainText().contains(
            QStringLiteral("Message-ID: <20261102095800.42@acme-mailer.example>")));
        QVERIFY(originalView->toPlainText().contains(QStringLiteral("Buy now!")));
        view->readingPane()->tabs()->setCurrentWidget(originalView);
        saveScreenshot(m_window.get(), QStringLiteral("evidence-view-original"));
        view->readingPane()->tabs()->setCurrentWidget(
            view->readingPane()->findChild<QTreeWidget *>(QStringLiteral("readingStructure")));
        auto *structure = view->readingPane()->findChild<QTreeWidget *>(QStringLiteral("readingStructure"));
        QCOMPARE(structure->topLevelItem(0)->text(0), QStringLiteral("multipart/report"));
        QCOMPARE(structure->topLevelItem(0)->childCount(), 3);
        saveScreenshot(m_window.get(), QStringLiteral("evidence-view-structure"));
        auto *raw = view->readingPane()->findChild<QPlainTextEdit *>(QStringLiteral("readingRaw"));
        view->readingPane()->tabs()->setCurrentWidget(raw);
        QVERIFY(raw->toPlainText().startsWith(QStringLiteral("Return-Path: <fbl@receiver.example>")));
        // The Email syntax colours the header names: the first block has more than one format.
        QVERIFY(raw->document()->firstBlock().layout()->formats().size() >= 1);
        saveScreenshot(m_window.get(), QStringLiteral("evidence-view-raw"));

        // Hostile HTML: the tracking pixel is refused, never fetched.
        const int noiseRow = rowOfSubject(table, QStringLiteral("Best prices on watches"));
        table->setCurrentIndex(table->model()->index(noiseRow, 0));
        auto *html
            = view->readingPane()->findChild<abusedesk::gui::SafeHtmlView *>(QStringLiteral("readingHtml"));
        view->readingPane()->tabs()->setCurrentWidget(html);
        QVERIFY(html->toPlainText().contains(QStringLiteral("Replica watches")));
        QVERIFY(html->refusedResources() >= 1);
        saveScreenshot(m_window.get(), QStringLiteral("evidence-view-safe-html"));

        // Save Original gives back the bytes as imported.
        const int complaintRow = rowOfSubject(table, QStringLiteral("Stop spamming me or I call my lawyer"));
        table->setCurrentIndex(table->model()->index(complaintRow, 0));
        QVERIFY(table->model()->index(complaintRow, 1).data().toString().contains(QStringLiteral("legal")));
        const QString saved = m_dir->filePath(QStringLiteral("saved.eml"));
        abusedesk::gui::Dialogs::setNextFileName(saved);
        view->readingPane()->saveOriginal();
        // Copy SHA-256 from the table's context menu puts the evidence's identity on the clipboard.
        view->table()->findChild<QAction *>(QStringLiteral("actionCopySha256"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().size(), 64);
        QFile original(Data + QStringLiteral("complaint-legal.eml"));
        QFile copy(saved);
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
    }

    void evidenceViewInADarkPalette()
    {
        const QPalette dark = darkPalette();
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark);
        abusedesk::gui::Dialogs::setNextFileName(Data + QStringLiteral("dsn-multi-recipient.eml")
            + QLatin1Char('\n') + Data + QStringLiteral("arf-abuse.eml"));
        m_window->findChild<QAction *>(QStringLiteral("actionImportFiles"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("importReport")), 60000);
        visibleTopLevel(QStringLiteral("importReport"))->close();
        auto *view = m_window->findChild<abusedesk::gui::EvidenceView *>();
        QCOMPARE(view->table()->model()->rowCount(), 2);
        const int dsnRow = rowOfSubject(view->table(), QStringLiteral("Undelivered Mail Returned to Sender"));
        view->table()->setCurrentIndex(view->table()->model()->index(dsnRow, 0));
        saveScreenshot(m_window.get(), QStringLiteral("evidence-view-dark"));
        view->readingPane()->tabs()->setCurrentWidget(
            view->readingPane()->findChild<QPlainTextEdit *>(QStringLiteral("readingRaw")));
        saveScreenshot(m_window.get(), QStringLiteral("evidence-view-raw-dark"));
        QApplication::setPalette(before);
    }

    void aPolicyChangeClassifiesTheEvidenceAgain()
    {
        m_window->importPaths(
            { Data + QStringLiteral("complaint-legal.eml"), Data + QStringLiteral("noise.eml") });
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("importReport")), 60000);
        visibleTopLevel(QStringLiteral("importReport"))->close();
        auto *view = m_window->findChild<abusedesk::gui::EvidenceView *>();
        const int row = rowOfSubject(view->table(), QStringLiteral("Stop spamming me or I call my lawyer"));
        QCOMPARE(
            view->table()->model()->index(row, 1).data().toString(), QStringLiteral("complaint · legal"));

        // The analyst names the complainant's organisation a trusted reporter.
        m_window->findChild<QAction *>(QStringLiteral("actionPolicy"))->trigger();
        QWidget *dialog = visibleTopLevel(QStringLiteral("policyDialog"));
        QVERIFY(dialog);
        auto *trusted = dialog->findChild<QPlainTextEdit *>(QStringLiteral("policyTrustedReporters"));
        trusted->setPlainText(QStringLiteral("spamhaus.org\nhome.example"));
        // Findings before feedback clusters in the triage queue, from the keyboard.
        auto *order = dialog->findChild<QListWidget *>(QStringLiteral("policyTriageOrder"));
        QVERIFY(order);
        order->setFocus();
        order->setCurrentRow(3);
        QCOMPARE(order->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("finding"));
        QTest::keyClick(order, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(order->item(2)->data(Qt::UserRole).toString(), QStringLiteral("finding"));
        saveScreenshot(dialog, QStringLiteral("policy-dialog"));
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_VERIFY(!m_window->isReclassifying());
        QCOMPARE(m_window->lastReclassification().examined, 2);
        QCOMPARE(m_window->lastReclassification().changed, 1);
        QCOMPARE(
            m_window->lastReclassification().changedToKind.value(QStringLiteral("escalated-complaint")), 1);
        const int again = rowOfSubject(view->table(), QStringLiteral("Stop spamming me or I call my lawyer"));
        QCOMPARE(view->table()->model()->index(again, 1).data().toString(),
            QStringLiteral("escalated-complaint · legal"));
        QVERIFY(m_window->database()
                ->policy()
                .value(QStringLiteral("trusted_reporters"))
                .contains("home.example"));
        QCOMPARE(QJsonDocument::fromJson(m_window->database()->policy().value(QStringLiteral("triage_order")))
                     .array()
                     .at(2)
                     .toString(),
            QStringLiteral("finding"));
    }

    void cancellingStopsTheImportAndKeepsWhatWasStored()
    {
        const QString mbox = m_dir->filePath(QStringLiteral("big.mbox"));
        {
            QFile f(mbox);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 40000; ++i)
                f.write("From x@y Mon Nov  2 10:00:00 2026\nFrom: p" + QByteArray::number(i)
                    + "@home.example\nSubject: n" + QByteArray::number(i) + "\n\n" + QByteArray(1500, 'z')
                    + "\n\n");
        }
        m_window->importPaths({ mbox });
        auto *jobs = m_window->importRunner()->jobs();
        QTRY_VERIFY(jobs->index(0, abusedesk::importing::ImportJobsModel::ColumnMessages).data().toString()
            != QStringLiteral("0"));
        saveScreenshot(m_window.get(), QStringLiteral("import-progress"));
        m_window->findChild<QPushButton *>(QStringLiteral("importCancel"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("importReport")), 60000);
        const QString summary = visibleTopLevel(QStringLiteral("importReport"))
                                    ->findChild<QLabel *>(QStringLiteral("importReportSummary"))
                                    ->text();
        QVERIFY2(summary.contains(QStringLiteral("cancelled")), qPrintable(summary));
        const int jobId = jobs->index(0, 0).data(abusedesk::importing::ImportJobsModel::JobIdRole).toInt();
        QCOMPARE(jobs->state(jobId), abusedesk::importing::ImportJobsModel::State::Cancelled);
        QVERIFY(jobs->report(jobId)->stored < 40000);
        QCOMPARE(m_window->database()->evidenceCount(), jobs->report(jobId)->stored);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestImportFlow)
#include "tst_importflow.moc"
