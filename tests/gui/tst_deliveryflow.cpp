// SPDX-License-Identifier: GPL-2.0-or-later
// Delivery data in the window: a dropped folder of logs is imported, a send log with unknown
// columns is offered for mapping, the Map Columns dialog previews the rows and imports the file
// with the saved mapping; blocklist listings are entered by hand.
#include "DarkPalette.h"
#include "ImportRunner.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "WindowShots.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using abusedesk::gui::MainWindow;
using namespace Qt::StringLiterals;

namespace {

const QString Data = QStringLiteral(ABUSEDESK_TEST_DATA "/delivery-gui/");

qint64 scalar(const abusedesk::storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void choose(QWidget *dialog, const QString &field, const QString &column)
{
    auto *combo = dialog->findChild<QComboBox *>(u"csvColumn_"_s + field);
    QVERIFY2(combo, qPrintable(field));
    const int index = combo->findData(column);
    QVERIFY2(index > 0, qPrintable(column));
    combo->setCurrentIndex(index);
}

} // namespace

class TestDeliveryFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_settings, m_dir->filePath(u"cases.abusedesk"_s));
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

    void droppedLogsAndAMappedSendLog()
    {
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(Data) });
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());

        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(u"importReport"_s), 60000);
        QWidget *report = visibleTopLevel(u"importReport"_s);
        const QString summary = report->findChild<QLabel *>(u"importReportSummary"_s)->text();
        QVERIFY2(summary.contains(u"6 log lines read"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"2 records stored"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"app-sends.csv"_s), qPrintable(summary));
        saveScreenshot(report, u"delivery-import-report"_s);
        const abusedesk::storage::Database &db = *m_window->database();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 2);

        // Map Columns: the send log's columns, previewed, then imported with the saved mapping.
        auto *map = report->findChild<QPushButton *>(u"importReportMapColumns"_s);
        QVERIFY(map);
        map->click();
        QTRY_VERIFY(visibleTopLevel(u"csvProfileDialog"_s));
        QWidget *dialog = visibleTopLevel(u"csvProfileDialog"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // time, result and recipient are not mapped yet
        auto *status = dialog->findChild<QLabel *>(u"csvProfileStatus"_s);
        QVERIFY2(status->text().contains(u"Time"_s), qPrintable(status->text()));
        choose(dialog, u"time"_s, u"ts"_s);
        choose(dialog, u"customer"_s, u"account"_s);
        choose(dialog, u"campaign"_s, u"campaign_ref"_s);
        choose(dialog, u"sending_ip"_s, u"ip"_s);
        choose(dialog, u"envelope_sender"_s, u"mail_from"_s);
        choose(dialog, u"recipient"_s, u"to"_s);
        choose(dialog, u"result"_s, u"outcome"_s);
        choose(dialog, u"status"_s, u"smtp_status"_s);
        choose(dialog, u"diagnostic"_s, u"detail"_s);
        dialog->findChild<QLineEdit *>(u"csvProfileName"_s)->setText(u"ESP app log"_s);
        QVERIFY(ok->isEnabled());
        auto *preview = dialog->findChild<QTableWidget *>(u"csvProfilePreview"_s);
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->item(1, 5)->text(), u"emil@gmx.de"_s); // the recipient column, mapped
        // The dry run names the rows that would be rejected, with their line numbers.
        QVERIFY2(status->text().contains(u"2 would be imported"_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"line 4"_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"exploded"_s), qPrintable(status->text()));
        saveScreenshot(dialog, u"csv-profile-dialog"_s);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents(); // the palette reaches the open dialog through events
        saveScreenshot(dialog, u"csv-profile-dialog-dark"_s);
        QApplication::setPalette(before);
        QCoreApplication::processEvents();
        ok->click();

        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(u"importReport"_s), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(db, u"SELECT count(*) FROM deliveries"_s), 4, 10000);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM csv_profiles WHERE name = 'ESP app log'"_s), 1);
        QCOMPARE(
            scalar(db,
                u"SELECT count(*) FROM deliveries WHERE customer_ref = 'c042' AND campaign = 'spring-sale' "
                "AND sending_ip = '192.0.2.7' AND recipient = 'emil@gmx.de' AND bounce_class = 'hard'"_s),
            1);
        QWidget *second = visibleTopLevel(u"importReport"_s);
        const QString secondSummary = second->findChild<QLabel *>(u"importReportSummary"_s)->text();
        QVERIFY2(secondSummary.contains(u"2 lines rejected"_s), qPrintable(secondSummary));
        saveScreenshot(second, u"delivery-import-report-mapped"_s);
        second->close();
        // The Imports panel counts the log records and the rejected lines of both imports.
        auto *jobs = m_window->importRunner()->jobs();
        QCOMPARE(jobs->rowCount(), 2);
        // The newest job first.
        const QString first
            = jobs->index(1, abusedesk::importing::ImportJobsModel::ColumnResult).data().toString();
        QVERIFY2(first.contains(u"2 stored"_s) && first.contains(u"tables to map: 1"_s), qPrintable(first));
        const QString last
            = jobs->index(0, abusedesk::importing::ImportJobsModel::ColumnResult).data().toString();
        QVERIFY2(last.contains(u"2 stored"_s) && last.contains(u"2 rejected"_s), qPrintable(last));
        // Deliveries alone are no empty case: the window leaves the "empty" page.
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget()->objectName(), u"evidenceView"_s);
        saveScreenshot(m_window.get(), u"delivery-imports-panel"_s);
    }

    void droppedCustomersAttributeTheLogsDroppedWithThem()
    {
        // A customers.csv dropped with a log: the customers come first, the log's deliveries are
        // theirs as they are stored, and the report says so.
        const QString customers = m_dir->filePath(u"customers.csv"_s);
        {
            QFile f(customers);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id,name,status,return_path_domains,sending_ips\n"
                    "c042,ACME Outdoor,active,mail.acme.example,192.0.2.7 2026-01-01..\n"
                    "c043,Broken Row,unknown,,\n");
        }
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(customers), QUrl::fromLocalFile(Data + u"mail.log"_s) });
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(u"importReport"_s), 60000);
        QWidget *report = visibleTopLevel(u"importReport"_s);
        const QString summary = report->findChild<QLabel *>(u"importReportSummary"_s)->text();
        QVERIFY2(summary.contains(u"Customers:</b> 1 added"_s), qPrintable(summary));
        // The bad row is listed with its file and line.
        auto *rejected = report->findChild<QTableWidget *>(u"importReportRejected"_s);
        QVERIFY(rejected);
        bool listed = false;
        for (int row = 0; row < rejected->rowCount(); ++row)
            for (int column = 0; column < rejected->columnCount(); ++column)
                if (rejected->item(row, column) && rejected->item(row, column)->text().contains(u"unknown"_s))
                    listed = true;
        QVERIFY(listed);
        saveScreenshot(report, u"customers-import-report"_s);
        const abusedesk::storage::Database &db = *m_window->database();
        QCOMPARE(scalar(db,
                     u"SELECT count(*) FROM deliveries WHERE customer_id = (SELECT id FROM customers WHERE "
                     "external_id = 'c042')"_s),
            2);
    }

    void blocklistListingByHand()
    {
        m_window->findChild<QAction *>(u"actionAddListing"_s)->trigger();
        QTRY_VERIFY(visibleTopLevel(u"blocklistListingDialog"_s));
        QWidget *dialog = visibleTopLevel(u"blocklistListingDialog"_s);
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        dialog->findChild<QComboBox *>(u"listingList"_s)->setCurrentText(u"Spamhaus SBL"_s);
        auto *target = dialog->findChild<QLineEdit *>(u"listingTarget"_s);
        target->setText(u"192.0.2.300"_s);
        auto *problem = dialog->findChild<QLabel *>(u"listingProblem"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY2(problem->text().contains(u"192.0.2.300"_s), qPrintable(problem->text()));
        saveScreenshot(dialog, u"blocklist-listing-invalid"_s);
        target->setText(u"198.51.100.0/24"_s);
        dialog->findChild<QDateTimeEdit *>(u"listingListed"_s)
            ->setDateTime(QDateTime(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::UTC));
        dialog->findChild<QLineEdit *>(u"listingNote"_s)->setText(u"SBL123456, after the c042 campaign"_s);
        QVERIFY(save->isEnabled());
        QVERIFY(problem->text().isEmpty());
        saveScreenshot(dialog, u"blocklist-listing"_s);
        save->click();
        QTRY_VERIFY(!visibleTopLevel(u"blocklistListingDialog"_s));
        QCOMPARE(scalar(*m_window->database(),
                     u"SELECT count(*) FROM blocklist_listings WHERE list = 'Spamhaus SBL' AND target = "
                     "'198.51.100.0/24' AND listed = 1793606400 AND delisted IS NULL"_s),
            1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestDeliveryFlow)
#include "tst_deliveryflow.moc"
