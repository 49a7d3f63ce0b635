// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QTextBrowser>

namespace Flexwonen::Ui {

// Shows Markdown composed by the app. Content can never make the app fetch or read anything:
// raw HTML is off, resources resolve to nothing, and external links open only after the user
// confirms. Links to items (kb:ID) are handed on, with whether Ctrl or the middle button asked
// for a new tab.
class ReaderView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showMarkdown(const QString &markdown);
    QVariant loadResource(int type, const QUrl &name) override;
    // What every content image shows: drawn by the app, nothing is read.
    static QImage missingImage();

signals:
    void itemLinkActivated(const QString &itemId, bool newTab);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void followLink(const QUrl &url);
    void showToolTipAt(const QPoint &viewportPos, const QPoint &globalPos);

    Qt::KeyboardModifiers m_modifiers;
};

} // namespace Flexwonen::Ui
