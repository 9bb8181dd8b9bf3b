// SPDX-License-Identifier: GPL-2.0-or-later
// The program's languages (issue 9): English is the source; German, French and Spanish ship as
// compiled catalogues in the resources (catalogueFolder()), with Qt's own catalogues for
// its standard dialogs where the system has them. The program and the command line call install()
// once at start and again when the analyst picks another language.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace abusedesk::common {

class Translations
{
public:
    /// The languages that ship, as ISO 639-1 codes, English first.
    [[nodiscard]] static QStringList available();
    /// A language's name in that language ("Deutsch").
    [[nodiscard]] static QString nativeName(const QString &language);
    /// The shipped language the system's locale asks for (its first UI language that ships),
    /// English otherwise.
    [[nodiscard]] static QString systemLanguage(const QLocale &locale = QLocale::system());
    /// Installs the catalogues of a language (empty: the system's) in place of any installed
    /// before, and makes it the default locale's language for numbers and dates. Returns the
    /// language now in use.
    static QString install(const QString &language = {});
    /// Where the compiled catalogues are in the resources.
    [[nodiscard]] static QString catalogueFolder();
    /// The language install() put in place last ("en" before any).
    [[nodiscard]] static QString current();
};

} // namespace abusedesk::common
