// shaders/board_glow.frag — a new pair's entrance on the board, added on top of the drawn card, in parts
// drawn on separate quads (board_glow.cpp) so that no pixel is lit twice and none is shaded for nothing:
//   the halo (u_part 0 and 1): a soft light swells around the card's rounded edge and fades, on strips along
//            the four straight edges (0: the distance to the edge is one dot product with u_edge) and on the
//            four corner squares (1: the exact rounded-box distance);
//   the link (u_part 2): the line between the two names is drawn from the mentor to the mentee, its tip
//            glowing (0.05 .. 0.45 of the effect), on a quad around the line.
// Additive blending (GL_ONE, GL_ONE) over the board: black adds nothing. Falloffs are polynomials reaching
// exactly 0, not exp(): on llvmpipe (the CPU shades every pixel) the math per pixel is the cost.
// Sizes are framebuffer px already scaled by the caller (u_scale = px per design px).
#version 330 core
out vec4 frag_color;

uniform int u_part;          // 0 = halo along an edge, 1 = halo at a corner, 2 = link
uniform vec4 u_bounds;       // this quad: x0, y0, x1, y1, px (as board_quad.vert draws it)
uniform vec3 u_edge;         // part 0: distance outside the edge = dot(u_edge, vec3(p, 1)), px
uniform vec4 u_card;         // part 1: card centre (xy) and half size (zw), framebuffer px, origin bottom-left
uniform float u_radius;      // part 1: card corner radius, px
uniform float u_halo_reach;  // parts 0, 1: how far the halo reaches outside the card now, px
uniform float u_halo_gain;   // parts 0, 1: its brightness now (rises fast, fades slowly; set by the caller)
uniform vec4 u_link;         // part 2: the line between the names, from (xy) to (zw), px
uniform float u_progress;    // part 2: 0..1 through the effect
uniform float u_scale;       // px per design px (1.0 at 1080p)
uniform float u_alpha;       // the card's opacity (a page turn may be fading it)
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

// Halo brightness at signed distance d from the card's edge (> 0 outside): ~exp(-4 d / reach), 0 at reach;
// inside, a thin rim.
float halo(float d) {
    float k = d > 0.0 ? clamp(1.0 - d / u_halo_reach, 0.0, 1.0) : 0.9 * clamp(1.0 + d / (8.0 * u_scale), 0.0, 1.0);
    k *= k;
    return u_halo_gain * k * k;
}

float link(vec2 p, float t) {
    float grow = smoothstep(0.05, 0.45, t);
    vec2 tip = mix(u_link.xy, u_link.zw, grow);
    float envelope = smoothstep(0.03, 0.08, t) * (1.0 - smoothstep(0.55, 1.0, t));
    float d = sd_segment(p, u_link.xy, tip) / u_scale;
    float line = (1.0 / (1.0 + 0.25 * d * d) + 0.45 / (1.0 + 0.01 * d * d)) * envelope;   // core + halo
    vec2 q = (p - tip) / (12.0 * u_scale);
    float head = 1.4 / (1.0 + 4.0 * dot(q, q)) * (1.0 - smoothstep(0.4, 0.55, t)) * step(0.04, t);
    // Faded out towards the quad's edges, so its rectangle never shows.
    float edge = min(min(p.x - u_bounds.x, u_bounds.z - p.x), min(p.y - u_bounds.y, u_bounds.w - p.y));
    return (line + head) * smoothstep(0.0, 20.0 * u_scale, edge);
}

void main() {
    vec2 p = gl_FragCoord.xy;
    float light;
    if (u_part == 0) light = halo(dot(u_edge, vec3(p, 1.0)));
    else if (u_part == 1) light = halo(sd_round_box(p - u_card.xy, u_card.zw, u_radius));
    else light = link(p, u_progress);
    frag_color = vec4(u_color * light * u_alpha, 1.0);
}
