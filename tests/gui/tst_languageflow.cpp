// SPDX-License-Identifier: GPL-2.0-or-later
// View > Language in the real program (issue 9), on the demo case (seed 7, imported for real):
// choosing Deutsch builds the window anew in German without a restart — the same case database and
// page, German menus and views, German number formats — and the choice is remembered; French and
// Spanish likewise; "System Language" goes back to the system's (English under the tests' C
// locale). Screenshots of each language, German also in the dark palette.
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "PortfolioView.h"
#include "WindowHost.h"
#include "WindowShots.h"
#include "common/Translations.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace abusedesk;
using abusedesk::common::Translations;
using abusedesk::gui::MainWindow;
using abusedesk::gui::PortfolioView;
using abusedesk::gui::WindowHost;
using namespace Qt::StringLiterals;

class TestLanguageFlow : public QObject
{
    Q_OBJECT

    MainWindow *window() const { return m_host->window(); }

    /// The titles of the menu bar's menus, without accelerators.
    QStringList menuTitles() const
    {
        QStringList titles;
        for (QAction *a : window()->menuBar()->actions())
            titles.append(a->text().remove(u'&'));
        return titles;
    }

    /// Chooses a language from View > Language and waits for the window built anew.
    bool choose(const QString &code)
    {
        QAction *action
            = window()->findChild<QAction *>(u"actionLanguage_"_s + (code.isEmpty() ? u"system"_s : code));
        if (!action)
            return false;
        QSignalSpy replaced(m_host.get(), &WindowHost::windowReplaced);
        action->trigger();
        if (!replaced.wait(10000))
            return false;
        return QTest::qWaitForWindowExposed(window());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"cases.abusedesk"_s);
        {
            auto database = storage::Database::open(m_path, storage::Database::OpenMode::CreateNew);
            QVERIFY(database);
            QVERIFY(!testing::importDemo(*database, m_dir.filePath(u"demo"_s)).isEmpty());
            database->releaseConnection();
        }
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        QCOMPARE(Translations::install(), u"en"_s); // the tests' C locale
        m_host = std::make_unique<WindowHost>(*m_settings, m_path);
        m_host->open(m_path);
        window()->resize(1400, 860);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY(window()->database());
        QCOMPARE(menuTitles().constFirst(), u"File"_s);
    }

    void cleanupTestCase()
    {
        Translations::install(u"en"_s);
        m_host.reset();
        m_settings.reset();
    }

    void theLanguageMenuListsEveryShippedLanguage()
    {
        QStringList offered;
        for (QAction *a : window()->findChildren<QAction *>())
            if (a->objectName().startsWith(u"actionLanguage_"_s))
                offered.append(a->objectName().mid(15));
        offered.sort();
        QCOMPARE(offered, (QStringList { u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"system"_s }));
        // Each in its own name.
        QCOMPARE(window()->findChild<QAction *>(u"actionLanguage_de"_s)->text(), u"Deutsch"_s);
        QCOMPARE(window()->findChild<QAction *>(u"actionLanguage_fr"_s)->text(), u"Français"_s);
        QCOMPARE(window()->findChild<QAction *>(u"actionLanguage_es"_s)->text(), u"Español"_s);
        QVERIFY(window()->findChild<QAction *>(u"actionLanguage_system"_s)->isChecked());
    }

    void germanWithoutARestart()
    {
        // The Portfolio page, so that the new window shows it again.
        window()->findChild<QAction *>(u"actionViewPortfolio"_s)->trigger();
        QVERIFY(choose(u"de"_s));
        QCOMPARE(Translations::current(), u"de"_s);
        QCOMPARE(m_settings->value(u"language"_s).toString(), u"de"_s);
        QVERIFY(window()->database());
        QCOMPARE(window()->database()->path(), m_path);
        QCOMPARE(menuTitles().mid(0, 3), (QStringList { u"Datei"_s, u"Bearbeiten"_s, u"Ansicht"_s }));
        auto *portfolio = window()->portfolioView();
        QCOMPARE(window()->findChild<QStackedWidget *>()->currentWidget(), portfolio);
        QTRY_VERIFY(!portfolio->isComputing());
        QCOMPARE(portfolio->findChild<QComboBox *>(u"portfolioShow"_s)->itemText(0), u"Alle Kunden"_s);
        // German numbers: a decimal comma in the rates.
        const QString rate
            = portfolio->table()->model()->index(0, PortfolioView::ComplaintRate).data().toString();
        QVERIFY2(rate.contains(u','), qPrintable(rate));
        QVERIFY(window()->findChild<QAction *>(u"actionLanguage_de"_s)->isChecked());
        saveLightAndDark(window(), u"language-de-portfolio"_s);
        window()->findChild<QAction *>(u"actionViewTriage"_s)->trigger();
        saveScreenshot(window(), u"language-de-triage"_s);
    }

    void frenchAndSpanish()
    {
        QVERIFY(choose(u"fr"_s));
        QCOMPARE(menuTitles().constFirst(), u"Fichier"_s);
        saveScreenshot(window(), u"language-fr-triage"_s);
        QVERIFY(choose(u"es"_s));
        QCOMPARE(menuTitles().constFirst(), u"Archivo"_s);
        window()->findChild<QAction *>(u"actionViewCases"_s)->trigger();
        saveScreenshot(window(), u"language-es-cases"_s);
    }

    void backToTheSystemLanguage()
    {
        QVERIFY(choose(QString()));
        QCOMPARE(Translations::current(), u"en"_s);
        QCOMPARE(m_settings->value(u"language"_s).toString(), QString());
        QCOMPARE(menuTitles().constFirst(), u"File"_s);
        QCOMPARE(window()->database()->path(), m_path);
    }

    void filesHandedOverAreOpenedOrImported()
    {
        // A file manager hands over a mail file: it is imported into the case database opened
        // last; a case database is opened.
        const qint64 before = window()->database()->evidenceCount();
        m_host = std::make_unique<WindowHost>(*m_settings, m_dir.filePath(u"default.abusedesk"_s));
        m_host->openFiles({ QStringLiteral(ABUSEDESK_TEST_DATA "/mail/noise.eml") });
        QVERIFY(window()->database());
        QCOMPARE(window()->database()->path(), m_path);
        QTRY_COMPARE_WITH_TIMEOUT(window()->database()->evidenceCount(), before + 1, 10000);
        m_host = std::make_unique<WindowHost>(*m_settings, m_dir.filePath(u"default.abusedesk"_s));
        m_host->openFiles({ m_path });
        QCOMPARE(window()->database()->path(), m_path);
        QCOMPARE(window()->database()->evidenceCount(), before + 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<WindowHost> m_host;
};

QTEST_MAIN(TestLanguageFlow)
#include "tst_languageflow.moc"
