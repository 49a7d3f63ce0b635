// SPDX-License-Identifier: EUPL-1.2
#include "wordmarker.h"

#include "functionwords.h"
#include "nltokenizer.h"
#include "query.h"

#include <sqlite3.h>

#include <unordered_set>

namespace Flexwonen::Kb::Search {

namespace {

sqlite3 *openMemory()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

// UTF-16 position of every UTF-8 byte offset of utf8 (and of its end).
std::vector<qsizetype> utf16Offsets(const QByteArray &utf8)
{
    std::vector<qsizetype> at(std::size_t(utf8.size()) + 1, 0);
    qsizetype units = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        at[std::size_t(i)] = units;
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if ((byte & 0xC0) != 0x80) // a lead byte starts a character: 4-byte ones take two units
            units += byte >= 0xF0 ? 2 : 1;
    }
    at[std::size_t(utf8.size())] = units;
    return at;
}

} // namespace

struct WordMarker::Private
{
    struct Db
    {
        sqlite3 *handle = openMemory();
        ~Db() { sqlite3_close(handle); }
    } db;
    Analyzer analyzer{db.handle};
    std::unordered_set<std::string> stems;
    std::string prefix; // the last typed word: also the start of longer words
};

WordMarker::WordMarker()
    : d(std::make_unique<Private>())
{}

WordMarker::~WordMarker() = default;

void WordMarker::setTerms(const QStringList &stems)
{
    d->stems.clear();
    d->prefix.clear();
    for (const QString &s : stems)
        d->stems.insert(s.toStdString());
}

void WordMarker::setTyped(const QString &text)
{
    d->stems.clear();
    d->prefix.clear();
    const QByteArray utf8 = QueryParser::sanitize(text).toUtf8();
    const std::vector<Token> tokens =
        d->analyzer.analyze(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    for (const Token &t : tokens) {
        // Function words are marked only when nothing else is asked (every "de" is noise).
        if (tokens.size() == 1 || !isFunctionWord(t.word))
            d->stems.insert(t.stem);
    }
    const bool typing = !text.isEmpty() && !text.back().isSpace();
    if (typing && !tokens.empty() && tokens.back().word.size() >= 2)
        d->prefix = tokens.back().word;
}

bool WordMarker::isEmpty() const
{
    return d->stems.empty() && d->prefix.empty();
}

QList<TextSpan> WordMarker::find(QStringView text) const
{
    QList<TextSpan> spans;
    if (isEmpty() || text.isEmpty())
        return spans;
    const QByteArray utf8 = text.toUtf8();
    const std::vector<qsizetype> at = utf16Offsets(utf8);
    for (const Token &t :
         d->analyzer.analyze(std::string_view(utf8.constData(), std::size_t(utf8.size())))) {
        if (d->stems.contains(t.stem) || (!d->prefix.empty() && t.word.starts_with(d->prefix))) {
            const qsizetype start = at[std::size_t(t.start)];
            spans.append({start, at[std::size_t(t.end)] - start});
        }
    }
    return spans;
}

} // namespace Flexwonen::Kb::Search
