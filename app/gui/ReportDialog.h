// SPDX-License-Identifier: GPL-2.0-or-later
// File > Write Report…: a customer's issue history or the portfolio, for the customer or for
// management, as PDF, HTML or CSV, over a period, into a file chosen here. The report is written
// when OK is pressed; a failure is shown in the dialog, which stays open.
#pragma once

#include "Report.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
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

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void update();
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
    bool m_pathEdited = false;
    QString m_written;
    int m_pages = 0;
};

} // namespace abusedesk::gui
