// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <optional>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Flexwonen::Ui {

// The interface language. Dutch is the source language of every tr() string; English is a
// translation (:/i18n/flexwonen_en.qm). The knowledge base content stays Dutch either way.
enum class Language { Dutch, English };

QString languageCode(Language language); // "nl", "en"
std::optional<Language> languageFromCode(const QString &code);
QLocale localeFor(Language language); // nl_NL, en_GB

// --lang beats FLEXWONEN_LANG beats saved, the language preference; the default is Dutch
// whatever the system locale. An unknown code is ignored with a warning.
Language chooseLanguage(const QString &commandLine, const QString &saved);

// Installs the app's and Qt's translators (children of app), sets the default locale and the
// locale of the lists' dates, and remembers the language as currentLanguage().
void installLanguage(QCoreApplication &app, Language language);
// Changes the interface language of the running app: removes the translators installed before
// (ours and Qt's), installs the new ones as installLanguage() does. Qt then sends
// QEvent::LanguageChange to every widget, which retranslates itself (changeEvent). The choice is
// not saved; that is the caller's.
void switchLanguage(QCoreApplication &app, Language language);
// What installLanguage() or switchLanguage() set up; Dutch before any call (tests, the CLI).
Language currentLanguage();

} // namespace Flexwonen::Ui
