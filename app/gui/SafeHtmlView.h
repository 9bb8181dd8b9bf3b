// SPDX-License-Identifier: GPL-2.0-or-later
// Shows the HTML of hostile mail: no remote content, no images, no links followed, no scripts
// (QTextBrowser runs none). Evidence must never call home to a spammer's tracker.
#pragma once

#include <QTextBrowser>

namespace abusedesk::gui {

class SafeHtmlView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeHtmlView(QWidget *parent = nullptr);
    /// How many resources (images, style sheets …) the last document asked for and was refused.
    [[nodiscard]] int refusedResources() const { return m_refused; }
    void showHtml(const QString &html);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};

} // namespace abusedesk::gui
