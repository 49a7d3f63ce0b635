// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMessageBox>
#include <QString>

class QAbstractItemView;
class QHelpEvent;
class QLabel;
class QModelIndex;
class QWidget;

namespace Flexwonen::Ui {

// Text the app did not compose (content, feed messages, file names, the user's typing) is never
// interpreted as markup (issue 10). Labels are Qt::PlainText unless the app builds the HTML
// itself with every foreign part escaped; these helpers cover the places where Qt would guess.

// A label that shows text as text.
QLabel *plainLabel(const QString &text, QWidget *parent = nullptr);

// Qt shows a tooltip as rich text when Qt::mightBeRichText says so, whatever made it. A tooltip
// with foreign text is therefore handed over as HTML built here, the text escaped (line breaks
// kept). Empty stays empty (no tooltip).
QString toolTipHtml(const QString &plain);

// Every label of a message box (text, informative text) as plain text. Call after setting the
// texts: QMessageBox creates its informative label on demand, with Qt::AutoText.
void makePlain(QMessageBox &box);

// A title from the content or the user as the text of a menu entry, tab or action: on one line,
// at most maxLength characters (0: any) with "…" where it was cut, its "&" shown as itself
// instead of marking a shortcut key.
QString actionText(const QString &title, int maxLength = 0);

// A modal message box whose texts are shown as text; returns the button pressed.
QMessageBox::StandardButton showPlainMessage(QWidget *parent, QMessageBox::Icon icon,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                             const QString &informativeText = {});

// For a delegate's helpEvent: shows the index's Qt::ToolTipRole (plain text by the models'
// contract) through toolTipHtml. Returns whether the event was handled.
bool showItemToolTip(QHelpEvent *event, QAbstractItemView *view, const QModelIndex &index);

} // namespace Flexwonen::Ui
