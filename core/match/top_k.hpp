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

} // namespace mb
