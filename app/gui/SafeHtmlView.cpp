// SPDX-License-Identifier: GPL-2.0-or-later
#include "SafeHtmlView.h"

namespace abusedesk::gui {

SafeHtmlView::SafeHtmlView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

void SafeHtmlView::showHtml(const QString &html)
{
    m_refused = 0;
    setHtml(html);
}

QVariant SafeHtmlView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_refused;
    return {};
}

} // namespace abusedesk::gui
