// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "settings/preferences.h"

#include <functional>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Flexwonen::Sync {
class FeedCheck;
struct VerifyReport;
} // namespace Flexwonen::Sync

namespace Flexwonen::Ui {

// The update preferences (issue 15.2): feed address and trusted key, saved only after a real
// check of the feed says this app will accept it (or the user says to use it anyway), automatic
// checks, and a CA file for a TLS-inspecting proxy. What the administrator locked is shown but
// cannot be changed.
class UpdatesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatesPage)
public:
    explicit UpdatesPage(Settings::Preferences &preferences, QWidget *parent = nullptr);
    ~UpdatesPage() override;

    bool isChecking() const;
    // Where the keyboard starts: the feed address, or the first field the administrator left.
    QWidget *firstField() const;

public slots:
    // Checks the feed and key as typed; saves them when the feed is in order.
    void checkFeed();

signals:
    void checkFinished(bool accepted); // for tests and the busy cursor

private:
    using Text = std::function<QString()>; // a text in the language of the moment
    QLineEdit *newField(const QString &name);
    // A row with a label (its buddy: buddy) whose text follows the interface language.
    void addLabelled(QFormLayout &form, QWidget *buddy, QLayout *field, const Text &text);
    void addFeedRows(QFormLayout &form);     // feed address, trusted key, the check's result
    void addScheduleRows(QFormLayout &form); // automatic checks, CA file
    void retranslate();
    void connectFields();
    QHBoxLayout *browseRow(QLineEdit *field, const Text &title, const Text &filter);
    void load();
    void lock();
    void onChecked(const Sync::VerifyReport &report);
    void useAnyway();
    void applyChecks();
    void applyCaCertificates();
    void showResult(const Text &text, bool problem);
    Settings::UpdatePreferences typed() const;

    Settings::Preferences &m_preferences;
    Sync::FeedCheck *m_check;
    QLineEdit *m_feed;
    QLineEdit *m_trust;
    QPushButton *m_checkButton;
    QLabel *m_result;
    QPushButton *m_useAnyway;
    QComboBox *m_checks;
    QLineEdit *m_ca;
    QLabel *m_caResult;
    QLabel *m_lockedNote;
    Text m_resultText;
    bool m_resultIsProblem = false;
};

} // namespace Flexwonen::Ui
