// SPDX-License-Identifier: GPL-2.0-or-later
#include "CsvProfileDialog.h"

#include "delivery/CsvReader.h"
#include "delivery/LogSniffer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace abusedesk::gui {

using delivery::CsvProfile;
using delivery::TabularKind;

namespace {

constexpr int PreviewLines = 40;

QString kindLabel(TabularKind kind)
{
    switch (kind) {
    case TabularKind::SendLog:
        return CsvProfileDialog::tr("Send log (one row per message sent)");
    case TabularKind::OptOut:
        return CsvProfileDialog::tr("Opt-outs");
    case TabularKind::Seed:
        return CsvProfileDialog::tr("Seed-test results");
    case TabularKind::Blocklist:
        return CsvProfileDialog::tr("Blocklist listings");
    }
    return {};
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("time"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Time") },
        { QStringLiteral("customer"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Customer") },
        { QStringLiteral("campaign"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Campaign") },
        { QStringLiteral("sending_ip"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Sending IP") },
        { QStringLiteral("envelope_sender"),
            QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Envelope sender") },
        { QStringLiteral("recipient"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Recipient") },
        { QStringLiteral("result"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Result") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Status") },
        { QStringLiteral("diagnostic"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Diagnostic") },
        { QStringLiteral("reason"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Reason") },
        { QStringLiteral("source"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Source") },
        { QStringLiteral("receiver"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Receiver") },
        { QStringLiteral("placement"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Placement") },
        { QStringLiteral("list"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "List") },
        { QStringLiteral("target"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "IP or domain") },
        { QStringLiteral("listed"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Listed") },
        { QStringLiteral("delisted"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Delisted") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("abusedesk::gui::CsvProfileDialog", "Note") },
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : CsvProfileDialog::tr(*it);
}

// A column named like the field ("recipient", "Recipient", "recipient_email") is its first guess.
int guessColumn(const QString &field, const QStringList &header)
{
    const QString plain = QString(field).remove(u'_');
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower().remove(u'_').remove(u' ').remove(u'-');
        if (h == plain)
            return i;
    }
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().toLower().startsWith(field))
            return i;
    }
    return -1;
}

} // namespace

CsvProfileDialog::CsvProfileDialog(
    const QString &tablePath, const QList<CsvProfile> &savedProfiles, QWidget *parent)
    : QDialog(parent)
    , m_path(tablePath)
    , m_saved(savedProfiles)
{
    setObjectName(QStringLiteral("csvProfileDialog"));
    setWindowTitle(tr("Map Columns — %1").arg(QFileInfo(tablePath).fileName()));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("<b>%1</b> is a table AbuseDesk does not know yet. Say which column holds "
                                "what; the mapping is saved under its name and used for every file with "
                                "these columns. Fields marked * are required.")
                                 .arg(QFileInfo(tablePath).fileName().toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *settings = new QFormLayout;
    m_savedCombo = new QComboBox(this);
    m_savedCombo->setObjectName(QStringLiteral("csvProfileSaved"));
    m_savedCombo->addItem(tr("New mapping"));
    for (const CsvProfile &p : m_saved)
        m_savedCombo->addItem(p.name);
    settings->addRow(tr("Start from:"), m_savedCombo);
    m_name = new QLineEdit(QFileInfo(tablePath).completeBaseName(), this);
    m_name->setObjectName(QStringLiteral("csvProfileName"));
    settings->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("csvProfileKind"));
    for (TabularKind kind :
        { TabularKind::SendLog, TabularKind::OptOut, TabularKind::Seed, TabularKind::Blocklist })
        m_kind->addItem(kindLabel(kind), int(kind));
    settings->addRow(tr("&The file holds:"), m_kind);
    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("csvProfileSeparator"));
    m_separator->addItem(tr("Comma"), int(','));
    m_separator->addItem(tr("Semicolon"), int(';'));
    m_separator->addItem(tr("Tab"), int('\t'));
    settings->addRow(tr("&Separator:"), m_separator);
    m_timeFormat = new QLineEdit(this);
    m_timeFormat->setObjectName(QStringLiteral("csvProfileTimeFormat"));
    m_timeFormat->setPlaceholderText(tr("automatic (ISO 8601, RFC 2822, Unix seconds)"));
    m_timeFormat->setToolTip(
        tr("A Qt date format such as dd.MM.yyyy HH:mm, or empty to recognise the usual ones."));
    settings->addRow(tr("Time &format:"), m_timeFormat);
    m_timeZone = new QLineEdit(QStringLiteral("UTC"), this);
    m_timeZone->setObjectName(QStringLiteral("csvProfileTimeZone"));
    m_timeZone->setToolTip(tr("The zone of times written without an offset, e.g. UTC or Europe/Berlin."));
    settings->addRow(tr("Time &zone:"), m_timeZone);
    layout->addLayout(settings);

    auto *fieldsBox = new QGroupBox(tr("Columns"), this);
    m_fieldsGrid = new QGridLayout(fieldsBox);
    m_fieldsGrid->setColumnStretch(1, 1);
    m_fieldsGrid->setColumnStretch(4, 1);
    m_fieldsGrid->setColumnMinimumWidth(2, 24);
    layout->addWidget(fieldsBox);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("csvProfileStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing() + 4); // reasons often take two lines
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("csvProfilePreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    layout->addWidget(m_preview, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and &Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    readSample();
    rebuildFieldRows();
    connect(m_savedCombo, &QComboBox::currentIndexChanged, this, &CsvProfileDialog::applySavedProfile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        rebuildFieldRows();
        updatePreview();
    });
    connect(m_separator, &QComboBox::currentIndexChanged, this, [this] {
        readSample();
        rebuildFieldRows();
        updatePreview();
    });
    for (QLineEdit *edit : { m_name, m_timeFormat, m_timeZone })
        connect(edit, &QLineEdit::textChanged, this, &CsvProfileDialog::updatePreview);
    updatePreview();
    resize(860, 720);
}

void CsvProfileDialog::readSample()
{
    if (m_lines.isEmpty()) {
        QFile file(m_path);
        QString error;
        if (const auto device = delivery::LogSniffer::open(file, &error))
            m_lines = delivery::LogSniffer::firstLines(*device, PreviewLines + 1);
        else
            m_status->setText(error);
        if (!m_lines.isEmpty()) {
            const char guessed = delivery::CsvReader::guessSeparator(m_lines.constFirst());
            const QSignalBlocker block(m_separator);
            m_separator->setCurrentIndex(std::max(0, m_separator->findData(int(guessed))));
        }
    }
    m_header.clear();
    if (m_lines.isEmpty())
        return;
    delivery::CsvReader reader(char(m_separator->currentData().toInt()));
    QStringList fields;
    if (reader.addLine(m_lines.constFirst(), fields))
        m_header = fields;
}

void CsvProfileDialog::rebuildFieldRows()
{
    QHash<QString, QString> previous;
    for (auto it = m_fieldColumns.cbegin(); it != m_fieldColumns.cend(); ++it)
        previous.insert(it.key(), it.value()->currentData().toString());
    for (QComboBox *combo : std::as_const(m_fieldColumns))
        delete combo;
    for (QLabel *label : std::as_const(m_fieldLabels))
        delete label;
    m_fieldColumns.clear();
    m_fieldLabels.clear();

    const auto kind = TabularKind(m_kind->currentData().toInt());
    const QStringList required = CsvProfile::requiredFieldsOf(kind);
    for (const QString &field : CsvProfile::fieldsOf(kind)) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("csvColumn_") + field);
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &column : std::as_const(m_header))
            combo->addItem(column, column);
        const int wanted = previous.contains(field) ? combo->findData(previous.value(field))
                                                    : guessColumn(field, m_header) + 1;
        combo->setCurrentIndex(std::max(0, wanted));
        combo->setAccessibleName(fieldLabel(field));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvProfileDialog::updatePreview);
        // Two columns of fields, so that the preview keeps room for its rows.
        const int index = int(m_fieldColumns.size());
        const int row = index / 2;
        const int column = (index % 2) * 3;
        auto *label = new QLabel(
            fieldLabel(field) + (required.contains(field) ? QStringLiteral(" *:") : QStringLiteral(":")),
            this);
        label->setBuddy(combo);
        m_fieldsGrid->addWidget(label, row, column);
        m_fieldsGrid->addWidget(combo, row, column + 1);
        m_fieldColumns.insert(field, combo);
        m_fieldLabels.append(label);
    }
}

void CsvProfileDialog::applySavedProfile(int index)
{
    if (index <= 0 || index > m_saved.size())
        return;
    const CsvProfile &p = m_saved.at(index - 1);
    m_name->setText(p.name);
    {
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockSeparator(m_separator);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(p.kind))));
        m_separator->setCurrentIndex(std::max(0, m_separator->findData(int(p.separator))));
    }
    m_timeFormat->setText(p.timeFormat);
    m_timeZone->setText(p.timeZone.isValid() ? QString::fromUtf8(p.timeZone.id()) : QStringLiteral("UTC"));
    readSample();
    rebuildFieldRows();
    for (auto it = p.columns.cbegin(); it != p.columns.cend(); ++it) {
        if (QComboBox *combo = m_fieldColumns.value(it.key())) {
            int found = 0;
            for (int i = 1; i < combo->count(); ++i)
                if (combo->itemData(i).toString().trimmed().compare(it.value().trimmed(), Qt::CaseInsensitive)
                    == 0)
                    found = i;
            combo->setCurrentIndex(found);
        }
    }
    updatePreview();
}

CsvProfile CsvProfileDialog::profile() const
{
    CsvProfile p;
    p.name = m_name->text().trimmed();
    p.kind = TabularKind(m_kind->currentData().toInt());
    p.separator = char(m_separator->currentData().toInt());
    for (auto it = m_fieldColumns.cbegin(); it != m_fieldColumns.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (!column.isEmpty())
            p.columns.insert(it.key(), column);
    }
    p.timeFormat = m_timeFormat->text().trimmed();
    const QString zone = m_timeZone->text().trimmed();
    p.timeZone = zone.isEmpty() || zone.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0
        ? QTimeZone(QTimeZone::UTC)
        : QTimeZone(zone.toUtf8());
    return p;
}

void CsvProfileDialog::updatePreview()
{
    const CsvProfile p = profile();
    const QStringList fields = CsvProfile::fieldsOf(p.kind);
    QStringList problems;
    if (p.name.isEmpty())
        problems.append(tr("Give the mapping a name."));
    for (const QString &field : CsvProfile::requiredFieldsOf(p.kind)) {
        if (!p.columns.contains(field))
            problems.append(tr("Choose the column of “%1”.").arg(fieldLabel(field)));
    }
    if (!p.timeZone.isValid())
        problems.append(tr("“%1” is not a time zone.").arg(m_timeZone->text()));

    // The preview shows the mapped columns of the sample rows; a dry run of the real reader over
    // the same rows says which of them would be rejected, and why.
    QHash<QString, int> columnIndex;
    for (int i = 0; i < m_header.size(); ++i)
        columnIndex.insert(m_header.at(i).trimmed().toLower(), i);
    QStringList shownFields;
    for (const QString &field : fields)
        if (p.columns.contains(field))
            shownFields.append(field);
    m_preview->clear();
    m_preview->setColumnCount(int(shownFields.size()));
    QStringList labels;
    for (const QString &field : std::as_const(shownFields))
        labels.append(fieldLabel(field));
    m_preview->setHorizontalHeaderLabels(labels);
    delivery::CsvReader reader(p.separator);
    QList<QStringList> rows;
    QStringList lineNumbers; // the rows are labelled with the file's line numbers, as rejections are
    qsizetype recordStart = 1;
    for (qsizetype i = 1; i < m_lines.size(); ++i) {
        QStringList values;
        if (!reader.inQuotedField())
            recordStart = i;
        if (reader.addLine(m_lines.at(i), values)) {
            rows.append(values);
            lineNumbers.append(QString::number(recordStart + 1));
        }
    }
    m_preview->setRowCount(int(rows.size()));
    m_preview->setVerticalHeaderLabels(lineNumbers);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < shownFields.size(); ++c) {
            const int column = columnIndex.value(p.columns.value(shownFields.at(c)).trimmed().toLower(), -1);
            m_preview->setItem(r, c, new QTableWidgetItem(rows.at(r).value(column)));
        }
    }
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));

    QString status;
    if (problems.isEmpty()) {
        qint64 records = 0;
        QStringList rejected;
        delivery::ParserSinks sinks;
        sinks.delivery = [&records](delivery::DeliveryRecord &&) { ++records; };
        sinks.optOut = [&records](delivery::OptOutRecord &&) { ++records; };
        sinks.seed = [&records](delivery::SeedResult &&) { ++records; };
        sinks.listing = [&records](delivery::BlocklistListing &&) { ++records; };
        sinks.rejection = [&rejected](const delivery::LineRejection &r) {
            if (rejected.size() < 3)
                rejected.append(tr("line %1: %2").arg(r.line).arg(r.reason));
        };
        delivery::TabularParser parser(sinks, p, QDateTime::currentDateTimeUtc());
        qint64 number = 0;
        for (const QByteArray &line : std::as_const(m_lines))
            parser.addLine(line, ++number);
        parser.finish();
        const QLocale locale;
        status = tr("Of the first %1 rows, %2 would be imported.")
                     .arg(locale.toString(qsizetype(rows.size())), locale.toString(records));
        if (!rejected.isEmpty())
            status += QLatin1Char(' ') + tr("Rejected: %1").arg(rejected.join(QStringLiteral("; ")));
    } else {
        status = problems.join(QLatin1Char(' '));
    }
    m_status->setText(status);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace abusedesk::gui
