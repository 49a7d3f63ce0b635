// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/searcher.h"

#include <QLineEdit>

class QListView;

namespace Flexwonen::Ui {

class SearchResultModel;
class SearchSession;

// The tool bar's search field: shows the top hits while the user types (debounced), in a list
// that drops down below the field. Keyboard: Down/Up move through the hits, Enter opens the
// chosen hit or, with none chosen, asks for the full result list; Esc closes the list, a second
// Esc gives the focus back.
class SearchField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchField)
public:
    static constexpr int SuggestionLimit = 8;
    static constexpr int DebounceMs = 180;

    explicit SearchField(Kb::Searcher &searcher, QWidget *parent = nullptr);

    QListView *popup() const { return m_popup; }
    bool isPopupVisible() const;
    SearchSession *session() const { return m_session; }

signals:
    void itemChosen(const QString &itemId);
    void searchSubmitted(const QString &query);
    void busyChanged(bool busy);
    void escaped();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showResults(const Kb::SearchResults &results);
    void placePopup();
    void hidePopup();
    void moveSelection(int delta);
    void choose(const QModelIndex &index);

    SearchSession *m_session;
    SearchResultModel *m_model;
    QListView *m_popup = nullptr;
    // After Enter or a choice, answers to earlier typing arrive late: they update the list but
    // do not open it over the window until the user types again.
    bool m_submitted = false;
};

} // namespace Flexwonen::Ui
