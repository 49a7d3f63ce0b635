// SPDX-License-Identifier: EUPL-1.2
#include "updatespage.h"

#include "common/languagechange.h"
#include "common/plaintext.h"
#include "sync/feedcheck.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Flexwonen::Ui {

using Settings::CheckInterval;
using Settings::UpdateKey;

namespace {
QString noFeedText()
{
    return UpdatesPage::tr("Geen feed ingesteld: de kennisbank zoekt nooit contact met internet.");
}
} // namespace

UpdatesPage::UpdatesPage(Settings::Preferences &preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
    , m_check(new Sync::FeedCheck(this))
{
    setObjectName(QStringLiteral("UpdatesPage"));
    auto *form = new QFormLayout(this);
    m_lockedNote = plainLabel(QString(), this);
    m_lockedNote->setObjectName(QStringLiteral("lockedNote"));
    m_lockedNote->setWordWrap(true);
    m_lockedNote->setVisible(false);
    form->addRow(m_lockedNote);
    addFeedRows(*form);
    addScheduleRows(*form);
    followLanguage(this, [this] { retranslate(); });
    load();
    connectFields();
}

QLineEdit *UpdatesPage::newField(const QString &name)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(name);
    return field;
}

void UpdatesPage::addLabelled(QFormLayout &form, QWidget *buddy, QLayout *field, const Text &text)
{
    QLabel *label = plainLabel(QString(), this);
    label->setBuddy(buddy);
    form.addRow(label, field);
    followLanguage(label, [label, text] { label->setText(text()); });
}

void UpdatesPage::addFeedRows(QFormLayout &form)
{
    m_feed = newField(QStringLiteral("feedUrl"));
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("checkFeed"));
    auto *feedRow = new QHBoxLayout;
    feedRow->setContentsMargins(0, 0, 0, 0);
    feedRow->addWidget(m_feed, 1);
    feedRow->addWidget(m_checkButton);
    addLabelled(form, m_feed, feedRow, [] { return tr("&Feedadres:"); });

    m_trust = newField(QStringLiteral("trust"));
    addLabelled(form, m_trust,
                browseRow(
                    m_trust, [] { return tr("Vertrouwde sleutel kiezen"); },
                    [] { return tr("Publieke sleutels (*.pub);;Alle bestanden (*)"); }),
                [] { return tr("&Vertrouwde sleutel:"); });

    // The result of the check: the app's own words around the core's message, as plain text.
    m_result = plainLabel(QString(), this);
    m_result->setObjectName(QStringLiteral("feedCheckResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_useAnyway = new QPushButton(this);
    m_useAnyway->setObjectName(QStringLiteral("useAnyway"));
    m_useAnyway->setVisible(false);
    auto *resultRow = new QHBoxLayout;
    resultRow->setContentsMargins(0, 0, 0, 0);
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_useAnyway, 0, Qt::AlignTop);
    form.addRow(QString(), resultRow);
}

void UpdatesPage::addScheduleRows(QFormLayout &form)
{
    m_checks = new QComboBox(this);
    m_checks->setObjectName(QStringLiteral("checks"));
    for (CheckInterval interval : {CheckInterval::Off, CheckInterval::Daily, CheckInterval::Weekly})
        m_checks->addItem(QString(), int(interval));
    auto *checksRow = new QHBoxLayout;
    checksRow->addWidget(m_checks);
    addLabelled(form, m_checks, checksRow, [] { return tr("&Automatisch zoeken naar updates:"); });

    m_ca = newField(QStringLiteral("caCertificates"));
    addLabelled(form, m_ca,
                browseRow(
                    m_ca, [] { return tr("CA-certificaten kiezen"); },
                    [] { return tr("PEM-bestanden (*.pem *.crt);;Alle bestanden (*)"); }),
                [] { return tr("CA-&certificaten:"); });
    m_caResult = plainLabel(QString(), this);
    m_caResult->setObjectName(QStringLiteral("caResult"));
    m_caResult->setWordWrap(true);
    form.addRow(QString(), m_caResult);
}

void UpdatesPage::retranslate()
{
    m_feed->setPlaceholderText(tr("https://… of een map"));
    m_feed->setAccessibleDescription(
        tr("Het adres waar de kennisbank ondertekende updates ophaalt: een https-adres of een "
           "map op een gedeelde schijf. Leeg: nooit contact met internet."));
    m_checkButton->setText(tr("&Controleren"));
    m_trust->setPlaceholderText(tr("De ingebouwde sleutel van het Expertisecentrum"));
    m_trust->setAccessibleDescription(
        tr("Het bestand met de publieke minisign-sleutel waarmee de feed ondertekend is. Leeg: "
           "de sleutel die in de app is ingebouwd."));
    m_useAnyway->setText(tr("Toch &gebruiken"));
    m_checks->setItemText(0, tr("Uit"));
    m_checks->setItemText(1, tr("Dagelijks"));
    m_checks->setItemText(2, tr("Wekelijks"));
    m_checks->setAccessibleDescription(tr("Hoe vaak de kennisbank zelf naar updates zoekt; bij "
                                          "Uit alleen als u op Bijwerken drukt."));
    m_ca->setPlaceholderText(tr("Alleen nodig achter een proxy die TLS inspecteert"));
    m_ca->setAccessibleDescription(
        tr("Een PEM-bestand met de certificaten van de proxy van uw organisatie. Ze worden "
           "vertrouwd naast die van het systeem."));
    if (m_resultText)
        showResult(m_resultText, m_resultIsProblem);
    lock();
}

void UpdatesPage::connectFields()
{
    connect(m_checkButton, &QPushButton::clicked, this, &UpdatesPage::checkFeed);
    for (QLineEdit *field : {m_feed, m_trust}) {
        connect(field, &QLineEdit::editingFinished, this, [this] {
            if (typed().feedUrl != m_preferences.updates().feedUrl ||
                typed().trust != m_preferences.updates().trust)
                checkFeed();
        });
    }
    connect(m_check, &Sync::FeedCheck::finished, this, &UpdatesPage::onChecked);
    connect(m_useAnyway, &QPushButton::clicked, this, &UpdatesPage::useAnyway);
    connect(m_checks, &QComboBox::activated, this, &UpdatesPage::applyChecks);
    connect(m_ca, &QLineEdit::editingFinished, this, &UpdatesPage::applyCaCertificates);
}

UpdatesPage::~UpdatesPage() = default;

bool UpdatesPage::isChecking() const
{
    return m_check->isRunning();
}

QWidget *UpdatesPage::firstField() const
{
    for (QWidget *field : {static_cast<QWidget *>(m_feed), static_cast<QWidget *>(m_trust),
                           static_cast<QWidget *>(m_checks), static_cast<QWidget *>(m_ca)}) {
        if (field->isEnabled())
            return field;
    }
    return m_checkButton;
}

QHBoxLayout *UpdatesPage::browseRow(QLineEdit *field, const Text &title, const Text &filter)
{
    // A layout, not a widget: the field stays a child of the page, where Qt's accessibility
    // finds the label whose buddy it is and names the field after it.
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    auto *browse = new QPushButton(this);
    browse->setObjectName(field->objectName() + QStringLiteral("Browse"));
    layout->addWidget(browse);
    followLanguage(browse, [browse, title] {
        browse->setText(tr("Bladeren…"));
        browse->setAccessibleName(title());
    });
    connect(browse, &QPushButton::clicked, this, [this, field, title, filter] {
        const QString chosen = QFileDialog::getOpenFileName(this, title(), field->text(), filter());
        if (chosen.isEmpty())
            return;
        field->setText(chosen);
        emit field->editingFinished();
    });
    return layout;
}

void UpdatesPage::load()
{
    const Settings::UpdatePreferences u = m_preferences.updates();
    m_feed->setText(u.feedUrl);
    m_trust->setText(u.trust);
    m_checks->setCurrentIndex(m_checks->findData(int(u.checks)));
    m_ca->setText(u.caCertificates);
    if (u.feedUrl.isEmpty())
        showResult(noFeedText, false);
}

void UpdatesPage::lock()
{
    const QList<std::pair<UpdateKey, QWidget *>> fields{{UpdateKey::FeedUrl, m_feed},
                                                        {UpdateKey::Trust, m_trust},
                                                        {UpdateKey::Checks, m_checks},
                                                        {UpdateKey::CaCertificates, m_ca}};
    bool any = false;
    for (const auto &[key, widget] : fields) {
        if (!m_preferences.isLocked(key))
            continue;
        any = true;
        widget->setEnabled(false);
        // The browse button beside a path field goes with it.
        if (auto *browse =
                findChild<QPushButton *>(widget->objectName() + QStringLiteral("Browse")))
            browse->setEnabled(false);
        widget->setToolTip(toolTipHtml(tr("Vastgezet door uw beheerder")));
    }
    m_checkButton->setEnabled(!m_preferences.isLocked(UpdateKey::FeedUrl) ||
                              !m_preferences.isLocked(UpdateKey::Trust));
    if (any) {
        m_lockedNote->setText(
            tr("Uw beheerder heeft een deel van deze instellingen voor iedereen vastgezet (%1).")
                .arg(m_preferences.systemFile()));
        m_lockedNote->setVisible(true);
    }
}

Settings::UpdatePreferences UpdatesPage::typed() const
{
    Settings::UpdatePreferences u = m_preferences.updates();
    u.feedUrl = m_feed->text().trimmed();
    u.trust = m_trust->text().trimmed();
    return u;
}

void UpdatesPage::checkFeed()
{
    m_useAnyway->setVisible(false);
    const Settings::UpdatePreferences candidate = typed();
    if (candidate.feedUrl.isEmpty()) {
        // No feed needs no check: the app simply stays off the network.
        m_check->cancel();
        m_preferences.setUpdates(candidate);
        showResult(noFeedText, false);
        emit checkFinished(true);
        return;
    }
    showResult([] { return tr("De feed wordt gecontroleerd…"); }, false);
    m_checkButton->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_check->start(Sync::SyncSettings::from(candidate));
}

void UpdatesPage::onChecked(const Sync::VerifyReport &report)
{
    m_checkButton->setEnabled(true);
    unsetCursor();
    if (report.category == Sync::Category::None) {
        m_preferences.setUpdates(typed());
        showResult(
            [report] {
                return tr("De feed is in orde en opgeslagen: volgnummer %1, %2 updates, "
                          "ondertekend met een vertrouwde sleutel.")
                    .arg(report.seq)
                    .arg(report.batches);
            },
            false);
        emit checkFinished(true);
        return;
    }
    showResult(
        [report] {
            return tr("Niet opgeslagen. De feed is afgekeurd (%1): %2")
                .arg(Sync::categoryName(report.category), report.message);
        },
        true);
    // Offline is normal: someone setting up a laptop away from the network may still save it.
    m_useAnyway->setVisible(report.category == Sync::Category::Network);
    emit checkFinished(false);
}

void UpdatesPage::useAnyway()
{
    m_preferences.setUpdates(typed());
    m_useAnyway->setVisible(false);
    showResult(
        [] {
            return tr("Opgeslagen zonder controle; de eerste update controleert de feed alsnog.");
        },
        false);
}

void UpdatesPage::applyChecks()
{
    Settings::UpdatePreferences u = m_preferences.updates();
    u.checks = CheckInterval(m_checks->currentData().toInt());
    m_preferences.setUpdates(u);
}

void UpdatesPage::applyCaCertificates()
{
    const QString path = m_ca->text().trimmed();
    const QString problem = Sync::caCertificatesProblem(path);
    if (!problem.isEmpty()) {
        m_caResult->setText(tr("Niet opgeslagen: %1").arg(problem));
        return;
    }
    Settings::UpdatePreferences u = m_preferences.updates();
    u.caCertificates = path;
    m_preferences.setUpdates(u);
    m_caResult->setText(path.isEmpty() ? QString() : tr("Opgeslagen."));
}

void UpdatesPage::showResult(const Text &text, bool problem)
{
    m_resultText = text;
    m_resultIsProblem = problem;
    m_result->setText(text());
    // A screen reader says the outcome of a check without the user going to look for it.
    m_result->setAccessibleName(problem ? tr("Probleem met de feed")
                                        : tr("Resultaat van de controle"));
}

} // namespace Flexwonen::Ui
