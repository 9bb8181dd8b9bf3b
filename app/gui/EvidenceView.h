// SPDX-License-Identifier: GPL-2.0-or-later
// The Evidence view: every imported message, newest first, with the reading pane below.
#pragma once

#include <QWidget>
#include <memory>

class QSplitter;
class QTableView;
class QLabel;

namespace abusedesk::storage {
class Database;
}
namespace abusedesk::attribution {
class AttributionQueries;
}
namespace abusedesk::evidence {
class EvidenceListModel;
}

namespace abusedesk::gui {

class ReadingPane;

class EvidenceView : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceView(QWidget *parent = nullptr);
    ~EvidenceView() override;

    void setDatabase(const storage::Database *database);
    void reload();

    [[nodiscard]] QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

    /// Selects the message of this evidence item, loading further pages as needed; false when
    /// it is not in the list.
    bool selectEvidence(qint64 evidenceId);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] ReadingPane *readingPane() const { return m_reading; }

private:
    void showCurrent();

    const storage::Database *m_database = nullptr;
    evidence::EvidenceListModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    ReadingPane *m_reading = nullptr;
    std::unique_ptr<attribution::AttributionQueries> m_attribution; ///< rules as of the last reload
    QByteArray m_headerState; ///< column layout to apply when a model is set
};

} // namespace abusedesk::gui
