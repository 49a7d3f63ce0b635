// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include "kb/itemmodels.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Flexwonen::Ui {

namespace {
Language g_current = Language::Dutch;

std::optional<Language> fromSource(const QString &code, const char *source)
{
    if (code.isEmpty())
        return std::nullopt;
    const std::optional<Language> language = languageFromCode(code);
    if (!language)
        qWarning("flexwonen: onbekende taal '%s' in %s (nl of en); genegeerd", qUtf8Printable(code),
                 source);
    return language;
}
} // namespace

QString languageCode(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("nl");
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("nl") || c.startsWith(QLatin1String("nl_")))
        return Language::Dutch;
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")))
        return Language::English;
    return std::nullopt;
}

QLocale localeFor(Language language)
{
    return language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                         : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

Language chooseLanguage(const QString &commandLine, const QString &saved)
{
    if (const auto language = fromSource(commandLine, "--lang"))
        return *language;
    if (const auto language = fromSource(qEnvironmentVariable("FLEXWONEN_LANG"), "FLEXWONEN_LANG"))
        return *language;
    return fromSource(saved, "de instellingen").value_or(Language::Dutch);
}

void installLanguage(QCoreApplication &app, Language language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    Kb::setDisplayLocale(locale);
    g_current = language;

    // Qt's own texts (dialog buttons, context menus): Qt's source language is English, so only
    // Dutch needs qtbase_nl.qm (Debian: qt6-translations-l10n).
    if (language == Language::Dutch) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        return; // our strings are Dutch already
    }
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/flexwonen_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        qWarning("flexwonen: :/i18n/flexwonen_en.qm ontbreekt; de interface blijft Nederlands");
}

Language currentLanguage()
{
    return g_current;
}

} // namespace Flexwonen::Ui
