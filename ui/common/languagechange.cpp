// SPDX-License-Identifier: EUPL-1.2
#include "languagechange.h"

#include <QEvent>
#include <QWidget>

namespace Flexwonen::Ui {

namespace {

// Watches one widget for LanguageChange; owned by it.
class LanguageFollower final : public QObject
{
public:
    LanguageFollower(QWidget *widget, std::function<void()> setTexts)
        : QObject(widget)
        , m_setTexts(std::move(setTexts))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == parent())
            m_setTexts();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_setTexts;
};

} // namespace

void followLanguage(QWidget *widget, std::function<void()> setTexts)
{
    setTexts();
    onLanguageChange(widget, std::move(setTexts));
}

void onLanguageChange(QWidget *widget, std::function<void()> setTexts)
{
    new LanguageFollower(widget, std::move(setTexts));
}

} // namespace Flexwonen::Ui
