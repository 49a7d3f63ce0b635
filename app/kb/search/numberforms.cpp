// SPDX-License-Identifier: EUPL-1.2
#include "numberforms.h"

#include <algorithm>
#include <array>
#include <optional>

namespace Flexwonen::Kb::Search {

namespace {

constexpr float YearWeight = 0.8f;  // an item dated in the year, beside the year in the text
constexpr int MinGroupedDigits = 4; // 1000 and up are written with a thousands separator

bool isDigits(const std::string &w)
{
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<int> number(const std::string &w, std::size_t maxDigits)
{
    if (!isDigits(w) || w.size() > maxDigits)
        return std::nullopt;
    return std::stoi(w);
}

bool isYear(const std::string &w)
{
    const auto y = number(w, 4);
    return w.size() == 4 && y && *y >= 1900 && *y <= 2099;
}

// One word or one phrase, the only alternative of its clause.
const QueryTerm *single(const QueryClause &c)
{
    return c.alternatives.size() == 1 ? &c.alternatives.front() : nullptr;
}

const std::string *singleWord(const QueryClause &c)
{
    const QueryTerm *t = single(c);
    return t && t->kind != QueryTerm::Kind::Phrase && t->words.size() == 1 ? &t->words.front()
                                                                           : nullptr;
}

QueryTerm word(std::string w, float weight = 1.0f)
{
    QueryTerm t;
    t.words = {std::move(w)};
    t.weight = weight;
    return t;
}

QueryTerm phrase(std::vector<std::string> words, float weight = 1.0f)
{
    QueryTerm t;
    t.kind = words.size() > 1 ? QueryTerm::Kind::Phrase : QueryTerm::Kind::Word;
    t.words = std::move(words);
    t.weight = weight;
    return t;
}

QueryTerm dateRange(QDate from, QDate to, float weight = 1.0f)
{
    QueryTerm t;
    t.kind = QueryTerm::Kind::Date;
    t.from = from;
    t.to = to;
    t.weight = weight;
    return t;
}

// The spellings of the square metre as word lists.
const std::array<std::vector<std::string>, 3> &squareMetre()
{
    static const std::array<std::vector<std::string>, 3> forms = {
        std::vector<std::string>{"m²"}, std::vector<std::string>{"m2"},
        std::vector<std::string>{"vierkante", "meter"}};
    return forms;
}

bool isSquareMetreWord(const std::string &w)
{
    return w == "m2" || w == "m²";
}

// How many clauses from i spell the square metre (0: none): m2, m², "m 2", "vierkante meter(s)".
std::size_t squareMetreAt(const std::vector<QueryClause> &clauses, std::size_t i)
{
    const QueryTerm *t = single(clauses[i]);
    if (!t)
        return 0;
    if (t->words.size() == 1 && isSquareMetreWord(t->words[0]))
        return 1;
    if (t->kind == QueryTerm::Kind::Phrase && t->words.size() == 2 && t->words[0] == "m" &&
        t->words[1] == "2")
        return 1;
    const std::string *w = singleWord(clauses[i]);
    if (w && (*w == "vierkant" || *w == "vierkante") && i + 1 < clauses.size()) {
        const std::string *next = singleWord(clauses[i + 1]);
        if (next && (*next == "meter" || *next == "meters" || *next == "mtr"))
            return 2;
    }
    return 0;
}

// The number a clause holds as words (15 -> {15}; 3,5 -> {3, 5}); empty when none.
std::vector<std::string> numberWords(const QueryClause &c)
{
    const QueryTerm *t = single(c);
    if (!t || t->kind == QueryTerm::Kind::Date)
        return {};
    if (!std::all_of(t->words.begin(), t->words.end(), isDigits) || t->words.size() > 4)
        return {};
    return t->words;
}

QueryClause unitClause(const std::vector<std::string> &number, QString text)
{
    QueryClause clause;
    clause.text = std::move(text);
    for (const auto &unit : squareMetre()) {
        std::vector<std::string> words = number;
        words.insert(words.end(), unit.begin(), unit.end());
        clause.alternatives.push_back(phrase(std::move(words)));
    }
    if (number.size() == 1) { // written together: 15m2, 15m²
        clause.alternatives.push_back(word(number[0] + "m2"));
        clause.alternatives.push_back(word(number[0] + "m²"));
    }
    return clause;
}

// "15m2" -> 15; empty when the word is not a number glued to the square metre.
std::string gluedSquareMetres(const std::string &w)
{
    for (const char *unit : {"m2", "m²"}) {
        const std::string u(unit);
        if (w.size() > u.size() && w.ends_with(u) && isDigits(w.substr(0, w.size() - u.size())))
            return w.substr(0, w.size() - u.size());
    }
    return {};
}

std::vector<std::string> thousandsGroups(const std::string &digits)
{
    std::vector<std::string> groups;
    const std::size_t head = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    groups.push_back(digits.substr(0, head));
    for (std::size_t i = head; i < digits.size(); i += 3)
        groups.push_back(digits.substr(i, 3));
    return groups;
}

// 300 000 as words (from "300.000"): one to three digits, then groups of exactly three.
bool isThousandsGroups(const std::vector<std::string> &words)
{
    if (words.size() < 2 || words[0].size() > 3 || words[0].starts_with('0'))
        return false;
    return std::all_of(words.begin() + 1, words.end(),
                       [](const std::string &w) { return w.size() == 3; });
}

QDate monthEnd(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addMonths(1).addDays(-1);
}

// A day written as numbers: 1-7-2023, 01/07/2023, 2023-07-01.
QDate numericDate(const std::vector<std::string> &w)
{
    if (w.size() != 3 || !std::all_of(w.begin(), w.end(), isDigits))
        return {};
    if (isYear(w[0]) && w[1].size() <= 2 && w[2].size() <= 2)
        return QDate(std::stoi(w[0]), std::stoi(w[1]), std::stoi(w[2]));
    if (isYear(w[2]) && w[0].size() <= 2 && w[1].size() <= 2)
        return QDate(std::stoi(w[2]), std::stoi(w[1]), std::stoi(w[0]));
    return {};
}

QString textOf(const std::vector<QueryClause> &clauses, std::size_t from, std::size_t n)
{
    QStringList parts;
    for (std::size_t k = from; k < from + n; ++k)
        parts.append(clauses[k].text);
    return parts.join(QLatin1Char(' '));
}

// The readers below look at the clauses from i. Each one that recognises what stands there
// appends one clause with every spelling to out and returns how many clauses it used (0: none).
using Clauses = std::vector<QueryClause>;

const std::string *singleWordAt(const Clauses &clauses, std::size_t i)
{
    return i < clauses.size() ? singleWord(clauses[i]) : nullptr;
}

// A day in words: "1 juli 2023".
std::size_t dayAt(const Clauses &clauses, std::size_t i, Clauses &out)
{
    const std::string *d = singleWordAt(clauses, i);
    const std::string *m = singleWordAt(clauses, i + 1);
    const std::string *y = singleWordAt(clauses, i + 2);
    if (!d || !m || !y || !number(*d, 2) || !monthOf(*m) || !isYear(*y))
        return 0;
    const QDate day(std::stoi(*y), monthOf(*m), std::stoi(*d));
    if (!day.isValid())
        return 0;
    QueryClause clause;
    clause.text = textOf(clauses, i, 3);
    clause.alternatives.push_back(phrase({*d, *m, *y}));
    clause.alternatives.push_back(dateRange(day, day));
    out.push_back(std::move(clause));
    return 3;
}

// A month and year: "juli 2023".
std::size_t monthAt(const Clauses &clauses, std::size_t i, Clauses &out)
{
    const std::string *m = singleWordAt(clauses, i);
    const std::string *y = singleWordAt(clauses, i + 1);
    if (!m || !y || !monthOf(*m) || !isYear(*y))
        return 0;
    const int year = std::stoi(*y);
    const int month = monthOf(*m);
    QueryClause clause;
    clause.text = textOf(clauses, i, 2);
    clause.alternatives.push_back(phrase({*m, *y}));
    clause.alternatives.push_back(
        dateRange(QDate(year, month, 1), monthEnd(year, month), YearWeight));
    out.push_back(std::move(clause));
    return 2;
}

// A number written with spaces between its thousands: 300 000.
std::size_t spacedThousandsAt(const Clauses &clauses, std::size_t i, Clauses &out)
{
    std::vector<std::string> groups;
    for (std::size_t k = i; k < clauses.size(); ++k) {
        const std::string *g = singleWord(clauses[k]);
        if (!g || !isDigits(*g) || (k > i && g->size() != 3))
            break;
        groups.push_back(*g);
    }
    if (groups.size() < 2 || !isThousandsGroups(groups))
        return 0;
    std::string digits;
    for (const std::string &g : groups)
        digits += g;
    QueryClause clause;
    clause.text = textOf(clauses, i, groups.size());
    clause.alternatives.push_back(phrase(groups));
    clause.alternatives.push_back(word(digits));
    out.push_back(std::move(clause));
    return groups.size();
}

// Square metres, with or without a number before them.
std::size_t squareMetresAt(const Clauses &clauses, std::size_t i, Clauses &out)
{
    const std::vector<std::string> num = numberWords(clauses[i]);
    if (!num.empty() && i + 1 < clauses.size()) {
        if (const std::size_t n = squareMetreAt(clauses, i + 1)) {
            out.push_back(unitClause(num, textOf(clauses, i, n + 1)));
            return n + 1;
        }
    }
    const std::size_t n = squareMetreAt(clauses, i);
    if (!n)
        return 0;
    QueryClause clause;
    clause.text = textOf(clauses, i, n);
    for (const auto &unit : squareMetre())
        clause.alternatives.push_back(phrase(unit));
    out.push_back(std::move(clause));
    return n;
}

// One word: 15m2 is a number of square metres, a year also finds the items dated in it, and
// 6000 also finds "6 000".
QueryClause withWordForms(QueryClause clause, const std::string &w)
{
    const std::string glued = gluedSquareMetres(w);
    if (!glued.empty())
        return unitClause({glued}, clause.text);
    if (isYear(w)) {
        const int year = std::stoi(w);
        clause.alternatives.push_back(
            dateRange(QDate(year, 1, 1), QDate(year, 12, 31), YearWeight));
    }
    if (isDigits(w) && w.size() >= MinGroupedDigits && !w.starts_with('0') && w.size() <= 12)
        clause.alternatives.push_back(phrase(thousandsGroups(w)));
    return clause;
}

// One phrase: 1-7-2023 also finds the items dated that day, "300.000" also finds 300000.
QueryClause withPhraseForms(QueryClause clause, const std::vector<std::string> &words)
{
    const QDate day = numericDate(words);
    if (day.isValid()) {
        clause.alternatives.push_back(dateRange(day, day));
    } else if (std::all_of(words.begin(), words.end(), isDigits) && isThousandsGroups(words)) {
        std::string digits;
        for (const std::string &g : words)
            digits += g;
        clause.alternatives.push_back(word(digits));
    }
    return clause;
}

QueryClause withOwnForms(QueryClause clause)
{
    if (const std::string *w = singleWord(clause))
        return withWordForms(std::move(clause), std::string(*w));
    if (const QueryTerm *t = single(clause); t && t->kind == QueryTerm::Kind::Phrase)
        return withPhraseForms(std::move(clause), std::vector<std::string>(t->words));
    return clause;
}

} // namespace

int monthOf(const std::string &word)
{
    static const std::array<std::array<const char *, 3>, 12> names = {{
        {"januari", "jan", nullptr},
        {"februari", "feb", "febr"},
        {"maart", "mrt", "mar"},
        {"april", "apr", nullptr},
        {"mei", nullptr, nullptr},
        {"juni", "jun", nullptr},
        {"juli", "jul", nullptr},
        {"augustus", "aug", nullptr},
        {"september", "sep", "sept"},
        {"oktober", "okt", nullptr},
        {"november", "nov", nullptr},
        {"december", "dec", nullptr},
    }};
    for (std::size_t m = 0; m < names.size(); ++m) {
        for (const char *n : names[m]) {
            if (n && word == n)
                return int(m) + 1;
        }
    }
    return 0;
}

void addNumberForms(ParsedQuery &query)
{
    // Dates before numbers ("1 juli 2023" is no thousands group), whole units before words.
    static constexpr std::array readers = {dayAt, monthAt, spacedThousandsAt, squareMetresAt};
    const Clauses &clauses = query.clauses;
    Clauses out;
    for (std::size_t i = 0; i < clauses.size();) {
        std::size_t used = 0;
        for (const auto reader : readers) {
            if ((used = reader(clauses, i, out)))
                break;
        }
        if (used) {
            i += used;
            continue;
        }
        out.push_back(withOwnForms(clauses[i++]));
    }
    query.clauses = std::move(out);
}

} // namespace Flexwonen::Kb::Search
