// SPDX-License-Identifier: EUPL-1.2
#include "appearancepage.h"

#include "common/languagechange.h"
#include "common/plaintext.h"
#include "language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace Flexwonen::Ui {

namespace {
constexpr int PercentPerStep = 10;
}

AppearancePage::AppearancePage(Settings::Preferences &preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("AppearancePage"));
    auto *form = new QFormLayout(this);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language under its own name, whatever the interface language.
    m_language->addItem(QStringLiteral("Nederlands"), languageCode(Language::Dutch));
    m_language->addItem(QStringLiteral("English"), languageCode(Language::English));
    QLabel *languageLabel = plainLabel(QString(), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    QLabel *contentNote = plainLabel(QString(), this);
    form->addRow(QString(), contentNote);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    for (Settings::Theme theme : {Settings::Theme::System, Settings::Theme::Light,
                                  Settings::Theme::Dark, Settings::Theme::HighContrast})
        m_theme->addItem(QString(), int(theme));
    QLabel *themeLabel = plainLabel(QString(), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);

    m_textSize = new QSpinBox(this);
    m_textSize->setObjectName(QStringLiteral("textSize"));
    m_textSize->setRange(100 + PercentPerStep * Settings::AppearancePreferences::MinTextSteps,
                         100 + PercentPerStep * Settings::AppearancePreferences::MaxTextSteps);
    m_textSize->setSingleStep(PercentPerStep);
    m_textSize->setSuffix(QStringLiteral(" %"));
    QLabel *sizeLabel = plainLabel(QString(), this);
    sizeLabel->setBuddy(m_textSize);
    form->addRow(sizeLabel, m_textSize);

    followLanguage(this, [=, this] {
        languageLabel->setText(tr("&Taal:"));
        m_language->setAccessibleDescription(tr("De taal van menu's, vensters en meldingen."));
        contentNote->setText(tr("De inhoud van de kennisbank en de rapporten blijven Nederlands."));
        themeLabel->setText(tr("T&hema:"));
        m_theme->setItemText(0, tr("Zoals het systeem"));
        m_theme->setItemText(1, tr("Licht"));
        m_theme->setItemText(2, tr("Donker"));
        m_theme->setItemText(3, tr("Hoog contrast"));
        m_theme->setAccessibleDescription(
            tr("De kleuren van het venster; rapporten blijven licht, zoals ze worden gedrukt."));
        sizeLabel->setText(tr("Te&kstgrootte:"));
        m_textSize->setAccessibleDescription(
            tr("De grootte van de tekst in de lezer, ook met Ctrl+plus en Ctrl+min."));
    });
    load();
    connect(m_language, &QComboBox::activated, this,
            [this] { m_preferences.setLanguage(m_language->currentData().toString()); });
    connect(m_theme, &QComboBox::activated, this, [this] {
        Settings::AppearancePreferences a = m_preferences.appearance();
        a.theme = Settings::Theme(m_theme->currentData().toInt());
        m_preferences.setAppearance(a);
    });
    connect(m_textSize, &QSpinBox::valueChanged, this, [this](int percent) {
        Settings::AppearancePreferences a = m_preferences.appearance();
        a.textSteps = (percent - 100) / PercentPerStep;
        m_preferences.setAppearance(a);
    });
    connect(&m_preferences, &Settings::Preferences::appearanceChanged, this, &AppearancePage::load);
}

void AppearancePage::load()
{
    const Settings::AppearancePreferences a = m_preferences.appearance();
    const QSignalBlocker blockTheme(m_theme);
    const QSignalBlocker blockSize(m_textSize);
    m_theme->setCurrentIndex(m_theme->findData(int(a.theme)));
    m_textSize->setValue(100 + PercentPerStep * a.textSteps);
    const QSignalBlocker blockLanguage(m_language);
    m_language->setCurrentIndex(m_language->findData(languageCode(currentLanguage())));
}

} // namespace Flexwonen::Ui
