// core/match/fractional_start.cpp — installing the cover's half-integral optimum into the general engine.
#include "core/match/fractional_start.hpp"

namespace mb {

int install_fractional(BlossomEngine& general, const BipartiteSolver& cover) {
    const int n = general.vertex_count();
    for (int v = 0; v < n; ++v) general.set_dual(v, cover.dual(v) + cover.dual(n + v));
    // next[v]: v_L's partner; prev[v]: v_R's partner. Components are directed paths and cycles.
    std::vector<int> next(static_cast<std::size_t>(n), -1), prev(static_cast<std::size_t>(n), -1);
    for (int v = 0; v < n; ++v) {
        if (cover.mate(v) >= 0) next[v] = cover.mate(v) - n;
        if (cover.mate(n + v) >= 0) prev[v] = cover.mate(n + v);
    }
    std::vector<char> seen(static_cast<std::size_t>(n), 0);
    std::vector<int> run;
    auto match_alternately = [&](const std::vector<int>& vs) {
        for (std::size_t i = 0; i + 1 < vs.size(); i += 2) general.install_pair(vs[i], vs[i + 1]);
    };
    for (int v = 0; v < n; ++v) {                              // paths start where nothing comes in
        if (seen[v] || prev[v] != -1) continue;
        run.clear();
        for (int x = v; x != -1 && !seen[x]; x = next[x]) {
            seen[x] = 1;
            run.push_back(x);
        }
        match_alternately(run);
    }
    int odd_cycles = 0;
    for (int v = 0; v < n; ++v) {                              // what is left are cycles
        if (seen[v]) continue;
        run.clear();
        for (int x = v; !seen[x]; x = next[x]) {
            seen[x] = 1;
            run.push_back(x);
        }
        if (run.size() % 2 == 0) {
            match_alternately(run);
        } else {
            general.install_cycle_blossom(run);
            ++odd_cycles;
        }
    }
    return odd_cycles;
}

} // namespace mb
