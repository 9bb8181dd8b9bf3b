// SPDX-License-Identifier: GPL-2.0-or-later
// File > Write Report…: a customer's issue history or the portfolio, for the customer or for
// management, as PDF, HTML or CSV, over a period, into a file chosen here. The report is written
// when OK is pressed; a failure is shown in the dialog, which stays open.
#pragma once

#include "Report.h"

#include <QDialog>
#include <QPointer>
#include <QThread>
#include <memory>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::gui {

class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    /// customerId 0 starts with the portfolio selected.
    ReportDialog(const storage::Database &database, qint64 customerId, QDate from, QDate until,
        const QString &author, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setCustomer(qint64 customerId); ///< 0: every customer (the portfolio)
    void setAudience(report::Audience audience);
    void setFormat(report::Format format);
    void setPeriod(QDate from, QDate until);
    void setPath(const QString &path);
    [[nodiscard]] report::ReportRequest request() const;
    [[nodiscard]] report::Format format() const;
    [[nodiscard]] QString path() const;
    /// The file written by the last accept(), and its pages when a PDF.
    [[nodiscard]] QString writtenPath() const { return m_written; }
    [[nodiscard]] int writtenPages() const { return m_pages; }
    [[nodiscard]] QString errorText() const;
    /// True from Write until the report is written or refused: the figures are read off the
    /// GUI thread, then the file is written.
    [[nodiscard]] bool isWriting() const { return m_writing; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void browse();
    void update();
    void setWriting(bool writing);
    void writeWith(const std::shared_ptr<const report::ReportWriter::Figures> &figures);
    [[nodiscard]] QString suggestedName() const;

    const storage::Database &m_database;
    QString m_author;
    QComboBox *m_customer = nullptr;
    QRadioButton *m_forCustomer = nullptr;
    QRadioButton *m_forManagement = nullptr;
    QComboBox *m_format = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QProgressBar *m_busy = nullptr;
    QList<QWidget *> m_inputs; // disabled while writing
    QPointer<QThread> m_thread;
    quint64 m_generation = 0; // a figures reading whose number is not this one was cancelled
    bool m_writing = false;
    bool m_pathEdited = false;
    QString m_written;
    int m_pages = 0;
};

} // namespace abusedesk::gui
