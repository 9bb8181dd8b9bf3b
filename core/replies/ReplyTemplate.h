// SPDX-License-Identifier: GPL-2.0-or-later
// A reply template (design.md §4.7): a subject and a body in KTextTemplate syntax, for a
// complainant or a list owner, suggested for some case categories. The shipped library lives in
// the program's resources (resources/templates); the case database holds the analyst's copies.
// As a file it reads like a mail: "Name:", "Title:", "Audience:", "Categories:" and "Subject:"
// lines, an empty line, then the body.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace abusedesk::replies {

struct ReplyTemplate
{
    QString name; ///< the key: lower-case letters, digits and dashes ("education-complaint-rate")
    QString title; ///< in words, for the analyst
    QString audience = QStringLiteral("list-owner"); ///< "list-owner" or "complainant"
    QStringList categories; ///< the case categories it suits (CaseStore::categories())
    QString subject;
    QString body;
    bool shipped = false; ///< as shipped with the program, not edited

    [[nodiscard]] bool isForComplainant() const { return audience == QLatin1String("complainant"); }
    [[nodiscard]] bool operator==(const ReplyTemplate &other) const = default;

    /// The file form (UTF-8).
    [[nodiscard]] QByteArray toFile() const;
    /// Reads the file form; on failure returns nothing and error says what is wrong and where.
    [[nodiscard]] static std::optional<ReplyTemplate> fromFile(
        const QByteArray &bytes, QString *error = nullptr);
    /// Empty when the template can be stored, else what is wrong with it.
    [[nodiscard]] QString problem() const;

    /// The templates shipped with the program, in the order the analyst meets them.
    [[nodiscard]] static const QList<ReplyTemplate> &shippedTemplates();
    /// The language of a shipped template ("en"; "de" for "warning-de", the German set's name of
    /// "warning"), or an empty string for the analyst's own templates, which serve any language.
    [[nodiscard]] static QString languageOf(const QString &name);
    [[nodiscard]] static const QStringList &audiences();
};

} // namespace abusedesk::replies
