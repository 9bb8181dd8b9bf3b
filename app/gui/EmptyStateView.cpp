// SPDX-License-Identifier: GPL-2.0-or-later
#include "EmptyStateView.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace abusedesk::gui {

EmptyStateView::EmptyStateView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    // A centred column of readable width; the word-wrapped text gets the height it needs at
    // any window width (alignment flags on a wrapped label would defeat height-for-width).
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 32, 48, 32);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    outer->addLayout(row);
    outer->addStretch(2);
    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/abusedesk.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);

    auto *title = new QLabel(tr("This case database is empty"), column);
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);

    // Rich text uses only the palette's colours, so it reads in light and dark themes alike.
    auto *body = new QLabel(column);
    body->setObjectName(QStringLiteral("emptyStateBody"));
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setMinimumWidth(420);
    body->setText(tr(
        "<p>AbuseDesk works from the evidence you import. Bring in:</p>"
        "<ul>"
        "<li><b>Role-account mail</b> from abuse@, postmaster@, hostmaster@, privacy@, legal@ and "
        "webmaster@, exported as mbox files, EML files or Maildir folders;</li>"
        "<li><b>Feedback-loop reports</b> (ARF) and <b>bounces</b> that reached those accounts;</li>"
        "<li><b>Delivery logs</b>: Postfix and Exim logs, PowerMTA accounting files and your application's "
        "send logs, so that complaint and bounce rates have their denominators;</li>"
        "<li><b>Customers</b>: your list owners with their sending IPs and domains, so that every "
        "report can be tied to the customer who caused it.</li>"
        "</ul>"
        "<p><b>Drop files or folders onto this window</b>, or use File ▸ Import Files… (Ctrl+I) and "
        "Import Folder… (Ctrl+Shift+I); on the command line: <code>abusedesk-cli import --db FILE "
        "PATH…</code>. "
        "Nothing you import is ever changed, and importing the same files twice stores nothing twice.</p>"));
    layout->addWidget(body);

    m_location = new QLabel(column);
    m_location->setObjectName(QStringLiteral("emptyStateLocation"));
    m_location->setAlignment(Qt::AlignHCenter);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setForegroundRole(QPalette::PlaceholderText);
    m_location->setWordWrap(true);
    layout->addWidget(m_location);
}

void EmptyStateView::setDatabasePath(const QString &path)
{
    m_location->setText(tr("Case database: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace abusedesk::gui
