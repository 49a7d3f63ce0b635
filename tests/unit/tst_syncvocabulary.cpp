// SPDX-License-Identifier: EUPL-1.2
// Issue 11 point 3: sync categories and change kinds are enums inside the app; their names are
// a format that scripts (sync --json, the stderr line), state.json and the window's banner read.
// The rows are the names and exit codes of docs/feed-protocol.md (§Exit codes and categories).
#include "testsupport.h"

#include "feed/syncerror.h"
#include "kb/profilestores.h"
#include "sync/applier.h"
#include "sync/syncclient.h"
#include "sync/syncservice.h"
#include "sync/syncstate.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using namespace Flexwonen::Sync;

namespace {

using Test::str;

QJsonObject readState(const QString &profile)
{
    return QJsonDocument::fromJson(Test::readFile(profile + str("/sync/state.json"))).object();
}

void writeState(const QString &profile, const QJsonObject &o)
{
    QDir().mkpath(profile + str("/sync"));
    Test::writeFile(profile + str("/sync/state.json"), QJsonDocument(o).toJson());
}

} // namespace

class TestSyncVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void categories_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        const auto row = [](Category c, const char *name, int exitCode) {
            QTest::newRow(name[0] ? name : "none") << int(c) << str(name) << exitCode;
        };
        row(Category::None, "", 0);
        row(Category::Signature, "SIGNATURE", 2);
        row(Category::Hash, "HASH", 2);
        row(Category::Size, "SIZE", 2);
        row(Category::Rollback, "ROLLBACK", 2);
        row(Category::Frozen, "FROZEN", 2);
        row(Category::Mismatch, "MISMATCH", 2);
        row(Category::AppTooOld, "APP_TOO_OLD", 2);
        row(Category::Clock, "CLOCK", 2);
        row(Category::Format, "FORMAT", 2);
        row(Category::Redirect, "REDIRECT", 2);
        row(Category::Snapshot, "SNAPSHOT", 2);
        row(Category::Keys, "KEYS", 2);
        row(Category::Insecure, "INSECURE", 2);
        row(Category::Network, "NETWORK", 3);
        row(Category::Busy, "BUSY", 3);
        row(Category::Local, "LOCAL", 1);
    }

    void categories()
    {
        QFETCH(int, category);
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        const auto c = Category(category);
        QCOMPARE(categoryName(c), name);
        QCOMPARE(categoryFromName(name), std::optional<Category>(c));
        QCOMPARE(exitCodeOf(c), exitCode);
        QCOMPARE(isRefusal(c), exitCode == 2);
    }

    // A new category needs a row above (and a line in docs/feed-protocol.md).
    void everyCategoryHasARow() { QCOMPARE(QMetaEnum::fromType<Category>().keyCount(), 17); }

    void unknownNamesAreNoCategory()
    {
        for (const char *name : {"NONE", "signature", "AppTooOld", "APPTOOOLD", "APP_TOO_OLD ",
                                 "<img src='file:///dev/zero'>", "UNKNOWN"})
            QVERIFY2(!categoryFromName(str(name)), name);
    }

    // state.json keeps the name; it reads back into the enum; a name it does not know is none.
    void stateJsonStoresTheName()
    {
        QTemporaryDir profile;
        SyncState s;
        s.lastFailureCategory = Category::AppTooOld;
        s.save(profile.path());
        QCOMPARE(readState(profile.path()).value(str("last_failure_category")).toString(),
                 str("APP_TOO_OLD"));
        QCOMPARE(SyncState::load(profile.path()).lastFailureCategory, Category::AppTooOld);

        s.lastFailureCategory = Category::None;
        s.save(profile.path());
        QCOMPARE(readState(profile.path()).value(str("last_failure_category")).toString(), str(""));
        QCOMPARE(SyncState::load(profile.path()).lastFailureCategory, Category::None);

        writeState(profile.path(), {{str("last_failure_category"), str("FROZEN")}});
        QCOMPARE(SyncState::load(profile.path()).lastFailureCategory, Category::Frozen);
        writeState(profile.path(), {{str("last_failure_category"), str("<b>NEW_KIND</b>")}});
        QCOMPARE(SyncState::load(profile.path()).lastFailureCategory, Category::None);
    }

    // The banner after a run: FROZEN has its own sentence, every refusal names its category,
    // a network, busy or local failure (or none) says nothing while the last update is recent.
    void bannerFollowsTheStoredCategory_data() { categories_data(); }

    void bannerFollowsTheStoredCategory()
    {
        QFETCH(int, category);
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QTemporaryDir profile;
        const QString recent = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        writeState(profile.path(), {{str("last_failure_category"), name},
                                    {str("last_failure_message"), str("de reden.")},
                                    {str("last_success_utc"), recent}});
        Kb::ProfileStores stores(profile.path(), QString());
        const SyncService service(stores, SyncSettings{});
        const QString banner = service.bannerText();
        if (Category(category) == Category::Frozen)
            QVERIFY2(banner.startsWith(str("De updatefeed is verouderd of bevroren")),
                     qPrintable(banner));
        else if (exitCode == 2)
            QVERIFY2(banner.startsWith(str("Een update is geweigerd (%1): de reden.").arg(name)),
                     qPrintable(banner));
        else
            QVERIFY2(banner.isEmpty(), qPrintable(banner));
    }

    void changeKinds()
    {
        QCOMPARE(Change::kindName(Change::Kind::New), str("new"));
        QCOMPARE(Change::kindName(Change::Kind::Changed), str("changed"));
        QCOMPARE(Change::kindName(Change::Kind::Removed), str("removed"));
        QCOMPARE(Change::kindName(Change::Kind::Snapshot), str("snapshot"));

        SyncResult r;
        r.status = SyncResult::Status::Updated;
        r.seqBefore = 1;
        r.seqAfter = 2;
        r.changes = {{str("faq-a"), Change::Kind::New, str("faq"), str("A"), 2},
                     {str("faq-b"), Change::Kind::Removed, str("faq"), str("B"), 2}};
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(str("status")).toString(), str("updated"));
        QVERIFY(j.value(str("category")).isNull());
        const QJsonArray changes = j.value(str("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toObject(), (QJsonObject{{str("id"), str("faq-a")},
                                                        {str("change"), str("new")},
                                                        {str("type"), str("faq")},
                                                        {str("title"), str("A")},
                                                        {str("seq"), 2}}));
        QCOMPARE(changes.at(1).toObject().value(str("change")).toString(), str("removed"));

        r.category = Category::AppTooOld;
        QCOMPARE(r.toJson().value(str("category")).toString(), str("APP_TOO_OLD"));
    }
};

QTEST_GUILESS_MAIN(TestSyncVocabulary)
#include "tst_syncvocabulary.moc"
