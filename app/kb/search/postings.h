// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace Flexwonen::Kb::Search {

// A posting is (docid delta as varint, impact byte). Docids only grow, so a term's chunks are
// appended to and never rewritten in the middle.
constexpr int PostingsPerChunk = 4096;

inline void appendPosting(std::string &out, std::int64_t delta, std::uint8_t impact)
{
    auto v = std::uint64_t(delta);
    while (v >= 0x80) {
        out.push_back(char(std::uint8_t(v) | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
    out.push_back(char(impact));
}

// Calls f(docid, impact) for every posting of one chunk; firstBase is the docid before it (0).
template <typename F> void forEachPosting(std::string_view data, F &&f)
{
    std::int64_t doc = 0;
    const auto *p = reinterpret_cast<const std::uint8_t *>(data.data());
    const auto *end = p + data.size();
    while (p < end) {
        std::uint64_t v = 0;
        int shift = 0;
        while (p < end && (*p & 0x80)) {
            v |= std::uint64_t(*p++ & 0x7f) << shift;
            shift += 7;
        }
        if (p >= end)
            return;
        v |= std::uint64_t(*p++) << shift;
        if (p >= end)
            return;
        doc += std::int64_t(v);
        f(doc, *p++);
    }
}

} // namespace Flexwonen::Kb::Search
