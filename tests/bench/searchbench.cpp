// SPDX-License-Identifier: EUPL-1.2
// Search benchmark (issue 4; best match added in issue 13): generates a knowledge base of
// Dutch-like documents in the app's own schema, then times the app's search against the naive
// FTS5 query over the same queries.
//   searchbench generate --docs 100000 --db /tmp/flexwonen-bench.sqlite
//   searchbench run --db /tmp/flexwonen-bench.sqlite --queries 1000
// With --base KB the generated knowledge base also holds every item of KB (the bundled one),
// and the generated items belong to its regions and dossiers: a large base the window can open
// (tests/bench/startup.sh, issue 14.9).
//   searchbench generate --docs 100000 --base build/share/flexwonen/kb.sqlite --db big.sqlite
#include "kb/database.h"
#include "kb/kberror.h"
#include "kb/kbwriter.h"
#include "kb/knowledgebase.h"
#include "kb/schema.h"
#include "kb/search/engine.h"
#include "kb/search/searchservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

using namespace Flexwonen;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The most frequent Dutch function words, in rank order.
const char *const FunctionWords[] = {
    "de",    "en",     "van",   "het",  "een",    "in",   "is",   "op",   "te",    "dat",
    "die",   "voor",   "met",   "zijn", "niet",   "aan",  "er",   "om",   "ook",   "als",
    "bij",   "of",     "door",  "maar", "naar",   "dan",  "nog",  "wel",  "uit",   "over",
    "tot",   "worden", "wordt", "meer", "kan",    "moet", "deze", "dit",  "zo",    "al",
    "hun",   "hij",    "zij",   "we",   "ze",     "was",  "werd", "geen", "heeft", "hebben",
    "onder", "tussen", "tegen", "na",   "zonder", "omdat"};

// Real domain words with inflections and diacritics (ranks 60–600 in the corpus).
const char *const DomainWords[] = {"woning",
                                   "woningen",
                                   "huisvesting",
                                   "arbeidsmigrant",
                                   "arbeidsmigranten",
                                   "gemeente",
                                   "gemeenten",
                                   "gemeentes",
                                   "corporatie",
                                   "corporaties",
                                   "woningcorporatie",
                                   "werkgever",
                                   "werkgevers",
                                   "huisvester",
                                   "huisvesters",
                                   "huurcontract",
                                   "huurcontracten",
                                   "uitzendbureau",
                                   "uitzendbureaus",
                                   "flexwonen",
                                   "flexwoning",
                                   "flexwoningen",
                                   "huisvestingsbeleid",
                                   "beleid",
                                   "beleidsregel",
                                   "vergunning",
                                   "vergunningen",
                                   "omgevingsvergunning",
                                   "bestemmingsplan",
                                   "keurmerk",
                                   "normering",
                                   "norm",
                                   "normen",
                                   "regio",
                                   "regio's",
                                   "provincie",
                                   "provincies",
                                   "coördinatie",
                                   "financiële",
                                   "registratie",
                                   "inschrijving",
                                   "handhaving",
                                   "leefbaarheid",
                                   "overlast",
                                   "draagvlak",
                                   "omwonenden",
                                   "tijdelijk",
                                   "tijdelijke",
                                   "permanent",
                                   "seizoenswerk",
                                   "seizoensarbeid",
                                   "shortstay",
                                   "midstay",
                                   "longstay",
                                   "logies",
                                   "pension",
                                   "recreatiewoning",
                                   "vakantiepark",
                                   "bedrijfsterrein",
                                   "transformatie",
                                   "leegstand",
                                   "kantoorpand",
                                   "nieuwbouw",
                                   "verhuurder",
                                   "verhuurders",
                                   "verhuurderschap",
                                   "huurprijs",
                                   "huurtoeslag",
                                   "slaapkamer",
                                   "slaapkamers",
                                   "sanitair",
                                   "oppervlakte",
                                   "convenant",
                                   "convenanten",
                                   "prestatieafspraken",
                                   "pilot",
                                   "pilots",
                                   "experiment",
                                   "expertisecentrum",
                                   "kennisbank",
                                   "ministerie",
                                   "minister",
                                   "kamerbrief",
                                   "verklaring",
                                   "ondertekening",
                                   "ondertekenaars",
                                   "integratie",
                                   "taalles",
                                   "inburgering",
                                   "uitbuiting",
                                   "afhankelijkheid",
                                   "werknemers",
                                   "werknemer",
                                   "agrarisch",
                                   "glastuinbouw",
                                   "logistiek",
                                   "distributiecentrum",
                                   "vleesverwerking",
                                   "polen",
                                   "roemenen",
                                   "bulgaren",
                                   "eu-werknemers",
                                   "huisvestingslocatie",
                                   "locaties"};

class Vocabulary
{
public:
    explicit Vocabulary(std::mt19937_64 &rng)
    {
        for (const char *w : FunctionWords)
            m_words.emplace_back(w);
        // Made-up syllable words fill the ranks; domain words are spread over ranks 60–600.
        static const char *const onsets[] = {"b",  "d",  "g",  "k",   "l",  "m",  "n",  "p",
                                             "r",  "s",  "t",  "v",   "w",  "z",  "st", "br",
                                             "kr", "sl", "gr", "sch", "tr", "vl", "bl", "dr"};
        static const char *const nuclei[] = {"a",  "e",  "i",  "o",  "u",  "aa", "ee",
                                             "oo", "ie", "ei", "ou", "ui", "oe", "eu"};
        static const char *const codas[] = {"",  "",  "n",  "r",  "s",  "t",  "k",
                                            "l", "m", "nd", "ng", "rt", "cht"};
        std::uniform_int_distribution<int> syllables(2, 4);
        std::set<std::string> seen(m_words.begin(), m_words.end());
        const int made = 40000;
        std::vector<std::string> madeUp;
        while (int(madeUp.size()) < made) {
            std::string w;
            const int n = syllables(rng);
            for (int i = 0; i < n; ++i) {
                w += onsets[rng() % std::size(onsets)];
                w += nuclei[rng() % std::size(nuclei)];
                w += codas[rng() % std::size(codas)];
            }
            if (seen.insert(w).second)
                madeUp.push_back(w);
        }
        std::size_t next = 0;
        const std::size_t domains = std::size(DomainWords);
        for (std::size_t rank = m_words.size(); next < madeUp.size(); ++rank) {
            const std::size_t slot = (rank >= 60 && rank <= 600) ? (rank - 60) : std::size_t(-1);
            if (slot != std::size_t(-1) && slot % 5 == 0 && slot / 5 < domains)
                m_words.emplace_back(DomainWords[slot / 5]);
            else
                m_words.push_back(madeUp[next++]);
        }
        // Zipf–Mandelbrot: p(r) ~ 1 / (r + 2.7).
        double sum = 0;
        m_cdf.reserve(m_words.size());
        for (std::size_t r = 0; r < m_words.size(); ++r) {
            sum += 1.0 / (double(r) + 1.0 + 2.7);
            m_cdf.push_back(sum);
        }
        for (double &c : m_cdf)
            c /= sum;
    }

    const std::string &draw(std::mt19937_64 &rng) const
    {
        const double u = std::uniform_real_distribution<double>(0, 1)(rng);
        auto it = std::lower_bound(m_cdf.begin(), m_cdf.end(), u);
        return m_words[std::min<std::size_t>(std::size_t(it - m_cdf.begin()), m_words.size() - 1)];
    }
    // A query word: a domain word one time in three, else log-uniform over ranks 20–40,000.
    std::string queryWord(std::mt19937_64 &rng) const
    {
        if (rng() % 3 == 0)
            return DomainWords[rng() % std::size(DomainWords)];
        const double lo = std::log(20.0);
        const double hi = std::log(double(std::min<std::size_t>(40000, m_words.size() - 1)));
        const auto rank =
            std::size_t(std::exp(std::uniform_real_distribution<double>(lo, hi)(rng)));
        return m_words[rank];
    }

private:
    std::vector<std::string> m_words;
    std::vector<double> m_cdf;
};

QString sentenceText(const Vocabulary &v, std::mt19937_64 &rng, int words)
{
    std::string s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += ' ';
        s += v.draw(rng);
    }
    return QString::fromStdString(s);
}

void check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        out() << "sqlite: " << sqlite3_errmsg(db) << Qt::endl;
        std::exit(1);
    }
}

// Every item of base, and the ids of its regions and dossiers (empty without a base).
struct BaseItems
{
    QList<Kb::Item> items;
    QStringList regions;
    QStringList dossiers;
};

BaseItems readBase(const QString &base)
{
    BaseItems b;
    if (base.isEmpty())
        return b;
    Kb::KnowledgeBase kb(base, Kb::KnowledgeBase::Access::ReadOnlyFile);
    for (const Kb::ItemSummary &s : kb.list({})) {
        if (const auto item = kb.item(s.id))
            b.items.append(*item);
        if (s.type == Kb::ItemType::Region)
            b.regions.append(s.id);
        else if (s.type == Kb::ItemType::Dossier)
            b.dossiers.append(s.id);
    }
    return b;
}

int generate(const QString &path, int docs, const QString &basePath = {})
{
    const BaseItems base = readBase(basePath);
    const QString naivePath = path + QStringLiteral(".naive");
    for (const QString &p : {path, naivePath}) {
        QFile::remove(p);
        QFile::remove(p + QStringLiteral("-wal"));
        QFile::remove(p + QStringLiteral("-shm"));
    }
    std::mt19937_64 rng(20121128);
    const Vocabulary vocabulary(rng);
    static const QList<Kb::ItemType> types = {Kb::ItemType::Document, Kb::ItemType::News,
                                              Kb::ItemType::Faq, Kb::ItemType::Event,
                                              Kb::ItemType::Pilot};
    QList<Kb::Item> items;
    std::vector<std::string> phrases;
    QElapsedTimer generation;
    qint64 generationMs = 0;
    qint64 indexMs = 0;
    QElapsedTimer total;
    total.start();
    {
        Kb::Connection c(path, Kb::Connection::Mode::ReadWrite);
        c.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        c.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        c.exec(QStringLiteral("PRAGMA cache_size=-262144"));
        Kb::Schema::migrate(c, Kb::Schema::Store::Content);
        Kb::Transaction t(c);
        Kb::KbWriter writer(c);
        if (!base.items.isEmpty()) {
            writer.upsertAll(base.items);
            writer.setMeta(1, QStringLiteral("bundled"), QStringLiteral("2026-11-28"));
        }
        constexpr int Batch = 5000;
        for (int i = 0; i < docs; i += Batch) {
            generation.start();
            items.clear();
            for (int j = i; j < std::min(docs, i + Batch); ++j) {
                Kb::Item item;
                item.id = QStringLiteral("doc-%1").arg(j);
                item.type = types[j % types.size()];
                item.title = sentenceText(vocabulary, rng, 6 + int(rng() % 5));
                item.summary = sentenceText(vocabulary, rng, 20);
                item.body = sentenceText(vocabulary, rng, 280);
                item.date = QDate(2010 + int(rng() % 16), 1 + int(rng() % 12), 1);
                if (!base.regions.isEmpty() && item.type != Kb::ItemType::News)
                    item.region = base.regions[qsizetype(rng() % std::size_t(base.regions.size()))];
                if (!base.dossiers.isEmpty() && item.type == Kb::ItemType::Document)
                    item.dossier =
                        base.dossiers[qsizetype(rng() % std::size_t(base.dossiers.size()))];
                items.append(item);
                if (phrases.size() < 4000 && rng() % 20 == 0) {
                    const QStringList w = item.body.split(QLatin1Char(' '));
                    const auto k = qsizetype(rng() % std::size_t(w.size() - 1));
                    phrases.push_back((w[k] + QLatin1Char(' ') + w[k + 1]).toStdString());
                }
            }
            generationMs += generation.elapsed();
            QElapsedTimer index;
            index.start();
            writer.upsertAll(items);
            indexMs += index.elapsed();
        }
        QElapsedTimer commit;
        commit.start();
        t.commit();
        indexMs += commit.elapsed();
    }
    out() << "generated " << docs << " documents: generation " << generationMs
          << " ms, index build (items + search index, KbWriter::upsertAll + commit) " << indexMs
          << " ms, total " << total.elapsed() << " ms" << Qt::endl;

    // The naive comparison: a plain unicode61 FTS5 table over the same text.
    QElapsedTimer naive;
    naive.start();
    sqlite3 *db = nullptr;
    check(sqlite3_open(path.toUtf8().constData(), &db), db);
    const QByteArray attach = "ATTACH '" + naivePath.toUtf8() + "' AS naive";
    for (const char *sql :
         {attach.constData(), "PRAGMA naive.journal_mode=DELETE", "PRAGMA naive.synchronous=OFF",
          "CREATE TABLE naive.docs (id INTEGER PRIMARY KEY, title TEXT, body TEXT)",
          "CREATE VIRTUAL TABLE naive.docs_fts USING fts5(title, body, content='docs', "
          "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
          "CREATE TABLE naive.phrase (text TEXT)", "BEGIN",
          "INSERT INTO naive.docs (id, title, body) SELECT rowid, title, summary || ' ' || body "
          "FROM main.item",
          "INSERT INTO naive.docs_fts (docs_fts) VALUES ('rebuild')",
          "INSERT INTO naive.docs_fts (docs_fts) VALUES ('optimize')"}) {
        check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db);
    }
    sqlite3_stmt *s = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO naive.phrase (text) VALUES (?)", -1, &s, nullptr),
          db);
    for (const std::string &p : phrases) {
        sqlite3_bind_text(s, 1, p.data(), int(p.size()), SQLITE_TRANSIENT);
        sqlite3_step(s);
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    sqlite3_close(db);
    out() << "naive unicode61 table built in " << naive.elapsed() << " ms" << Qt::endl;
    return 0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

struct Query
{
    QString app;       // what the user types
    std::string naive; // the FTS5 MATCH expression
};

std::string ftsQuoted(const std::string &w)
{
    std::string q = "\"";
    for (char c : w)
        q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + '"';
}

std::string folded(std::string w)
{
    // The generator's words are ASCII except a few domain words; unicode61 folds those itself.
    std::replace(w.begin(), w.end(), '\'', ' ');
    return w;
}

int runBench(const QString &path, int perKind, const QString &only, const QString &onlyKind)
{
    QElapsedTimer open;
    open.start();
    Kb::Connection c(path, Kb::Connection::Mode::ReadOnly);
    Kb::Search::Engine engine(c.handle());
    const qint64 openMs = open.elapsed();
    QElapsedTimer serviceTimer;
    serviceTimer.start();
    {
        Kb::SearchService service(path, Kb::KnowledgeBase::Access::ReadOnlyFile);
    }
    const qint64 serviceMs = serviceTimer.elapsed();

    sqlite3 *naive = nullptr;
    sqlite3_open_v2((path + QStringLiteral(".naive")).toUtf8().constData(), &naive,
                    SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *naiveQuery = nullptr;
    check(sqlite3_prepare_v2(naive,
                             "SELECT rowid, title, snippet(docs_fts, 1, '<b>', '</b>', '…', 12), "
                             "bm25(docs_fts, 5.0, 1.0) AS r FROM docs_fts WHERE docs_fts MATCH ?1 "
                             "ORDER BY r LIMIT 20",
                             -1, &naiveQuery, nullptr),
          naive);
    std::vector<std::string> phrases;
    {
        sqlite3_stmt *p = nullptr;
        sqlite3_prepare_v2(naive, "SELECT text FROM phrase", -1, &p, nullptr);
        while (sqlite3_step(p) == SQLITE_ROW)
            phrases.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(p, 0)));
        sqlite3_finalize(p);
    }

    std::mt19937_64 rng(20121128); // the same vocabulary as the generator
    const Vocabulary vocabulary(rng);
    std::mt19937_64 qrng(4);
    const QStringList kinds = {QStringLiteral("single"), QStringLiteral("two terms"),
                               QStringLiteral("prefix"), QStringLiteral("phrase"),
                               QStringLiteral("best match")};
    std::vector<std::vector<Query>> queries(std::size_t(kinds.size()));
    for (int i = 0; i < perKind; ++i) {
        const std::string a = folded(vocabulary.queryWord(qrng));
        const std::string b = folded(vocabulary.queryWord(qrng));
        queries[0].push_back({QString::fromStdString(a) + QLatin1Char(' '), ftsQuoted(a)});
        queries[1].push_back({QString::fromStdString(a + ' ' + b) + QLatin1Char(' '),
                              ftsQuoted(a) + ' ' + ftsQuoted(b)});
        std::string p = a.substr(0, std::min<std::size_t>(a.size(), 3 + qrng() % 3));
        queries[2].push_back({QString::fromStdString(p), ftsQuoted(p) + '*'});
        const std::string ph = phrases.empty() ? a : phrases[std::size_t(i) % phrases.size()];
        queries[3].push_back(
            {QLatin1Char('"') + QString::fromStdString(ph) + QLatin1Char('"'), ftsQuoted(ph)});
    }
    // Best match (issue 13): a question-like query where not every word can match: two words,
    // a function word and a misspelled word (one inner letter changed), as people type them.
    // The naive engine gets the usual answer to that, the words joined by OR.
    std::mt19937_64 brng(13);
    for (int i = 0; i < perKind; ++i) {
        const std::string a = folded(vocabulary.queryWord(brng));
        const std::string b = folded(vocabulary.queryWord(brng));
        std::string typo = folded(vocabulary.queryWord(brng));
        if (typo.size() > 3)
            typo[1 + brng() % (typo.size() - 2)] = char('a' + brng() % 26);
        const std::string function = FunctionWords[brng() % std::size(FunctionWords)];
        queries[4].push_back(
            {QString::fromStdString(a + ' ' + function + ' ' + b + ' ' + typo) + QLatin1Char(' '),
             ftsQuoted(a) + " OR " + ftsQuoted(function) + " OR " + ftsQuoted(b) + " OR " +
                 ftsQuoted(typo)});
    }

    out() << "\nopen: connection + engine " << openMs << " ms; SearchService start/stop "
          << serviceMs << " ms\n\n";
    out() << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8\n")
                 .arg(QStringLiteral("kind"), -10)
                 .arg(QStringLiteral("app median"), 10)
                 .arg(QStringLiteral("app p95"), 8)
                 .arg(QStringLiteral("naive median"), 12)
                 .arg(QStringLiteral("naive p95"), 9)
                 .arg(QStringLiteral("p95 ratio"), 9)
                 .arg(QStringLiteral("median ratio"), 12)
                 .arg(QStringLiteral("avg total"), 9);
    for (int kind = 0; kind < int(kinds.size()); ++kind) {
        if (!onlyKind.isEmpty() && kinds[kind] != onlyKind)
            continue;
        std::vector<double> app;
        std::vector<double> base;
        double totals = 0;
        for (std::size_t i = 0; i < queries[std::size_t(kind)].size(); ++i) {
            const Query &q = queries[std::size_t(kind)][i];
            const auto timeApp = [&] {
                QElapsedTimer t;
                t.start();
                Kb::SearchRequest r;
                r.text = q.app;
                r.limit = 20;
                const Kb::SearchResults res = engine.search(r);
                totals += double(res.total);
                app.push_back(double(t.nsecsElapsed()) / 1e6);
            };
            const auto timeNaive = [&] {
                QElapsedTimer t;
                t.start();
                sqlite3_bind_text(naiveQuery, 1, q.naive.data(), int(q.naive.size()),
                                  SQLITE_TRANSIENT);
                while (sqlite3_step(naiveQuery) == SQLITE_ROW) {
                }
                sqlite3_reset(naiveQuery);
                base.push_back(double(t.nsecsElapsed()) / 1e6);
            };
            if (only == QLatin1String("app")) {
                timeApp();
                continue;
            }
            if (only == QLatin1String("naive")) {
                timeNaive();
                continue;
            }
            // Alternate the order so neither side always runs on the other's warm cache.
            if (i % 2) {
                timeApp();
                timeNaive();
            } else {
                timeNaive();
                timeApp();
            }
        }
        const double ap95 = percentile(app, 0.95);
        const double np95 = percentile(base, 0.95);
        out() << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8\n")
                     .arg(kinds[kind], -10)
                     .arg(percentile(app, 0.5), 10, 'f', 2)
                     .arg(ap95, 8, 'f', 2)
                     .arg(percentile(base, 0.5), 12, 'f', 2)
                     .arg(np95, 9, 'f', 2)
                     .arg(np95 / std::max(ap95, 1e-6), 8, 'f', 1)
                     .arg(percentile(base, 0.5) / std::max(percentile(app, 0.5), 1e-6), 11, 'f', 1)
                     .arg(totals / double(app.size()), 9, 'f', 0);
    }
    sqlite3_finalize(naiveQuery);
    sqlite3_close(naive);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out() << "\nmax resident set size: " << usage.ru_maxrss / 1024 << " MB" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("generate | run | all"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file."),
                      QStringLiteral("FILE"), QStringLiteral("/tmp/flexwonen-bench.sqlite")});
    parser.addOption({QStringLiteral("docs"), QStringLiteral("Documents to generate."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("base"),
                      QStringLiteral("Knowledge base whose items (regions, dossiers) the generated "
                                     "one also holds, so the window can open it."),
                      QStringLiteral("KB")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Queries per kind."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("Time only one side (app or naive), e.g. to read its memory."),
                      QStringLiteral("SIDE")});
    parser.addOption({QStringLiteral("kind"),
                      QStringLiteral("Run one kind only (single, two terms, prefix, phrase, best "
                                     "match), e.g. to profile it."),
                      QStringLiteral("KIND")});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0, QStringLiteral("all"));
    const QString db = parser.value(QStringLiteral("db"));
    try {
        if (mode == QLatin1String("generate") || mode == QLatin1String("all"))
            generate(db, parser.value(QStringLiteral("docs")).toInt(),
                     parser.value(QStringLiteral("base")));
        if (mode == QLatin1String("run") || mode == QLatin1String("all"))
            runBench(db, parser.value(QStringLiteral("queries")).toInt(),
                     parser.value(QStringLiteral("only")), parser.value(QStringLiteral("kind")));
    } catch (const Kb::Error &e) {
        out() << "searchbench: " << e.message() << Qt::endl;
        return 1;
    } catch (const Kb::Search::Cancelled &) {
        return 1;
    }
    return 0;
}
