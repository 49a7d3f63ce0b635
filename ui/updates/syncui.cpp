// SPDX-License-Identifier: EUPL-1.2
#include "syncui.h"
#include "common/accessiblenames.h"

#include "whatsnewdialog.h"

#include "common/errorreporter.h"
#include "common/languagechange.h"
#include "common/plaintext.h"

#include "context/appcontext.h"
#include "kb/itemmodels.h"
#include "kb/knowledgebase.h"
#include "sync/syncservice.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QProgressDialog>
#include <QStatusBar>
#include <QToolBar>

#include <utility>

namespace Flexwonen::Ui {

namespace {

QString stateText(Sync::SyncService::State state)
{
    using State = Sync::SyncService::State;
    switch (state) {
    case State::Idle:
        return SyncUi::tr("Updates: niet gecontroleerd");
    case State::NotConfigured:
        return SyncUi::tr("Updates: niet ingesteld");
    case State::Checking:
        return SyncUi::tr("Updates: controleren…");
    case State::Downloading:
        return SyncUi::tr("Updates: downloaden…");
    case State::Applying:
        return SyncUi::tr("Updates: toepassen…");
    case State::UpToDate:
        return SyncUi::tr("Updates: bijgewerkt");
    case State::Updated:
        return SyncUi::tr("Updates: zojuist bijgewerkt");
    case State::Failed:
        return SyncUi::tr("Updates: geen verbinding");
    case State::Refused:
        return SyncUi::tr("Updates: geweigerd");
    }
    return {};
}

} // namespace

SyncUi::SyncUi(AppContext &context, ErrorReporter &errors, QMainWindow *window, QMenu *menu)
    : QObject(window)
    , m_context(context)
    , m_errors(errors)
    , m_window(window)
{
    m_service = context.syncService(); // owned by the context; null with --kb
    if (!m_service)
        return; // a file opened with --kb is never updated

    m_indicator = plainLabel(QString(), window);
    m_indicator->setObjectName(QStringLiteral("syncIndicator"));
    m_indicator->setContentsMargins(12, 0, 4, 0); // apart from the knowledge base beside it
    window->statusBar()->addPermanentWidget(m_indicator);

    m_banner = new QToolBar(window);
    m_banner->setObjectName(QStringLiteral("syncBanner"));
    m_banner->setMovable(false);
    // The banner quotes a refusal message: stored in sync/state.json, so foreign bytes on every
    // start. Plain text, whatever it says.
    m_bannerText = plainLabel(QString(), m_banner);
    m_bannerText->setObjectName(QStringLiteral("syncBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // full width
    m_bannerText->setContentsMargins(6, 2, 6, 2);
    m_banner->addWidget(m_bannerText);
    window->addToolBarBreak(Qt::TopToolBarArea); // the banner gets a row of its own
    window->addToolBar(Qt::TopToolBarArea, m_banner);
    nameOverflowButton(m_banner);

    m_update = new QAction(this);
    m_update->setObjectName(QStringLiteral("syncUpdateAction"));
    m_update->setShortcut(QKeySequence::Refresh);
    connect(m_update, &QAction::triggered, m_service, &Sync::SyncService::checkNow);
    m_whatsNew = new QAction(this);
    m_whatsNew->setObjectName(QStringLiteral("WhatsNewAction"));
    m_whatsNew->setEnabled(false);
    connect(m_whatsNew, &QAction::triggered, this, &SyncUi::showWhatsNew);
    QAction *first = menu->actions().value(0);
    menu->insertActions(first, {m_update, m_whatsNew});
    menu->insertSeparator(first);

    connect(m_service, &Sync::SyncService::stateChanged, this, &SyncUi::updateIndicator);
    connect(m_service, &Sync::SyncService::settingsChanged, this, &SyncUi::updateIndicator);
    connect(m_service, &Sync::SyncService::finished, this, &SyncUi::onFinished);
    connect(m_service, &Sync::SyncService::progress, this,
            [this](Sync::Phase phase, int done, int total) {
                if (!m_progress)
                    return;
                m_progress->setMaximum(qMax(1, total));
                m_progress->setValue(done);
                m_progress->setLabelText(phase == Sync::Phase::Apply
                                             ? tr("Wijzigingen toepassen…")
                                             : tr("Updates downloaden en controleren…"));
            });
    connect(m_update, &QAction::triggered, this, [this] {
        m_userAsked = true;
        if (!m_progress) {
            m_progress = new QProgressDialog(m_window);
            // The label follows the phase (progress above), the rest the language.
            m_progress->setLabel(plainLabel(tr("Controleren op updates…")));
            followLanguage(m_progress, [this] {
                m_progress->setCancelButtonText(tr("Annuleren"));
                m_progress->setWindowTitle(tr("Bijwerken"));
            });
            m_progress->setMinimumDuration(300);
            connect(m_progress, &QProgressDialog::canceled, m_service, &Sync::SyncService::cancel);
        }
        m_progress->reset();
        m_progress->setRange(0, 0);
    });
    connect(m_service, &Sync::SyncService::contentUpdated, this, &SyncUi::switchContent);
    followLanguage(m_banner, [this] {
        m_banner->setWindowTitle(tr("Melding over updates"));
        m_update->setText(tr("&Bijwerken"));
        m_whatsNew->setText(tr("&Wat is er nieuw"));
        updateIndicator();
        updateBanner();
    });
    m_service->startPeriodicChecks();
}

SyncUi::~SyncUi() = default;

QString SyncUi::kbStatusText(const Kb::KbMeta &meta, bool file)
{
    if (file)
        return tr("Kennisbank uit bestand %1").arg(meta.path);
    // built: the bundled kb's date, or when the batch applied last was published (ISO).
    const QDate date = QDate::fromString(meta.built.left(10), Qt::ISODate);
    const QString day = Kb::displayLocale().toString(date, QStringLiteral("d MMMM yyyy"));
    const bool synced = meta.origin == QLatin1String("sync");
    if (!date.isValid())
        return synced ? tr("Kennisbank bijgewerkt via internet") : tr("Kennisbank (meegeleverd)");
    return synced ? tr("Kennisbank van %1 (bijgewerkt via internet)").arg(day)
                  : tr("Kennisbank van %1 (meegeleverd)").arg(day);
}

void SyncUi::switchContent(const QString &path)
{
    Kb::KnowledgeBase &kb = m_context.knowledgeBase();
    // reopen keeps the old connection when the new file cannot be opened.
    m_errors.guard(Task::SwitchContent, [&] { kb.reopen(path.isEmpty() ? kb.path() : path); });
}

void SyncUi::updateIndicator()
{
    QString text = stateText(m_service->state());
    if (!m_service->isConfigured()) {
        const QString where =
            tr("Er is geen updatefeed ingesteld, dus de kennisbank zoekt nooit contact met "
               "internet. Stel de feed in onder Bestand ▸ Instellingen (Ctrl+,).");
        m_indicator->setText(text);
        m_indicator->setToolTip(toolTipHtml(where));
        m_update->setToolTip(toolTipHtml(where));
        m_update->setStatusTip(where);
        m_update->setEnabled(false);
        return;
    }
    const QDateTime last = m_service->lastSuccess();
    if (last.isValid())
        text +=
            tr(" · laatst %1")
                .arg(QLocale().toString(last.toLocalTime(), QStringLiteral("d MMMM yyyy HH:mm")));
    m_indicator->setText(text);
    m_indicator->setToolTip(QString());
    m_update->setToolTip(QString());
    m_update->setStatusTip(QString());
    m_update->setEnabled(!m_service->isRunning());
}

void SyncUi::updateBanner()
{
    const QString text = m_service->bannerText();
    m_bannerText->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void SyncUi::onFinished()
{
    if (m_progress) {
        m_progress->reset();
        m_progress->hide();
    }
    updateIndicator();
    updateBanner();
    const Sync::SyncResult &r = m_service->lastResult();
    m_whatsNew->setEnabled(!r.changes.isEmpty());
    const bool userAsked = std::exchange(m_userAsked, false);
    if (r.status == Sync::SyncResult::Status::Updated && !r.changes.isEmpty()) {
        // A background update must not take the keyboard from someone who is reading or typing:
        // it says so in the status bar; the list is one menu choice away.
        if (userAsked)
            showWhatsNew();
        else
            m_window->statusBar()->showMessage(
                r.changes.size() == 1
                    ? tr("De kennisbank is bijgewerkt: 1 wijziging. Zie Bestand › Wat is er nieuw.")
                    : tr("De kennisbank is bijgewerkt: %1 wijzigingen. Zie Bestand › Wat is er "
                         "nieuw.")
                          .arg(r.changes.size()),
                30000);
    } else if (r.category != Sync::Category::None && m_window->isVisible())
        m_window->statusBar()->showMessage(
            tr("Bijwerken niet gelukt (%1): %2").arg(Sync::categoryName(r.category), r.message),
            15000);
}

void SyncUi::showWhatsNew()
{
    const Sync::SyncResult &r = m_service->lastResult();
    auto *dialog = new WhatsNewDialog(r.changes, r.seqBefore, r.seqAfter, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WhatsNewDialog::itemActivated, this, &SyncUi::itemActivated);
    dialog->showSavedSearches(m_context.personalStore());
    dialog->show();
}

} // namespace Flexwonen::Ui
