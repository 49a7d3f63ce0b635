// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "itemtype.h"

#include <optional>
#include <QAbstractItemModel>
#include <QDate>
#include <QLocale>
#include <QPointer>

namespace Flexwonen::Kb {

class KnowledgeBase;

// A two-level tree of items (a parent and its children) read from the knowledge base and
// reloaded whenever its content changes. Subclasses say which items and how they read.
class ItemTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    struct Node
    {
        QString itemId;
        std::optional<ItemType> type; // none for a row that is no item (a municipality)
        QString text;
        QString secondary;
        QDate date;
        QList<Node> children;
        // The children are read when the view expands this row (fetchMore), not with the
        // tree: a dossier of a large knowledge base has thousands of documents (issue 14.9).
        bool childrenPending = false;
    };

    explicit ItemTreeModel(KnowledgeBase *kb, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // Reads the rows again; throws Error (the rows stay as they were). After contentChanged the
    // model reloads itself and reports a failure as reloadFailed instead.
    void reload();
    // The interface language changed: reads the rows again for their words (group headings,
    // kinds, dates in the display locale). Rows that stay the same items keep their place, so
    // views keep what is unfolded, selected and scrolled (dataChanged); only a list that differs
    // otherwise is reset. Does nothing before the first read. Throws Error (rows unchanged).
    void retranslate();
    // Lazy rows (issue 14.9): a view sees no rows until showRows() (its dock is on screen), so
    // a dock behind a tab never reads its list at start. Asked directly (rowCount, index) the
    // model reads them on that first use. A failure then is reported as reloadFailed, and the
    // model stays empty.
    bool isLoaded() const { return m_loaded; }
    void showRows();
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void reloadFailed(const QString &message);

protected:
    virtual QList<Node> load(KnowledgeBase &kb) = 0;
    // The children of a top-level node load() marked childrenPending.
    virtual QList<Node> loadChildren(KnowledgeBase &kb, const Node &parent);
    // Call from the subclass constructor: from here on the rows may be read (on first use; a
    // virtual call from the base constructor would not reach the subclass).
    void initialize() { m_ready = true; }

private:
    const Node *nodeAt(const QModelIndex &index) const;
    // Reads the rows the first time they are asked for. No signals: nobody has seen a row yet,
    // so to every observer the model has had these rows from the start.
    void ensureLoaded() const;

    QPointer<KnowledgeBase> m_kb;
    mutable QList<Node> m_nodes;
    mutable bool m_loaded = false;
    bool m_ready = false;
    bool m_shown = false; // showRows() was called: views may see the rows
};

// Regions, each with its 2012 municipalities (name, CBS code).
class RegionModel final : public ItemTreeModel
{
    Q_OBJECT
public:
    explicit RegionModel(KnowledgeBase *kb, QObject *parent = nullptr);

protected:
    QList<Node> load(KnowledgeBase &kb) override;
};

// Dossier themes, each with its documents (kind and date, newest first); a theme's documents
// are read when it is expanded.
class DossierModel final : public ItemTreeModel
{
    Q_OBJECT
public:
    explicit DossierModel(KnowledgeBase *kb, QObject *parent = nullptr);

protected:
    QList<Node> load(KnowledgeBase &kb) override;
    QList<Node> loadChildren(KnowledgeBase &kb, const Node &parent) override;
};

// The pilots, flat, with municipality and initiator.
class PilotModel final : public ItemTreeModel
{
    Q_OBJECT
public:
    explicit PilotModel(KnowledgeBase *kb, QObject *parent = nullptr);

protected:
    QList<Node> load(KnowledgeBase &kb) override;
};

// Everything else to browse, in one tree (issue 14): Contact (the centre), the Marktplaats with
// its projects and providers, the questions and answers, the organisations and partners by
// their role, the news archive by year, and the other pages. One panel rather than four: the
// left dock area stays readable on a 1024×600 screen.
class BrowseModel final : public ItemTreeModel
{
    Q_OBJECT
public:
    enum class Group { Contact, Market, Faq, Organisations, News, Pages };

    explicit BrowseModel(KnowledgeBase *kb, QObject *parent = nullptr);
    // The first top-level row of a group; -1 when the content has none.
    int groupRow(Group group) const { return m_groupRows.value(int(group), -1); }

protected:
    QList<Node> load(KnowledgeBase &kb) override;

private:
    QHash<int, int> m_groupRows;
};

// Labels for types and document kinds, shared by the reader, lists and reports. The source
// text is Dutch; Translated goes through the installed translator (the window's interface
// language), Dutch never does: the composed item text, the reports and the CLI stay Dutch.
enum class Labels { Translated, Dutch };
QString typeLabel(ItemType type, Labels labels = Labels::Translated);
QString municipalityCount(int n); // "1 gemeente", "19 gemeenten"
QString kindLabel(const QString &kind, Labels labels = Labels::Translated);
// An organisation's role as a group heading ("Ondertekenaars"); the kind itself if unknown.
QString organisationGroupLabel(const QString &kind);

// The locale of the dates in the lists (dossier documents, agenda): Dutch unless the window
// runs in another interface language (Ui::installLanguage).
QLocale displayLocale();
void setDisplayLocale(const QLocale &locale);

} // namespace Flexwonen::Kb
