// SPDX-License-Identifier: GPL-2.0-or-later
// The program's shell: the open case database, its menus and the views stacked in the window.
#pragma once

#include "importing/Reclassification.h"
#include "storage/Database.h"

#include <QMainWindow>
#include <atomic>
#include <memory>

class QLabel;
class QMenu;
class QSettings;
class QDockWidget;
class QProgressBar;
class QThread;
class QStackedWidget;

namespace abusedesk::gui {

class EmptyStateView;
class CasesView;
class CustomersView;
class DashboardView;
class PortfolioView;
class EvidenceView;
class ImportPanel;
class ImportRunner;
class RecentDatabases;
class TriageView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// settings is where window state and recent files live (a temporary file in tests);
    /// defaultDatabasePath is the case database created on first start.
    MainWindow(QSettings &settings, QString defaultDatabasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the database named on the command line, else the last one, else the default one.
    void openInitialDatabase(const QString &requestedPath = {});
    /// Opens or creates a case database; on failure shows why and keeps the current one.
    bool openDatabase(const QString &path, storage::Database::OpenMode mode);

    [[nodiscard]] storage::Database *database() const { return m_database.get(); }
    [[nodiscard]] ImportRunner *importRunner() const { return m_importRunner; }
    [[nodiscard]] EvidenceView *evidenceView() const { return m_evidence; }
    [[nodiscard]] CustomersView *customersView() const { return m_customers; }
    [[nodiscard]] TriageView *triageView() const { return m_triage; }
    [[nodiscard]] CasesView *casesView() const { return m_cases; }
    [[nodiscard]] DashboardView *dashboardView() const { return m_dashboard; }
    [[nodiscard]] PortfolioView *portfolioView() const { return m_portfolio; }
    /// What the last classification of the stored evidence after a policy change did.
    [[nodiscard]] const importing::ReclassificationReport &lastReclassification() const
    {
        return m_lastReclassification;
    }
    [[nodiscard]] bool isReclassifying() const { return m_reclassifyThread != nullptr; }
    /// View > Language: "" follows the system, else a shipped language ("de"). Saves the choice,
    /// installs its catalogues and asks (languageChanged) for the window to be built anew in it;
    /// false when the analyst kept the window because work was running.
    bool setLanguage(const QString &language);

    /// Imports files and folders into the open case database, off the GUI thread.
    void importPaths(const QStringList &paths);

Q_SIGNALS:
    /// The language changed: the window should be replaced by one built in the new language.
    void languageChanged();

public Q_SLOTS:
    void newDatabase();
    void openDatabaseFromDialog();
    void showAbout();
    void refresh();
    void importFilesFromDialog();
    void importFolderFromDialog();
    void showPolicy();
    /// Classifies the stored evidence again with the current policy, off the GUI thread.
    void reclassify();
    void showEvidence();
    void showCustomers();
    void showTriage();
    void showCases();
    void showDashboard();
    void showPortfolio();
    /// File > Write Report…: the dashboard's customer, or the portfolio, over the period shown.
    void writeReport();
    /// Shows the Cases page with this case selected.
    void showCase(qint64 caseId);
    /// Shows the Evidence page with this item selected.
    void showEvidenceItem(qint64 evidenceId);
    void showAttributionRules();
    void importCustomersFromDialog();
    void exportCustomersFromDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void rebuildRecentMenu();
    void restoreWindowState();
    void showOpenError(const storage::DatabaseError &error);
    void showImportReport(int jobId);
    void mapColumns(const QStringList &tables);
    void addBlocklistListing();
    void onImportFinished(int jobId);
    void stopBackgroundWork();

    QSettings &m_settings;
    QString m_defaultDatabasePath;
    std::unique_ptr<RecentDatabases> m_recent;
    std::unique_ptr<storage::Database> m_database;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_noDatabase = nullptr;
    EmptyStateView *m_emptyState = nullptr;
    EvidenceView *m_evidence = nullptr;
    CustomersView *m_customers = nullptr;
    TriageView *m_triage = nullptr;
    CasesView *m_cases = nullptr;
    DashboardView *m_dashboard = nullptr;
    PortfolioView *m_portfolio = nullptr;
    QAction *m_reportAction = nullptr;
    QMenu *m_triageMenu = nullptr;
    QString m_page; ///< "evidence", "customers", "triage", "cases", "dashboard" or "portfolio": the page the
                    ///< analyst chose last
    QList<QAction *> m_databaseActions; ///< enabled while a case database is open
    ImportRunner *m_importRunner = nullptr;
    ImportPanel *m_importPanel = nullptr;
    QDockWidget *m_importDock = nullptr;
    QList<QAction *> m_importActions;
    QAction *m_policyAction = nullptr;
    QAction *m_listingAction = nullptr;
    QThread *m_reclassifyThread = nullptr;
    std::shared_ptr<std::atomic_bool> m_reclassifyCancel;
    QProgressBar *m_reclassifyProgress = nullptr;
    importing::ReclassificationReport m_lastReclassification;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusDatabase = nullptr;
};

} // namespace abusedesk::gui
