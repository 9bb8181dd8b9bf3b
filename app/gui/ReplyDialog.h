// SPDX-License-Identifier: GPL-2.0-or-later
// Writing a reply for a case (design.md §4.7): pick a template (the ones for the case's problem
// first), see it filled with the case's numbers, edit the text if need be, and send it on as an
// .eml draft, to the clipboard or to the mail program. Every reply that leaves is kept in the
// case timeline. The complainant's details stay withheld unless the analyst includes them.
#pragma once

#include "replies/ReplyComposer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class ReplyDialog : public QDialog
{
    Q_OBJECT
public:
    ReplyDialog(const storage::Database &database, qint64 caseId, QString author, QWidget *parent = nullptr);

    /// Selects a template by name; false when there is none.
    bool selectTemplate(const QString &name);
    [[nodiscard]] const replies::ComposedReply &reply() const { return m_reply; }

public Q_SLOTS:
    /// Asks for a file and writes the draft there.
    void saveDraft();
    /// Writes the draft to path and records it; false (with the reason shown) on failure.
    bool saveDraftTo(const QString &path);
    void copyToClipboard();
    void openInMailProgram();
    void editTemplate();

Q_SIGNALS:
    /// A reply was recorded in the case timeline.
    void replied();

private:
    void loadTemplates(const QString &select = {});
    void render();
    [[nodiscard]] replies::ComposedReply edited() const;
    bool recordReply(const replies::ComposedReply &reply, const QString &via, const QString &messageId = {});
    void showError(const QString &text);

    const storage::Database &m_database;
    qint64 m_caseId;
    QString m_author;
    QString m_category;
    QComboBox *m_language = nullptr;
    replies::ComposedReply m_reply;

    QListWidget *m_templates = nullptr;
    QCheckBox *m_includeIdentifying = nullptr;
    QSpinBox *m_deadline = nullptr;
    QLabel *m_from = nullptr;
    QLabel *m_to = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_done = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_mail = nullptr;
};

} // namespace abusedesk::gui
