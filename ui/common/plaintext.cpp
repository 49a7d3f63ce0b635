// SPDX-License-Identifier: EUPL-1.2
#include "plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLabel>
#include <QTextDocument>
#include <QToolTip>

namespace Flexwonen::Ui {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

QString toolTipHtml(const QString &plain)
{
    if (plain.isEmpty())
        return {};
    // "<p>…</p>" with <, > and & escaped: rich text for Qt, literal text for the reader.
    return Qt::convertFromPlainText(plain, Qt::WhiteSpaceNormal);
}

void makePlain(QMessageBox &box)
{
    box.setTextFormat(Qt::PlainText);
    for (QLabel *label : box.findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
}

QMessageBox::StandardButton showPlainMessage(QWidget *parent, QMessageBox::Icon icon,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             const QString &informativeText)
{
    QMessageBox box(icon, title, text, buttons, parent);
    if (!informativeText.isEmpty())
        box.setInformativeText(informativeText);
    makePlain(box);
    return QMessageBox::StandardButton(box.exec());
}

bool showItemToolTip(QHelpEvent *event, QAbstractItemView *view, const QModelIndex &index)
{
    const QString tip = toolTipHtml(index.data(Qt::ToolTipRole).toString());
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), tip, view, view->visualRect(index));
    return true;
}

QString actionText(const QString &title, int maxLength)
{
    QString text = title.simplified();
    if (maxLength > 0 && text.size() > maxLength)
        text = text.left(maxLength - 1).trimmed() + QStringLiteral("…");
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace Flexwonen::Ui
