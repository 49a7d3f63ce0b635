// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QProgressDialog;
class QToolBar;

namespace Flexwonen {
class AppContext;
namespace Kb {
struct KbMeta;
}
namespace Sync {
class SyncService;
}
} // namespace Flexwonen

namespace Flexwonen::Ui {

class ErrorReporter;

// Everything the window shows about updates: a status-bar indicator (state, last successful
// update), the Bijwerken action with progress and cancel, a banner when the feed is stale or an
// update was refused, and the Wat is er nieuw list after an update. Observes the context's
// SyncService; starts its periodic checks.
class SyncUi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncUi)
public:
    // Adds its widgets to window and its actions to menu. Does nothing with a --kb file.
    // errors: where a content switch that fails is reported (the old content stays).
    SyncUi(AppContext &context, ErrorReporter &errors, QMainWindow *window, QMenu *menu);
    ~SyncUi() override;

    Sync::SyncService *service() const { return m_service; }
    // The knowledge base in the status bar, in words a user understands: "Kennisbank van
    // 28 november 2026 (meegeleverd)", "… bijgewerkt op …", or the file opened with --kb.
    static QString kbStatusText(const Kb::KbMeta &meta, bool file);

signals:
    void itemActivated(const QString &id); // from the Wat is er nieuw list

private:
    void updateIndicator();
    void updateBanner();
    void onFinished();
    void showWhatsNew();

    void switchContent(const QString &path);

    AppContext &m_context;
    ErrorReporter &m_errors;
    QMainWindow *m_window;
    Sync::SyncService *m_service = nullptr;
    QLabel *m_indicator = nullptr;
    QToolBar *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QAction *m_update = nullptr;
    QAction *m_whatsNew = nullptr;
    QProgressDialog *m_progress = nullptr;
    bool m_userAsked = false; // the running cycle was started with Bijwerken, not by the timer
};

} // namespace Flexwonen::Ui
