// SPDX-License-Identifier: GPL-2.0-or-later
// Every page of the real program on the demo case (seed 7) is usable from the keyboard (issue 9):
// each control that takes focus has a name assistive technology reads (its text, its label's, or
// an accessible name), Tab reaches every one of them, and the standard shortcuts are there.
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace abusedesk;
using abusedesk::gui::MainWindow;
using namespace Qt::StringLiterals;

namespace {

QString describe(QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + u" \""_s + w->objectName() + u"\""_s
        + (w->parentWidget() ? u" in "_s + w->parentWidget()->objectName() : QString());
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    /// The controls of the shown page that take focus from Tab.
    QList<QWidget *> focusable() const
    {
        QList<QWidget *> out;
        QWidget *page = m_window->findChild<QStackedWidget *>()->currentWidget();
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            // Parts of composite controls (a combo box's line edit, a spin box's) count as theirs.
            if (w->focusProxy() || (w->parentWidget() && w->parentWidget()->focusProxy() == w))
                continue;
            if (qobject_cast<QWidget *>(w->parent()) && w->parentWidget()->inherits("QAbstractSpinBox"))
                continue;
            if (w->parentWidget() && w->parentWidget()->inherits("QComboBox"))
                continue;
            out.append(w);
        }
        return out;
    }

    void checkPage(const QString &action)
    {
        m_window->findChild<QAction *>(action)->trigger();
        QTest::qWait(50);
        const QList<QWidget *> controls = focusable();
        QVERIFY2(!controls.isEmpty(), qPrintable(action));
        QStringList unnamed;
        for (QWidget *w : controls) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                unnamed.append(describe(w));
        }
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(action + u": no accessible name for "_s + unnamed.join(u", "_s)));
        // Tab reaches each control (a page of a hundred controls at most).
        controls.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> reached;
        for (int i = 0; i < 4 * controls.size() + 20; ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QStringList missed;
        for (QWidget *w : controls)
            if (!reached.contains(w))
                missed.append(describe(w));
        if (!missed.isEmpty() && QApplication::focusWidget())
            missed.append(u"(Tab stays in "_s + describe(QApplication::focusWidget()) + u")"_s);
        QVERIFY2(missed.isEmpty(), qPrintable(action + u": Tab never reaches "_s + missed.join(u", "_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"cases.abusedesk"_s);
        {
            auto database = storage::Database::open(path, storage::Database::OpenMode::CreateNew);
            QVERIFY(database);
            QVERIFY(!testing::importDemo(*database, m_dir.filePath(u"demo"_s)).isEmpty());
            database->releaseConnection();
        }
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_settings, path);
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openInitialDatabase(path);
        QVERIFY(m_window->database());
        m_window->activateWindow();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_settings.reset();
    }

    void everyPageByKeyboard_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *a : { "actionViewEvidence", "actionViewCustomers", "actionViewTriage",
                 "actionViewCases", "actionViewDashboard", "actionViewPortfolio" })
            QTest::newRow(a) << QString::fromLatin1(a);
    }

    void everyPageByKeyboard()
    {
        QFETCH(QString, action);
        checkPage(action);
    }

    void standardShortcuts()
    {
        QHash<QKeySequence, QString> bound;
        for (QAction *a : m_window->findChildren<QAction *>())
            for (const QKeySequence &k : a->shortcuts())
                bound.insert(k, a->text());
        for (const QKeySequence &k : { QKeySequence(QKeySequence::Open), QKeySequence(QKeySequence::New),
                 QKeySequence(QKeySequence::Close), QKeySequence(QKeySequence::Quit),
                 QKeySequence(QKeySequence::Refresh), QKeySequence(QKeySequence::Undo) })
            QVERIFY2(bound.contains(k), qPrintable(k.toString()));
        // Find is the triage view's search.
        m_window->findChild<QAction *>(u"actionViewTriage"_s)->trigger();
        bool find = false;
        for (QAction *a : m_window->findChildren<QAction *>())
            find = find || a->shortcuts().contains(QKeySequence(QKeySequence::Find));
        QVERIFY(find);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
