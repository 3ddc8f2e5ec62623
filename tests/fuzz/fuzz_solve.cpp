// libFuzzer target: the `matchbooth solve` input format. Parsing must never crash or over-allocate; every
// graph that parses (and is small enough to solve quickly) is solved, and the result must come with an LP
// certificate proving it optimal.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "core/match/graph_io.hpp"
#include "core/match/max_weight_matching.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    mb::ParsedGraph g;
    try {
        g = mb::read_graph(in);
    } catch (const mb::GraphInputError& e) {
        if (e.line < 1) std::abort();                     // every error names a line
        return 0;
    }
    if (g.n > 4000 || g.edges.size() > 20000) return 0;     // parsing was the point; keep runs fast
    const mb::CsrGraph csr = mb::make_csr(g.n, g.edges);
    mb::MatchingCertificate cert;
    const mb::MatchingResult r = mb::max_weight_matching(csr, {}, &cert);
    if (!mb::verify_certificate(csr, r, cert).empty()) std::abort();
    std::ostringstream out;
    mb::write_matching(out, r);
    return 0;
}
