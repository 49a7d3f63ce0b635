// SPDX-License-Identifier: EUPL-1.2
#include "whatsnewdialog.h"

#include "common/languagechange.h"
#include "common/plaintext.h"
#include "docks/savedsearchesdock.h"
#include "personal/personalstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

namespace {

QString kindText(Sync::Change::Kind kind)
{
    switch (kind) {
    case Sync::Change::Kind::New:
        return WhatsNewDialog::tr("Nieuw");
    case Sync::Change::Kind::Changed:
        return WhatsNewDialog::tr("Gewijzigd");
    case Sync::Change::Kind::Removed:
        return WhatsNewDialog::tr("Verwijderd");
    case Sync::Change::Kind::Snapshot:
        return WhatsNewDialog::tr("Vernieuwd");
    }
    return {};
}

} // namespace

WhatsNewDialog::WhatsNewDialog(const QList<Sync::Change> &changes, qint64 seqBefore,
                               qint64 seqAfter, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("WhatsNewDialog"));
    auto *layout = new QVBoxLayout(this);
    QLabel *heading = plainLabel({}, this);
    layout->addWidget(heading);
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("changes"));
    list->setAccessibleName(tr("Wijzigingen"));
    for (const Sync::Change &c : changes) {
        auto *row = new QListWidgetItem(list);
        if (c.kind != Sync::Change::Kind::Removed)
            row->setData(Qt::UserRole, c.id); // removed items cannot be opened any more
    }
    connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *row) {
        const QString id = row->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            emit itemActivated(id);
    });
    if (changes.isEmpty())
        list->addItem(QString());
    // It stays open beside the window: it follows a change of the interface language.
    followLanguage(this, [this, heading, list, changes, seqBefore, seqAfter] {
        setWindowTitle(tr("Wat is er nieuw"));
        heading->setText(tr("De kennisbank is bijgewerkt van volgnummer %1 naar %2.")
                             .arg(seqBefore)
                             .arg(seqAfter));
        for (int i = 0; i < changes.size() && i < list->count(); ++i)
            list->item(i)->setText(
                QStringLiteral("%1: %2").arg(kindText(changes[i].kind), changes[i].title));
        if (changes.isEmpty())
            list->item(0)->setText(tr("Geen wijzigingen in de inhoud."));
    });
    layout->addWidget(list);
    m_searchesHeading = plainLabel({}, this);
    m_searchesHeading->setObjectName(QStringLiteral("savedSearchesHeading"));
    m_searchesHeading->hide();
    layout->addWidget(m_searchesHeading);
    m_searches = new QListWidget(this);
    m_searches->setObjectName(QStringLiteral("savedSearches"));
    m_searches->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 8);
    m_searches->hide();
    layout->addWidget(m_searches);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

void WhatsNewDialog::showSavedSearches(Personal::PersonalStore &store)
{
    const auto fill = [this, &store] {
        m_searches->clear();
        for (const Personal::SavedSearch &s : store.savedSearches())
            if (s.unseen > 0) // names are the user's: the list shows them as plain text
                m_searches->addItem(SavedSearchesDock::rowText(s.name, s.unseen));
        m_searchesHeading->setText(tr("Uw bewaarde zoekopdrachten"));
        m_searches->setAccessibleName(tr("Uw bewaarde zoekopdrachten"));
        m_searchesHeading->setVisible(m_searches->count() > 0);
        m_searches->setVisible(m_searches->count() > 0);
    };
    fill();
    connect(&store, &Personal::PersonalStore::savedSearchesChanged, this, fill);
    followLanguage(this, fill);
}

} // namespace Flexwonen::Ui
