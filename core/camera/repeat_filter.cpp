// core/camera/repeat_filter.cpp — see repeat_filter.hpp.
#include "core/camera/repeat_filter.hpp"

namespace mb::camera {

bool RepeatFilter::fresh(const std::string& code, Time at) {
    std::erase_if(last_seen_, [&](const auto& seen) { return at - seen.second >= window_; });
    const bool is_new = !last_seen_.contains(code);
    last_seen_[code] = at;
    return is_new;
}

} // namespace mb::camera
