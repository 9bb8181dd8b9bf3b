// SPDX-License-Identifier: GPL-2.0-or-later
// The Evidence view: every imported message, newest first, with the reading pane below.
#pragma once

#include <QWidget>

class QSplitter;
class QTableView;
class QLabel;

namespace abusedesk::storage {
class Database;
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
    QByteArray m_headerState; ///< column layout to apply when a model is set
};

} // namespace abusedesk::gui
