// SPDX-License-Identifier: EUPL-1.2
#include "hitdelegate.h"

#include "common/plaintext.h"
#include "docks/itemdelegate.h"
#include "kb/itemmodels.h"
#include "kb/itemroles.h"
#include "searchresultmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextDocument>

namespace Flexwonen::Ui {

namespace {
constexpr int Padding = 4;
}

HitDelegate::HitDelegate(bool withSnippet, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_withSnippet(withSnippet)
{
    useReadablePalette(parent);
}

QString HitDelegate::html(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QColor dim = secondaryTextColor(option.palette, selected);
    QString html =
        QStringLiteral("<b>%1</b> <span style=\"color:%2\">· %3</span>")
            .arg(index.data().toString().toHtmlEscaped(), dim.name(),
                 Kb::typeLabel(index.data(Kb::ItemTypeRole).value<Kb::ItemType>()).toHtmlEscaped());
    const QString snippet = index.data(Kb::SecondaryTextRole).toString();
    if (m_withSnippet && !snippet.isEmpty())
        html += QStringLiteral("<br>") +
                snippetHtml(snippet, index.data(Kb::MatchesRole).value<QList<Kb::TextSpan>>(),
                            selected, option.palette);
    // A best match says which of the query's words this item lacks (the user typed them).
    const QStringList missing = index.data(SearchResultModel::MissingRole).toStringList();
    if (m_withSnippet && !missing.isEmpty()) {
        QStringList words;
        for (const QString &w : missing)
            words.append(QStringLiteral("<s>%1</s>").arg(w.toHtmlEscaped()));
        html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(dim.name(), tr("Ontbreekt: %1").arg(words.join(QStringLiteral(", "))));
    }
    return html;
}

void HitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.palette = readableListPalette(option.palette);
    initStyleOption(&opt, index);
    const bool focused = opt.state & QStyle::State_HasFocus;
    opt.state &= ~QStyle::State_HasFocus;
    const QString text = html(opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(Padding);
    doc.setHtml(text);
    doc.setTextWidth(opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, (opt.state & QStyle::State_Selected)
                                                 ? opt.palette.highlightedText().color()
                                                 : opt.palette.text().color());
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
    if (focused)
        paintFocus(painter, opt);
}

bool HitDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                            const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !view)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    return showItemToolTip(event, view, index);
}

QSize HitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(Padding);
    doc.setHtml(html(opt, index));
    const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
    const int width = view ? view->viewport()->width() : 300;
    doc.setTextWidth(qMax(120, width));
    return {int(doc.idealWidth()), int(std::ceil(doc.size().height()))};
}

} // namespace Flexwonen::Ui
