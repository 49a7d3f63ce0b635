// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "kb/itemmarkdown.h"
#include "kb/knowledgebase.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QScrollBar>
#include <QTextDocument>

namespace Flexwonen::Ui {

ReaderView::ReaderView(Kb::KnowledgeBase &kb, QWidget *parent)
    : QTextBrowser(parent)
    , m_kb(kb)
{
    setObjectName(QStringLiteral("ReaderView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(24);
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderView::followLink);
    connect(&kb, &Kb::KnowledgeBase::contentChanged, this, [this] {
        if (!m_itemId.isEmpty())
            openItem(m_itemId);
    });
}

QVariant ReaderView::loadResource(int, const QUrl &)
{
    return {}; // no file and no network access caused by content
}

void ReaderView::openItem(const QString &id)
{
    const std::optional<Kb::Item> item = m_kb.item(id);
    if (!item) {
        setMarkdown(tr("# Niet gevonden\n\nHet item *%1* staat niet in deze kennisbank.")
                        .arg(Kb::ItemMarkdown::escape(id)));
        return;
    }
    Kb::ItemMarkdown composer([this](const QString &linked) {
        const std::optional<Kb::Item> target = m_kb.item(linked);
        return target ? target->title : QString();
    });
    // MarkdownNoHTML: content never carries raw HTML into the reader.
    constexpr auto features = QTextDocument::MarkdownFeatures(
        int(QTextDocument::MarkdownDialectGitHub) | int(QTextDocument::MarkdownNoHTML));
    document()->setMarkdown(composer.compose(*item), features);
    // A new item starts at its top, not where the old cursor left the view.
    moveCursor(QTextCursor::Start);
    verticalScrollBar()->setValue(0);
    m_itemId = id;
    emit itemOpened(id);
}

void ReaderView::followLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("kb")) {
        openItem(url.path());
        return;
    }
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return;
    const auto answer = QMessageBox::question(
        this, tr("Externe link openen"),
        tr("Deze link opent een website buiten de kennisbank:\n\n%1\n\nIn de browser openen?")
            .arg(url.toDisplayString()));
    if (answer == QMessageBox::Yes)
        QDesktopServices::openUrl(url);
}

} // namespace Flexwonen::Ui
