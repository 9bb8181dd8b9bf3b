// SPDX-License-Identifier: GPL-2.0-or-later
// The Customers view (design.md §4.3): the list owners with status, ladder step and headline
// rates, the selected one's details and identifiers for editing, the mail that mentions it, and
// the queue of messages no rule could attribute. Every change re-attributes the history in the
// background and says what moved.
#pragma once

#include "attribution/AttributionQueries.h"
#include "attribution/CustomerRecord.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeWidget;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class AttributionRunner;
class CustomerTableModel;

class CustomersView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersView(QWidget *parent = nullptr);
    ~CustomersView() override;

    /// Stops a running re-attribution of the previous database first.
    void setDatabase(const storage::Database *database);
    /// Reads customers, figures, mentions and the unattributed queue again.
    void reload();
    /// Re-attributes the whole history in the background; the view shows progress and then
    /// what moved.
    void reattribute(const QString &reason);

    [[nodiscard]] QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

    void selectCustomer(qint64 customerId);
    [[nodiscard]] AttributionRunner *runner() const { return m_runner; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] CustomerTableModel *model() const { return m_model; }

public Q_SLOTS:
    void newCustomer();
    void deleteCustomer();
    /// Validates and stores the edited customer; false (with the problem shown) when refused.
    bool saveCustomer();
    void revert();
    /// Opens the escalation ladder dialog for the current customer.
    void changeLadderStep();

Q_SIGNALS:
    /// The analyst asked to read this evidence item (a double-click in a list).
    void evidenceRequested(qint64 evidenceId);
    /// Customers, identifiers or attributions changed (other views may show them).
    void attributionChanged();
    /// A customer's status or ladder step was changed (a recorded decision).
    void customerDecided(qint64 customerId);

private:
    void showCurrent();
    /// Whether the form differs from the stored customer (or does not read at all).
    [[nodiscard]] bool hasUnsavedChanges();
    /// Marks a customer's row as the current one without showing it in the form.
    void highlight(qint64 customerId);
    void showRecord(const attribution::CustomerRecord &record);
    void showLadder();
    void addIdentifierRow(const attribution::Identifier &identifier);
    [[nodiscard]] QString collect(attribution::CustomerRecord &record) const;
    void reloadUnattributed();
    void reloadDisagreements();
    void setEditing(bool enabled);
    void onRunFinished(const attribution::RunReport &report);

    const storage::Database *m_database = nullptr;
    std::unique_ptr<attribution::AttributionQueries> m_queries;
    AttributionRunner *m_runner = nullptr;
    attribution::CustomerRecord m_current; ///< what the details show; id 0 for a new customer
    bool m_editing = false;
    bool m_askingToSave = false;
    QHash<qint64, QString> m_names; ///< customer id → name, for what moved

    QTabWidget *m_tabs = nullptr;
    QLabel *m_period = nullptr;
    QLineEdit *m_filter = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    CustomerTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;

    QLabel *m_hint = nullptr;
    QGroupBox *m_detailsBox = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_externalId = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_ladder = nullptr;
    QDoubleSpinBox *m_revenue = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_contacts = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QGroupBox *m_escalationBox = nullptr;
    QLabel *m_ladderPosition = nullptr;
    QTreeWidget *m_ladderHistory = nullptr;
    QPushButton *m_ladderChange = nullptr;
    QGroupBox *m_identifiersBox = nullptr;
    QTableWidget *m_identifiers = nullptr;
    QPushButton *m_addIdentifier = nullptr;
    QPushButton *m_removeIdentifier = nullptr;
    QGroupBox *m_mentionsBox = nullptr;
    QTreeWidget *m_mentions = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;

    QWidget *m_runRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_moved = nullptr;

    QLabel *m_unattributedNote = nullptr;
    QTreeWidget *m_unattributed = nullptr;
    QLabel *m_disagreementsNote = nullptr;
    QTreeWidget *m_disagreements = nullptr;
};

} // namespace abusedesk::gui
