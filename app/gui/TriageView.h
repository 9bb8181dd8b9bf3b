// SPDX-License-Identifier: GPL-2.0-or-later
// The Triage view (design.md §4.2): the queue of everything that needs a human, in the policy's
// order, with the acknowledgement clock; facets and free-text search narrow it; keyboard-driven
// bulk actions (acknowledge, noise, attribute, open or attach to a case, dismiss a finding)
// with undo of the last one; the reading pane, or a cluster's or finding's numbers, beside it.
#pragma once

#include "findings/Findings.h"
#include "triage/TriageQueue.h"

#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace abusedesk::common {
class Clock;
}
namespace abusedesk::storage {
class Database;
}
namespace abusedesk::triage {
class TriageActions;
}
namespace abusedesk::attribution {
class AttributionQueries;
}

namespace abusedesk::gui {

class FindingsRunner;
class ReadingPane;
class TriageTableModel;

class TriageView : public QWidget
{
    Q_OBJECT
public:
    /// author: who the actions are recorded for (the OS user name).
    explicit TriageView(QString author, QWidget *parent = nullptr);
    ~TriageView() override;

    /// Stops a running search for findings of the previous database first, then starts one.
    void setDatabase(const storage::Database *database);
    /// The clock that ages the queue (tests inject a fixed one); it must outlive the view.
    void setClock(const common::Clock &clock);
    /// Reads the queue and the facets again, keeping the selection where it can.
    void reload();
    /// Looks for the automatic findings again in the background; they join the queue after.
    void refreshFindings();

    [[nodiscard]] QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] TriageTableModel *model() const { return m_model; }
    [[nodiscard]] FindingsRunner *findingsRunner() const { return m_findingsRunner; }
    [[nodiscard]] const QList<findings::Finding> &findings() const { return m_findings; }
    [[nodiscard]] triage::TriageFilter filter() const;
    /// The bulk actions, undo and search, for the main window's Triage menu.
    [[nodiscard]] QList<QAction *> menuActions() const;
    [[nodiscard]] ReadingPane *readingPane() const { return m_reading; }

public Q_SLOTS:
    void acknowledge();
    void markNoise();
    void attribute();
    void openCase();
    void attachToCase();
    void dismissFinding();
    void undo();
    void focusSearch();
    void clearFilters();

Q_SIGNALS:
    /// A case was opened from the queue; show: the analyst asked to go to it.
    void caseOpened(qint64 caseId, bool show);
    /// Cases changed (evidence attached, an open undone).
    void casesChanged();
    /// Messages were attributed by hand (or that was undone).
    void attributionChanged();
    /// What the last action did, for the status bar.
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &key, bool onTable);
    void refill(const QStringList &keepKeys, int fallbackRow);
    void fillFacets(const triage::TriageQueue &queue, const triage::TriageFilter &filter);
    void filterChanged();
    void showCurrent();
    void updateActions();
    void updateSummary();
    [[nodiscard]] bool hasFilter() const;
    [[nodiscard]] QList<int> selectedRows() const;
    [[nodiscard]] QList<qint64> evidenceOf(const QList<int> &rows) const;
    [[nodiscard]] QStringList keysOf(const QList<int> &rows) const;
    [[nodiscard]] QString describeSelection(const QList<int> &rows) const;
    /// Runs a bulk action on the selected rows' evidence; false when there was nothing to act on.
    bool act(const std::function<bool(const QList<qint64> &)> &action, bool keepSelection);
    void afterAction(const QStringList &keys, int fallbackRow, bool keepSelection);
    void onFindings(const QList<findings::Finding> &found, const QString &error, QDate from, QDate until);

    const storage::Database *m_database = nullptr;
    const common::Clock *m_clock = nullptr;
    QString m_author;
    std::unique_ptr<triage::TriageActions> m_actions;
    std::unique_ptr<attribution::AttributionQueries> m_attribution;
    FindingsRunner *m_findingsRunner = nullptr;
    QList<findings::Finding> m_findings;
    QString m_findingsNote; ///< the period looked at, or why there are none
    QStringList m_dismissed; ///< the finding keys the last action set aside (undone by restoring them)
    QStringList m_lastKeys; ///< the rows the last action acted on, selected again by undo

    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QCheckBox *m_legal = nullptr;
    QCheckBox *m_handled = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_customer = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_reporter = nullptr;
    QComboBox *m_receiver = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr; ///< the queue with the reading pane, or the empty queue's words
    QTableView *m_table = nullptr;
    TriageTableModel *m_model = nullptr;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyBody = nullptr;
    QPushButton *m_emptyClear = nullptr;
    QLabel *m_detail = nullptr;
    ReadingPane *m_reading = nullptr;

    QAction *m_acknowledge = nullptr;
    QAction *m_noise = nullptr;
    QAction *m_attribute = nullptr;
    QAction *m_openCase = nullptr;
    QAction *m_attach = nullptr;
    QAction *m_dismiss = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_lookAgain = nullptr;
};

} // namespace abusedesk::gui
