// core/match/graph_io.hpp — the text format of `matchbooth solve`: a weighted graph in, a matching out.
//
// Input (UTF-8/ASCII text, '\n' or "\r\n" line ends):
//   n m            first line: vertex count 0..10,000,000 and edge count 0..100,000,000
//   u v w          m lines: 0 <= u, v < n, u != v, integer weight 1..10^15
// Blank lines and lines starting with '#' are ignored anywhere (line numbers still count them). Tokens are
// separated by spaces or tabs. A missing edge is a forbidden pair. A duplicate edge (u v or v u given twice)
// is an error naming both lines: silently keeping one would hide a bug in whatever produced the file.
// Anything after the m edge lines other than blank/comment lines is an error too.
//
// Output:
//   weight W pairs K
//   u v            K lines, u < v, sorted by u
//
// Every error is ONE line that starts with "line N: " (N is 1-based) and says what was expected.
//
// `matchbooth solve --groups` (group mentoring, group_solver.hpp) reads instead:
//   groups n m     first line: the word "groups", vertex count and edge count
//   c              n lines: vertex i's mentor capacity 0..4 (0 = cannot mentor)
//   u v w          m lines: u may mentor v, weight 1..10^15; u's capacity must be >= 1; u v given once
// and prints
//   weight W groups K
//   mentor mentee1 mentee2 ...     K lines, by ascending mentor, mentees ascending
// with the certified upper bound and the method on stderr ("bound B gap G% method ..."). Bad input: one line
// on stderr and exit code 1 (the contract for this mode).
#pragma once

#include <istream>
#include <ostream>
#include <stdexcept>
#include <vector>

#include "core/match/group_solver.hpp"
#include "core/match/max_weight_matching.hpp"

namespace mb {

struct GraphInputError : std::runtime_error {
    GraphInputError(int line_number, const std::string& what);
    int line = 0;                                  // 1-based line the problem was found on
};

struct ParsedGraph {
    int n = 0;                                     // vertices
    std::vector<WeightedEdge> edges;               // in input order
};

ParsedGraph read_graph(std::istream& in);          // throws GraphInputError
void write_matching(std::ostream& out, const MatchingResult& result);

struct ParsedGroups {
    int n = 0;
    std::vector<int> capacity;                     // per vertex
    std::vector<GroupEdge> edges;                  // in input order
};

ParsedGroups read_groups(std::istream& in);        // throws GraphInputError
void write_groups(std::ostream& out, const GroupSolution& solution);

// The whole `matchbooth solve --groups` command: 0 = solved, 1 = bad input (one line on err).
int run_solve_groups(std::istream& in, std::ostream& out, std::ostream& err);

// The whole `matchbooth solve` command over streams: 0 = solved, 2 = bad input (one line on err).
int run_solve(std::istream& in, std::ostream& out, std::ostream& err);

} // namespace mb
