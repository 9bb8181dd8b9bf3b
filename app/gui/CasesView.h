// SPDX-License-Identifier: GPL-2.0-or-later
// The Cases view (design.md §4.5): the cases with their status and time spent; the selected
// one's severity, status and outcome, its timeline (notes, communications, status changes,
// ladder decisions, time entries, newest at the bottom), notes and time to add, its evidence,
// and where its customer stands on the escalation ladder.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QThread;
class QTreeWidget;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class CaseTableModel;
class ChecklistPanel;

class CasesView : public QWidget
{
    Q_OBJECT
public:
    /// author: who the changes are recorded for (the OS user name).
    explicit CasesView(QString author, QWidget *parent = nullptr);
    ~CasesView() override;

    void setDatabase(const storage::Database *database);
    /// Reads the cases again, keeping the selected one.
    void reload();
    /// Selects a case (showing closed ones too when needed); false when there is none.
    bool selectCase(qint64 caseId);
    [[nodiscard]] qint64 currentCaseId() const { return m_caseId; }
    /// Waits for an evidence bundle being written (before the database closes).
    void waitForEvidenceBundle();

    [[nodiscard]] QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] CaseTableModel *model() const { return m_model; }

public Q_SLOTS:
    void addNote();
    void logTime();
    /// Opens the ladder dialog for the case's customer, the decision recorded in this case.
    void changeLadderStep();
    /// Asks where to save the case's evidence bundle (.zip) and writes it on a worker thread.
    void exportEvidenceBundle();
    /// Opens the reply dialog for the case: a template filled with its numbers, as a draft.
    void writeReply();

Q_SIGNALS:
    /// The analyst asked to read this evidence item.
    void evidenceRequested(qint64 evidenceId);
    /// A customer's status or ladder step changed.
    void customerChanged();
    /// A case changed (its evidence may return to or leave the triage queue).
    void casesChanged();
    /// Something done in the background finished (for the status bar).
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showCurrent();
    void showCase(qint64 caseId);
    void onStatusChosen();
    void onSeverityChosen();
    void setProblem(const QString &text);
    void changed();

    const storage::Database *m_database = nullptr;
    QString m_author;
    qint64 m_caseId = 0; ///< the case the details show
    qint64 m_customerId = 0;
    bool m_filling = false; ///< the details are being filled: their signals are not the analyst's

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QTableView *m_table = nullptr;
    CaseTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QLabel *m_hint = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_ladder = nullptr;
    QPushButton *m_ladderButton = nullptr;
    QPushButton *m_replyButton = nullptr;
    ChecklistPanel *m_checklist = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_timeline = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_addNote = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_activity = nullptr;
    QPushButton *m_logTime = nullptr;
    QTreeWidget *m_evidence = nullptr;
    QLabel *m_evidenceNote = nullptr;
    QPushButton *m_exportBundle = nullptr;
    QThread *m_bundleThread = nullptr; ///< writing an evidence bundle
    quint64 m_bundleGeneration = 0; ///< the results of a bundle waited for are not shown
    QLabel *m_problem = nullptr;
};

} // namespace abusedesk::gui
