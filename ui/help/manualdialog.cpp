// SPDX-License-Identifier: EUPL-1.2
#include "manualdialog.h"

#include "common/languagechange.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

QString ManualDialog::html()
{
    // Every piece is the app's own translated text; keys are named as the menus show them.
    const auto para = [](const QString &text) {
        return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
    };
    const auto heading = [](const QString &text) {
        return QStringLiteral("<h3>") + text.toHtmlEscaped() + QStringLiteral("</h3>");
    };
    QString html = QStringLiteral("<h2>") + tr("Flexwonen Kennisbank").toHtmlEscaped() +
                   QStringLiteral("</h2>");
    html += para(tr("De kennisbank van het Expertisecentrum Flexwonen voor Arbeidsmigranten: "
                    "regio's, dossiers, documenten, pilots, agenda en nieuws over goede "
                    "tijdelijke huisvesting van EU-arbeidsmigranten. Alles staat op uw eigen "
                    "computer en werkt ook zonder internet."));
    html += heading(tr("Drie manieren om te beginnen"));
    html += QStringLiteral("<ol><li>") +
            tr("Een regio bekijken: kies een regio op de kaart van de startpagina of in het "
               "paneel Regio's (Alt+1). U ziet de gemeenten, de kerncijfers, de afspraken en "
               "alles wat over die regio gaat.")
                .toHtmlEscaped() +
            QStringLiteral("</li><li>") +
            tr("De dossiers doorzoeken: druk op Ctrl+K, typ een woord (bijvoorbeeld "
               "‘keurmerk’ of een gemeente) en kies een suggestie, of druk op Enter voor alle "
               "resultaten in het paneel Zoekresultaten; de naam van een gemeente en Enter "
               "openen meteen haar regio. Daar kunt u filteren op soort en regio.")
                .toHtmlEscaped() +
            QStringLiteral("</li><li>") +
            tr("Een rapport maken: Bestand › Exporteren (Ctrl+E) maakt een PDF of ODT van het "
               "geopende onderwerp, een regio-overzicht of een eigen selectie; Afdrukken "
               "(Ctrl+P) drukt het af.")
                .toHtmlEscaped() +
            QStringLiteral("</li></ol>");
    html += heading(tr("Lezen en bewegen"));
    html += para(tr("Onderwerpen openen in de lezer rechts; met Ctrl+klik in een nieuw tabblad. "
                    "Terug en vooruit gaan met Alt+Links en Alt+Rechts. F6 springt tussen het "
                    "zoekveld, de panelen en de lezer; Help › Sneltoetsen toont alle toetsen."));
    html += heading(tr("Updates"));
    html += para(tr("De kennisbank wordt bijgewerkt via een ondertekende feed van het "
                    "expertisecentrum. Bestand › Bijwerken haalt de nieuwste versie op; een "
                    "update wordt alleen gebruikt als de handtekening klopt. Wat er veranderd "
                    "is, leest u onder Wat is er nieuw."));
    return html;
}

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("ManualDialog"));
    m_view->setObjectName(QStringLiteral("ManualView"));
    m_view->setAccessibleName(tr("Handleiding")); // it takes the focus, to scroll by keyboard
    m_view->setOpenLinks(false);
    followLanguage(this, [this] {
        setWindowTitle(tr("Handleiding"));
        m_view->setHtml(html());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace Flexwonen::Ui
