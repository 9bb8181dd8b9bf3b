// SPDX-License-Identifier: GPL-2.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "AnalystName.h"
#include "AttributionRulesDialog.h"
#include "AttributionRunner.h"
#include "BlocklistListingDialog.h"
#include "CasesView.h"
#include "CsvProfileDialog.h"
#include "CustomersView.h"
#include "DashboardView.h"
#include "Dialogs.h"
#include "EmptyStateView.h"
#include "EvidenceView.h"
#include "FindingsRunner.h"
#include "ImportPanel.h"
#include "ImportReportDialog.h"
#include "ImportRunner.h"
#include "PolicyDialog.h"
#include "PortfolioView.h"
#include "RecentDatabases.h"
#include "ReportDialog.h"
#include "TriageView.h"
#include "attribution/CustomerCsv.h"
#include "common/Translations.h"
#include "importing/CustomerImport.h"
#include "importing/DeliveryImport.h"
#include "storage/CustomerStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace abusedesk::gui {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LastDatabaseKey = QStringLiteral("databases/last");
const QString EvidenceLayoutKey = QStringLiteral("window/evidenceLayout");
const QString CustomersLayoutKey = QStringLiteral("window/customersLayout");
const QString TriageLayoutKey = QStringLiteral("window/triageLayout");
const QString CasesLayoutKey = QStringLiteral("window/casesLayout");
const QString PortfolioLayoutKey = QStringLiteral("window/portfolioLayout");
const QString PageKey = QStringLiteral("window/page");
const QString LanguageKey = QStringLiteral("language");
const QString CustomersPage = QStringLiteral("customers");
const QString EvidencePage = QStringLiteral("evidence");
const QString TriagePage = QStringLiteral("triage");
const QString CasesPage = QStringLiteral("cases");
const QString DashboardPage = QStringLiteral("dashboard");
const QString PortfolioPage = QStringLiteral("portfolio");

QString databaseFilter()
{
    return MainWindow::tr("AbuseDesk case databases (*.abusedesk);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QSettings &settings, QString defaultDatabasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_defaultDatabasePath(std::move(defaultDatabasePath))
    , m_recent(std::make_unique<RecentDatabases>(settings))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AbuseDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/abusedesk.svg")));

    m_stack = new QStackedWidget(this);
    m_noDatabase = new QWidget(this);
    m_noDatabase->setObjectName(QStringLiteral("noDatabase"));
    auto *noDbLayout = new QVBoxLayout(m_noDatabase);
    auto *noDbLabel = new QLabel(tr("No case database is open.\nCreate one with File > New Case Database "
                                    "or open one with File > Open."),
        m_noDatabase);
    noDbLabel->setAlignment(Qt::AlignCenter);
    noDbLayout->addWidget(noDbLabel);
    m_emptyState = new EmptyStateView(this);
    m_evidence = new EvidenceView(this);
    m_stack->addWidget(m_noDatabase);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_evidence);
    m_customers = new CustomersView(this);
    m_stack->addWidget(m_customers);
    connect(m_customers, &CustomersView::evidenceRequested, this, &MainWindow::showEvidenceItem);
    connect(m_customers, &CustomersView::attributionChanged, m_evidence, &EvidenceView::reload);
    const QString author = analystName();
    m_triage = new TriageView(author, this);
    m_stack->addWidget(m_triage);
    m_cases = new CasesView(author, this);
    m_stack->addWidget(m_cases);
    m_dashboard = new DashboardView(this);
    m_stack->addWidget(m_dashboard);
    connect(m_dashboard, &DashboardView::evidenceRequested, this, &MainWindow::showEvidenceItem);
    m_portfolio = new PortfolioView(this);
    m_stack->addWidget(m_portfolio);
    connect(m_portfolio, &PortfolioView::customerRequested, this, [this](qint64 customerId) {
        m_dashboard->setPeriod(m_portfolio->from(), m_portfolio->until());
        showDashboard();
        m_dashboard->selectCustomer(customerId);
    });
    connect(m_portfolio, &PortfolioView::reportRequested, this, &MainWindow::writeReport);
    connect(m_triage, &TriageView::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_triage, &TriageView::caseOpened, this, [this](qint64 caseId, bool show) {
        if (show)
            showCase(caseId);
    });
    connect(m_triage, &TriageView::attributionChanged, this, [this] {
        m_evidence->reload();
        m_customers->reload();
    });
    connect(m_cases, &CasesView::evidenceRequested, this, &MainWindow::showEvidenceItem);
    connect(m_cases, &CasesView::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_cases, &CasesView::customerChanged, m_customers, &CustomersView::reload);
    // A re-attribution moves messages between customers: the findings are looked for again.
    connect(m_customers->runner(), &AttributionRunner::finished, m_triage, &TriageView::refreshFindings);
    setCentralWidget(m_stack);
    setAcceptDrops(true);

    m_importRunner = new ImportRunner(this);
    m_importPanel = new ImportPanel(*m_importRunner, this);
    m_importDock = new QDockWidget(tr("Imports"), this);
    m_importDock->setObjectName(QStringLiteral("importDock"));
    m_importDock->setWidget(m_importPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_importDock);
    m_importDock->hide();
    connect(m_importRunner, &ImportRunner::jobFinished, this, &MainWindow::onImportFinished);
    // The first messages of a long import replace the empty state while the import goes on.
    connect(m_importRunner->jobs(), &QAbstractItemModel::dataChanged, this, [this] {
        if (m_database && m_stack->currentWidget() == m_emptyState && m_database->evidenceCount() > 0) {
            m_evidence->reload();
            refresh();
        }
    });
    connect(m_importPanel, &ImportPanel::reportRequested, this, &MainWindow::showImportReport);

    m_statusDatabase = new QLabel(this);
    m_statusDatabase->setObjectName(QStringLiteral("statusDatabase"));
    statusBar()->addWidget(m_statusDatabase, 1);
    m_reclassifyProgress = new QProgressBar(this);
    m_reclassifyProgress->setObjectName(QStringLiteral("reclassifyProgress"));
    m_reclassifyProgress->setMaximumWidth(260);
    m_reclassifyProgress->setFormat(tr("Classifying again… %p%"));
    m_reclassifyProgress->hide();
    statusBar()->addPermanentWidget(m_reclassifyProgress);

    createActions();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The views and their workers go after the database (members die before child widgets): the
    // workers end first.
    stopBackgroundWork();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
        tr("&New Case Database…"), this, &MainWindow::newDatabase);
    newDb->setObjectName(QStringLiteral("actionNewDatabase"));
    newDb->setShortcut(QKeySequence::New);
    QAction *openDb = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
        tr("&Open Case Database…"), this, &MainWindow::openDatabaseFromDialog);
    openDb->setObjectName(QStringLiteral("actionOpenDatabase"));
    openDb->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addSeparator();
    QAction *importFiles = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
        tr("&Import Files…"), this, &MainWindow::importFilesFromDialog);
    importFiles->setObjectName(QStringLiteral("actionImportFiles"));
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importFolder = file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolderFromDialog);
    importFolder->setObjectName(QStringLiteral("actionImportFolder"));
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importActions = { importFiles, importFolder };
    file->addSeparator();
    QAction *importCustomers
        = file->addAction(tr("Import &Customers…"), this, &MainWindow::importCustomersFromDialog);
    importCustomers->setObjectName(QStringLiteral("actionImportCustomers"));
    QAction *exportCustomers
        = file->addAction(tr("&Export Customers…"), this, &MainWindow::exportCustomersFromDialog);
    exportCustomers->setObjectName(QStringLiteral("actionExportCustomers"));
    file->addSeparator();
    m_reportAction = file->addAction(tr("&Write Report…"), this, &MainWindow::writeReport);
    m_reportAction->setObjectName(QStringLiteral("actionWriteReport"));
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    file->addSeparator();
    QAction *reload = file->addAction(
        QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&load"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Window"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), qApp,
        &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_policyAction = edit->addAction(
        QIcon::fromTheme(QStringLiteral("configure")), tr("&Policy…"), this, &MainWindow::showPolicy);
    m_policyAction->setObjectName(QStringLiteral("actionPolicy"));
    m_policyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_policyAction->setMenuRole(QAction::PreferencesRole);
    edit->addSeparator();
    m_listingAction = edit->addAction(tr("Add &Blocklist Listing…"), this, &MainWindow::addBlocklistListing);
    m_listingAction->setObjectName(QStringLiteral("actionAddListing"));
    m_listingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *rules = edit->addAction(tr("Attribution &Rules…"), this, &MainWindow::showAttributionRules);
    rules->setObjectName(QStringLiteral("actionAttributionRules"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *evidence = view->addAction(tr("&Evidence"), this, &MainWindow::showEvidence);
    evidence->setObjectName(QStringLiteral("actionViewEvidence"));
    evidence->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *customers = view->addAction(tr("&Customers"), this, &MainWindow::showCustomers);
    customers->setObjectName(QStringLiteral("actionViewCustomers"));
    customers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *triage = view->addAction(tr("&Triage"), this, &MainWindow::showTriage);
    triage->setObjectName(QStringLiteral("actionViewTriage"));
    triage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *casesAction = view->addAction(tr("C&ases"), this, &MainWindow::showCases);
    casesAction->setObjectName(QStringLiteral("actionViewCases"));
    casesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *dashboard = view->addAction(tr("&Dashboard"), this, &MainWindow::showDashboard);
    dashboard->setObjectName(QStringLiteral("actionViewDashboard"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction *portfolio = view->addAction(tr("&Portfolio"), this, &MainWindow::showPortfolio);
    portfolio->setObjectName(QStringLiteral("actionViewPortfolio"));
    portfolio->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_databaseActions = { importCustomers, exportCustomers, rules, evidence, customers, triage, casesAction,
        dashboard, portfolio, m_reportAction };
    view->addSeparator();
    // The language: the system's, or one chosen here; the window is built anew in it.
    QMenu *languages = view->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("menuLanguage"));
    auto *languageGroup = new QActionGroup(this);
    const QString chosen = m_settings.value(LanguageKey).toString();
    auto addLanguage = [&](const QString &code, const QString &text) {
        QAction *action = languages->addAction(text);
        action->setObjectName(
            QStringLiteral("actionLanguage_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    };
    addLanguage({},
        tr("System Language (%1)")
            .arg(common::Translations::nativeName(common::Translations::systemLanguage())));
    languages->addSeparator();
    for (const QString &code : common::Translations::available())
        addLanguage(code, common::Translations::nativeName(code));
    view->addSeparator();
    QAction *showImports = m_importDock->toggleViewAction();
    showImports->setText(tr("&Imports Panel"));
    showImports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    view->addAction(showImports);

    // The queue's bulk actions with their keys; they act while the Triage page is shown.
    m_triageMenu = menuBar()->addMenu(tr("T&riage"));
    m_triageMenu->setObjectName(QStringLiteral("menuTriage"));
    for (QAction *action : m_triage->menuActions()) {
        if (action)
            m_triageMenu->addAction(action);
        else
            m_triageMenu->addSeparator();
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About AbuseDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    int index = 0;
    for (const QString &path : paths) {
        ++index;
        const QString label = index < 10
            ? QStringLiteral("&%1 %2").arg(index).arg(QDir::toNativeSeparators(path))
            : QDir::toNativeSeparators(path);
        QAction *action = m_recentMenu->addAction(
            label, this, [this, path] { openDatabase(path, storage::Database::OpenMode::OpenExisting); });
        action->setToolTip(path);
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear List"), this, [this] {
        m_recent->clear();
        rebuildRecentMenu();
    });
    clear->setEnabled(!paths.isEmpty());
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.value(GeometryKey).toByteArray()))
        resize(1200, 800);
    restoreState(m_settings.value(StateKey).toByteArray());
    m_evidence->restoreLayout(m_settings.value(EvidenceLayoutKey).toByteArray());
    m_customers->restoreLayout(m_settings.value(CustomersLayoutKey).toByteArray());
    m_triage->restoreLayout(m_settings.value(TriageLayoutKey).toByteArray());
    m_cases->restoreLayout(m_settings.value(CasesLayoutKey).toByteArray());
    m_portfolio->restoreLayout(m_settings.value(PortfolioLayoutKey).toByteArray());
    m_page = m_settings.value(PageKey, EvidencePage).toString();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(GeometryKey, saveGeometry());
    m_settings.setValue(StateKey, saveState());
    m_settings.setValue(EvidenceLayoutKey, m_evidence->saveLayout());
    m_settings.setValue(CustomersLayoutKey, m_customers->saveLayout());
    m_settings.setValue(TriageLayoutKey, m_triage->saveLayout());
    m_settings.setValue(CasesLayoutKey, m_cases->saveLayout());
    m_settings.setValue(PortfolioLayoutKey, m_portfolio->saveLayout());
    m_settings.setValue(PageKey, m_page);
    m_settings.sync();
    stopBackgroundWork();
    event->accept();
}

void MainWindow::openInitialDatabase(const QString &requestedPath)
{
    if (!requestedPath.isEmpty()) {
        openDatabase(requestedPath, storage::Database::OpenMode::OpenExisting);
        return;
    }
    const QString last = m_settings.value(LastDatabaseKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        if (openDatabase(last, storage::Database::OpenMode::OpenExisting))
            return;
    }
    QDir().mkpath(QFileInfo(m_defaultDatabasePath).absolutePath());
    openDatabase(m_defaultDatabasePath, storage::Database::OpenMode::OpenOrCreate);
}

bool MainWindow::openDatabase(const QString &path, storage::Database::OpenMode mode)
{
    storage::DatabaseError error;
    auto db = storage::Database::open(path, mode, &error);
    if (!db) {
        if (error.kind() == storage::DatabaseError::Kind::NotFound) {
            m_recent->remove(path);
            rebuildRecentMenu();
        }
        showOpenError(error);
        refresh();
        return false;
    }
    stopBackgroundWork();
    m_evidence->setDatabase(nullptr);
    m_customers->setDatabase(nullptr);
    m_triage->setDatabase(nullptr);
    m_cases->setDatabase(nullptr);
    m_dashboard->setDatabase(nullptr);
    m_portfolio->setDatabase(nullptr);
    m_database = std::move(db);
    m_evidence->setDatabase(m_database.get());
    m_customers->setDatabase(m_database.get());
    m_triage->setDatabase(m_database.get());
    m_cases->setDatabase(m_database.get());
    m_dashboard->setDatabase(m_database.get());
    m_portfolio->setDatabase(m_database.get());
    m_recent->add(m_database->path());
    m_settings.setValue(LastDatabaseKey, m_database->path());
    rebuildRecentMenu();
    refresh();
    return true;
}

void MainWindow::refresh()
{
    for (QAction *action : std::as_const(m_importActions))
        action->setEnabled(m_database != nullptr);
    m_policyAction->setEnabled(m_database != nullptr && !m_reclassifyThread);
    m_listingAction->setEnabled(m_database != nullptr);
    for (QAction *action : std::as_const(m_databaseActions))
        action->setEnabled(m_database != nullptr);
    if (!m_database) {
        setWindowTitle(tr("AbuseDesk"));
        m_statusDatabase->setText(tr("No case database"));
        m_stack->setCurrentWidget(m_noDatabase);
        return;
    }
    setWindowFilePath(m_database->path());
    setWindowTitle(tr("%1 — AbuseDesk").arg(QFileInfo(m_database->path()).fileName()));
    m_statusDatabase->setText(tr("%1 · schema %2")
            .arg(QDir::toNativeSeparators(m_database->path()))
            .arg(m_database->schemaVersion()));
    if (m_page == CustomersPage) {
        m_stack->setCurrentWidget(m_customers);
        return;
    }
    if (m_page == CasesPage) {
        m_stack->setCurrentWidget(m_cases);
        return;
    }
    if (m_page == DashboardPage) {
        m_stack->setCurrentWidget(m_dashboard);
        return;
    }
    if (m_page == PortfolioPage) {
        m_stack->setCurrentWidget(m_portfolio);
        return;
    }
    // Delivery data alone is not an empty case: the evidence list shows (empty) until mail arrives.
    if (m_database->evidenceCount() == 0 && !m_database->holdsDeliveryData()) {
        m_emptyState->setDatabasePath(m_database->path());
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        m_stack->setCurrentWidget(m_page == TriagePage ? static_cast<QWidget *>(m_triage) : m_evidence);
    }
}

void MainWindow::showEvidence()
{
    m_page = EvidencePage;
    m_settings.setValue(PageKey, m_page);
    refresh();
    if (m_stack->currentWidget() == m_evidence)
        m_evidence->table()->setFocus();
}

void MainWindow::showCustomers()
{
    m_page = CustomersPage;
    m_settings.setValue(PageKey, m_page);
    refresh();
    if (m_stack->currentWidget() == m_customers)
        m_customers->table()->setFocus();
}

void MainWindow::showTriage()
{
    m_page = TriagePage;
    m_settings.setValue(PageKey, m_page);
    refresh();
    if (m_stack->currentWidget() == m_triage)
        m_triage->table()->setFocus();
}

void MainWindow::showCases()
{
    m_page = CasesPage;
    m_settings.setValue(PageKey, m_page);
    refresh();
    m_cases->table()->setFocus();
}

void MainWindow::showDashboard()
{
    m_page = DashboardPage;
    m_settings.setValue(PageKey, m_page);
    refresh();
}

bool MainWindow::setLanguage(const QString &language)
{
    if (language == m_settings.value(LanguageKey).toString())
        return true;
    if (m_importRunner->isBusy() || m_reclassifyThread) {
        // Building the window anew stops the running work (an import completes when run again).
        const auto answer = QMessageBox::question(this, tr("Change Language"),
            tr("An import or a reclassification is running. Changing the language now stops it; importing "
               "the same files again later completes the import.\n\nChange the language now?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            // Back to the language in use.
            const QString current = m_settings.value(LanguageKey).toString();
            for (QAction *a : findChildren<QAction *>())
                if (a->objectName().startsWith(u"actionLanguage_") && a->data().toString() == current)
                    a->setChecked(true);
            return false;
        }
    }
    m_settings.setValue(LanguageKey, language);
    common::Translations::install(language);
    Q_EMIT languageChanged();
    return true;
}

void MainWindow::showPortfolio()
{
    m_page = PortfolioPage;
    m_settings.setValue(PageKey, m_page);
    refresh();
    if (m_stack->currentWidget() == m_portfolio)
        m_portfolio->table()->setFocus();
}

void MainWindow::writeReport()
{
    if (!m_database)
        return;
    // The dashboard's customer and period, else the portfolio's.
    qint64 customer = 0;
    QDate from = m_portfolio->from();
    QDate until = m_portfolio->until();
    if (m_stack->currentWidget() == m_dashboard && m_dashboard->data().request.customerId > 0) {
        customer = m_dashboard->data().request.customerId;
        from = m_dashboard->data().request.from;
        until = m_dashboard->data().request.until;
    }
    if (!from.isValid() || !until.isValid()) {
        until = QDate::currentDate();
        from = until.addYears(-1).addDays(1);
    }
    ReportDialog dialog(*m_database, customer, from, until, analystName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString shown = QDir::toNativeSeparators(dialog.writtenPath());
    statusBar()->showMessage(dialog.writtenPages() > 0
            ? tr("Wrote %1 (%n page(s)).", nullptr, dialog.writtenPages()).arg(shown)
            : tr("Wrote %1.").arg(shown),
        15000);
}

void MainWindow::showCase(qint64 caseId)
{
    showCases();
    if (!m_cases->selectCase(caseId))
        statusBar()->showMessage(tr("Case #%1 is not in the case database.").arg(caseId), 6000);
}

void MainWindow::showEvidenceItem(qint64 evidenceId)
{
    showEvidence();
    if (!m_evidence->selectEvidence(evidenceId))
        statusBar()->showMessage(tr("That message is no longer in the evidence list."), 6000);
}

void MainWindow::showOpenError(const storage::DatabaseError &error)
{
    Dialogs::showWarning(this, tr("Cannot open case database"), error.message());
}

void MainWindow::newDatabase()
{
    const QString dir = m_database ? QFileInfo(m_database->path()).absolutePath()
                                   : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = Dialogs::saveFileName(this, tr("New Case Database"), dir, databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".abusedesk");
    openDatabase(path, storage::Database::OpenMode::CreateNew);
}

void MainWindow::openDatabaseFromDialog()
{
    const QString dir = m_database ? QFileInfo(m_database->path()).absolutePath()
                                   : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::openFileName(this, tr("Open Case Database"), dir, databaseFilter());
    if (!path.isEmpty())
        openDatabase(path, storage::Database::OpenMode::OpenExisting);
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_database || paths.isEmpty())
        return;
    if (!m_importDock->isVisible()) {
        m_importDock->show();
        resizeDocks({ m_importDock }, { 160 }, Qt::Vertical);
    }
    m_importRunner->start(*m_database, paths);
    statusBar()->showMessage(tr("Importing %1…").arg(paths.join(QStringLiteral(", "))), 4000);
}

void MainWindow::importFilesFromDialog()
{
    const QStringList paths = Dialogs::openFileNames(this, tr("Import Mail"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Mail exports (*.mbox *.mbx *.eml *.msg *.gz *.bz2 *.xz *.txt);;All files (*)"));
    importPaths(paths);
}

void MainWindow::importFolderFromDialog()
{
    const QString dir = Dialogs::existingDirectory(this, tr("Import Mail Folder (Maildir or any folder)"),
        QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    if (!dir.isEmpty())
        importPaths({ dir });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_database && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::onImportFinished(int jobId)
{
    m_evidence->reload();
    m_customers->reload(); // new figures, customers from a customers.csv, a longer unattributed queue
    m_triage->refreshFindings(); // new reports wait in triage, new data may show new findings
    m_triage->reload();
    refresh();
    showImportReport(jobId);
}

void MainWindow::showImportReport(int jobId)
{
    const importing::ImportReport *report = m_importRunner->jobs()->report(jobId);
    if (!report)
        return;
    QStringList paths;
    for (int row = 0; row < m_importRunner->jobs()->rowCount(); ++row) {
        const QModelIndex index = m_importRunner->jobs()->index(row, 0);
        if (index.data(importing::ImportJobsModel::JobIdRole).toInt() == jobId)
            paths.append(index.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n')));
    }
    auto *dialog = new ImportReportDialog(*report, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportReportDialog::mapColumnsRequested, this, &MainWindow::mapColumns);
    dialog->open();
}

void MainWindow::addBlocklistListing()
{
    if (!m_database)
        return;
    auto *dialog = new BlocklistListingDialog(*m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QDialog::accepted, this, [this] { statusBar()->showMessage(tr("Listing saved."), 4000); });
    dialog->open();
}

void MainWindow::mapColumns(const QStringList &tables)
{
    if (!m_database || tables.isEmpty())
        return;
    // One table at a time: a saved mapping may already fit the next one.
    const QString table = tables.constFirst();
    const QStringList rest = tables.mid(1);
    auto *dialog = new CsvProfileDialog(table, importing::DeliveryImport::savedProfiles(*m_database), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, table, rest] {
        QString error;
        if (!importing::DeliveryImport::saveProfile(*m_database, dialog->profile(), &error)) {
            QMessageBox::warning(
                this, tr("Map Columns"), tr("The mapping could not be saved: %1").arg(error));
            return;
        }
        importPaths(QStringList { table } + rest);
    });
    dialog->open();
}

void MainWindow::stopBackgroundWork()
{
    // A running import stops at its next message; what it stored stays, and importing the same
    // files again completes it. A reclassification stops between pages and can simply run again.
    m_importRunner->cancelAll();
    if (m_reclassifyCancel)
        m_reclassifyCancel->store(true);
    m_importRunner->waitForAll();
    m_customers->runner()->stop();
    m_triage->findingsRunner()->stop();
    m_cases->waitForEvidenceBundle();
    if (m_reclassifyThread)
        m_reclassifyThread->wait();
}

void MainWindow::showPolicy()
{
    if (!m_database)
        return;
    auto *dialog = new PolicyDialog(*m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->classificationChanged())
            reclassify(); // attributes the messages again when their facts changed
        else if (dialog->ownChanged())
            m_customers->reattribute(tr("own domains and networks changed"));
    });
    dialog->open();
}

void MainWindow::reclassify()
{
    if (!m_database || m_reclassifyThread)
        return;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_reclassifyCancel = cancel;
    const storage::Database *db = m_database.get();
    QPointer<MainWindow> self(this);
    m_reclassifyProgress->setValue(0);
    m_reclassifyProgress->show();
    m_reclassifyThread = QThread::create([self, db, cancel] {
        const importing::ReclassificationReport report = [&] {
            importing::Reclassification reclassification(*db, importing::MailImport::policyFrom(*db));
            return reclassification.run(
                [self](qint64 done, qint64 total) {
                    const int percent = total > 0 ? int(done * 100 / total) : 100;
                    QMetaObject::invokeMethod(
                        self,
                        [self, percent] {
                            if (self)
                                self->m_reclassifyProgress->setValue(percent);
                        },
                        Qt::QueuedConnection);
                },
                [cancel] { return cancel->load(); });
        }();
        db->releaseConnection();
        QMetaObject::invokeMethod(
            self,
            [self, report] {
                if (!self)
                    return;
                self->m_lastReclassification = report;
                self->m_reclassifyProgress->hide();
                self->m_reclassifyThread->deleteLater();
                self->m_reclassifyThread = nullptr;
                self->m_evidence->reload();
                self->m_triage->reload(); // kinds changed: other messages wait in triage
                self->m_triage->refreshFindings();
                self->refresh();
                self->statusBar()->showMessage(!report.error.isEmpty()
                        ? tr("Classifying the evidence again failed: %1").arg(report.error)
                        : tr("Classified %1 messages again with the new policy: %2 changed.")
                              .arg(report.examined)
                              .arg(report.changed),
                    10000);
            },
            Qt::QueuedConnection);
    });
    m_reclassifyThread->start();
    refresh();
}

void MainWindow::showAttributionRules()
{
    if (!m_database)
        return;
    auto *dialog = new AttributionRulesDialog(*m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->changed())
            return;
        showCustomers();
        m_customers->reattribute(tr("attribution rules changed"));
    });
    dialog->open();
}

void MainWindow::importCustomersFromDialog()
{
    if (!m_database)
        return;
    const QString path = Dialogs::openFileName(this, tr("Import Customers"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Customer lists (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const importing::CustomerImportReport report = importing::importCustomers(*m_database, path);
    const QString name = QFileInfo(path).fileName();
    if (!report.error.isEmpty()) {
        Dialogs::showWarning(this, tr("Import Customers"), tr("%1: %2").arg(name, report.error));
        return;
    }
    if (!report.problems.isEmpty()) {
        QStringList lines;
        for (const attribution::CsvProblem &problem : report.problems)
            lines.append(problem.column.isEmpty()
                    ? tr("%1, line %2: %3").arg(name).arg(problem.line).arg(problem.message)
                    : tr("%1, line %2, column %3: %4")
                          .arg(name)
                          .arg(problem.line)
                          .arg(problem.column, problem.message));
        Dialogs::showWarning(this, tr("Import Customers"),
            tr("Customers added: %1, updated: %2. These rows were left out:\n\n%3")
                .arg(report.added)
                .arg(report.updated)
                .arg(lines.join(QLatin1Char('\n'))));
    } else {
        statusBar()->showMessage(
            tr("%1: customers added: %2, updated: %3.").arg(name).arg(report.added).arg(report.updated),
            8000);
    }
    showCustomers();
    m_customers->reload();
    if (report.changedAnything())
        m_customers->reattribute(tr("customers imported from %1").arg(name));
}

void MainWindow::exportCustomersFromDialog()
{
    if (!m_database)
        return;
    QString path = Dialogs::saveFileName(this, tr("Export Customers"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/customers.csv"),
        tr("Customer lists (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    const QByteArray bytes = attribution::CustomerCsv::write(storage::CustomerStore(*m_database).customers());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        Dialogs::showWarning(
            this, tr("Export Customers"), tr("Cannot write %1: %2.").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Customers exported to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace abusedesk::gui
