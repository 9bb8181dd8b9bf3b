// SPDX-License-Identifier: GPL-2.0-or-later
#include "ReplyDialog.h"

#include "CustomerTableModel.h"
#include "Dialogs.h"
#include "TemplateEditorDialog.h"
#include "cases/CaseStore.h"
#include "common/Translations.h"
#include "replies/ReplyTemplateStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>

namespace abusedesk::gui {

namespace {

void paintWarning(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, CustomerTableModel::warningColour());
    label->setPalette(p);
}

} // namespace

ReplyDialog::ReplyDialog(const storage::Database &database, qint64 caseId, QString author, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_caseId(caseId)
    , m_author(std::move(author))
{
    setObjectName(QStringLiteral("replyDialog"));
    setWindowTitle(tr("Reply for Case #%1").arg(caseId));
    if (const auto c = cases::CaseStore(database).find(caseId))
        m_category = c->category;
    resize(1100, 720);

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *templatesLabel = new QLabel(tr("&Templates (for this problem first):"), left);
    leftLayout->addWidget(templatesLabel);
    m_templates = new QListWidget(left);
    m_templates->setObjectName(QStringLiteral("replyTemplates"));
    m_templates->setAccessibleName(tr("Reply templates"));
    templatesLabel->setBuddy(m_templates);
    leftLayout->addWidget(m_templates, 1);
    // The shipped templates in each language the program speaks; the analyst's own in all.
    auto *languageRow = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), left);
    m_language = new QComboBox(left);
    m_language->setObjectName(QStringLiteral("replyLanguage"));
    for (const QString &code : common::Translations::available())
        m_language->addItem(common::Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(common::Translations::current())));
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    leftLayout->addLayout(languageRow);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        // The same template in the other language, where it has one.
        const QString current = m_templates->currentItem()
            ? m_templates->currentItem()->data(Qt::UserRole).toString()
            : QString();
        const QString language = m_language->currentData().toString();
        QString base = current;
        if (const QString from = replies::ReplyTemplate::languageOf(current);
            !from.isEmpty() && from != u"en")
            base.chop(from.size() + 1);
        loadTemplates(language == u"en" || replies::ReplyTemplate::languageOf(base).isEmpty()
                ? base
                : base + QLatin1Char('-') + language);
    });
    m_includeIdentifying
        = new QCheckBox(tr("&Include the complainant's address and identifying headers"), left);
    m_includeIdentifying->setObjectName(QStringLiteral("replyIncludeIdentifying"));
    m_includeIdentifying->setToolTip(tr("Withheld by default: a list owner learns who complained only where "
                                        "the law and the contract allow it"));
    leftLayout->addWidget(m_includeIdentifying);
    auto *deadlineRow = new QHBoxLayout;
    auto *deadlineLabel = new QLabel(tr("&Deadline in"), left);
    m_deadline = new QSpinBox(left);
    m_deadline->setObjectName(QStringLiteral("replyDeadlineDays"));
    m_deadline->setRange(0, 90);
    m_deadline->setValue(7);
    m_deadline->setSuffix(tr(" days"));
    deadlineLabel->setBuddy(m_deadline);
    deadlineRow->addWidget(deadlineLabel);
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addStretch(1);
    leftLayout->addLayout(deadlineRow);
    auto *edit = new QPushButton(tr("&Edit Template…"), left);
    edit->setObjectName(QStringLiteral("replyEditTemplate"));
    connect(edit, &QPushButton::clicked, this, &ReplyDialog::editTemplate);
    leftLayout->addWidget(edit, 0, Qt::AlignLeft);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *headers = new QFormLayout;
    m_from = new QLabel(right);
    m_from->setObjectName(QStringLiteral("replyFrom"));
    m_from->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_to = new QLabel(right);
    m_to->setObjectName(QStringLiteral("replyTo"));
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_to->setWordWrap(true);
    m_subject = new QLineEdit(right);
    m_subject->setObjectName(QStringLiteral("replySubject"));
    headers->addRow(tr("From:"), m_from);
    headers->addRow(tr("To:"), m_to);
    headers->addRow(tr("&Subject:"), m_subject);
    rightLayout->addLayout(headers);
    m_body = new QPlainTextEdit(right);
    m_body->setObjectName(QStringLiteral("replyBody"));
    m_body->setAccessibleName(tr("Reply text"));
    // Wrapped on screen only: the mail keeps the template's lines.
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    rightLayout->addWidget(m_body, 1);
    m_errors = new QLabel(right);
    m_errors->setObjectName(QStringLiteral("replyErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    paintWarning(m_errors);
    m_errors->hide();
    rightLayout->addWidget(m_errors);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({ 330, 770 });

    auto *bottom = new QHBoxLayout;
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("replyDone"));
    m_done->setWordWrap(true);
    bottom->addWidget(m_done, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save &Draft…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("replySaveDraft"));
    m_save->setToolTip(tr("Save the reply as an .eml draft and keep it in the case timeline"));
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("replyCopy"));
    m_copy->setToolTip(
        tr("Copy the subject and text to the clipboard and keep the reply in the case timeline"));
    m_mail = buttons->addButton(tr("Open in &Mail Program"), QDialogButtonBox::ActionRole);
    m_mail->setObjectName(QStringLiteral("replyMailProgram"));
    m_mail->setToolTip(
        tr("Start a new mail in the system's mail program and keep the reply in the case timeline"));
    connect(m_save, &QPushButton::clicked, this, &ReplyDialog::saveDraft);
    connect(m_copy, &QPushButton::clicked, this, &ReplyDialog::copyToClipboard);
    connect(m_mail, &QPushButton::clicked, this, &ReplyDialog::openInMailProgram);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_templates, &QListWidget::currentRowChanged, this, &ReplyDialog::render);
    connect(m_includeIdentifying, &QCheckBox::toggled, this, &ReplyDialog::render);
    connect(m_deadline, &QSpinBox::valueChanged, this, &ReplyDialog::render);
    loadTemplates();
}

void ReplyDialog::loadTemplates(const QString &select)
{
    const QSignalBlocker blocker(m_templates);
    m_templates->clear();
    QList<replies::ReplyTemplate> list = replies::ReplyTemplateStore(m_database).templates();
    std::stable_sort(
        list.begin(), list.end(), [this](const replies::ReplyTemplate &a, const replies::ReplyTemplate &b) {
            return a.categories.contains(m_category) && !b.categories.contains(m_category);
        });
    int row = -1;
    const QString language = m_language ? m_language->currentData().toString() : QString();
    for (const replies::ReplyTemplate &t : list) {
        const QString own = replies::ReplyTemplate::languageOf(t.name);
        if (!language.isEmpty() && !own.isEmpty() && own != language)
            continue;
        auto *item = new QListWidgetItem(t.title, m_templates);
        item->setData(Qt::UserRole, t.name);
        item->setToolTip(
            tr("%1 — to the %2").arg(t.name, t.isForComplainant() ? tr("complainant") : tr("list owner")));
        if (t.categories.contains(m_category)) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (t.name == select || (select.isEmpty() && row < 0))
            row = m_templates->count() - 1;
    }
    m_templates->setCurrentRow(row);
    render();
}

bool ReplyDialog::selectTemplate(const QString &name)
{
    for (int row = 0; row < m_templates->count(); ++row) {
        if (m_templates->item(row)->data(Qt::UserRole).toString() == name) {
            m_templates->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ReplyDialog::render()
{
    m_done->clear();
    QListWidgetItem *item = m_templates->currentItem();
    const std::optional<replies::ReplyTemplate> t = item
        ? replies::ReplyTemplateStore(m_database).find(item->data(Qt::UserRole).toString())
        : std::nullopt;
    if (!t) {
        m_reply = {};
        m_body->clear();
        m_subject->clear();
        showError(tr("Choose a template."));
        return;
    }
    replies::ReplyOptions options;
    options.analyst = m_author;
    options.includeIdentifying = m_includeIdentifying->isChecked();
    options.deadlineDays = m_deadline->value();
    m_reply = replies::ReplyComposer(m_database).compose(m_caseId, *t, options);
    const replies::ReplyDraft &d = m_reply.draft;
    m_from->setText(
        d.from.isEmpty() ? tr("(no desk address)") : QStringLiteral("%1 <%2>").arg(d.fromName, d.from));
    m_to->setText(m_reply.ok() && d.to.isEmpty() ? tr("(no contact: fill it in in the mail program)")
                                                 : d.to.join(QStringLiteral(", ")));
    m_subject->setText(d.subject);
    m_body->setPlainText(d.body);
    showError(m_reply.ok() ? QString()
                           : tr("This template cannot be used until it is fixed (Edit Template…):\n%1")
                                 .arg(m_reply.errors.join(QLatin1Char('\n'))));
}

void ReplyDialog::showError(const QString &text)
{
    m_errors->setText(text);
    m_errors->setVisible(!text.isEmpty());
    const bool ok = text.isEmpty();
    m_body->setEnabled(ok);
    m_subject->setEnabled(ok);
    for (QPushButton *b : { m_save, m_copy, m_mail })
        b->setEnabled(ok);
}

replies::ComposedReply ReplyDialog::edited() const
{
    replies::ComposedReply r = m_reply;
    r.draft.subject = m_subject->text().simplified();
    r.draft.body = m_body->toPlainText();
    return r;
}

bool ReplyDialog::recordReply(
    const replies::ComposedReply &reply, const QString &via, const QString &messageId)
{
    cases::CaseStore store(m_database);
    if (!replies::ReplyComposer::record(store, m_caseId, m_author, reply, via, messageId)) {
        showError(tr("The reply was not kept in the case timeline: %1").arg(store.lastError()));
        return false;
    }
    Q_EMIT replied();
    return true;
}

void ReplyDialog::saveDraft()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::saveFileName(this, tr("Save Reply Draft"),
        QDir(folder).filePath(QStringLiteral("case-%1-%2.eml").arg(m_caseId).arg(m_reply.source.name)),
        tr("Mail drafts (*.eml)"));
    if (!path.isEmpty())
        saveDraftTo(path);
}

bool ReplyDialog::saveDraftTo(const QString &path)
{
    if (!m_reply.ok())
        return false;
    const replies::ComposedReply reply = edited();
    QString messageId;
    const QByteArray eml = reply.draft.toEml(&messageId);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(eml) != eml.size() || !file.commit()) {
        showError(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (!recordReply(reply, QStringLiteral("eml"), messageId))
        return false;
    m_done->setText(tr("Saved to %1 and kept in the case timeline.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReplyDialog::copyToClipboard()
{
    if (!m_reply.ok())
        return;
    const replies::ComposedReply reply = edited();
    QApplication::clipboard()->setText(
        tr("Subject: %1").arg(reply.draft.subject) + QStringLiteral("\n\n") + reply.draft.body);
    if (recordReply(reply, QStringLiteral("clipboard")))
        m_done->setText(tr("Copied to the clipboard and kept in the case timeline."));
}

void ReplyDialog::openInMailProgram()
{
    if (!m_reply.ok())
        return;
    const replies::ComposedReply reply = edited();
    if (!QDesktopServices::openUrl(reply.draft.toMailto())) {
        showError(tr("No mail program could be started. Save the draft or copy the text instead."));
        return;
    }
    if (recordReply(reply, QStringLiteral("mail-client")))
        m_done->setText(tr("Handed to the mail program and kept in the case timeline."));
}

void ReplyDialog::editTemplate()
{
    QListWidgetItem *item = m_templates->currentItem();
    auto *editor = new TemplateEditorDialog(
        m_database, m_caseId, item ? item->data(Qt::UserRole).toString() : QString(), m_author, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &TemplateEditorDialog::saved, this, [this](const QString &name) { loadTemplates(name); });
    editor->open();
}

} // namespace abusedesk::gui
