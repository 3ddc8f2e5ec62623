// core/match/graph_io.cpp — strict, line-numbered parsing of the `solve` format, and its output.
#include "core/match/graph_io.hpp"

#include <algorithm>

#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>

namespace mb {

namespace {

constexpr std::int64_t kMaxVertices = 10'000'000;
constexpr std::int64_t kMaxEdges = 100'000'000;

GraphInputError at(int line, const std::string& what) { return GraphInputError(line, what); }

// Splits on spaces/tabs; a trailing '\r' is dropped.
std::vector<std::string_view> tokens(std::string_view s) {
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

bool parse_int(std::string_view token, std::int64_t& value) {
    const char* end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(token.data(), end, value);
    return ec == std::errc() && ptr == end;
}

std::string quoted(std::string_view token) {
    std::string q = "'";
    q.append(token.substr(0, 40));
    if (token.size() > 40) q += "...";
    return q + "'";
}

// Reads lines, skipping blank and '#' lines; returns false at end of input.
bool next_content_line(std::istream& in, std::string& line, int& line_number) {
    while (std::getline(in, line)) {
        ++line_number;
        std::size_t i = line.find_first_not_of(" \t\r");
        if (i == std::string::npos || line[i] == '#') continue;
        return true;
    }
    return false;
}

// Reads one "u v w" line into integers, checking ranges; `what` names the line's role in errors.
void parse_edge(std::string_view line, int line_number, std::int64_t n, std::int64_t& u, std::int64_t& v,
                std::int64_t& w) {
    const auto t = tokens(line);
    if (t.size() != 3) throw at(line_number, "expected an edge 'u v w' (three integers)");
    if (!parse_int(t[0], u)) throw at(line_number, "vertex " + quoted(t[0]) + " is not an integer");
    if (!parse_int(t[1], v)) throw at(line_number, "vertex " + quoted(t[1]) + " is not an integer");
    if (!parse_int(t[2], w)) throw at(line_number, "weight " + quoted(t[2]) + " is not an integer");
    for (std::int64_t x : {u, v}) {
        if (x < 0 || x >= n)
            throw at(line_number, "vertex " + std::to_string(x) + " is out of range 0.." + std::to_string(n - 1));
    }
    if (u == v) throw at(line_number, "self-loop at vertex " + std::to_string(u) + " (u and v must differ)");
    if (w < 1 || w > kMaxEdgeWeight) throw at(line_number, "weight must be an integer from 1 to 10^15");
}

} // namespace

GraphInputError::GraphInputError(int line_number, const std::string& what)
    : std::runtime_error("line " + std::to_string(line_number) + ": " + what), line(line_number) {}

ParsedGraph read_graph(std::istream& in) {
    std::string line;
    int line_number = 0;
    if (!next_content_line(in, line, line_number)) throw at(line_number + 1, "empty input: expected 'n m'");
    const auto head = tokens(line);
    std::int64_t n = 0, m = 0;
    if (head.size() != 2 || !parse_int(head[0], n) || !parse_int(head[1], m))
        throw at(line_number, "expected 'n m' (two integers: vertex count and edge count)");
    if (n < 0 || n > kMaxVertices) throw at(line_number, "vertex count n must be 0.." + std::to_string(kMaxVertices));
    if (m < 0 || m > kMaxEdges) throw at(line_number, "edge count m must be 0.." + std::to_string(kMaxEdges));

    ParsedGraph g;
    g.n = static_cast<int>(n);
    // The header is a claim, not a fact: reserve at most a million up front and let real lines grow the rest,
    // so "1 100000000" followed by nothing fails fast instead of allocating gigabytes first.
    const auto expected = static_cast<std::size_t>(std::min<std::int64_t>(m, 1 << 20));
    g.edges.reserve(expected);
    std::unordered_map<std::uint64_t, int> first_line;      // (lo, hi) -> line it was given on
    first_line.reserve(expected);
    for (std::int64_t i = 0; i < m; ++i) {
        if (!next_content_line(in, line, line_number))
            throw at(line_number + 1, "expected " + std::to_string(m) + " edge lines 'u v w', found only " +
                                          std::to_string(i));
        std::int64_t u = 0, v = 0, w = 0;
        parse_edge(line, line_number, n, u, v, w);
        const auto lo = static_cast<std::uint64_t>(std::min(u, v));
        const auto hi = static_cast<std::uint64_t>(std::max(u, v));
        const auto [it, inserted] = first_line.emplace(lo * static_cast<std::uint64_t>(n) + hi, line_number);
        if (!inserted)
            throw at(line_number, "duplicate edge " + std::to_string(lo) + " " + std::to_string(hi) +
                                      " (first given on line " + std::to_string(it->second) + ")");
        g.edges.push_back({static_cast<int>(u), static_cast<int>(v), w});
    }
    if (next_content_line(in, line, line_number))
        throw at(line_number, "more edge lines than m = " + std::to_string(m) + " announced on the first line");
    return g;
}

void write_matching(std::ostream& out, const MatchingResult& result) {
    std::int64_t pairs = 0;
    for (std::size_t v = 0; v < result.mate.size(); ++v) {
        if (result.mate[v] > static_cast<int>(v)) ++pairs;
    }
    out << "weight " << result.total << " pairs " << pairs << '\n';
    for (std::size_t v = 0; v < result.mate.size(); ++v) {
        if (result.mate[v] > static_cast<int>(v)) out << v << ' ' << result.mate[v] << '\n';
    }
}

int run_solve(std::istream& in, std::ostream& out, std::ostream& err) {
    ParsedGraph g;
    try {
        g = read_graph(in);
    } catch (const GraphInputError& e) {
        err << "matchbooth solve: " << e.what() << '\n';
        return 2;
    }
    const MatchingResult r = max_weight_matching(make_csr(g.n, g.edges));
    write_matching(out, r);
    out.flush();
    return 0;
}

} // namespace mb

namespace mb {

// --- solve --groups --------------------------------------------------------------------------------------------

ParsedGroups read_groups(std::istream& in) {
    std::string line;
    int line_number = 0;
    if (!next_content_line(in, line, line_number)) throw at(line_number + 1, "empty input: expected 'groups n m'");
    const auto head = tokens(line);
    std::int64_t n = 0, m = 0;
    if (head.size() != 3 || head[0] != "groups" || !parse_int(head[1], n) || !parse_int(head[2], m))
        throw at(line_number, "expected 'groups n m' (the word groups, vertex count, edge count)");
    if (n < 0 || n > kMaxVertices) throw at(line_number, "vertex count n must be 0.." + std::to_string(kMaxVertices));
    if (m < 0 || m > kMaxEdges) throw at(line_number, "edge count m must be 0.." + std::to_string(kMaxEdges));

    ParsedGroups g;
    g.n = static_cast<int>(n);
    g.capacity.reserve(static_cast<std::size_t>(std::min<std::int64_t>(n, 1 << 20)));
    for (std::int64_t i = 0; i < n; ++i) {
        if (!next_content_line(in, line, line_number))
            throw at(line_number + 1, "expected " + std::to_string(n) + " capacity lines, found only " + std::to_string(i));
        const auto t = tokens(line);
        std::int64_t c = 0;
        if (t.size() != 1 || !parse_int(t[0], c))
            throw at(line_number, "expected the mentor capacity of vertex " + std::to_string(i) + " (one integer 0..4)");
        if (c < 0 || c > kMaxGroupCapacity)
            throw at(line_number, "capacity " + std::to_string(c) + " of vertex " + std::to_string(i) + " is not 0..4");
        g.capacity.push_back(static_cast<int>(c));
    }
    const auto expected = static_cast<std::size_t>(std::min<std::int64_t>(m, 1 << 20));
    g.edges.reserve(expected);
    std::unordered_map<std::uint64_t, int> first_line;              // (u, v) -> line it was given on
    first_line.reserve(expected);
    for (std::int64_t i = 0; i < m; ++i) {
        if (!next_content_line(in, line, line_number))
            throw at(line_number + 1, "expected " + std::to_string(m) + " edge lines 'u v w', found only " +
                                          std::to_string(i));
        std::int64_t u = 0, v = 0, w = 0;
        parse_edge(line, line_number, n, u, v, w);
        if (g.capacity[static_cast<std::size_t>(u)] == 0)
            throw at(line_number, "vertex " + std::to_string(u) + " has capacity 0 and cannot mentor " + std::to_string(v));
        const auto key = static_cast<std::uint64_t>(u) * static_cast<std::uint64_t>(n) + static_cast<std::uint64_t>(v);
        const auto [it, inserted] = first_line.emplace(key, line_number);
        if (!inserted)
            throw at(line_number, "duplicate edge " + std::to_string(u) + " " + std::to_string(v) +
                                      " (first given on line " + std::to_string(it->second) + ")");
        g.edges.push_back({static_cast<int>(u), static_cast<int>(v), w});
    }
    if (next_content_line(in, line, line_number))
        throw at(line_number, "more edge lines than m = " + std::to_string(m) + " announced on the first line");
    return g;
}

void write_groups(std::ostream& out, const GroupSolution& solution) {
    const std::vector<Group> groups = groups_of(solution);
    out << "weight " << solution.total << " groups " << groups.size() << '\n';
    for (const Group& g : groups) {
        out << g.mentor;
        for (int v : g.mentees) out << ' ' << v;
        out << '\n';
    }
}

int run_solve_groups(std::istream& in, std::ostream& out, std::ostream& err) {
    ParsedGroups g;
    try {
        g = read_groups(in);
    } catch (const GraphInputError& e) {
        err << "matchbooth solve --groups: " << e.what() << '\n';
        return 1;
    }
    const GroupSolution s = solve_groups(g.n, g.capacity, g.edges);
    write_groups(out, s);
    out.flush();
    char gap[32];
    std::snprintf(gap, sizeof gap, "%.4f", 100.0 * s.gap());
    err << "bound " << s.upper_bound << " gap " << gap << "% method " << to_string(s.method)
        << (s.proven_optimal ? " (proven optimal)" : "") << '\n';
    return 0;
}

} // namespace mb
