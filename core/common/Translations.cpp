// SPDX-License-Identifier: GPL-2.0-or-later
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>
#include <vector>

namespace abusedesk::common {

namespace {

struct Installed
{
    QString language = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList Translations::available()
{
    // The complete ones (CMake's ABUSEDESK_LANGUAGES), English first.
    static const QStringList languages
        = QString::fromLatin1(ABUSEDESK_LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return languages;
}

QString Translations::nativeName(const QString &language)
{
    // QLocale names some languages by their region's variety ("español de España").
    if (language == u"es")
        return QStringLiteral("Español");
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString Translations::systemLanguage(const QLocale &locale)
{
    const QStringList shipped = available();
    for (const QString &ui : locale.uiLanguages()) {
        const QString language = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString &requested)
{
    Installed &state = installed();
    for (const auto &t : state.translators)
        QCoreApplication::removeTranslator(t.get());
    state.translators.clear();

    const QString language = available().contains(requested) ? requested : systemLanguage();
    auto load = [&](const QString &file, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, folder) && QCoreApplication::installTranslator(translator.get()))
            state.translators.push_back(std::move(translator));
    };
    // English plurals ("1 item", "2 items") come from their own catalogue, the rest from the source.
    load(QStringLiteral("abusedesk_") + language, catalogueFolder());
    if (language != u"en")
        load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Numbers and dates: a language chosen over the system's brings its conventions; otherwise the
    // system's locale stays in charge.
    if (language == requested && QLocale::system().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
    else
        QLocale::setDefault(QLocale::system());
    state.language = language;
    return language;
}

QString Translations::catalogueFolder()
{
    // qt_add_translations (translations/CMakeLists.txt) puts them under its prefix and folder.
    return QStringLiteral(":/i18n/translations");
}

QString Translations::current()
{
    return installed().language;
}

} // namespace abusedesk::common
