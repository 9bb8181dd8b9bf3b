// SPDX-License-Identifier: GPL-2.0-or-later
// The Triage and Cases views on a realistic case (the demo, seed 7, imported for real) in the
// real main window: the queue in the policy's order with the acknowledgement clock at an
// injected time, a facet and a text search against counts taken from the database with SQL, a
// bulk action by key and its undo, a case opened from a row and worked on (note, time, status,
// ladder step), and a customer's ladder decision in the Customers view.
#include "CaseTableModel.h"
#include "CasesView.h"
#include "CustomerPickerDialog.h"
#include "CustomerTableModel.h"
#include "CustomersView.h"
#include "DarkPalette.h"
#include "DemoDatabase.h"
#include "Dialogs.h"
#include "EvidenceView.h"
#include "FindingsRunner.h"
#include "MainWindow.h"
#include "OpenCaseDialog.h"
#include "ReadingPane.h"
#include "Screenshots.h"
#include "TriageTableModel.h"
#include "TriageView.h"
#include "WindowShots.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace abusedesk;
using abusedesk::gui::MainWindow;
using abusedesk::gui::TriageTableModel;
using namespace Qt::StringLiterals;
using Type = triage::TriageItem::Type;

namespace {

qint64 scalar(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString text(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

/// Both palettes, for a person to judge.
void saveBoth(QWidget *widget, const QString &name)
{
    saveScreenshot(widget, name);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    saveScreenshot(widget, name + u"-dark"_s);
    QApplication::setPalette(before);
    QCoreApplication::processEvents();
}

/// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel
            = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const QString QueuedMessageKinds
    = u"'escalated-complaint', 'complaint', 'blocklist-notice', 'unsubscribe-request'"_s;

} // namespace

class TestTriageFlow : public QObject
{
    Q_OBJECT

    gui::TriageView *triage() const { return m_window->triageView(); }
    TriageTableModel *model() const { return triage()->model(); }
    const storage::Database &db() const { return *m_window->database(); }

    int rowsOf(Type type) const
    {
        int n = 0;
        for (const triage::TriageItem &item : model()->items())
            n += item.type == type;
        return n;
    }

    void selectRows(const QList<int> &rows)
    {
        QTableView *table = triage()->table();
        table->setFocus();
        table->selectionModel()->setCurrentIndex(
            model()->index(rows.first(), 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        for (int row : rows.mid(1))
            table->selectionModel()->select(
                model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    /// Presses a key on the queue the way the analyst does: through the window's shortcuts.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        if (!m_window->isActiveWindow()) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
        QTest::keyClick(triage()->table(), Qt::Key(key), modifiers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the program starts: the system's language (English here) with its plural forms.
        QCOMPARE(abusedesk::common::Translations::install(), u"en"_s);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"cases.abusedesk"_s);
        QDateTime newest;
        {
            auto database = storage::Database::open(m_path, storage::Database::OpenMode::CreateNew);
            QVERIFY(database);
            QVERIFY(!testing::importDemo(*database, m_dir.filePath(u"demo"_s)).isEmpty());
            newest = QDateTime::fromString(
                text(*database,
                    u"SELECT max(sent_at) FROM messages WHERE kind IN ('complaint', 'escalated-complaint')"_s),
                Qt::ISODate);
            database->releaseConnection();
        }
        QVERIFY(newest.isValid());
        // Two hours after the newest complaint: it still has time, older ones are overdue.
        m_clock = std::make_unique<common::FixedClock>(newest.addSecs(2 * 3600));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_settings, m_path);
        m_window->triageView()->setClock(*m_clock);
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The single-key shortcuts of the queue need the window to be the active one.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openInitialDatabase(m_path);
        QVERIFY(m_window->database());
        QTRY_VERIFY_WITH_TIMEOUT(!triage()->findingsRunner()->isRunning(), 120000);
    }

    void cleanupTestCase()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != m_window.get() && w->isVisible())
                w->close();
        m_window.reset();
        m_settings.reset();
    }

    void theQueueShowsEscalationsFirstAndTheClock()
    {
        auto *view = m_window->findChild<QAction *>(u"actionViewTriage"_s);
        QCOMPARE(view->shortcut(), QKeySequence(u"Ctrl+3"_s));
        view->trigger();
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), triage());
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const qint64 escalated = scalar(db(),
            u"SELECT count(*) FROM messages WHERE kind = 'escalated-complaint' AND triage_state IS NULL"_s);
        const qint64 complaints = scalar(
            db(), u"SELECT count(*) FROM messages WHERE kind = 'complaint' AND triage_state IS NULL"_s);
        const qint64 messages = scalar(db(),
            u"SELECT count(*) FROM messages WHERE kind IN (%1) AND triage_state IS NULL"_s.arg(
                QueuedMessageKinds));
        const qint64 clusters = scalar(db(),
            u"SELECT count(*) FROM (SELECT DISTINCT coalesce(customer_id, 0), coalesce(receiver, ''), "
            "coalesce(campaign, '') FROM messages WHERE kind = 'feedback-report' AND triage_state IS NULL)"_s);
        QVERIFY(escalated > 0 && complaints > 0 && clusters > 0);
        QCOMPARE(rowsOf(Type::Message), messages);
        QCOMPARE(rowsOf(Type::Cluster), clusters);
        QVERIFY(!triage()->findings().isEmpty());
        QCOMPARE(rowsOf(Type::Finding), triage()->findings().size());

        // Legal items first (the policy), each marked; then the escalated complaints, then the
        // complaints written by people.
        int row = 0;
        for (; row < model()->rowCount() && model()->item(row).legal; ++row)
            QVERIFY2(
                model()->index(row, TriageTableModel::ColumnKind).data().toString().startsWith(u"Legal · "_s),
                qPrintable(model()->index(row, TriageTableModel::ColumnKind).data().toString()));
        QVERIFY(row < model()->rowCount());
        QCOMPARE(
            model()->index(row, TriageTableModel::ColumnKind).data().toString(), u"Escalated complaint"_s);
        qint64 escalatedRows = 0;
        bool complaintSeen = false;
        for (int r = 0; r < model()->rowCount(); ++r) {
            const triage::TriageItem &item = model()->item(r);
            if (item.kind == u"escalated-complaint"_s) {
                ++escalatedRows;
                QVERIFY2(item.legal || !complaintSeen, "an escalated complaint after a complaint");
            }
            complaintSeen = complaintSeen || (item.kind == u"complaint"_s && !item.legal);
            // Complaints need an answer: their clock runs.
            const QString clock = model()->index(r, TriageTableModel::ColumnClock).data().toString();
            if (item.kind == u"complaint"_s || item.kind == u"escalated-complaint"_s)
                QVERIFY2(clock.endsWith(u" left"_s) || clock.startsWith(u"overdue by"_s), qPrintable(clock));
            else
                QVERIFY2(clock.isEmpty(), qPrintable(clock));
        }
        QCOMPARE(escalatedRows, escalated);
        // Clusters say how many reports they hold.
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->item(r).type == Type::Cluster)
                QCOMPARE(model()->index(r, TriageTableModel::ColumnKind).data().toString(),
                    u"Feedback reports ×%1"_s.arg(QLocale().toString(model()->item(r).count)));
        // The reading pane shows the current message.
        QVERIFY(triage()->table()->currentIndex().isValid());
        auto *title = triage()->findChild<QLabel *>(u"readingTitle"_s);
        QVERIFY2(title->isVisible() && title->text().contains(u"<b>"_s), qPrintable(title->text()));
        saveScreenshot(m_window.get(), u"triage-queue"_s);

        // The views fit a small window (the facets wrap onto another line).
        for (QWidget *w : std::initializer_list<QWidget *> { triage(), m_window->casesView() })
            QVERIFY2(w->minimumSizeHint().width() <= 900,
                qPrintable(QString::number(w->minimumSizeHint().width())));
        // The menu lists the bulk actions with their keys.
        auto *acknowledge = m_window->findChild<QAction *>(u"actionAcknowledge"_s);
        QCOMPARE(acknowledge->shortcut(), QKeySequence(Qt::Key_A));
        QVERIFY(m_window->findChild<QMenu *>(u"menuTriage"_s)->actions().contains(acknowledge));
        // Every control of the facet bar is reached by Tab and named for assistive technology.
        for (const char *name : { "triageSearch", "triageKind", "triageCustomer", "triageRoleAccount",
                 "triageReporter", "triageReceiver", "triageFrom", "triageUntil", "triageTable" }) {
            auto *w = triage()->findChild<QWidget *>(QLatin1StringView(name));
            QVERIFY2(w && (w->focusPolicy() & Qt::TabFocus) && !w->accessibleName().isEmpty(), name);
        }
    }

    void overdueItemsShowInTheWarningColour()
    {
        // The newest complaint at two moments: with time left, then a day and more past its window.
        int row = -1;
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->item(r).needsAnswer
                && (row < 0 || model()->item(r).receivedAt > model()->item(row).receivedAt))
                row = r;
        QVERIFY(row >= 0);
        const QString key = TriageTableModel::keyOf(model()->item(row));
        const QDateTime received = model()->item(row).receivedAt;
        common::FixedClock clock(received.addSecs(3600));
        triage()->setClock(clock);
        QModelIndex cell = model()->index(model()->rowOfKey(key), TriageTableModel::ColumnClock);
        QCOMPARE(cell.data().toString(), u"23 h 0 min left"_s);
        QVERIFY(!cell.data(TriageTableModel::OverdueRole).toBool());
        QVERIFY(!cell.data(Qt::ForegroundRole).isValid());
        clock.set(received.addSecs(50 * 3600));
        triage()->setClock(clock);
        cell = model()->index(model()->rowOfKey(key), TriageTableModel::ColumnClock);
        QCOMPARE(cell.data().toString(), u"overdue by 1 d 2 h"_s);
        QVERIFY(cell.data(TriageTableModel::OverdueRole).toBool());
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), gui::CustomerTableModel::warningColour());
        // The warning colour reads on the light and the dark base alike.
        QVERIFY(
            contrast(gui::CustomerTableModel::warningColour(), darkPalette().color(QPalette::Base)) >= 3.0);
        QVERIFY(contrast(gui::CustomerTableModel::warningColour(), QColor(Qt::white)) >= 3.0);
        QVERIFY2(triage()->findChild<QLabel *>(u"triageSummary"_s)->text().contains(u"overdue"_s),
            qPrintable(triage()->findChild<QLabel *>(u"triageSummary"_s)->text()));
        saveBoth(m_window.get(), u"triage-overdue"_s);
        triage()->setClock(*m_clock);
    }

    void aFacetAndATextSearchNarrowTheQueue()
    {
        auto *customer = triage()->findChild<QComboBox *>(u"triageCustomer"_s);
        // The busiest customer (facet values come most frequent first).
        QVERIFY(customer->count() > 3);
        QCOMPARE(customer->itemData(0).toString(), QString());
        int index = 1;
        while (customer->itemData(index).toString() == u"0"_s)
            ++index; // not the unattributed mail
        const qint64 id = customer->itemData(index).toString().toLongLong();
        const QString name = text(db(), u"SELECT name FROM customers WHERE id = %1"_s.arg(id));
        QVERIFY(customer->itemText(index).startsWith(name));
        customer->setCurrentIndex(index);
        const QString mine = u"customer_id = %1 AND triage_state IS NULL"_s.arg(id);
        const qint64 messages = scalar(
            db(), u"SELECT count(*) FROM messages WHERE %1 AND kind IN (%2)"_s.arg(mine, QueuedMessageKinds));
        const qint64 clusters = scalar(db(),
            u"SELECT count(*) FROM (SELECT DISTINCT coalesce(receiver, ''), coalesce(campaign, '') FROM "
            u"messages "
            "WHERE %1 AND kind = 'feedback-report')"_s.arg(mine));
        qint64 findings = 0;
        for (const findings::Finding &f : triage()->findings())
            findings += f.customerId == id;
        QVERIFY(messages > 0);
        QCOMPARE(rowsOf(Type::Message), messages);
        QCOMPARE(rowsOf(Type::Cluster), clusters);
        QCOMPARE(rowsOf(Type::Finding), findings);
        for (int r = 0; r < model()->rowCount(); ++r)
            QCOMPARE(model()->index(r, TriageTableModel::ColumnCustomer).data().toString(), name);

        // A word of its complaints' subjects that some of them hold and others not, through the
        // search field.
        QString word;
        QString match;
        qint64 found = 0;
        QSqlQuery subjects(db().connection());
        QVERIFY(subjects.exec(
            u"SELECT subject FROM messages WHERE %1 AND kind IN ('complaint', 'escalated-complaint') "
            "AND subject != '' ORDER BY evidence_id"_s.arg(mine)));
        while (word.isEmpty() && subjects.next()) {
            for (const QString &w :
                subjects.value(0).toString().split(QRegularExpression(u"[^\\p{L}]+"_s), Qt::SkipEmptyParts)) {
                if (w.size() < 4)
                    continue;
                match = u"evidence_id IN (SELECT rowid FROM message_text WHERE message_text MATCH '\"%1\"')"_s
                            .arg(w);
                found = scalar(db(),
                    u"SELECT count(*) FROM messages WHERE %1 AND kind IN (%2) AND %3"_s.arg(
                        mine, QueuedMessageKinds, match));
                if (found > 0 && found < messages) {
                    word = w;
                    break;
                }
            }
        }
        QVERIFY2(!word.isEmpty(), "no word of a subject narrows the customer's queue");
        const qint64 foundClusters = scalar(db(),
            u"SELECT count(*) FROM (SELECT DISTINCT coalesce(receiver, ''), coalesce(campaign, '') FROM "
            u"messages "
            "WHERE %1 AND kind = 'feedback-report' AND %2)"_s.arg(mine, match));
        auto *search = triage()->findChild<QLineEdit *>(u"triageSearch"_s);
        // Ctrl+F goes to the search field.
        press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, word);
        // Results follow the typing after a pause.
        QTRY_COMPARE(rowsOf(Type::Message), found);
        QCOMPARE(rowsOf(Type::Cluster), foundClusters);
        QCOMPARE(rowsOf(Type::Finding), 0);
        saveScreenshot(m_window.get(), u"triage-facet-search"_s);

        // FTS5 syntax it cannot read: said in words, nothing breaks.
        search->setText(u"\"unbalanced"_s);
        auto *problem = triage()->findChild<QLabel *>(u"triageProblem"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"not understood"_s) && problem->text().contains(u"a phrase"_s),
            qPrintable(problem->text()));
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(
            triage()->findChild<QLabel *>(u"triageEmptyTitle"_s)->text(), u"The search cannot be read"_s);
        saveScreenshot(m_window.get(), u"triage-search-error"_s);
        search->setText(u"qqxyzzy"_s);
        QTRY_VERIFY(!problem->isVisible());
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(
            triage()->findChild<QLabel *>(u"triageEmptyTitle"_s)->text(), u"Nothing matches these filters"_s);
        saveScreenshot(m_window.get(), u"triage-no-match"_s);

        triage()->findChild<QPushButton *>(u"triageClearFilters"_s)->click();
        QCOMPARE(customer->currentIndex(), 0);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(rowsOf(Type::Message),
            scalar(db(),
                u"SELECT count(*) FROM messages WHERE kind IN (%1) AND triage_state IS NULL"_s.arg(
                    QueuedMessageKinds)));
    }

    void acknowledgingTwoRowsByKeyAndUndoingIt()
    {
        // Two complaints, side by side.
        int first = -1;
        for (int r = 0; r + 1 < model()->rowCount() && first < 0; ++r)
            if (model()->item(r).type == Type::Message && model()->item(r + 1).type == Type::Message)
                first = r;
        QVERIFY(first >= 0);
        const qint64 a = model()->item(first).evidenceId;
        const qint64 b = model()->item(first + 1).evidenceId;
        const QString afterThem = TriageTableModel::keyOf(model()->item(first + 2));
        const QString ids = u"%1, %2"_s.arg(a).arg(b);
        const int before = model()->rowCount();
        selectRows({ first, first + 1 });
        press(Qt::Key_A);
        QCOMPARE(
            scalar(db(),
                u"SELECT count(*) FROM messages WHERE evidence_id IN (%1) AND triage_state = 'acknowledged'"_s
                    .arg(ids)),
            2);
        QCOMPARE(model()->rowCount(), before - 2);
        QCOMPARE(model()->rowOfKey(u"message:%1"_s.arg(a)), -1);
        QCOMPARE(model()->rowOfKey(u"message:%1"_s.arg(b)), -1);
        // The selection moves on to the next item.
        QCOMPARE(TriageTableModel::keyOf(model()->item(triage()->table()->currentIndex().row())), afterThem);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"acknowledged"_s),
            qPrintable(m_window->statusBar()->currentMessage()));
        auto *undo = m_window->findChild<QAction *>(u"actionTriageUndo"_s);
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(u"Undo"_s) && undo->text().contains(u"acknowledged"_s),
            qPrintable(undo->text()));

        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(
            scalar(db(),
                u"SELECT count(*) FROM messages WHERE evidence_id IN (%1) AND triage_state IS NULL"_s.arg(
                    ids)),
            2);
        QCOMPARE(model()->rowCount(), before);
        QCOMPARE(triage()->table()->selectionModel()->selectedRows().size(), 2);
        QVERIFY(!undo->isEnabled());
    }

    void clustersAndFindingsShowTheirNumbers()
    {
        int cluster = -1;
        int finding = -1;
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (cluster < 0 && model()->item(r).type == Type::Cluster && model()->item(r).ratePercent >= 0)
                cluster = r;
            if (finding < 0 && model()->item(r).type == Type::Finding)
                finding = r;
        }
        QVERIFY(cluster >= 0 && finding >= 0);
        // A cluster: its numbers above its newest report.
        selectRows({ cluster });
        auto *detail = triage()->findChild<QLabel *>(u"triageDetail"_s);
        QVERIFY(detail->isVisible());
        QVERIFY2(detail->text().contains(
                     u"Feedback reports ×%1"_s.arg(QLocale().toString(model()->item(cluster).count))),
            qPrintable(detail->text()));
        QVERIFY(triage()->readingPane()->isVisible());
        saveScreenshot(m_window.get(), u"triage-cluster"_s);

        // A finding: its summary. Dismissed (D) with a reason it leaves the queue; Ctrl+Z brings it back.
        const triage::TriageItem item = model()->item(finding);
        selectRows({ finding });
        QVERIFY2(detail->text().contains(item.summary.toHtmlEscaped()), qPrintable(detail->text()));
        saveScreenshot(m_window.get(), u"triage-finding"_s);
        press(Qt::Key_D);
        QTRY_VERIFY(visibleTopLevel(u"dismissFindingDialog"_s));
        auto *input = qobject_cast<QInputDialog *>(visibleTopLevel(u"dismissFindingDialog"_s));
        QVERIFY(input);
        input->setTextValue(u"A seasonal campaign; the rate is back under the line."_s);
        input->accept();
        QTRY_VERIFY(!visibleTopLevel(u"dismissFindingDialog"_s));
        const auto dismissed = [this, &item] {
            QSqlQuery q(db().connection());
            q.prepare(u"SELECT count(*) FROM finding_dismissals WHERE finding_key = ?"_s);
            q.addBindValue(item.findingKey);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(dismissed(), 1);
        QCOMPARE(model()->rowOfKey(TriageTableModel::keyOf(item)), -1);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(dismissed(), 0);
        QVERIFY(model()->rowOfKey(TriageTableModel::keyOf(item)) >= 0);
    }

    void openingACaseFromARow()
    {
        int row = -1;
        for (int r = 0; r < model()->rowCount() && row < 0; ++r)
            if (model()->item(r).kind == u"escalated-complaint"_s && !model()->item(r).legal
                && model()->item(r).customerId != 0)
                row = r;
        QVERIFY(row >= 0);
        const triage::TriageItem item = model()->item(row);
        selectRows({ row });
        press(Qt::Key_C);
        QTRY_VERIFY(visibleTopLevel(u"openCaseDialog"_s));
        auto *dialog = qobject_cast<gui::OpenCaseDialog *>(visibleTopLevel(u"openCaseDialog"_s));
        QVERIFY(dialog);
        // Proposed from the row: its subject, customer and category.
        auto *title = dialog->findChild<QLineEdit *>(u"openCaseTitle"_s);
        QVERIFY2(title->text().contains(item.subject), qPrintable(title->text()));
        QCOMPARE(dialog->findChild<QComboBox *>(u"openCaseCustomer"_s)->currentData().toLongLong(),
            item.customerId);
        QCOMPARE(dialog->findChild<QComboBox *>(u"openCaseCategory"_s)->currentData().toString(),
            u"escalated-complaint"_s);
        dialog->findChild<QComboBox *>(u"openCaseSeverity"_s)->setCurrentIndex(1);
        dialog->findChild<QPlainTextEdit *>(u"openCaseNote"_s)
            ->setPlainText(u"Spamhaus wrote in; answer today."_s);
        saveBoth(dialog, u"open-case-dialog"_s);
        dialog->findChild<QPushButton *>(u"openCaseOk"_s)->click();
        QTRY_VERIFY(!visibleTopLevel(u"openCaseDialog"_s));

        QCOMPARE(scalar(db(), u"SELECT count(*) FROM cases"_s), 1);
        m_caseId = scalar(db(), u"SELECT id FROM cases"_s);
        QCOMPARE(scalar(db(), u"SELECT severity FROM cases"_s), 2);
        QCOMPARE(scalar(db(), u"SELECT evidence_id FROM case_evidence WHERE case_id = %1"_s.arg(m_caseId)),
            item.evidenceId);
        QCOMPARE(
            text(db(), u"SELECT triage_state FROM messages WHERE evidence_id = %1"_s.arg(item.evidenceId)),
            u"in-case"_s);
        // The window goes to the case.
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), m_window->casesView());
        QCOMPARE(m_window->casesView()->currentCaseId(), m_caseId);
        auto *timeline = m_window->casesView()->findChild<QTableWidget *>(u"caseTimeline"_s);
        QVERIFY(timeline->rowCount() >= 2);
        QCOMPARE(timeline->item(0, 2)->text(), u"Opened"_s);
        QVERIFY(!timeline->findItems(u"Spamhaus wrote in; answer today."_s, Qt::MatchExactly).isEmpty());
        QCOMPARE(m_window->casesView()->findChild<QTreeWidget *>(u"caseEvidence"_s)->topLevelItemCount(), 1);
        // Back in triage the item is gone from the queue.
        m_window->showTriage();
        QCOMPARE(model()->rowOfKey(TriageTableModel::keyOf(item)), -1);
    }

    void legalItemsGoToTheLegalOwner()
    {
        // The policy routes cases opened from legal-tone items to a named owner.
        QVERIFY(m_window->database()->setPolicy(u"legal_owner"_s, "\"legal@esp.example\""));
        int row = -1;
        for (int r = 0; r < model()->rowCount() && row < 0; ++r)
            if (model()->item(r).legal && model()->item(r).type == Type::Message)
                row = r;
        QVERIFY(row >= 0);
        selectRows({ row });
        press(Qt::Key_C);
        QTRY_VERIFY(visibleTopLevel(u"openCaseDialog"_s));
        auto *dialog = qobject_cast<gui::OpenCaseDialog *>(visibleTopLevel(u"openCaseDialog"_s));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"openCaseOwner"_s)->text(), u"legal@esp.example"_s);
        QCOMPARE(dialog->findChild<QComboBox *>(u"openCaseCategory"_s)->currentData().toString(), u"legal"_s);
        dialog->reject();
        QTRY_VERIFY(!visibleTopLevel(u"openCaseDialog"_s));
        QVERIFY(m_window->database()->setPolicy(u"legal_owner"_s, "\"\""));
    }

    void attachingAnotherReportToTheCase()
    {
        const qint64 customer = scalar(db(), u"SELECT customer_id FROM cases WHERE id = %1"_s.arg(m_caseId));
        int row = -1;
        for (int r = 0; r < model()->rowCount() && row < 0; ++r)
            if (model()->item(r).type == Type::Message && model()->item(r).customerId == customer)
                row = r;
        QVERIFY(row >= 0);
        const qint64 evidence = model()->item(row).evidenceId;
        selectRows({ row });
        press(Qt::Key_T);
        QTRY_VERIFY(visibleTopLevel(u"casePickerDialog"_s));
        QWidget *picker = visibleTopLevel(u"casePickerDialog"_s);
        // The open case of the same customer is proposed first.
        auto *cases = picker->findChild<QTreeWidget *>(u"casePickerList"_s);
        QCOMPARE(cases->currentItem()->data(0, Qt::UserRole).toLongLong(), m_caseId);
        picker->findChild<QPushButton *>(u"casePickerOk"_s)->click();
        QTRY_VERIFY(!visibleTopLevel(u"casePickerDialog"_s));
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM case_evidence WHERE case_id = %1"_s.arg(m_caseId)), 2);
        QCOMPARE(model()->rowOfKey(u"message:%1"_s.arg(evidence)), -1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"attached to case %1"_s.arg(m_caseId)),
            qPrintable(m_window->statusBar()->currentMessage()));
    }

    void attributingByHandAndUndoingIt()
    {
        int row = -1;
        for (int r = 0; r < model()->rowCount() && row < 0; ++r)
            if (model()->item(r).type == Type::Message && model()->item(r).customerId == 0)
                row = r;
        QVERIFY(row >= 0);
        const qint64 evidence = model()->item(row).evidenceId;
        const qint64 customer = scalar(db(), u"SELECT id FROM customers WHERE external_id = 'c002'"_s);
        selectRows({ row });
        press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(visibleTopLevel(u"customerPickerDialog"_s));
        auto *picker = qobject_cast<gui::CustomerPickerDialog *>(visibleTopLevel(u"customerPickerDialog"_s));
        QVERIFY(picker);
        QTest::keyClicks(picker->findChild<QLineEdit *>(u"customerPickerFilter"_s), u"Stonebridge"_s);
        QCOMPARE(picker->customerId(), customer);
        saveScreenshot(picker, u"customer-picker"_s);
        picker->findChild<QPushButton *>(u"customerPickerOk"_s)->click();
        QTRY_VERIFY(!visibleTopLevel(u"customerPickerDialog"_s));
        const QString attributed
            = u"SELECT coalesce(customer_id, 0) FROM messages WHERE evidence_id = %1"_s.arg(evidence);
        QCOMPARE(scalar(db(), attributed), customer);
        // The row stays, now with its customer, and stays selected.
        const int now = model()->rowOfKey(u"message:%1"_s.arg(evidence));
        QVERIFY(now >= 0);
        QCOMPARE(model()->index(now, TriageTableModel::ColumnCustomer).data().toString(),
            u"Stonebridge Apparel"_s);
        QCOMPARE(triage()->table()->currentIndex().row(), now);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scalar(db(), attributed), 0);
    }

    void workingOnTheCase()
    {
        m_window->showCase(m_caseId);
        gui::CasesView *cases = m_window->casesView();
        QAbstractItemModelTester tester(
            cases->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *timeline = cases->findChild<QTableWidget *>(u"caseTimeline"_s);
        const int entries = timeline->rowCount();
        // The newest entry, at the bottom: its type and text.
        struct Entry
        {
            QTableWidget *table;
            [[nodiscard]] QString text(int column) const
            {
                return table->item(table->rowCount() - 1, column)->text();
            }
        };
        const auto last = [timeline] { return std::make_unique<Entry>(Entry { timeline }); };

        // A note of several lines, as notes are: the timeline shows all of it.
        const QString note
            = u"Called the customer: the address list came from a trade fair, collected without "
              "consent.\nThey stop mailing it today and send us their opt-in records by Friday; I "
              "check the complaint rate again next week."_s;
        cases->findChild<QPlainTextEdit *>(u"caseNote"_s)->setPlainText(note);
        cases->findChild<QPushButton *>(u"caseAddNote"_s)->click();
        QCOMPARE(timeline->rowCount(), entries + 1);
        QCOMPARE(last()->text(2), u"Note"_s);
        QCOMPARE(last()->text(3), note);
        QVERIFY(timeline->rowHeight(timeline->rowCount() - 1) >= 2 * timeline->fontMetrics().height());

        cases->findChild<QSpinBox *>(u"caseMinutes"_s)->setValue(25);
        cases->findChild<QLineEdit *>(u"caseActivity"_s)->setText(u"Investigation"_s);
        cases->findChild<QPushButton *>(u"caseLogTime"_s)->click();
        QCOMPARE(timeline->rowCount(), entries + 2);
        QCOMPARE(last()->text(2), u"Time"_s);
        QCOMPARE(
            scalar(db(), u"SELECT sum(minutes) FROM time_entries WHERE case_id = %1"_s.arg(m_caseId)), 25);
        const int row = cases->model()->rowOf(m_caseId);
        QCOMPARE(
            cases->model()->index(row, gui::CaseTableModel::ColumnMinutes).data().toString(), u"25 min"_s);

        auto *status = cases->findChild<QComboBox *>(u"caseStatus"_s);
        status->setCurrentIndex(status->findData(u"waiting-on-customer"_s));
        QCOMPARE(timeline->rowCount(), entries + 3);
        QCOMPARE(last()->text(2), u"Status"_s);
        QCOMPARE(
            text(db(), u"SELECT status FROM cases WHERE id = %1"_s.arg(m_caseId)), u"waiting-on-customer"_s);

        // Resolving asks how it ended.
        status->setCurrentIndex(status->findData(u"resolved"_s));
        QTRY_VERIFY(visibleTopLevel(u"caseStatusDialog"_s));
        QWidget *ending = visibleTopLevel(u"caseStatusDialog"_s);
        auto *ok = ending->findChild<QPushButton *>(u"caseStatusOk"_s);
        QVERIFY(!ok->isEnabled());
        auto *outcome = ending->findChild<QComboBox *>(u"caseOutcome"_s);
        outcome->setCurrentIndex(outcome->findData(u"educated"_s));
        QVERIFY(ok->isEnabled());
        saveScreenshot(ending, u"case-status-dialog"_s);
        ok->click();
        QTRY_VERIFY(!visibleTopLevel(u"caseStatusDialog"_s));
        QCOMPARE(text(db(), u"SELECT status || '/' || outcome FROM cases WHERE id = %1"_s.arg(m_caseId)),
            u"resolved/educated"_s);
        QCOMPARE(timeline->rowCount(), entries + 4);
        QVERIFY2(last()->text(3).contains(u"Educated"_s), qPrintable(last()->text(3)));
        QCOMPARE(cases->findChild<QLabel *>(u"caseOutcomeText"_s)->text(), u"Outcome: Educated"_s);

        // A ladder step for the case's customer, recorded in the case.
        cases->findChild<QPushButton *>(u"caseLadderStep"_s)->click();
        QTRY_VERIFY(visibleTopLevel(u"ladderDialog"_s));
        QWidget *ladder = visibleTopLevel(u"ladderDialog"_s);
        QCOMPARE(ladder->findChild<QComboBox *>(u"ladderCase"_s)->currentData().toLongLong(), m_caseId);
        auto *step = ladder->findChild<QComboBox *>(u"ladderStep"_s);
        step->setCurrentIndex(step->findData(1));
        ladder->findChild<QPlainTextEdit *>(u"ladderReason"_s)
            ->setPlainText(u"Escalated complaint from Spamhaus."_s);
        ladder->findChild<QPushButton *>(u"ladderOk"_s)->click();
        QTRY_VERIFY(!visibleTopLevel(u"ladderDialog"_s));
        QCOMPARE(
            scalar(db(), u"SELECT count(*) FROM customer_decisions WHERE case_id = %1"_s.arg(m_caseId)), 1);
        QCOMPARE(timeline->rowCount(), entries + 5);
        QCOMPARE(last()->text(2), u"Ladder"_s);
        QVERIFY2(cases->findChild<QLabel *>(u"caseLadder"_s)->text().contains(u"Notice"_s),
            qPrintable(cases->findChild<QLabel *>(u"caseLadder"_s)->text()));
        saveBoth(m_window.get(), u"case-timeline"_s);

        // A linked message, double-clicked, is read in the Evidence view.
        auto *evidence = cases->findChild<QTreeWidget *>(u"caseEvidence"_s);
        QCOMPARE(evidence->topLevelItemCount(), 2);
        const qint64 first = evidence->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
        Q_EMIT evidence->itemActivated(evidence->topLevelItem(0), 0);
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), m_window->evidenceView());
        QCOMPARE(
            m_window->evidenceView()->table()->currentIndex().data(Qt::UserRole + 1).toLongLong(), first);
    }

    void anEvidenceBundleOfTheCase()
    {
        m_window->showCase(m_caseId);
        gui::CasesView *cases = m_window->casesView();
        auto *tabs = cases->findChild<QTabWidget *>(u"caseTabs"_s);
        tabs->setCurrentIndex(1);
        auto *button = cases->findChild<QPushButton *>(u"caseExportBundle"_s);
        QVERIFY(button && button->isVisible() && button->isEnabled());
        saveBoth(m_window.get(), u"case-evidence-bundle"_s);

        // Written on a worker thread; the status bar says where.
        const QString path = m_dir.filePath(u"case-bundle.zip"_s);
        gui::Dialogs::setNextFileName(path);
        button->click();
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"written to"_s));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path))
                && m_window->statusBar()->currentMessage().contains(u": 2 messages."_s),
            qPrintable(m_window->statusBar()->currentMessage()));
        QFile zip(path);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QCOMPARE(zip.read(4), QByteArray("PK\x03\x04", 4));
        QVERIFY(button->isEnabled());

        // A folder that is not there: a warning naming the file.
        const QString nowhere = m_dir.filePath(u"no-such-folder/bundle.zip"_s);
        gui::Dialogs::setNextFileName(nowhere);
        button->click();
        QTRY_VERIFY(visibleTopLevel(u"warningBox"_s));
        auto *box = qobject_cast<QMessageBox *>(visibleTopLevel(u"warningBox"_s));
        QVERIFY(box);
        QVERIFY2(box->text().contains(nowhere), qPrintable(box->text()));
        box->close();
        tabs->setCurrentIndex(0);
    }

    void aLadderDecisionInTheCustomersView()
    {
        m_window->showCustomers();
        gui::CustomersView *view = m_window->customersView();
        // A customer in good standing that no decision touched yet.
        const qint64 id = scalar(db(),
            u"SELECT id FROM customers WHERE status = 'active' AND ladder_step = 0 AND id NOT IN "
            "(SELECT customer_id FROM customer_decisions) ORDER BY external_id DESC LIMIT 1"_s);
        QVERIFY(id > 0);
        view->selectCustomer(id);
        auto *history = view->findChild<QTreeWidget *>(u"customerLadderHistory"_s);
        const int decisions = history->topLevelItemCount();
        view->findChild<QPushButton *>(u"customerLadderChange"_s)->click();
        QTRY_VERIFY(visibleTopLevel(u"ladderDialog"_s));
        QWidget *dialog = visibleTopLevel(u"ladderDialog"_s);
        auto *ok = dialog->findChild<QPushButton *>(u"ladderOk"_s);
        auto *step = dialog->findChild<QComboBox *>(u"ladderStep"_s);
        step->setCurrentIndex(step->findData(2));
        QCOMPARE(dialog->findChild<QComboBox *>(u"ladderStatus"_s)->currentData().toString(), u"warned"_s);
        // No reason, no decision.
        QVERIFY(!ok->isEnabled());
        auto *reason = dialog->findChild<QPlainTextEdit *>(u"ladderReason"_s);
        reason->setPlainText(u"   "_s);
        QVERIFY(!ok->isEnabled());
        reason->setPlainText(
            u"Complaint rate above 0.1 % at two receivers for three weeks after the notice."_s);
        QVERIFY(ok->isEnabled());
        saveBoth(dialog, u"ladder-dialog"_s);
        ok->click();
        QTRY_VERIFY(!visibleTopLevel(u"ladderDialog"_s));
        QCOMPARE(text(db(), u"SELECT status || '/' || ladder_step FROM customers WHERE id = %1"_s.arg(id)),
            u"warned/2"_s);
        QCOMPARE(history->topLevelItemCount(), decisions + 1);
        QTreeWidgetItem *latest = history->topLevelItem(history->topLevelItemCount() - 1);
        QVERIFY2(latest->text(1).contains(u"Warning"_s), qPrintable(latest->text(1)));
        QCOMPARE(latest->text(2), u"Active → Warned"_s);
        QVERIFY2(latest->text(5).startsWith(u"Complaint rate above"_s), qPrintable(latest->text(5)));
        const int row = view->model()->rowOf(id);
        QCOMPARE(
            view->model()->index(row, gui::CustomerTableModel::ColumnStatus).data().toString(), u"Warned"_s);
        QCOMPARE(
            view->model()->index(row, gui::CustomerTableModel::ColumnLadder).data().toString(), u"Warning"_s);
        saveScreenshot(m_window.get(), u"customers-escalation"_s);
    }

    void aCaseFromAFinding()
    {
        m_window->showTriage();
        int row = -1;
        for (int r = 0; r < model()->rowCount() && row < 0; ++r)
            if (model()->item(r).type == Type::Finding && model()->item(r).kind == u"complaint-rate"_s)
                row = r;
        QVERIFY(row >= 0);
        const triage::TriageItem item = model()->item(row);
        QVERIFY(!item.evidenceIds.isEmpty());
        selectRows({ row });
        press(Qt::Key_C);
        QTRY_VERIFY(visibleTopLevel(u"openCaseDialog"_s));
        auto *dialog = qobject_cast<gui::OpenCaseDialog *>(visibleTopLevel(u"openCaseDialog"_s));
        QCOMPARE(dialog->findChild<QComboBox *>(u"openCaseCategory"_s)->currentData().toString(),
            u"complaint-rate"_s);
        QCOMPARE(dialog->findChild<QComboBox *>(u"openCaseCustomer"_s)->currentData().toLongLong(),
            item.customerId);
        QCOMPARE(dialog->newCase().findingKey, item.findingKey);
        // Staying in the queue this time.
        dialog->setShowCaseAfterwards(false);
        saveScreenshot(dialog, u"open-case-from-finding"_s);
        dialog->findChild<QPushButton *>(u"openCaseOk"_s)->click();
        QTRY_VERIFY(!visibleTopLevel(u"openCaseDialog"_s));
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), triage());
        QSqlQuery q(db().connection());
        q.prepare(u"SELECT id, category FROM cases WHERE finding_key = ?"_s);
        q.addBindValue(item.findingKey);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(1).toString(), u"complaint-rate"_s);
        QCOMPARE(scalar(db(),
                     u"SELECT count(*) FROM case_evidence WHERE case_id = %1"_s.arg(q.value(0).toLongLong())),
            item.evidenceIds.size());
        // A finding with an open case is not proposed again.
        QCOMPARE(model()->rowOfKey(TriageTableModel::keyOf(item)), -1);
    }

    void theTriageViewInTheDark()
    {
        m_window->showTriage();
        const QPalette before = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        saveScreenshot(m_window.get(), u"triage-dark"_s);
        QApplication::setPalette(before);
        QCoreApplication::processEvents();
        // On a small screen the facets wrap onto a second line instead of widening the window.
        const QSize size = m_window->size();
        m_window->resize(900, 640);
        QTRY_COMPARE(m_window->size(), QSize(900, 640));
        QVERIFY(triage()->findChild<QWidget *>(u"triageFacets"_s)->height()
            > 2 * triage()->findChild<QComboBox *>(u"triageKind"_s)->height());
        saveScreenshot(m_window.get(), u"triage-narrow"_s);
        m_window->resize(size);
    }

    void anEmptyQueueSaysSo()
    {
        auto empty = storage::Database::open(
            m_dir.filePath(u"empty.abusedesk"_s), storage::Database::OpenMode::CreateNew);
        QVERIFY(empty);
        gui::TriageView view(u"tester"_s);
        view.setClock(*m_clock);
        view.resize(1200, 700);
        view.setDatabase(empty.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.findingsRunner()->isRunning());
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.findChild<QLabel *>(u"triageEmptyTitle"_s)->text(), u"Nothing waits for you"_s);
        QVERIFY(view.findChild<QLabel *>(u"triageEmptyBody"_s)->text().contains(u"Import"_s));
        saveBoth(&view, u"triage-empty"_s);
        view.setDatabase(nullptr);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<common::FixedClock> m_clock;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_caseId = 0;
};

QTEST_MAIN(TestTriageFlow)
#include "tst_triageflow.moc"
