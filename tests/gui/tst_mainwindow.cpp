// SPDX-License-Identifier: GPL-2.0-or-later
// The program's shell in a real window: first start, the empty state, New/Open/Recent, refusals,
// Help > About and remembered window geometry.
#include "AboutDialog.h"
#include "DarkPalette.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using abusedesk::gui::MainWindow;

namespace {

QMessageBox *visibleWarning()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("warningBox") && w->isVisible())
            return qobject_cast<QMessageBox *>(w);
    return nullptr;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_defaultPath = m_dir->filePath(QStringLiteral("data/abusedesk/cases.abusedesk"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("warningBox")
                || w->objectName() == QLatin1String("aboutDialog"))
                w->close();
        m_settings.reset();
        m_dir.reset();
    }

    void firstStartCreatesDefaultDatabaseAndShowsEmptyState()
    {
        MainWindow window(*m_settings, m_defaultPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialDatabase();

        QVERIFY(QFile::exists(m_defaultPath));
        QVERIFY(window.database());
        auto *stack = window.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
        auto *title = window.findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
        QCOMPARE(title->text(), QStringLiteral("This case database is empty"));
        auto *body = window.findChild<QLabel *>(QStringLiteral("emptyStateBody"));
        QVERIFY(body->text().contains(QStringLiteral("mbox")));
        QVERIFY(body->text().contains(QStringLiteral("abusedesk-cli import")));
        saveScreenshot(&window, QStringLiteral("mainwindow-empty-light"));
        // Nothing of the explanation is cut off at the default window size.
        QTRY_VERIFY2(body->height() >= body->heightForWidth(body->width()),
            qPrintable(
                QStringLiteral("%1 < %2").arg(body->height()).arg(body->heightForWidth(body->width()))));
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("emptyStateLocation"))->text().contains(m_defaultPath));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("cases.abusedesk")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusDatabase"))
                ->text()
                .contains(
                    QStringLiteral("schema %1").arg(abusedesk::storage::Database::latestSchemaVersion())));

        // A second start opens the same database again instead of making another.
        QCOMPARE(m_settings->value(QStringLiteral("databases/last")).toString(), window.database()->path());
    }

    void emptyStateReadsInADarkPalette()
    {
        QApplication::setPalette(darkPalette());
        MainWindow window(*m_settings, m_defaultPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialDatabase();
        auto *body = window.findChild<QLabel *>(QStringLiteral("emptyStateBody"));
        const QColor text = body->palette().color(QPalette::WindowText);
        const QColor background = body->palette().color(QPalette::Window);
        QVERIFY(text.lightness() - background.lightness() > 100);
        saveScreenshot(&window, QStringLiteral("mainwindow-empty-dark"));
    }

    void newDatabaseFromTheFileMenu()
    {
        MainWindow window(*m_settings, m_defaultPath);
        window.show();
        window.openInitialDatabase();
        const QString path = m_dir->filePath(QStringLiteral("acme-2026"));
        abusedesk::gui::Dialogs::setNextFileName(path);
        window.findChild<QAction *>(QStringLiteral("actionNewDatabase"))->trigger();
        QVERIFY(QFile::exists(path + QStringLiteral(".abusedesk")));
        QCOMPARE(window.database()->path(), path + QStringLiteral(".abusedesk"));
        auto *recent = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
        QStringList labels;
        for (QAction *a : recent->actions())
            labels << a->text();
        QVERIFY2(
            labels.value(0).contains(QStringLiteral("acme-2026.abusedesk")), qPrintable(labels.join(u'|')));
        QVERIFY(labels.value(1).contains(QStringLiteral("cases.abusedesk")));

        // Opening the earlier database from Open Recent switches back to it.
        recent->actions().at(1)->trigger();
        QCOMPARE(window.database()->path(), QFileInfo(m_defaultPath).absoluteFilePath());
    }

    void openingATextFileIsRefusedWithAClearMessage()
    {
        MainWindow window(*m_settings, m_defaultPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialDatabase();
        const QString current = window.database()->path();
        const QString text = m_dir->filePath(QStringLiteral("complaint.eml"));
        const QByteArray content = "From: angry@example.com\nSubject: STOP\n\nStop sending me mail.\n";
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        abusedesk::gui::Dialogs::setNextFileName(text);
        window.findChild<QAction *>(QStringLiteral("actionOpenDatabase"))->trigger();
        QMessageBox *box = visibleWarning();
        QVERIFY(box);
        QVERIFY2(box->text().contains(text) && box->text().contains(QStringLiteral("not an SQLite file")),
            qPrintable(box->text()));
        QVERIFY(QTest::qWaitForWindowExposed(box));
        saveScreenshot(box, QStringLiteral("mainwindow-open-refused"));
        QCOMPARE(window.database()->path(), current);
        QCOMPARE(readAll(text), content);
        box->close();
    }

    void aboutListsTheVersions()
    {
        MainWindow window(*m_settings, m_defaultPath);
        window.show();
        window.openInitialDatabase();
        window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        auto *about = window.findChild<abusedesk::gui::AboutDialog *>(QStringLiteral("aboutDialog"));
        QVERIFY(about);
        QVERIFY(QTest::qWaitForWindowExposed(about));
        for (const char *part : { "AbuseDesk 0.", "Qt 6.", "KMime 6.", "SQLite 3." })
            QVERIFY2(
                about->versionText().contains(QString::fromLatin1(part)), qPrintable(about->versionText()));
        saveScreenshot(about, QStringLiteral("about-dialog"));
        about->close();
    }

    void windowGeometryIsRemembered()
    {
        {
            MainWindow window(*m_settings, m_defaultPath);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            QTRY_COMPARE(window.size(), QSize(900, 640));
            window.close();
        }
        MainWindow again(*m_settings, m_defaultPath);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void databaseWithEvidenceShowsTheEvidenceView()
    {
        MainWindow window(*m_settings, m_defaultPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialDatabase();
        QSqlQuery q(window.database()->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO import_batches (started_at, origin) VALUES ('2026-11-02T10:00:00Z', 'test')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO evidence (sha256, size, source_path, batch_id, imported_at) VALUES "
                           "('%1', 3, '/tmp/x.eml', 1, '2026-11-02T10:00:00Z')")
                .arg(QString(64, u'a'))));
        window.refresh();
        auto *stack = window.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("evidenceView"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_defaultPath;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
