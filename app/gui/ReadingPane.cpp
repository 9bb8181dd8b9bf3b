// SPDX-License-Identifier: GPL-2.0-or-later
#include "ReadingPane.h"

#include "Dialogs.h"
#include "SafeHtmlView.h"
#include "mail/KMimeLock.h"
#include "mail/MessageAnalyzer.h"

#include <KMime/Message>
#include <KMime/Util>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace abusedesk::gui {

namespace {

constexpr int MaxMimeDepth = 64;

QPlainTextEdit *makeTextView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

void addJson(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &key, const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addJson(item, tree, it.key(), it.value());
        item->setExpanded(true);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bool scalars = true;
        QStringList texts;
        for (const QJsonValue &v : array) {
            scalars = scalars && !v.isObject() && !v.isArray();
            texts.append(v.toVariant().toString());
        }
        if (scalars) {
            item->setText(1, texts.join(QStringLiteral(", ")));
        } else {
            for (qsizetype i = 0; i < array.size(); ++i)
                addJson(item, tree, QString::number(i + 1), array.at(i));
            item->setExpanded(true);
        }
    } else if (value.isBool()) {
        item->setText(1, value.toBool() ? ReadingPane::tr("yes") : ReadingPane::tr("no"));
    } else if (value.isNull()) {
        item->setText(1, ReadingPane::tr("—"));
    } else {
        item->setText(1, value.toVariant().toString());
    }
    item->setToolTip(1, item->text(1));
}

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

QString mimeType(KMime::Content *content)
{
    const auto *ct = content->contentType(false);
    return ct ? QString::fromLatin1(ct->mimeType()) : QStringLiteral("text/plain");
}

QString fileName(KMime::Content *content)
{
    if (const auto *cd = content->contentDisposition(false); cd && !cd->filename().isEmpty())
        return cd->filename();
    if (const auto *ct = content->contentType(false))
        return ct->name();
    return {};
}

} // namespace

ReadingPane::ReadingPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readingPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("readingTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_title, 1);
    m_saveOriginal = new QPushButton(tr("Save &Original As…"), this);
    m_saveOriginal->setObjectName(QStringLiteral("saveOriginal"));
    m_saveOriginal->setToolTip(tr("Save the message exactly as it was imported, byte for byte"));
    connect(m_saveOriginal, &QPushButton::clicked, this, &ReadingPane::saveOriginal);
    top->addWidget(m_saveOriginal, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_customer = new QLabel(this);
    m_customer->setObjectName(QStringLiteral("readingCustomer"));
    m_customer->setAccessibleName(tr("Customer and why"));
    m_customer->setWordWrap(true);
    m_customer->setTextFormat(Qt::RichText);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_customer->setFrameShape(QFrame::StyledPanel);
    m_customer->setMargin(4);
    m_customer->hide();
    layout->addWidget(m_customer);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("readingTabs"));
    m_facts = new QTreeWidget(this);
    m_facts->setObjectName(QStringLiteral("readingFacts"));
    m_facts->setAccessibleName(tr("Facts"));
    m_facts->setHeaderLabels({ tr("Fact"), tr("Value") });
    m_facts->header()->resizeSection(0, 200);
    m_tabs->addTab(m_facts, tr("&Facts"));
    m_original = makeTextView(this, QStringLiteral("readingOriginal"));
    m_original->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tabs->addTab(m_original, tr("&Original"));
    m_headers = makeTextView(this, QStringLiteral("readingHeaders"));
    m_tabs->addTab(m_headers, tr("&Headers"));
    m_structure = new QTreeWidget(this);
    m_structure->setObjectName(QStringLiteral("readingStructure"));
    m_structure->setHeaderLabels({ tr("Part"), tr("Name"), tr("Size") });
    m_structure->header()->resizeSection(0, 260);
    m_tabs->addTab(m_structure, tr("&Structure"));
    m_text = makeTextView(this, QStringLiteral("readingText"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tabs->addTab(m_text, tr("&Text"));
    m_html = new SafeHtmlView(this);
    m_html->setObjectName(QStringLiteral("readingHtml"));
    m_tabs->addTab(m_html, tr("HT&ML"));
    m_raw = makeTextView(this, QStringLiteral("readingRaw"));
    // KDE's "Email" syntax colours header names, quoting and MIME boundaries in the raw source.
    m_rawHighlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_raw->document());
    m_rawHighlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("Email")));
    m_tabs->addTab(m_raw, tr("&Raw Source"));

    auto *attachmentsPage = new QWidget(this);
    auto *attachmentsLayout = new QVBoxLayout(attachmentsPage);
    m_attachments = new QTreeWidget(attachmentsPage);
    m_attachments->setObjectName(QStringLiteral("readingAttachments"));
    m_attachments->setHeaderLabels({ tr("Name"), tr("Type"), tr("Size") });
    m_attachments->setRootIsDecorated(false);
    attachmentsLayout->addWidget(m_attachments);
    auto *attachmentNote
        = new QLabel(tr("Attachments are evidence from strangers: they can be saved, never opened here."),
            attachmentsPage);
    attachmentNote->setWordWrap(true);
    attachmentsLayout->addWidget(attachmentNote);
    m_saveAttachment = new QPushButton(tr("Save &Attachment As…"), attachmentsPage);
    m_saveAttachment->setObjectName(QStringLiteral("saveAttachment"));
    connect(m_saveAttachment, &QPushButton::clicked, this, &ReadingPane::saveAttachment);
    attachmentsLayout->addWidget(m_saveAttachment, 0, Qt::AlignRight);
    m_tabs->addTab(attachmentsPage, tr("Attach&ments"));
    layout->addWidget(m_tabs, 1);
    clear();
}

void ReadingPane::clear()
{
    m_item = {};
    m_title->setText(tr("Select a message to read it."));
    m_saveOriginal->setEnabled(false);
    m_customer->clear();
    m_customer->hide();
    m_facts->clear();
    m_headers->clear();
    m_original->clear();
    m_structure->clear();
    m_text->clear();
    m_html->showHtml(QString());
    m_raw->clear();
    m_attachments->clear();
    m_attachmentBytes.clear();
    m_saveAttachment->setEnabled(false);
}

void ReadingPane::showItem(const storage::EvidenceItem &item)
{
    clear();
    if (item.row.id == 0)
        return;
    m_item = item;
    const QLocale locale;
    m_title->setText(tr("<b>%1</b><br>%2 · %3 · %4 bytes from %5")
            .arg(item.row.subject.isEmpty() ? tr("(no subject)") : item.row.subject.toHtmlEscaped(),
                item.row.kind, item.row.fromAddress.toHtmlEscaped(), locale.toString(item.row.size),
                QStringLiteral("%1#%2").arg(item.row.sourcePath).arg(item.row.sourceOffset).toHtmlEscaped()));
    m_saveOriginal->setEnabled(true);

    const QJsonObject facts = QJsonDocument::fromJson(item.factsJson).object();
    for (auto it = facts.constBegin(); it != facts.constEnd(); ++it)
        addJson(nullptr, m_facts, it.key(), it.value());

    // The raw source is shown as received; bytes that are not UTF-8 appear as replacement marks.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_rawHighlighter->setTheme(syntaxRepository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    m_raw->setPlainText(QString::fromUtf8(item.raw.left(4 * 1024 * 1024)));

    bool tooDeep = false;
    // Imports may be parsing mail on other threads meanwhile: see KMimeLock.
    const mail::KMimeLock kmimeLock(item.raw);
    const KMime::Message::Ptr parsed = mail::MessageAnalyzer::parseSafely(item.raw, &tooDeep);
    KMime::Message &message = *parsed;
    m_headers->setPlainText(QString::fromUtf8(message.head()));
    if (tooDeep)
        return;

    addMimeNode(nullptr, &message, 0);
    m_structure->expandAll();
    if (KMime::Content *text = message.textContent();
        text && mimeType(text).compare(QLatin1String("text/plain"), Qt::CaseInsensitive) == 0)
        m_text->setPlainText(text->decodedText());
    // The first part of a type, depth-first, without following attached messages' insides.
    std::function<KMime::Content *(KMime::Content *, const QStringList &, int)> findPart
        = [&](KMime::Content *c, const QStringList &types, int depth) -> KMime::Content * {
        if (depth > MaxMimeDepth)
            return nullptr;
        if (types.contains(mimeType(c), Qt::CaseInsensitive))
            return c;
        for (KMime::Content *child : c->contents())
            if (KMime::Content *found = findPart(child, types, depth + 1))
                return found;
        return nullptr;
    };
    // The complained-about or bounced original, attached whole or as its headers.
    if (KMime::Content *original = findPart(&message,
            { QStringLiteral("message/rfc822"), QStringLiteral("message/global"),
                QStringLiteral("text/rfc822-headers") },
            0)) {
        if (const auto inner = original->bodyAsMessage()) {
            const KMime::Content *innerText = inner->textContent();
            m_original->setPlainText(QString::fromUtf8(inner->head()) + QLatin1Char('\n')
                + (innerText ? innerText->decodedText() : QString()));
        } else {
            m_original->setPlainText(original->decodedText());
        }
    } else {
        m_original->setPlainText(tr("This message carries no original message (no message/rfc822 or "
                                    "text/rfc822-headers part)."));
    }
    // The first HTML part, shown without anything remote.
    const auto findHtml
        = [&](KMime::Content *c, int depth) { return findPart(c, { QStringLiteral("text/html") }, depth); };
    if (KMime::Content *html = findHtml(&message, 0)) {
        m_html->showHtml(html->decodedText());
        if (m_text->toPlainText().isEmpty())
            m_text->setPlainText(m_html->toPlainText());
    }
    for (KMime::Content *attachment : message.attachments()) {
        const QByteArray bytes = attachment->decodedContent();
        auto *row = new QTreeWidgetItem(m_attachments,
            { fileName(attachment).isEmpty() ? tr("(unnamed)") : fileName(attachment), mimeType(attachment),
                locale.formattedDataSize(bytes.size()) });
        row->setData(0, Qt::UserRole, int(m_attachmentBytes.size()));
        m_attachmentBytes.append(bytes);
    }
    m_saveAttachment->setEnabled(!m_attachmentBytes.isEmpty());
    if (!m_attachmentBytes.isEmpty())
        m_attachments->setCurrentItem(m_attachments->topLevelItem(0));
}

void ReadingPane::showExplanation(const attribution::Explanation &explanation)
{
    if (!explanation.found) {
        m_customer->hide();
        return;
    }
    const auto list = [](const QStringList &lines) {
        QString html;
        for (const QString &line : lines)
            html += QStringLiteral("<br>• ") + line.toHtmlEscaped();
        return html;
    };
    QString html;
    if (explanation.customerId != 0) {
        const QString who = explanation.customerExternalId.isEmpty()
            ? explanation.customerName.toHtmlEscaped()
            : tr("%1 (%2)").arg(
                  explanation.customerName.toHtmlEscaped(), explanation.customerExternalId.toHtmlEscaped());
        html = tr("<b>Customer:</b> %1").arg(who) + list(explanation.lines);
    } else {
        html = tr("<b>Customer:</b> Unattributed — no rule names a customer.") + list(explanation.lines);
        html += explanation.clues.isEmpty()
            ? tr("<br><i>The message offers nothing that could name a customer.</i>")
            : tr("<br><i>Clues:</i> %1").arg(explanation.clues.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    if (explanation.stale)
        html += tr("<br><i>The rules now say otherwise; it is updated when the history is attributed again "
                   "(save a customer or the rules).</i>");
    m_customer->setText(html);
    m_customer->show();
}

void ReadingPane::addMimeNode(QTreeWidgetItem *parent, KMime::Content *content, int depth)
{
    if (depth > MaxMimeDepth)
        return;
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_structure);
    item->setText(0, mimeType(content));
    item->setText(1, fileName(content));
    item->setText(2, QLocale().formattedDataSize(content->size()));
    if (const auto inner = content->bodyAsMessage()) {
        addMimeNode(item, inner.data(), depth + 1);
        return;
    }
    for (KMime::Content *child : content->contents())
        addMimeNode(item, child, depth + 1);
}

void ReadingPane::saveOriginal()
{
    if (m_item.row.id == 0)
        return;
    const QString path = Dialogs::saveFileName(this, tr("Save Original As"),
        m_item.row.sha256.left(16) + QStringLiteral(".eml"), tr("Email messages (*.eml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_item.raw) != m_item.raw.size())
        Dialogs::showWarning(
            this, tr("Cannot save"), tr("Cannot write %1: %2.").arg(path, file.errorString()));
}

void ReadingPane::saveAttachment()
{
    const QTreeWidgetItem *current = m_attachments->currentItem();
    if (!current)
        return;
    const int index = current->data(0, Qt::UserRole).toInt();
    const QString path = Dialogs::saveFileName(
        this, tr("Save Attachment As"), QFileInfo(current->text(0)).fileName(), tr("All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(m_attachmentBytes.at(index)) != m_attachmentBytes.at(index).size())
        Dialogs::showWarning(
            this, tr("Cannot save"), tr("Cannot write %1: %2.").arg(path, file.errorString()));
}

} // namespace abusedesk::gui
