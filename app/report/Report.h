// SPDX-License-Identifier: GPL-2.0-or-later
// The reports to the customer and to management (design.md §4.8, issue 7; M3AAWG §V.C): one
// customer's issue history over a period, or the portfolio of every customer, as PDF (charts,
// headers with dates, page numbers), HTML (one self-contained file) or CSV (the figures per bucket
// or per customer). The customer version leaves out internal notes, time and cost, and redacts
// complainants' addresses; the management version includes costs and revenue.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::report {

enum class Audience { Customer, Management };
enum class Format { Pdf, Csv, Html };

struct ReportRequest
{
    qint64 customerId = 0; ///< 0: the portfolio of every customer
    QDate from;
    QDate until;
    Audience audience = Audience::Management;
    QString author; ///< who made it, printed in the header
    QDateTime generatedAt; ///< when; invalid: now
};

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    explicit ReportWriter(const storage::Database &database);

    [[nodiscard]] static std::optional<Format> formatNamed(const QString &name);
    [[nodiscard]] static std::optional<Audience> audienceNamed(const QString &name);
    /// "pdf", "csv", "html": the file suffix of a format.
    [[nodiscard]] static QString suffixOf(Format format);
    /// The format a file name asks for by its suffix.
    [[nodiscard]] static std::optional<Format> formatOfFile(const QString &path);

    /// Writes the report; the file is replaced only when the whole report was written. False
    /// with lastError() naming the file or the request's problem.
    [[nodiscard]] bool write(const ReportRequest &request, Format format, const QString &path);
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// The pages of the last PDF written.
    [[nodiscard]] int pageCount() const { return m_pages; }

    /// An address with its local part hidden ("[redacted]@example.com"), as the customer version
    /// prints complainants; every address in a text, redacted.
    [[nodiscard]] static QString redactAddress(const QString &address);
    [[nodiscard]] static QString redactAddressesIn(const QString &text);
    /// The concerns of a portfolio customer (reports::Concern flags) in words.
    [[nodiscard]] static QStringList concernWords(int concerns);

    struct Content; ///< what a report says, before it becomes a file

    /// The figures of a report as read from the case database: the slow part of a large report.
    struct Figures;
    /// Reads them; safe on any thread (it reads through that thread's connection), so that a
    /// window can read them off its GUI thread and then write() with them on it.
    [[nodiscard]] static std::shared_ptr<const Figures> readFigures(
        const storage::Database &database, const ReportRequest &request);
    /// write() then takes its figures from these instead of the database, for the same request.
    void useFigures(std::shared_ptr<const Figures> figures) { m_figures = std::move(figures); }

private:
    [[nodiscard]] bool buildCustomer(const ReportRequest &request, Content &content);
    [[nodiscard]] bool buildPortfolio(const ReportRequest &request, Content &content);
    [[nodiscard]] bool writePdf(const Content &content, const QString &path);
    [[nodiscard]] bool writeHtml(const Content &content, const QString &path);
    [[nodiscard]] bool writeCsv(const Content &content, const QString &path);
    [[nodiscard]] bool writeFile(const QString &path, const QByteArray &bytes);

    const storage::Database &m_database;
    std::shared_ptr<const Figures> m_figures;
    QString m_lastError;
    int m_pages = 0;
};

} // namespace abusedesk::report
