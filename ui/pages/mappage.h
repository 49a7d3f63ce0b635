// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace Flexwonen::Report {
class NlMap;
}

namespace Flexwonen::Ui {

class MapWidget;
class ReaderView;

// A reader page with a side column (the map, its credits, whatever a page adds) beside the text.
// Links in the text and clicks on the map are handed on as item ids.
class MapPage : public QWidget
{
    Q_OBJECT
public:
    MapPage(const Report::NlMap &map, QWidget *parent);

    MapWidget *mapWidget() const { return m_map; }
    ReaderView *textView() const { return m_text; }

signals:
    void linkActivated(const QString &itemId, bool newTab);

protected:
    QVBoxLayout *sideLayout() const { return m_sideLayout; }
    // text: in the interface language of the moment (asked again when it changes).
    QLabel *addSideHeading(std::function<QString()> text);
    void resizeEvent(QResizeEvent *event) override;

private:
    QScrollArea *m_side;
    QVBoxLayout *m_sideLayout;
    MapWidget *m_map;
    ReaderView *m_text;
};

} // namespace Flexwonen::Ui
