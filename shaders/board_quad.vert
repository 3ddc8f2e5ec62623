// shaders/board_quad.vert — one rectangle on the board (a triangle strip of 4 vertices, no vertex buffer):
// a card's body (board_card.frag) or the area around an arriving card (board_glow.frag).
#version 330 core
uniform vec4 u_bounds;       // x0, y0, x1, y1 of the rectangle, framebuffer px, origin bottom-left
uniform vec2 u_viewport;     // framebuffer size, px

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));   // (0,0) (1,0) (0,1) (1,1)
    vec2 p = mix(u_bounds.xy, u_bounds.zw, corner);
    gl_Position = vec4(p / u_viewport * 2.0 - 1.0, 0.0, 1.0);
}
