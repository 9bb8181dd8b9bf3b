// SPDX-License-Identifier: GPL-2.0-or-later
#include "ReportDialog.h"

#include "Dialogs.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace abusedesk::gui {

ReportDialog::ReportDialog(const storage::Database &database, qint64 customerId, QDate from, QDate until,
    const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_author(author)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Write Report"));
    auto *form = new QFormLayout;

    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("reportCustomer"));
    m_customer->addItem(tr("Every customer (portfolio)"), 0);
    for (const attribution::CustomerRecord &c : storage::CustomerStore(database).customers())
        m_customer->addItem(c.externalId.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.externalId), c.id);
    form->addRow(tr("&Report on:"), m_customer);

    auto *audience = new QWidget(this);
    auto *audienceLayout = new QVBoxLayout(audience);
    audienceLayout->setContentsMargins(0, 0, 0, 0);
    m_forManagement
        = new QRadioButton(tr("&Management: internal, with notes, time, cost and revenue"), audience);
    m_forManagement->setObjectName(QStringLiteral("reportForManagement"));
    m_forCustomer = new QRadioButton(
        tr("The &customer: no internal notes or costs, complainants' addresses redacted"), audience);
    m_forCustomer->setObjectName(QStringLiteral("reportForCustomer"));
    m_forManagement->setChecked(true);
    audienceLayout->addWidget(m_forManagement);
    audienceLayout->addWidget(m_forCustomer);
    form->addRow(tr("For:"), audience);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF (charts, pages numbered)"), int(report::Format::Pdf));
    m_format->addItem(tr("HTML (one file, charts included)"), int(report::Format::Html));
    m_format->addItem(tr("CSV (the figures, for a spreadsheet)"), int(report::Format::Csv));
    form->addRow(tr("F&ormat:"), m_format);

    auto *period = new QWidget(this);
    auto *periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(from, period);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_until = new QDateEdit(until, period);
    m_until->setObjectName(QStringLiteral("reportUntil"));
    for (QDateEdit *edit : { m_from, m_until }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    periodLayout->addWidget(m_from);
    periodLayout->addWidget(new QLabel(tr("to"), period));
    periodLayout->addWidget(m_until);
    periodLayout->addStretch();
    form->addRow(tr("&Period:"), period);

    auto *file = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(file);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(file);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("&Browse…"), file);
    fileLayout->addWidget(m_path, 1);
    fileLayout->addWidget(browse);
    form->addRow(tr("&File:"), file);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // the palette's muted text
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #e04e1a;"));
    m_error->hide();

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0); // busy: reading the figures takes as long as it takes
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Writing the report"));
    m_busy->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write"));
    m_inputs = { m_customer, m_forCustomer, m_forManagement, m_format, m_from, m_until, m_path, browse };
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    for (QComboBox *box : { m_customer, m_format })
        connect(box, &QComboBox::currentIndexChanged, this, &ReportDialog::update);
    connect(m_forCustomer, &QRadioButton::toggled, this, &ReportDialog::update);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportDialog::update);
    connect(m_until, &QDateEdit::dateChanged, this, &ReportDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::update);
    setCustomer(customerId);
    update();
}

void ReportDialog::setCustomer(qint64 customerId)
{
    const int index = m_customer->findData(customerId);
    m_customer->setCurrentIndex(index < 0 ? 0 : index);
}

void ReportDialog::setAudience(report::Audience audience)
{
    (audience == report::Audience::Customer ? m_forCustomer : m_forManagement)->setChecked(true);
}

void ReportDialog::setFormat(report::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ReportDialog::setPeriod(QDate from, QDate until)
{
    m_from->setDate(from);
    m_until->setDate(until);
}

void ReportDialog::setPath(const QString &path)
{
    m_pathEdited = true; // before the text, whose change would otherwise suggest a name
    m_path->setText(path);
}

report::ReportRequest ReportDialog::request() const
{
    report::ReportRequest r;
    r.customerId = m_customer->currentData().toLongLong();
    r.from = m_from->date();
    r.until = m_until->date();
    r.audience = m_forCustomer->isChecked() ? report::Audience::Customer : report::Audience::Management;
    r.author = m_author;
    return r;
}

report::Format ReportDialog::format() const
{
    return report::Format(m_format->currentData().toInt());
}

QString ReportDialog::path() const
{
    return m_path->text().trimmed();
}

QString ReportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ReportDialog::suggestedName() const
{
    const report::ReportRequest r = request();
    QString subject = r.customerId ? m_customer->currentText() : tr("portfolio");
    subject = subject.toLower().replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    subject.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return QStringLiteral("%1-%2-%3-%4.%5")
        .arg(subject, r.audience == report::Audience::Customer ? tr("customer") : tr("management"),
            r.from.toString(Qt::ISODate), r.until.toString(Qt::ISODate),
            report::ReportWriter::suffixOf(format()));
}

void ReportDialog::update()
{
    // The portfolio is for management only.
    const bool portfolio = m_customer->currentData().toLongLong() == 0;
    if (portfolio && m_forCustomer->isChecked())
        m_forManagement->setChecked(true);
    m_forCustomer->setEnabled(!portfolio && !m_writing);
    if (!m_pathEdited) {
        QString folder = m_path->text().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(m_path->text()).absolutePath();
        if (folder.isEmpty())
            folder = QDir::homePath();
        const QSignalBlocker block(m_path);
        m_path->setText(QDir::toNativeSeparators(folder + QLatin1Char('/') + suggestedName()));
    } else if (const auto asked = report::ReportWriter::formatOfFile(path()); asked && *asked != format()) {
        // A file name whose suffix says another format follows the format chosen.
        const QFileInfo info(path());
        const QSignalBlocker block(m_path);
        m_path->setText(QDir::toNativeSeparators(info.path() + QLatin1Char('/') + info.completeBaseName()
            + QLatin1Char('.') + report::ReportWriter::suffixOf(format())));
    }
    const QDate from = m_from->date();
    const QDate until = m_until->date();
    const bool periodOk = from <= until;
    m_hint->setText(m_writing ? tr("Reading the figures, then writing the report…")
            : !periodOk       ? tr("The period ends before it begins.")
            : portfolio
            ? tr("Every customer over %n day(s): who is above the lines, who is rising, who costs "
                 "more than they bring.",
                  nullptr, int(from.daysTo(until) + 1))
            : tr("The customer's figures, charts, cases, complaints, opt-outs and decisions over "
                 "%n day(s).",
                  nullptr, int(from.daysTo(until) + 1)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(periodOk && !path().isEmpty() && !m_writing);
}

void ReportDialog::browse()
{
    const QString suffix = report::ReportWriter::suffixOf(format());
    const QString chosen = Dialogs::saveFileName(
        this, tr("Write Report"), path(), tr("%1 files (*.%2);;All files (*)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        setPath(QDir::toNativeSeparators(chosen));
}

ReportDialog::~ReportDialog()
{
    if (m_thread)
        m_thread->wait();
}

void ReportDialog::setWriting(bool writing)
{
    m_writing = writing;
    for (QWidget *input : std::as_const(m_inputs))
        input->setEnabled(!writing);
    m_busy->setVisible(writing);
    update();
}

void ReportDialog::accept()
{
    if (m_writing)
        return;
    m_error->hide();
    // The figures are read off the GUI thread (the portfolio of 500 customers over a year takes
    // over a second); the charts and the file are then made here, where QtCharts draws.
    const quint64 generation = ++m_generation;
    const storage::Database *db = &m_database;
    const report::ReportRequest asked = request();
    QPointer<ReportDialog> self(this);
    setWriting(true);
    if (m_thread)
        m_thread->wait();
    QThread *thread = QThread::create([self, db, asked, generation] {
        std::shared_ptr<const report::ReportWriter::Figures> figures
            = report::ReportWriter::readFigures(*db, asked);
        db->releaseConnection();
        QMetaObject::invokeMethod(
            self,
            [self, generation, figures] {
                if (self && generation == self->m_generation)
                    self->writeWith(figures);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

void ReportDialog::reject()
{
    ++m_generation; // figures still being read are not written
    if (m_writing)
        setWriting(false);
    QDialog::reject();
}

void ReportDialog::writeWith(const std::shared_ptr<const report::ReportWriter::Figures> &figures)
{
    report::ReportWriter writer(m_database);
    writer.useFigures(figures);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writer.write(request(), format(), QDir::fromNativeSeparators(path()));
    QApplication::restoreOverrideCursor();
    setWriting(false);
    if (!ok) {
        m_error->setText(tr("The report was not written: %1").arg(writer.lastError()));
        m_error->show();
        return;
    }
    m_written = QDir::fromNativeSeparators(path());
    m_pages = writer.pageCount();
    QDialog::accept();
}

} // namespace abusedesk::gui
