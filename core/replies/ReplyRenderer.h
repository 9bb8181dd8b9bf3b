// SPDX-License-Identifier: GPL-2.0-or-later
// Renders a reply template with KDE's KTextTemplate (Django syntax: {{ variables|filters }},
// {% if %}, {% for %} …) as plain text: no HTML escaping, lines holding only tags removed.
// KTextTemplate renders a variable it does not know as nothing; a blank in a mail to a customer
// is worse than no mail, so every variable the template uses is first checked against the known
// placeholders (the expressions parsed by KTextTemplate itself), and an unknown one is an error
// with its line, not an empty spot.
#pragma once

#include "replies/ReplyTemplate.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantHash>
#include <memory>

namespace KTextTemplate {
class Engine;
}

namespace abusedesk::replies {

struct RenderedReply
{
    QString subject;
    QString body;
    QStringList errors; ///< "Body, line 12: unknown placeholder “custmer.name”" …; empty when rendered

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
};

class ReplyRenderer
{
public:
    /// placeholders: the known paths, "customer.name"; "evidence.*.subject" for the items of a list.
    explicit ReplyRenderer(const QStringList &placeholders);
    ~ReplyRenderer();
    ReplyRenderer(const ReplyRenderer &) = delete;
    ReplyRenderer &operator=(const ReplyRenderer &) = delete;

    /// Syntax errors and unknown placeholders of a template, without rendering it.
    [[nodiscard]] QStringList problems(const ReplyTemplate &t) const;
    /// The subject (on one line) and body filled from values; nothing but errors when there are any.
    [[nodiscard]] RenderedReply render(const ReplyTemplate &t, const QVariantHash &values) const;

private:
    [[nodiscard]] QStringList problemsOf(const QString &text, const QString &part) const;
    [[nodiscard]] QString renderText(
        const QString &text, const QVariantHash &values, const QString &part, QStringList &errors) const;

    std::unique_ptr<KTextTemplate::Engine> m_engine;
    QSet<QString> m_known;
};

} // namespace abusedesk::replies
