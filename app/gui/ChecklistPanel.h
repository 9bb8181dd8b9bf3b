// SPDX-License-Identifier: GPL-2.0-or-later
// The direct-abuse checklist of a case (design.md §4.6, M3AAWG §IV.D.1), a page of the Cases
// view: the questions the data answers, marked where the answer points at the list owner, and
// the fields for what only the analyst can find out (more mail than signed up for; the opt-in
// evidence: source, date, IP, confirmation). "Record in Timeline" writes every new answer into
// the case's timeline.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget *parent = nullptr);

    /// Shows the checklist of a case (0: none).
    void setCase(const storage::Database *database, qint64 caseId, const QString &author);
    /// "3 of 7 answered", for the tab's title.
    [[nodiscard]] QString progressText() const { return m_progress; }

public Q_SLOTS:
    /// Writes the data's new answers and the analyst's filled-in ones to the timeline.
    void record();

Q_SIGNALS:
    /// Answers were written to the case's timeline.
    void recorded();

private:
    void fill();

    const storage::Database *m_database = nullptr;
    qint64 m_caseId = 0;
    QString m_author;
    QString m_progress;

    QLabel *m_intro = nullptr;
    QTableWidget *m_answers = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_expectations = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_ip = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace abusedesk::gui
