// SPDX-License-Identifier: GPL-2.0-or-later
// One evidence item read safely: its facts, the original message, headers, MIME structure,
// text, HTML without remote content, the raw source, and its attachments (saved, never opened).
#pragma once

#include "attribution/AttributionQueries.h"
#include "storage/EvidenceQueries.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace KMime {
class Content;
}
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace abusedesk::gui {

class SafeHtmlView;

class ReadingPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);

    void showItem(const storage::EvidenceItem &item);
    /// The "Customer" section: who the item is attributed to and why, or its clues.
    void showExplanation(const attribution::Explanation &explanation);
    void clear();

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void saveOriginal();
    void saveAttachment();

private:
    void addMimeNode(QTreeWidgetItem *parent, KMime::Content *content, int depth);

    storage::EvidenceItem m_item;
    QLabel *m_title = nullptr;
    QLabel *m_customer = nullptr;
    QPushButton *m_saveOriginal = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_facts = nullptr;
    QPlainTextEdit *m_original = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QTreeWidget *m_structure = nullptr;
    QPlainTextEdit *m_text = nullptr;
    SafeHtmlView *m_html = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_rawHighlighter = nullptr;
    QTreeWidget *m_attachments = nullptr;
    QPushButton *m_saveAttachment = nullptr;
    QList<QByteArray> m_attachmentBytes;
};

} // namespace abusedesk::gui
