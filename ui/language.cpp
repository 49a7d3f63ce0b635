// SPDX-License-Identifier: EUPL-1.2
#include "language.h"

#include "kb/itemmodels.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Flexwonen::Ui {

namespace {
Language g_current = Language::Dutch;

// The translators installLanguage() installed, so that a switch can take them out again.
// QPointer: whoever owns the application (a test) may delete them first.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

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
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installedTranslators().append(qt);
        } else
            delete qt;
        return; // our strings are Dutch already
    }
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/flexwonen_en.qm"))) {
        QCoreApplication::installTranslator(own);
        installedTranslators().append(own);
    } else {
        delete own;
        qWarning("flexwonen: :/i18n/flexwonen_en.qm ontbreekt; de interface blijft Nederlands");
    }
}

void switchLanguage(QCoreApplication &app, Language language)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installedTranslators().clear();
    installLanguage(app, language);
    // Dutch has no translator of ours, and Qt's may be missing: Qt only announces a change when
    // a translator comes or goes, so say it here too (Qt folds the events into one per widget).
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&app, &change);
}

Language currentLanguage()
{
    return g_current;
}

} // namespace Flexwonen::Ui
