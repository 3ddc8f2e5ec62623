// shaders/board_card.frag — a pair card's body: a rounded rectangle with a 2 px edge, anti-aliased, drawn
// with board_quad.vert under ImGui's text. The fill math is a few instructions and needs no texture, which is
// what makes it cheaper than ImGui's textured, blended triangles on a GPU-less kiosk (Mesa llvmpipe).
#version 330 core
out vec4 frag_color;

uniform vec4 u_card;         // centre (xy) and half size (zw), framebuffer px, origin bottom-left
uniform float u_radius;      // corner radius, px
uniform float u_border;      // edge width, px
uniform vec3 u_fill;         // body colour (8-bit sRGB / 255)
uniform vec3 u_edge;         // edge colour
uniform float u_alpha;       // the card's opacity (fading in or out)

float sd_round_box(vec2 p, vec2 half_size, float r) {
    vec2 q = abs(p) - half_size + r;
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

void main() {
    float d = sd_round_box(gl_FragCoord.xy - u_card.xy, u_card.zw, u_radius);
    float coverage = clamp(0.5 - d, 0.0, 1.0);
    if (coverage <= 0.0) discard;
    float edge = clamp(d + u_border + 0.5, 0.0, 1.0);
    frag_color = vec4(mix(u_fill, u_edge, edge), coverage * u_alpha);
}
