// shaders/board_glow.frag — a new pair's entrance on the board, added on top of the drawn card:
//   1. the line between the two names is drawn from the mentor to the mentee, its tip glowing (0.05 .. 0.45);
//   2. a soft halo swells around the card's rounded edge and fades (the whole effect);
//   3. a faint band of light sweeps across the card once (0 .. 0.5).
// Additive blending (GL_ONE, GL_ONE) over the board: black adds nothing, so the quad's edge never shows.
// Every size is in design px times u_scale, so a 4K projector sees the same effect.
#version 330 core
out vec4 frag_color;

uniform vec4 u_card;         // card centre (xy) and half size (zw), framebuffer px, origin bottom-left
uniform float u_radius;      // card corner radius, px
uniform vec4 u_link;         // the line between the names: from (xy) to (zw), px
uniform float u_progress;    // 0..1 through the effect
uniform float u_alpha;       // the card's opacity (a page turn may be fading it)
uniform float u_scale;       // px per design px (1.0 at 1080p)
uniform float u_reach;       // how far the halo may reach outside the card, px (the quad's margin)
uniform vec3 u_color;        // glow colour, linear RGB

float sd_round_box(vec2 p, vec2 half_size, float r) {
    vec2 q = abs(p) - half_size + r;
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

float sd_segment(vec2 p, vec2 a, vec2 b) {
    vec2 pa = p - a, ba = b - a;
    float h = clamp(dot(pa, ba) / max(dot(ba, ba), 1e-4), 0.0, 1.0);
    return length(pa - ba * h);
}

void main() {
    vec2 p = gl_FragCoord.xy;
    float t = u_progress;

    // 2. Halo: quick rise, long soft fall, widening as it fades; faded out before the quad's edge.
    float envelope = smoothstep(0.0, 0.08, t) * (1.0 - smoothstep(0.3, 1.0, t));
    float d = sd_round_box(p - u_card.xy, u_card.zw, u_radius);
    float spread = (8.0 + 18.0 * t) * u_scale;
    float halo = d > 0.0 ? exp(-d / spread) * (1.0 - smoothstep(0.5 * u_reach, u_reach, d))
                         : exp(d / (3.0 * u_scale)) * 0.8;
    float light = halo * envelope * 0.7;

    // 1. The link grows from the mentor's name to the mentee's.
    float grow = smoothstep(0.05, 0.45, t);
    vec2 tip = mix(u_link.xy, u_link.zw, grow);
    float line_envelope = smoothstep(0.03, 0.08, t) * (1.0 - smoothstep(0.55, 1.0, t));
    float ld = sd_segment(p, u_link.xy, tip);
    light += (exp(-ld / (2.0 * u_scale)) + 0.45 * exp(-ld / (10.0 * u_scale))) * line_envelope;
    light += 1.4 * exp(-length(p - tip) / (12.0 * u_scale)) * (1.0 - smoothstep(0.4, 0.55, t)) * step(0.04, t);

    // 3. A slanted band of light crossing the card once.
    if (d < 0.0) {
        float left = u_card.x - u_card.z, width = 2.0 * u_card.z;
        float band_x = left - 0.2 * width + 1.4 * width * smoothstep(0.0, 0.5, t);
        float band = exp(-abs(p.x - band_x + 0.5 * (p.y - u_card.y)) / (30.0 * u_scale));
        light += 0.18 * band * (1.0 - smoothstep(0.4, 0.5, t));
    }

    frag_color = vec4(u_color * light * u_alpha, 1.0);
}
