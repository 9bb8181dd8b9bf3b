// SPDX-License-Identifier: GPL-2.0-or-later
#include "TemplateEditorDialog.h"

#include "CustomerTableModel.h"
#include "Dialogs.h"
#include "replies/ReplyComposer.h"
#include "replies/ReplyContext.h"
#include "replies/ReplyTemplateStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace abusedesk::gui {

TemplateEditorDialog::TemplateEditorDialog(
    const storage::Database &database, qint64 caseId, const QString &name, QString author, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Reply Template"));
    resize(1480, 800);
    replies::ReplyOptions options;
    options.analyst = std::move(author);
    if (const auto context = replies::ReplyContext::forCase(database, caseId, options))
        m_values = context->values();

    auto *layout = new QVBoxLayout(this);
    auto *fields = new QFormLayout;
    auto line = [this](const QString &objectName) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        return edit;
    };
    m_name = line(QStringLiteral("templateName"));
    m_name->setPlaceholderText(tr("lower-case letters, digits and dashes"));
    m_title = line(QStringLiteral("templateTitle"));
    m_audience = new QComboBox(this);
    m_audience->setObjectName(QStringLiteral("templateAudience"));
    m_audience->addItem(tr("The list owner (customer)"), QStringLiteral("list-owner"));
    m_audience->addItem(tr("The complainant"), QStringLiteral("complainant"));
    m_categories = line(QStringLiteral("templateCategories"));
    m_categories->setPlaceholderText(tr("case categories it suits, e.g. complaint-rate, blocklist"));
    m_subject = line(QStringLiteral("templateSubject"));
    auto *top = new QHBoxLayout;
    auto *left = new QFormLayout;
    left->addRow(tr("&Name:"), m_name);
    left->addRow(tr("&Title:"), m_title);
    auto *right = new QFormLayout;
    right->addRow(tr("&Audience:"), m_audience);
    right->addRow(tr("&Categories:"), m_categories);
    top->addLayout(left, 1);
    top->addLayout(right, 1);
    layout->addLayout(top);
    fields->addRow(tr("&Subject:"), m_subject);
    layout->addLayout(fields);

    auto *splitter = new QSplitter(this);
    m_body = new QPlainTextEdit(splitter);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setAccessibleName(tr("Template text"));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body->setFont(fixed);
    auto *previewPane = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(caseId > 0 ? tr("Preview, filled from case #%1:").arg(caseId)
                                                   : tr("Preview (no case: placeholders stay empty):"),
        previewPane));
    m_preview = new QPlainTextEdit(previewPane);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(fixed);
    previewLayout->addWidget(m_preview, 1);
    m_errors = new QLabel(previewPane);
    m_errors->setObjectName(QStringLiteral("templateErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    {
        QPalette p = m_errors->palette();
        p.setColor(QPalette::WindowText, CustomerTableModel::warningColour());
        m_errors->setPalette(p);
    }
    previewLayout->addWidget(m_errors);
    auto *placeholderPane = new QWidget(splitter);
    auto *placeholderLayout = new QVBoxLayout(placeholderPane);
    placeholderLayout->setContentsMargins(0, 0, 0, 0);
    placeholderLayout->addWidget(new QLabel(tr("Placeholders (double-click to insert):"), placeholderPane));
    m_placeholders = new QTreeWidget(placeholderPane);
    m_placeholders->setObjectName(QStringLiteral("templatePlaceholders"));
    m_placeholders->setRootIsDecorated(false);
    m_placeholders->setAlternatingRowColors(true);
    m_placeholders->setUniformRowHeights(true);
    m_placeholders->setHeaderLabels({ tr("Placeholder"), tr("Holds") });
    m_placeholders->setColumnWidth(0, 200);
    for (const QString &path : replies::ReplyContext::placeholders()) {
        auto *item = new QTreeWidgetItem(m_placeholders, { path, replies::ReplyContext::describe(path) });
        item->setToolTip(1, item->text(1));
    }
    connect(m_placeholders, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString path = item->text(0);
        // A list's items are reached in a loop: insert the loop, not a path that cannot resolve.
        if (path.contains(QLatin1Char('*'))) {
            const QString list = path.section(QLatin1Char('.'), 0, 0);
            const QString field = path.section(QLatin1Char('.'), 2);
            m_body->insertPlainText(
                QStringLiteral("{% for item in %1 %}\n- {{ item.%2 }}\n{% endfor %}\n").arg(list, field));
        } else {
            m_body->insertPlainText(QStringLiteral("{{ %1 }}").arg(path));
        }
        m_body->setFocus();
    });
    placeholderLayout->addWidget(m_placeholders, 1);
    splitter->addWidget(m_body);
    splitter->addWidget(previewPane);
    splitter->addWidget(placeholderPane);
    splitter->setSizes({ 520, 520, 440 });
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *importButton = buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    importButton->setObjectName(QStringLiteral("templateImport"));
    auto *exportButton = buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("templateExport"));
    m_reset = buttons->addButton(tr("&Reset to Shipped"), QDialogButtonBox::ResetRole);
    m_reset->setObjectName(QStringLiteral("templateReset"));
    auto *saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    saveButton->setObjectName(QStringLiteral("templateSave"));
    connect(importButton, &QPushButton::clicked, this, &TemplateEditorDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &TemplateEditorDialog::exportFile);
    connect(m_reset, &QPushButton::clicked, this, &TemplateEditorDialog::resetToShipped);
    connect(saveButton, &QPushButton::clicked, this, &TemplateEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(250);
    connect(m_pause, &QTimer::timeout, this, &TemplateEditorDialog::updatePreview);
    for (QLineEdit *edit : { m_name, m_title, m_categories, m_subject })
        connect(edit, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_body, &QPlainTextEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_audience, &QComboBox::currentIndexChanged, m_pause, qOverload<>(&QTimer::start));

    const std::optional<replies::ReplyTemplate> t = replies::ReplyTemplateStore(database).find(name);
    showTemplate(t ? *t : replies::ReplyTemplate {});
}

void TemplateEditorDialog::showTemplate(const replies::ReplyTemplate &t)
{
    m_name->setText(t.name);
    m_title->setText(t.title);
    m_audience->setCurrentIndex(std::max(0, m_audience->findData(t.audience)));
    m_categories->setText(t.categories.join(QStringLiteral(", ")));
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    updatePreview();
}

replies::ReplyTemplate TemplateEditorDialog::current() const
{
    replies::ReplyTemplate t;
    t.name = m_name->text().trimmed();
    t.title = m_title->text().trimmed();
    t.audience = m_audience->currentData().toString();
    for (const QString &c : m_categories->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        t.categories.append(c.trimmed());
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    return t;
}

void TemplateEditorDialog::updatePreview()
{
    m_pause->stop();
    const replies::ReplyTemplate t = current();
    const replies::RenderedReply r = replies::ReplyComposer::renderer().render(t, m_values);
    m_errorList = r.errors;
    if (const QString problem = t.problem(); !problem.isEmpty())
        m_errorList.prepend(problem);
    if (r.ok())
        m_preview->setPlainText(tr("Subject: %1").arg(r.subject) + QStringLiteral("\n\n") + r.body);
    else
        m_preview->setPlainText(tr("(No preview: the template has errors, listed below.)"));
    m_errors->setText(m_errorList.isEmpty() ? QString()
                                            : tr("%n error(s):", nullptr, int(m_errorList.size()))
                + QLatin1Char('\n') + m_errorList.join(QLatin1Char('\n')));
    m_errors->setVisible(!m_errorList.isEmpty());
    const bool shipped = std::any_of(replies::ReplyTemplate::shippedTemplates().cbegin(),
        replies::ReplyTemplate::shippedTemplates().cend(),
        [&t](const replies::ReplyTemplate &s) { return s.name == t.name; });
    m_reset->setEnabled(shipped);
}

void TemplateEditorDialog::showStatus(const QString &text, bool warning)
{
    QPalette p = palette();
    if (warning)
        p.setColor(QPalette::WindowText, CustomerTableModel::warningColour());
    m_status->setPalette(p);
    m_status->setText(text);
}

bool TemplateEditorDialog::save()
{
    updatePreview();
    if (!m_errorList.isEmpty()) {
        showStatus(tr("Not saved: fix the errors first, so that no reply goes out with a gap."), true);
        return false;
    }
    replies::ReplyTemplateStore store(m_database);
    const replies::ReplyTemplate t = current();
    if (!store.save(t)) {
        showStatus(tr("Not saved: %1").arg(store.lastError()), true);
        return false;
    }
    showStatus(tr("Saved “%1”.").arg(t.name), false);
    Q_EMIT saved(t.name);
    return true;
}

void TemplateEditorDialog::resetToShipped()
{
    for (const replies::ReplyTemplate &s : replies::ReplyTemplate::shippedTemplates()) {
        if (s.name == m_name->text().trimmed()) {
            showTemplate(s);
            showStatus(tr("The shipped text is back; Save keeps it."), false);
            return;
        }
    }
}

void TemplateEditorDialog::importFile()
{
    const QString path = Dialogs::openFileName(this, tr("Import Reply Template"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Reply templates (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    const std::optional<replies::ReplyTemplate> t = file.open(QIODevice::ReadOnly)
        ? replies::ReplyTemplate::fromFile(file.read(1 << 20), &error)
        : std::nullopt;
    if (!t) {
        showStatus(tr("%1 was not imported: %2")
                       .arg(QDir::toNativeSeparators(path), error.isEmpty() ? file.errorString() : error),
            true);
        return;
    }
    showTemplate(*t);
    showStatus(tr("Imported from %1; Save keeps it.").arg(QDir::toNativeSeparators(path)), false);
}

void TemplateEditorDialog::exportFile()
{
    const replies::ReplyTemplate t = current();
    const QString path = Dialogs::saveFileName(this, tr("Export Reply Template"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(t.name + QStringLiteral(".txt")),
        tr("Reply templates (*.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(t.toFile()) < 0) {
        showStatus(
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return;
    }
    showStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace abusedesk::gui
