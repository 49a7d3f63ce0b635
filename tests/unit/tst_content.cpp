// SPDX-License-Identifier: EUPL-1.2
// The content check: the bundled knowledge base against the brief's rules and facts.
#include "kb/contentrules.h"
#include "kb/contentsource.h"
#include "kb/database.h"
#include "kb/knowledgebase.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Flexwonen;

class TestContent : public QObject
{
    Q_OBJECT

    QList<Kb::Item> m_items;
    QList<Kb::ContentProblem> m_ruleProblems;

    // The problems the content rules (issue 17) find of one kind, one per line.
    QString ruleProblems(Kb::ContentCheck check) const
    {
        QStringList lines;
        for (const Kb::ContentProblem &p : m_ruleProblems) {
            if (p.check == check)
                lines.append(QStringLiteral("data/content/%1:%2: %3")
                                 .arg(p.file)
                                 .arg(p.line)
                                 .arg(p.message));
        }
        return lines.join(QLatin1Char('\n'));
    }

    QList<Kb::Item> ofType(Kb::ItemType type) const
    {
        QList<Kb::Item> result;
        for (const Kb::Item &item : m_items)
            if (item.type == type)
                result.append(item);
        return result;
    }

    const Kb::Item *find(const QString &id) const
    {
        for (const Kb::Item &item : m_items)
            if (item.id == id)
                return &item;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_items = Kb::ContentSource::readDirectory(qEnvironmentVariable("FLEXWONEN_SOURCE_DIR") +
                                                   QStringLiteral("/data/content"));
        QVERIFY(m_items.size() > 50);
        Kb::ContentProblems problems;
        const QList<Kb::ContentFile> files = Kb::ContentSource::readFolder(
            qEnvironmentVariable("FLEXWONEN_SOURCE_DIR") + QStringLiteral("/data/content"),
            problems);
        QVERIFY2(problems.isEmpty(), "data/content has structural problems: run flexwonen "
                                     "check-content data/content");
        Kb::ContentRules::check(files, QDate::currentDate(), problems);
        m_ruleProblems = problems.sorted();
    }

    // Issue 17: every source says when it was consulted, and that is not in the future.
    void sourcesAreDated()
    {
        const QString problems = ruleProblems(Kb::ContentCheck::SourceDate);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // Issue 17 point 4: no copies of documents or of Wikipedia (data/mirror-domains.txt).
    void noMirrorSites()
    {
        const QString problems = ruleProblems(Kb::ContentCheck::MirrorSite);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // Issue 17 point 4: the 2012 announcement has its own source; today's home page is not it.
    void noBareHomePage()
    {
        const QString problems = ruleProblems(Kb::ContentCheck::HomePage);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // Issue 17 point 3: facts known only from the 2012 page say so.
    void announcementFactsAreHedged()
    {
        const QString problems = ruleProblems(Kb::ContentCheck::Hedge);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void sourcesAreConsistent()
    {
        const QStringList problems = Kb::ContentSource::crossCheck(m_items);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void bundledBaseHoldsEverySource()
    {
        Kb::KnowledgeBase kb(Test::bundledBase(), Kb::KnowledgeBase::Access::ReadOnlyFile);
        int total = 0;
        for (int n : kb.countsByType())
            total += n;
        QCOMPARE(total, int(m_items.size()));
        for (const Kb::Item &item : m_items)
            QCOMPARE(kb.item(item.id).value_or(Kb::Item{}), item);
    }

    void bodiesAreDutch()
    {
        // Dutch function words make up a good share of any Dutch text; English text has none.
        static const QRegularExpression word(QStringLiteral("\\b(de|het|een|van|en|in|is|op|voor|"
                                                            "met|dat|niet|zijn|wordt|door)\\b"));
        for (const Kb::Item &item : m_items) {
            const qsizetype words =
                item.body.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
                    .size();
            const qsizetype dutch = item.body.toLower().count(word);
            QVERIFY2(words >= 20, qPrintable(item.id + QStringLiteral(": tekst te kort")));
            QVERIFY2(dutch * 8 >= words,
                     qPrintable(item.id + QStringLiteral(": geen Nederlands?")));
        }
    }

    void regionsMatchTheBrief_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("municipalities");
        QTest::newRow("Rotterdam") << QStringLiteral("stadsregio-rotterdam") << 15;
        QTest::newRow("Haaglanden") << QStringLiteral("stadsgewest-haaglanden") << 9;
        QTest::newRow("Amsterdam") << QStringLiteral("stadsregio-amsterdam") << 16;
        QTest::newRow("West-Brabant") << QStringLiteral("west-brabant") << 19;
        QTest::newRow("Limburg") << QStringLiteral("limburg") << 33;
        QTest::newRow("Noord-Holland Noord") << QStringLiteral("noord-holland-noord") << 18;
        QTest::newRow("Holland Rijnland") << QStringLiteral("holland-rijnland") << 15;
        QTest::newRow("SRE") << QStringLiteral("sre") << 21;
    }

    void regionsMatchTheBrief()
    {
        QFETCH(QString, id);
        QFETCH(int, municipalities);
        const Kb::Item *region = find(id);
        QVERIFY(region);
        QCOMPARE(region->type, Kb::ItemType::Region);
        QCOMPARE(region->municipalities.size(), municipalities);
        QVERIFY2(!region->figures.isEmpty(), "a region without key figures");
        QVERIFY(region->referenceYear >= 2012);
    }

    void everyMunicipalityBelongsToExactlyOneRegion()
    {
        QSet<QString> codes;
        QSet<QString> names;
        int total = 0;
        for (const Kb::Item &region : ofType(Kb::ItemType::Region)) {
            for (const Kb::Municipality &m : region.municipalities) {
                QVERIFY2(!codes.contains(m.code), qPrintable(m.code));
                QVERIFY2(!names.contains(m.name), qPrintable(m.name));
                codes.insert(m.code);
                names.insert(m.name);
                ++total;
            }
        }
        QCOMPARE(total, 15 + 9 + 16 + 19 + 33 + 18 + 15 + 21);
        QVERIFY(names.contains(QStringLiteral("Tholen")) ||
                names.contains(QStringLiteral("Tholen (Zeeland)")));
    }

    void dossiersHaveFourDocumentsOfANamedKind()
    {
        const QStringList themes = {
            QStringLiteral("woonvormen"),         QStringLiteral("exploitatiemodellen"),
            QStringLiteral("beheermodellen"),     QStringLiteral("wet-en-regelgeving"),
            QStringLiteral("prestatieafspraken"), QStringLiteral("communicatie"),
            QStringLiteral("integratie-en-taal")};
        for (const QString &theme : themes) {
            QVERIFY2(find(theme) && find(theme)->type == Kb::ItemType::Dossier, qPrintable(theme));
            int documents = 0;
            for (const Kb::Item &doc : ofType(Kb::ItemType::Document))
                documents += doc.dossier == theme ? 1 : 0;
            QVERIFY2(documents >= 4, qPrintable(theme));
        }
    }

    void theHomePageFactsArePresent()
    {
        const Kb::Item *news = find(QStringLiteral("nationale-verklaring-2012"));
        QVERIFY(news);
        QCOMPARE(news->type, Kb::ItemType::News);
        QCOMPARE(news->date, QDate(2012, 3, 28));
        QVERIFY(news->body.contains(QStringLiteral("17 ")) ||
                news->body.contains(QStringLiteral("Zeventien partijen")));
        QVERIFY(news->body.contains(QStringLiteral("Den Haag")));
        QCOMPARE(ofType(Kb::ItemType::Pilot).size(), 5);
        for (const char *org : {"ASU", "Aedes", "CIV"}) {
            bool named = false;
            for (const Kb::Item &o : ofType(Kb::ItemType::Organisation))
                named = named || o.title.contains(QLatin1String(org));
            QVERIFY2(named, org);
        }
        bool migrantFigure = false;
        for (const Kb::Item &item : m_items)
            for (const Kb::Figure &f : item.figures)
                migrantFigure = migrantFigure || (f.value == 300000 && f.year == 2012);
        QVERIFY2(migrantFigure, "the figure of about 300,000 migrants (2012) is missing");
    }

    void faqAnswersHaveAValidityDate()
    {
        const QList<Kb::Item> faq = ofType(Kb::ItemType::Faq);
        QVERIFY(faq.size() >= 12);
        for (const Kb::Item &item : faq)
            QVERIFY2(item.validFrom.isValid(), qPrintable(item.id));
    }

    void agendaHoldsTheDatedEvents()
    {
        QSet<QDate> dates;
        for (const Kb::Item &event : ofType(Kb::ItemType::Event))
            dates.insert(event.date);
        for (const QDate &d :
             {QDate(2012, 3, 28), QDate(2012, 6, 15), QDate(2012, 6, 18), QDate(2012, 9, 26),
              QDate(2012, 9, 28), QDate(2012, 11, 23), QDate(2013, 2, 4), QDate(2013, 6, 24),
              QDate(2013, 6, 28), QDate(2023, 7, 1)})
            QVERIFY2(dates.contains(d), qPrintable(d.toString(Qt::ISODate)));
    }

    void uncertainFactsSayWhy()
    {
        for (const Kb::Item &item : m_items) {
            if (!item.confidence.isEmpty() && item.confidence != QLatin1String("high"))
                QVERIFY2(!item.uncertainty.isEmpty(), qPrintable(item.id));
        }
        for (const Kb::Item &pilot : ofType(Kb::ItemType::Pilot))
            QVERIFY2(pilot.body.contains(QStringLiteral("29 maart 2012")), qPrintable(pilot.id));
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
