// shaders/board_glow.frag — a new pair's entrance on the board, added on top of the drawn card, in two parts
// drawn on separate quads (board_glow.cpp) so that no pixel is lit twice and none is shaded for nothing:
//   u_part 0, the halo: a soft light swells around the card's rounded edge and fades (the whole effect);
//            drawn on four strips hugging the edge, not on the card's inside;
//   u_part 1, the link: the line between the two names is drawn from the mentor to the mentee, its tip
//            glowing (0.05 .. 0.45); drawn on a small quad around the line.
// Additive blending (GL_ONE, GL_ONE) over the board: black adds nothing, so the quads' edges never show.
// Sizes are design px times u_scale, so a 4K projector sees the same effect.
#version 330 core
out vec4 frag_color;

uniform int u_part;          // 0 = halo, 1 = link
uniform vec4 u_bounds;       // this quad: x0, y0, x1, y1, px (as board_quad.vert draws it)
uniform vec4 u_card;         // card centre (xy) and half size (zw), framebuffer px, origin bottom-left
uniform float u_radius;      // card corner radius, px
uniform vec4 u_link;         // the line between the names: from (xy) to (zw), px
uniform float u_progress;    // 0..1 through the effect
uniform float u_alpha;       // the card's opacity (a page turn may be fading it)
uniform float u_scale;       // px per design px (1.0 at 1080p)
uniform float u_reach;       // how far the halo reaches outside the card, px (the strips' width)
uniform vec3 u_color;        // glow colour

float sd_round_box(vec2 p, vec2 half_size, float r) {
    vec2 q = abs(p) - half_size + r;
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

float sd_segment(vec2 p, vec2 a, vec2 b) {
    vec2 pa = p - a, ba = b - a;
    float h = clamp(dot(pa, ba) / max(dot(ba, ba), 1e-4), 0.0, 1.0);
    return length(pa - ba * h);
}

float halo(vec2 p, float t) {
    // Quick rise, long soft fall, widening as it fades; gone before the strips' outer edge.
    float envelope = smoothstep(0.0, 0.08, t) * (1.0 - smoothstep(0.3, 1.0, t));
    float d = sd_round_box(p - u_card.xy, u_card.zw, u_radius);
    float spread = (8.0 + 14.0 * t) * u_scale;
    float light = d > 0.0 ? exp(-d / spread) * (1.0 - smoothstep(0.5 * u_reach, u_reach, d))
                          : exp(d / (3.0 * u_scale)) * 0.8;
    return 0.7 * light * envelope;
}

float link(vec2 p, float t) {
    float grow = smoothstep(0.05, 0.45, t);
    vec2 tip = mix(u_link.xy, u_link.zw, grow);
    float envelope = smoothstep(0.03, 0.08, t) * (1.0 - smoothstep(0.55, 1.0, t));
    float d = sd_segment(p, u_link.xy, tip);
    float line = (exp(-d / (2.0 * u_scale)) + 0.45 * exp(-d / (10.0 * u_scale))) * envelope;
    float head = 1.4 * exp(-length(p - tip) / (12.0 * u_scale)) * (1.0 - smoothstep(0.4, 0.55, t)) * step(0.04, t);
    // Faded out towards the quad's edges, so its rectangle never shows.
    float edge = min(min(p.x - u_bounds.x, u_bounds.z - p.x), min(p.y - u_bounds.y, u_bounds.w - p.y));
    return (line + head) * smoothstep(0.0, 20.0 * u_scale, edge);
}

void main() {
    vec2 p = gl_FragCoord.xy;
    float light = u_part == 0 ? halo(p, u_progress) : link(p, u_progress);
    frag_color = vec4(u_color * light * u_alpha, 1.0);
}
