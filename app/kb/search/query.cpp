// SPDX-License-Identifier: EUPL-1.2
#include "query.h"

#include "nltokenizer.h"

namespace Flexwonen::Kb::Search {

namespace {

struct Chunk
{
    QString text;
    bool phrase = false;
    bool excluded = false;
    bool star = false;
    bool orOperator = false;
};

std::vector<Chunk> lex(const QString &text)
{
    std::vector<Chunk> chunks;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        Chunk c;
        if (text[i] == QLatin1Char('-') && i + 1 < n && !text[i + 1].isSpace()) {
            c.excluded = true;
            ++i;
        }
        if (i < n && text[i] == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            c.text = text.mid(i + 1, end - i - 1);
            c.phrase = true;
            i = close < 0 ? n : close + 1;
        } else {
            const qsizetype start = i;
            while (i < n && !text[i].isSpace() && text[i] != QLatin1Char('"'))
                ++i;
            c.text = text.mid(start, i - start);
            while (c.text.endsWith(QLatin1Char('*'))) {
                c.star = true;
                c.text.chop(1);
            }
            c.orOperator = !c.excluded && !c.star && c.text == QLatin1String("OR");
        }
        chunks.push_back(std::move(c));
    }
    return chunks;
}

} // namespace

std::string joined(const std::vector<std::string> &words)
{
    std::string text;
    for (const std::string &w : words) {
        if (!text.empty())
            text += ' ';
        text += w;
    }
    return text;
}

QString QueryParser::sanitize(const QString &text)
{
    QString clean;
    clean.reserve(std::min<qsizetype>(text.size(), MaxChars));
    for (const QChar c : text) {
        if (clean.size() >= MaxChars)
            break;
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format ||
            cat == QChar::Other_Surrogate || cat == QChar::Other_NotAssigned ||
            cat == QChar::Other_PrivateUse)
            clean.append(c == QLatin1Char('\t') || c == QLatin1Char('\n') ? QLatin1Char(' ')
                                                                          : QChar());
        else
            clean.append(c);
    }
    clean.remove(QChar());
    // A lone high surrogate at the cut would be invalid UTF-16.
    if (!clean.isEmpty() && clean.back().isHighSurrogate())
        clean.chop(1);
    return clean;
}

ParsedQuery QueryParser::parse(const QString &input) const
{
    const QString text = sanitize(input);
    const bool typing = !text.isEmpty() && !text.back().isSpace();
    std::vector<Chunk> chunks = lex(text);
    ParsedQuery query;
    bool orPending = false;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const Chunk &c = chunks[i];
        if (c.orOperator) {
            orPending = !query.clauses.empty();
            continue;
        }
        QueryTerm term;
        const QByteArray utf8 = c.text.toUtf8();
        for (Token &t : m_analyzer.analyze(std::string_view(utf8.constData(), utf8.size())))
            term.words.push_back(std::move(t.word));
        if (term.words.empty())
            continue;
        if (term.words.size() > 1 || c.phrase) {
            term.kind = term.words.size() > 1 ? QueryTerm::Kind::Phrase : QueryTerm::Kind::Word;
        } else {
            const bool last = i + 1 == chunks.size();
            const bool longEnough = term.words.front().size() >= std::size_t(MinPrefix);
            if ((c.star && term.words.front().size() >= 2) || (last && typing && longEnough))
                term.kind = QueryTerm::Kind::Prefix;
        }
        if (c.excluded) {
            term.kind =
                term.kind == QueryTerm::Kind::Prefix && !c.star ? QueryTerm::Kind::Word : term.kind;
            if (query.excluded.size() < std::size_t(MaxClauses))
                query.excluded.push_back(std::move(term));
            orPending = false;
            continue;
        }
        if (orPending && !query.clauses.empty()) {
            query.clauses.back().alternatives.push_back(std::move(term));
        } else if (query.clauses.size() < std::size_t(MaxClauses)) {
            QueryClause clause;
            clause.text = QString::fromStdString(joined(term.words));
            clause.alternatives.push_back(std::move(term));
            query.clauses.push_back(std::move(clause));
        }
        orPending = false;
    }
    return query;
}

} // namespace Flexwonen::Kb::Search
