// core/util/strings.hpp — small ASCII string helpers shared by core/ (no locale, no allocation surprises).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mb {

std::string_view trim(std::string_view s);                   // strips ASCII whitespace at both ends
std::string ascii_lower(std::string_view s);                  // lowercases A-Z only; UTF-8 bytes untouched
std::vector<std::string_view> split_any(std::string_view s, std::string_view separators);
bool starts_with_icase(std::string_view s, std::string_view prefix);

} // namespace mb
