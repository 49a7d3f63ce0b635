// SPDX-License-Identifier: EUPL-1.2
#include "indexer.h"

#include "../itemmarkdown.h"
#include "functionwords.h"
#include "nltokenizer.h"
#include "postings.h"
#include "statement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace Flexwonen::Kb::Search {

namespace {

constexpr int Fields = 4;        // title, summary, body, extra — the columns of search_fts
constexpr int FlushEvery = 4000; // documents buffered before postings are written
constexpr std::size_t InternLimit = 2000000;

struct TermTf
{
    std::uint32_t term = 0;
    std::array<std::uint16_t, Fields> tf{};
};

// Heterogeneous lookup: find a word by string_view without building a std::string.
struct WordHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using WordMap = std::unordered_map<std::string, std::uint32_t, WordHash, std::equal_to<>>;

struct PendingDoc
{
    qint64 docid = 0;
    std::array<int, Fields> length{};
    std::vector<TermTf> terms;
};

struct Stats
{
    qint64 docs = 0;
    qint64 total = 0;
    std::array<qint64, Fields> length{};
};

// BM25F-style weight of a term in a document, 0..1, fixed when the document is indexed: a title
// hit outweighs any number of mentions elsewhere; summary counts triple, extra (municipalities,
// …) double, body once, each normalised against its average length.
std::uint8_t impactOf(const TermTf &t, const std::array<int, Fields> &length,
                      const std::array<double, Fields> &average)
{
    constexpr double k1 = 1.2;
    constexpr std::array<double, Fields> weight{0.0, 3.0, 1.0, 2.0};
    constexpr std::array<double, Fields> b{0.5, 0.5, 0.75, 0.5};
    double rest = 0;
    for (int f = 1; f < Fields; ++f) {
        if (!t.tf[f])
            continue;
        const double norm = average[f] > 0 ? 1 - b[f] + b[f] * length[f] / average[f] : 1.0;
        rest += weight[f] * t.tf[f] / norm;
    }
    const double impact = (t.tf[0] ? 0.55 : 0.0) + 0.45 * rest / (k1 + rest);
    return std::uint8_t(std::clamp(std::lround(impact * 255), 1L, 255L));
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// The rows of a child table (municipalities, key figures) by the item they belong to, the
// item's id in the first column.
template <typename T, typename Read>
std::unordered_map<std::string, QList<T>> byItem(sqlite3 *db, const char *sql, Read read)
{
    std::unordered_map<std::string, QList<T>> rows;
    Statement s(db, sql);
    while (s.step())
        rows[std::string(s.text(0))].append(read(s));
    return rows;
}

Figure figureOf(const Statement &f)
{
    Figure figure;
    figure.label = f.qtext(1);
    figure.value = f.real(2);
    if (!f.isNull(3))
        figure.valueMax = f.real(3);
    figure.unit = f.qtext(4);
    figure.year = int(f.integer(5));
    figure.definition = f.qtext(6);
    figure.approx = f.integer(7) != 0;
    return figure;
}

// An item as the index needs it, from a row of the rebuild's item query.
Item itemOf(const Statement &q)
{
    Item item;
    item.id = q.qtext(0);
    item.type = storedType(q.qtext(1), item.id);
    item.title = q.qtext(2);
    item.summary = q.qtext(3);
    item.body = q.qtext(4);
    item.region = q.qtext(5);
    item.dossier = q.qtext(6);
    item.kind = q.qtext(7);
    item.place = q.qtext(8);
    item.date = QDate::fromString(q.qtext(9), Qt::ISODate);
    item.validFrom = QDate::fromString(q.qtext(10), Qt::ISODate);
    const QJsonObject extra = QJsonDocument::fromJson(q.qtext(11).toUtf8()).object();
    item.municipality = extra.value(QLatin1String("municipality")).toString();
    item.initiator = extra.value(QLatin1String("initiator")).toString();
    return item;
}

} // namespace

struct Indexer::Private
{
    explicit Private(sqlite3 *handle)
        : db(handle)
        , analyzer(handle)
        , pairs(analyzer)
    {}

    sqlite3 *db;
    Analyzer analyzer;
    FunctionPairs pairs;
    std::vector<std::uint8_t> functionTerm;                   // per term id: a function-word stem
    std::unordered_map<std::uint64_t, std::uint32_t> pairIds; // (term id, term id) -> pair term id
    std::unordered_map<std::string, std::uint32_t> termIds;
    std::vector<std::string> terms;
    std::vector<PendingDoc> pending;
    QSet<QString> pendingIds;
    std::unordered_map<std::string, std::string> newWords;
    WordMap wordTerms;                 // folded word -> interned stem id
    std::vector<std::uint32_t> slotOf; // per term id: 1 + its index in the current document

    // The stem id of a folded word; a word seen for the first time is queued for search_word.
    std::uint32_t termOf(std::string_view word)
    {
        auto it = wordTerms.find(word);
        if (it != wordTerms.end())
            return it->second;
        std::string w(word);
        const std::string &stem = analyzer.stem(w);
        const std::uint32_t id = intern(stem);
        newWords.emplace(w, stem);
        wordTerms.emplace(std::move(w), id);
        return id;
    }
    std::unique_ptr<Statement> insertDoc;
    std::unique_ptr<Statement> insertFts;

    std::uint32_t intern(const std::string &term)
    {
        auto it = termIds.find(term);
        if (it != termIds.end())
            return it->second;
        const auto id = std::uint32_t(terms.size());
        terms.push_back(term);
        termIds.emplace(term, id);
        functionTerm.push_back(pairs.isFunctionStem(term) ? 1 : 0);
        return id;
    }

    // The pair term of two adjacent function-word stems.
    std::uint32_t pairOf(std::uint32_t first, std::uint32_t second)
    {
        const std::uint64_t key = (std::uint64_t(first) << 32) | second;
        auto it = pairIds.find(key);
        if (it != pairIds.end())
            return it->second;
        const std::uint32_t id = intern(FunctionPairs::term(terms[first], terms[second]));
        pairIds.emplace(key, id);
        return id;
    }

    // Counts one occurrence of term id in the current field of doc.
    void count(PendingDoc &doc, std::uint32_t id, int field)
    {
        if (slotOf.size() <= id)
            slotOf.resize(std::max<std::size_t>(id + 1, slotOf.size() * 2), 0);
        std::uint32_t &slot = slotOf[id];
        if (slot == 0) {
            doc.terms.push_back(TermTf{id, {}});
            slot = std::uint32_t(doc.terms.size());
        }
        auto &tf = doc.terms[slot - 1].tf[std::size_t(field)];
        if (tf < 0xffff)
            ++tf;
    }

    Stats readStats()
    {
        Statement q(db, "SELECT docs, total_length, title_length, summary_length, body_length, "
                        "extra_length FROM search_stat WHERE id = 1");
        Stats s;
        if (q.step()) {
            s.docs = q.integer(0);
            s.total = q.integer(1);
            for (int f = 0; f < Fields; ++f)
                s.length[f] = q.integer(2 + f);
        }
        return s;
    }

    void writeStats(const Stats &s)
    {
        Statement q(db, "UPDATE search_stat SET docs = ?, total_length = ?, title_length = ?, "
                        "summary_length = ?, body_length = ?, extra_length = ? WHERE id = 1");
        q.bind(1, s.docs).bind(2, s.total);
        for (int f = 0; f < Fields; ++f)
            q.bind(3 + f, s.length[f]);
        q.run();
    }

    void appendPostings(Statement &last, Statement &update, Statement &insert,
                        const std::string &term,
                        const std::vector<std::pair<qint64, std::uint8_t>> &postings)
    {
        std::size_t next = 0;
        qint64 chunk = -1;
        last.bindText(1, term);
        if (last.step()) {
            chunk = last.integer(0);
            const qint64 count = last.integer(1);
            qint64 lastDoc = last.integer(2);
            if (count < PostingsPerChunk) {
                std::string data(last.blob(3));
                qint64 n = count;
                for (; next < postings.size() && n < PostingsPerChunk; ++next, ++n) {
                    appendPosting(data, postings[next].first - lastDoc, postings[next].second);
                    lastDoc = postings[next].first;
                }
                last.reset();
                update.bind(1, n)
                    .bind(2, lastDoc)
                    .bindBlob(3, data)
                    .bindText(4, term)
                    .bind(5, chunk);
                update.run();
            }
        }
        last.reset();
        while (next < postings.size()) {
            std::string data;
            qint64 lastDoc = 0;
            qint64 n = 0;
            for (; next < postings.size() && n < PostingsPerChunk; ++next, ++n) {
                appendPosting(data, postings[next].first - lastDoc, postings[next].second);
                lastDoc = postings[next].first;
            }
            ++chunk;
            insert.bindText(1, term).bind(2, chunk).bind(3, n).bind(4, lastDoc).bindBlob(5, data);
            insert.run();
        }
    }

    // The pair markers (FunctionPairs::FromTerm, CountTerm): an empty index starts them, every
    // flush on an index that has them adds its documents.
    void countPairedDocs(bool emptyIndex)
    {
        const std::string from(FunctionPairs::FromTerm);
        const std::string count(FunctionPairs::CountTerm);
        if (emptyIndex) {
            Statement start(db, "INSERT OR REPLACE INTO search_term (term, df) VALUES (?, ?)");
            start.bindText(1, from).bind(2, pending.front().docid).run();
            start.bindText(1, count).bind(2, 0).run();
        }
        Statement add(db, "UPDATE search_term SET df = df + ? WHERE term = ?");
        add.bind(1, qint64(pending.size())).bindText(2, count).run();
    }

    std::array<std::string, Fields> textsOf(const QString &title, const QString &summary,
                                            const QString &body, const QString &extra)
    {
        return {utf8(title), utf8(summary), utf8(Indexer::plainBody(body)), utf8(extra)};
    }
};

Indexer::Indexer(sqlite3 *db)
    : d(std::make_unique<Private>(db))
{}

Indexer::~Indexer() = default;

QString Indexer::extraText(const Item &item)
{
    QStringList parts;
    for (const Municipality &m : item.municipalities)
        parts.append(m.name);
    for (const QString &s : {item.municipality, item.initiator, item.place, item.kind}) {
        if (!s.isEmpty())
            parts.append(s);
    }
    // Key figures are part of what the reader shows: "Arbeidsmigranten in Nederland: 700.000".
    for (const Figure &f : item.figures)
        parts.append(QStringLiteral("%1: %2 (%3). %4")
                         .arg(f.label, ItemMarkdown::formatFigure(f), QString::number(f.year),
                              f.definition));
    return parts.join(QStringLiteral(", "));
}

QString Indexer::plainBody(const QString &markdown)
{
    // One pass instead of regular expressions: it runs for every indexed body and every hit.
    QString text;
    text.reserve(markdown.size());
    const qsizetype n = markdown.size();
    bool space = true;
    const auto putSpace = [&] {
        if (!space)
            text.append(QLatin1Char(' '));
        space = true;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = markdown[i];
        if (c == QLatin1Char(']') && i + 1 < n && markdown[i + 1] == QLatin1Char('(')) {
            const qsizetype close = markdown.indexOf(QLatin1Char(')'), i + 2);
            if (close > 0) { // a link target: kb:id or a URL
                i = close;
                putSpace();
                continue;
            }
        }
        if ((c == QLatin1Char('h') || c == QLatin1Char('<')) &&
            (QStringView(markdown).mid(i).startsWith(QLatin1String("http://")) ||
             QStringView(markdown).mid(i).startsWith(QLatin1String("https://")) ||
             QStringView(markdown).mid(i).startsWith(QLatin1String("<http")))) {
            while (i + 1 < n && !markdown[i + 1].isSpace() && markdown[i + 1] != QLatin1Char(')'))
                ++i;
            putSpace();
            continue;
        }
        if (c.isSpace() || c == QLatin1Char('#') || c == QLatin1Char('*') ||
            c == QLatin1Char('_') || c == QLatin1Char('>') || c == QLatin1Char('|') ||
            c == QLatin1Char('`') || c == QLatin1Char('[') || c == QLatin1Char(']')) {
            putSpace();
            continue;
        }
        text.append(c);
        space = false;
    }
    if (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

void Indexer::add(const Item &item)
{
    const QString extra = extraText(item);
    const auto texts = d->textsOf(item.title, item.summary, item.body, extra);
    const QDate dated = item.date.isValid() ? item.date : item.validFrom;

    PendingDoc doc;
    constexpr std::uint32_t None = 0xffffffff;
    struct Ctx
    {
        Private *d;
        PendingDoc *doc;
        int field;
        std::uint32_t previous; // the word before, for pairs of function words
    } ctx{d.get(), &doc, 0, None};
    for (int f = 0; f < Fields; ++f) {
        ctx.field = f;
        ctx.previous = None; // a phrase never spans two fields
        d->analyzer.forEachWord(
            texts[f],
            [](void *p, std::string_view word) {
                auto *c = static_cast<Ctx *>(p);
                Private &self = *c->d;
                const std::uint32_t id = self.termOf(word);
                self.count(*c->doc, id, c->field);
                ++c->doc->length[std::size_t(c->field)];
                if (c->previous != None && self.functionTerm[c->previous] && self.functionTerm[id])
                    self.count(*c->doc, self.pairOf(c->previous, id), c->field);
                c->previous = id;
            },
            &ctx);
    }
    for (const TermTf &t : doc.terms)
        d->slotOf[t.term] = 0;
    int total = 0;
    for (int f = 0; f < Fields; ++f)
        total += doc.length[f];

    if (!d->insertDoc) {
        d->insertDoc = std::make_unique<Statement>(
            d->db, "INSERT INTO search_doc (item_id, type, region, dossier, year, length, extra) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)");
        d->insertFts = std::make_unique<Statement>(
            d->db, "INSERT INTO search_fts (rowid, title, summary, body, extra) "
                   "VALUES (?, ?, ?, ?, ?)");
    }
    Statement &insertDoc = *d->insertDoc;
    insertDoc.bindText(1, item.id).bindText(2, typeName(item.type));
    item.region.isEmpty() ? insertDoc.bindNull(3) : insertDoc.bindText(3, item.region);
    item.dossier.isEmpty() ? insertDoc.bindNull(4) : insertDoc.bindText(4, item.dossier);
    dated.isValid() ? insertDoc.bind(5, dated.year()) : insertDoc.bindNull(5);
    insertDoc.bind(6, total).bindText(7, extra);
    insertDoc.run();
    doc.docid = sqlite3_last_insert_rowid(d->db);

    Statement &fts = *d->insertFts;
    fts.bind(1, doc.docid);
    for (int f = 0; f < Fields; ++f)
        fts.bindText(2 + f, texts[f]);
    fts.run();

    d->pending.push_back(std::move(doc));
    d->pendingIds.insert(item.id);
    if (d->pending.size() >= FlushEvery)
        flush();
}

void Indexer::flush()
{
    if (d->pending.empty())
        return;
    Stats stats = d->readStats();
    d->countPairedDocs(stats.docs == 0);
    for (const PendingDoc &doc : d->pending) {
        ++stats.docs;
        for (int f = 0; f < Fields; ++f) {
            stats.length[f] += doc.length[f];
            stats.total += doc.length[f];
        }
    }
    d->writeStats(stats);
    std::array<double, Fields> average{};
    for (int f = 0; f < Fields; ++f)
        average[f] = stats.docs ? double(stats.length[f]) / double(stats.docs) : 0.0;

    std::vector<std::vector<std::pair<qint64, std::uint8_t>>> byTerm(d->terms.size());
    std::vector<std::uint32_t> touched;
    for (const PendingDoc &doc : d->pending) {
        for (const TermTf &t : doc.terms) {
            auto &list = byTerm[t.term];
            if (list.empty())
                touched.push_back(t.term);
            list.emplace_back(doc.docid, impactOf(t, doc.length, average));
        }
    }

    Statement df(d->db, "INSERT INTO search_term (term, df) VALUES (?, ?) "
                        "ON CONFLICT (term) DO UPDATE SET df = df + excluded.df");
    Statement last(d->db, "SELECT chunk, count, last_docid, data FROM search_posting "
                          "WHERE term = ? ORDER BY chunk DESC LIMIT 1");
    Statement update(d->db, "UPDATE search_posting SET count = ?, last_docid = ?, data = ? "
                            "WHERE term = ? AND chunk = ?");
    Statement insert(d->db, "INSERT INTO search_posting (term, chunk, count, last_docid, data) "
                            "VALUES (?, ?, ?, ?, ?)");
    std::sort(touched.begin(), touched.end(),
              [&](std::uint32_t a, std::uint32_t b) { return d->terms[a] < d->terms[b]; });
    for (std::uint32_t id : touched) {
        const std::string &term = d->terms[id];
        df.bindText(1, term).bind(2, qint64(byTerm[id].size()));
        df.run();
        d->appendPostings(last, update, insert, term, byTerm[id]);
    }

    Statement word(d->db, "INSERT OR IGNORE INTO search_word (word, stem, rev) VALUES (?, ?, ?)");
    for (const auto &[w, stem] : d->newWords) {
        const std::string rev(w.rbegin(), w.rend());
        word.bindText(1, w).bindText(2, stem).bindBlob(3, rev);
        word.run();
    }
    d->newWords.clear();
    d->pending.clear();
    d->pendingIds.clear();
    if (d->terms.size() > InternLimit || d->wordTerms.size() > InternLimit) {
        d->terms.clear();
        d->termIds.clear();
        d->wordTerms.clear();
        d->slotOf.clear();
        d->functionTerm.clear();
        d->pairIds.clear();
    }
}

void Indexer::remove(const QString &itemId)
{
    if (d->pendingIds.contains(itemId))
        flush();
    Statement doc(d->db, "SELECT docid, extra FROM search_doc WHERE item_id = ?");
    doc.bindText(1, itemId);
    if (!doc.step())
        return;
    const qint64 docid = doc.integer(0);
    const QString extra = doc.qtext(1);
    doc.reset();

    Statement item(d->db, "SELECT title, summary, body FROM item WHERE id = ?");
    item.bindText(1, itemId);
    std::array<std::string, Fields> texts;
    if (item.step())
        texts = d->textsOf(item.qtext(0), item.qtext(1), item.qtext(2), extra);
    item.reset();

    Stats stats = d->readStats();
    std::unordered_set<std::string> stems;
    for (int f = 0; f < Fields; ++f) {
        const std::vector<Token> tokens = d->analyzer.analyze(texts[f]);
        stats.length[f] -= qint64(tokens.size());
        stats.total -= qint64(tokens.size());
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            stems.insert(tokens[i].stem);
            if (i > 0 && d->pairs.isFunctionStem(tokens[i - 1].stem) &&
                d->pairs.isFunctionStem(tokens[i].stem))
                stems.insert(FunctionPairs::term(tokens[i - 1].stem, tokens[i].stem));
        }
    }
    --stats.docs;
    d->writeStats(stats);

    Statement df(d->db, "UPDATE search_term SET df = df - 1 WHERE term = ?");
    Statement gone(d->db, "DELETE FROM search_term WHERE term = ? AND df <= 0");
    for (const std::string &s : stems) {
        df.bindText(1, s);
        df.run();
        gone.bindText(1, s);
        gone.run();
    }
    Statement fts(d->db, "INSERT INTO search_fts (search_fts, rowid, title, summary, body, extra) "
                         "VALUES ('delete', ?, ?, ?, ?, ?)");
    fts.bind(1, docid);
    for (int f = 0; f < Fields; ++f)
        fts.bindText(2 + f, texts[f]);
    fts.run();
    Statement dead(d->db, "INSERT OR IGNORE INTO search_dead (docid) VALUES (?)");
    dead.bind(1, docid).run();
    Statement drop(d->db, "DELETE FROM search_doc WHERE docid = ?");
    drop.bind(1, docid).run();
}

void Indexer::rebuild()
{
    d->pending.clear();
    d->pendingIds.clear();
    d->newWords.clear();
    d->wordTerms.clear(); // search_word is emptied below: every word is new again
    for (const char *sql :
         {"DELETE FROM search_doc", "DELETE FROM search_dead", "DELETE FROM search_term",
          "DELETE FROM search_posting", "DELETE FROM search_word",
          "INSERT INTO search_fts (search_fts) VALUES ('delete-all')",
          "UPDATE search_stat SET docs = 0, total_length = 0, title_length = 0, "
          "summary_length = 0, body_length = 0, extra_length = 0"})
        execute(d->db, sql);

    const auto municipalities = byItem<Municipality>(
        d->db, "SELECT region_id, name FROM municipality ORDER BY region_id, pos",
        [](const Statement &m) {
            return Municipality{m.qtext(1), {}, 0};
        });
    const auto figures = byItem<Figure>(d->db,
                                        "SELECT item_id, label, value, value_max, unit, year, "
                                        "definition, approx FROM figure ORDER BY item_id, pos",
                                        figureOf);
    Statement q(d->db, "SELECT id, type, title, summary, body, region, dossier, kind, place, date, "
                       "valid_from, extra FROM item ORDER BY rowid");
    while (q.step()) {
        Item item = itemOf(q);
        if (auto it = municipalities.find(item.id.toStdString()); it != municipalities.end())
            item.municipalities = it->second;
        if (auto it = figures.find(item.id.toStdString()); it != figures.end())
            item.figures = it->second;
        add(item);
    }
    flush();
}

} // namespace Flexwonen::Kb::Search
