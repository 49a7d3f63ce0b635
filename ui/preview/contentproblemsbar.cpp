// SPDX-License-Identifier: EUPL-1.2
#include "contentproblemsbar.h"

#include "common/languagechange.h"
#include "common/plaintext.h"

#include <QFontMetrics>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

ContentProblemsBar::ContentProblemsBar(QWidget *parent)
    : QToolBar(parent)
    , m_heading(plainLabel(QString()))
    , m_list(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("contentProblemsBar"));
    setMovable(false);
    setFloatable(false);
    // WindowKeys makes a visible bar with this mark one of the panes F6 cycles through.
    setProperty("flexwonenPane", true);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(2);
    m_heading->setObjectName(QStringLiteral("contentProblemsHeading"));
    m_heading->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("contentProblemsList"));
    m_list->setReadOnly(true);
    m_list->setTabChangesFocus(true);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // A few lines; a longer list scrolls rather than pushing the content out of sight.
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5 + 12);
    m_heading->setBuddy(m_list);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // full width
    addWidget(box);
    followLanguage(this, [this] { retranslate(); });
    hide();
}

void ContentProblemsBar::retranslate()
{
    setWindowTitle(tr("Fouten in de inhoudsmap"));
    m_heading->setText(tr("De inhoudsmap bevat fouten; het venster toont de laatste versie "
                          "zonder fouten. Herstel het bestand en sla het op (F6: naar deze "
                          "lijst)."));
    m_list->setAccessibleName(tr("Fouten in de inhoudsmap"));
}

void ContentProblemsBar::setProblems(const QStringList &problems)
{
    m_problems = problems;
    // setPlainText: the file names and quoted content are never markup.
    m_list->setPlainText(problems.join(QLatin1Char('\n')));
    setVisible(!problems.isEmpty());
}

} // namespace Flexwonen::Ui
