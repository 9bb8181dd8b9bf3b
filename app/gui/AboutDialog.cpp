// SPDX-License-Identifier: GPL-2.0-or-later
#include "AboutDialog.h"

#include "common/BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace abusedesk::gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About AbuseDesk"));
    using namespace abusedesk::common;
    m_versions = tr("AbuseDesk %1\nQt %2\nKMime %3\nSQLite %4")
                     .arg(applicationVersion(), qtRuntimeVersion(), kmimeVersion(), sqliteVersion());

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/abusedesk.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(tr("<h2>AbuseDesk %1</h2>"
                     "<p>A workbench for the abuse desk of an email sender: complaints, feedback loops, "
                     "bounces and delivery logs tied to the list owner who caused them.</p>")
                      .arg(applicationVersion())
        + QStringLiteral("<p>")
        + m_versions.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
        + QStringLiteral("</p>"));
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_versions); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace abusedesk::gui
