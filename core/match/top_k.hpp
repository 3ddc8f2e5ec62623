// core/match/top_k.hpp — the k best-scoring items offered for each of many keys (candidate edges per vertex).
//
// Each key has room for 2k items and a floor (the k-th best score at the last compaction). An offer that does
// not beat the floor costs one comparison against a small, cache-resident array (the usual case once the lists
// have filled up); one that does is appended, and a full buffer is cut back to its best k with nth_element —
// amortized O(1) per accepted offer, where a heap would pay O(log k) each time.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace mb {

template <class Item> class TopKPerKey {
public:
    TopKPerKey(int keys, int k)
        : k_(static_cast<std::size_t>(std::max(1, k))), count_(static_cast<std::size_t>(keys), 0),
          floor_(static_cast<std::size_t>(keys), kNone), slots_(static_cast<std::size_t>(keys) * 2 * k_) {}

    int k() const { return static_cast<int>(k_); }

    // Keeps (score, item) if it may be among the k highest scores offered to `key` (those above floor(key)).
    void offer(int key, std::int64_t score, const Item& item) {
        if (score <= floor_[key]) return;
        Entry* row = &slots_[static_cast<std::size_t>(key) * 2 * k_];
        std::uint32_t& c = count_[key];
        row[c++] = {score, item};
        if (c == 2 * k_) {
            compact(row, c);
            floor_[key] = row[k_ - 1].score;
        }
    }

    // Offers at or below this cannot be kept: the k-th best score seen at the last compaction (or the lowest
    // value before the first one).
    std::int64_t floor(int key) const { return floor_[key]; }

    // Number of items held for `key` (at most 2k before for_each cuts them to k).
    int size(int key) const { return static_cast<int>(count_[key]); }

    // f(score, item) for the k best items of `key` (fewer if fewer were offered), in no particular order.
    template <class F> void for_each(int key, F&& f) {
        Entry* row = &slots_[static_cast<std::size_t>(key) * 2 * k_];
        std::uint32_t& c = count_[key];
        if (c > k_) compact(row, c);
        for (std::uint32_t i = 0; i < c; ++i) f(row[i].score, row[i].item);
    }

    void clear(int key) {
        count_[key] = 0;
        floor_[key] = kNone;
    }

private:
    static constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::min();
    struct Entry {
        std::int64_t score;              // what the ranking is by
        Item item;                       // what is kept
    };
    // Keeps the k best of row[0..c), best first up to position k - 1.
    void compact(Entry* row, std::uint32_t& c) {
        std::nth_element(row, row + (k_ - 1), row + c, [](const Entry& a, const Entry& b) { return a.score > b.score; });
        c = static_cast<std::uint32_t>(k_);
    }
    std::size_t k_;                      // items kept per key
    std::vector<std::uint32_t> count_;   // items held per key (< 2k)
    std::vector<std::int64_t> floor_;    // per key, see floor()
    std::vector<Entry> slots_;           // 2k per key
};

// A fixed pseudo-random 16-bit salt per unordered pair, for breaking ties in scores: where many pairs score alike,
// keeping the first offered would hand everyone the same few partners (those early in the order).
inline std::int64_t pair_salt(int a, int b) {
    std::uint64_t h = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a < b ? a : b)) << 32) |
                      static_cast<std::uint32_t>(a < b ? b : a);
    h ^= h >> 33;                                            // murmur3's 64-bit finalizer
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return static_cast<std::int64_t>(h & 0xffffu);
}
inline constexpr int kSaltBits = 16;

// Candidate lists by weight keep, among equal weights, whatever was offered first — harmless in a room with varied
// scores (and there, measured, slightly better than any other choice), but where most lists come out flat (k items
// of one score), everyone's list names the same few people early in the order, and the sparse solve sees a few
// over-demanded people and nobody else (a room scoring every pair alike took seconds). So when more than a quarter
// of the lists are flat, each flat one is chosen again with the pair's salt as the tie-break: rescan(u, offer)
// must call offer(score, v) for every edge at u. Scores must be below 2^46. Returns, per key, whether its scores
// are now salted (score << kSaltBits | salt).
template <class Rescan> std::vector<char> reselect_flat_lists(TopKPerKey<int>& lists, int keys, Rescan&& rescan) {
    std::vector<char> flat(static_cast<std::size_t>(keys), 0);
    int flat_count = 0;
    for (int u = 0; u < keys; ++u) {
        if (lists.size(u) < lists.k()) continue;
        std::int64_t lo = std::numeric_limits<std::int64_t>::max(), hi = std::numeric_limits<std::int64_t>::min();
        lists.for_each(u, [&](std::int64_t score, int) {
            lo = std::min(lo, score);
            hi = std::max(hi, score);
        });
        flat[u] = lo == hi;
        flat_count += flat[u];
    }
    if (4 * flat_count <= keys) return std::vector<char>(static_cast<std::size_t>(keys), 0);
    for (int u = 0; u < keys; ++u) {
        if (!flat[u]) continue;
        lists.clear(u);
        rescan(u, [&](std::int64_t score, int v) {
            const std::int64_t key = (score << kSaltBits) | pair_salt(u, v);
            if (key > lists.floor(u)) lists.offer(u, key, v);
        });
    }
    return flat;
}

} // namespace mb
