// app/board/board_layout.cpp — see board_layout.hpp.
#include "app/board/board_layout.hpp"

#include <algorithm>
#include <cmath>

namespace mb::board {

namespace {
// Design px at 1080p.
constexpr float kMargin = 48.0f;
constexpr float kGap = 28.0f;
constexpr float kHeaderHeight = 156.0f;
constexpr float kFooterHeight = 116.0f;
} // namespace

float board_scale(int fb_width, int fb_height) {
    // Height decides (type stays the same share of the screen); a narrow screen must still fit one card.
    const float by_height = static_cast<float>(fb_height) / 1080.0f;
    const float by_width = static_cast<float>(fb_width) / (kMinCardWidth + 2 * kMargin);
    return std::clamp(std::min(by_height, by_width), 0.5f, 2.5f);
}

Rect BoardLayout::slot(int index) const {
    const int column = index % columns;
    const int row = index / columns;
    return {cards.x + static_cast<float>(column) * (card_w + gap), cards.y + static_cast<float>(row) * (card_h + gap),
            card_w, card_h};
}

BoardLayout layout_board(int fb_width, int fb_height) {
    BoardLayout l;
    l.scale = board_scale(fb_width, fb_height);
    l.width = static_cast<float>(std::max(1, fb_width));
    l.height = static_cast<float>(std::max(1, fb_height));
    l.margin = std::round(kMargin * l.scale);
    l.gap = std::round(kGap * l.scale);
    const float inner_w = std::max(1.0f, l.width - 2 * l.margin);
    l.header = {l.margin, 0, inner_w, std::round(kHeaderHeight * l.scale)};
    const float footer_h = std::round(kFooterHeight * l.scale);
    l.footer = {l.margin, l.height - footer_h, inner_w, footer_h};
    l.cards = {l.margin, l.header.bottom(), inner_w, std::max(1.0f, l.footer.y - l.header.bottom())};

    const float min_w = kMinCardWidth * l.scale;
    const float min_h = kMinCardHeight * l.scale;
    l.columns = std::max(1, static_cast<int>((l.cards.w + l.gap) / (min_w + l.gap)));
    l.rows = std::max(1, static_cast<int>((l.cards.h + l.gap) / (min_h + l.gap)));
    l.card_w = std::floor((l.cards.w - static_cast<float>(l.columns - 1) * l.gap) / static_cast<float>(l.columns));
    // Cards keep their design height (plus a little slack) rather than stretching to fill tall screens.
    const float fill_h = (l.cards.h - static_cast<float>(l.rows - 1) * l.gap) / static_cast<float>(l.rows);
    l.card_h = std::floor(std::min(fill_h, min_h * 1.25f));
    return l;
}

int page_count(std::size_t cards, int per_page) {
    const auto per = static_cast<std::size_t>(std::max(1, per_page));
    return std::max(1, static_cast<int>((cards + per - 1) / per));
}

} // namespace mb::board
