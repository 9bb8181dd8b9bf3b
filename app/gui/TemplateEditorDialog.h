// SPDX-License-Identifier: GPL-2.0-or-later
// The reply template editor (design.md §4.7): subject and body in KTextTemplate syntax, the
// placeholders there are (double-click inserts one), and a live preview filled from the case,
// with every error — unknown placeholder, broken tag — shown under it with its line. Templates
// are saved into the case database, and exported or imported as files.
#pragma once

#include "replies/ReplyTemplate.h"

#include <QDialog>
#include <QVariantHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class TemplateEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// caseId: the case the preview is filled from (0: none); name: the template to open (empty: a new one).
    TemplateEditorDialog(const storage::Database &database, qint64 caseId, const QString &name,
        QString author, QWidget *parent = nullptr);

    /// The template as edited.
    [[nodiscard]] replies::ReplyTemplate current() const;
    /// The errors the preview shows (empty when it renders).
    [[nodiscard]] QStringList errors() const { return m_errorList; }

public Q_SLOTS:
    /// Renders the preview now (it follows edits after a short pause).
    void updatePreview();
    /// Saves into the database; refused while there are errors.
    bool save();
    void resetToShipped();
    void importFile();
    void exportFile();

Q_SIGNALS:
    void saved(const QString &name);

private:
    void showTemplate(const replies::ReplyTemplate &t);
    void showStatus(const QString &text, bool warning);

    const storage::Database &m_database;
    QVariantHash m_values;
    QStringList m_errorList;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_audience = nullptr;
    QLineEdit *m_categories = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTreeWidget *m_placeholders = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_reset = nullptr;
    QTimer *m_pause = nullptr;
};

} // namespace abusedesk::gui
