// shaders/upscale.frag — draws a low-resolution render target over the whole screen with bilinear filtering,
// dithered by a fraction of one 8-bit step so that smooth gradients do not band.
#version 330 core
in vec2 v_uv;
out vec4 frag_color;

uniform sampler2D u_image;   // the low-resolution picture (a float texture: no banding before dithering)

void main() {
    vec3 color = texture(u_image, v_uv).rgb;
    float noise = fract(sin(dot(gl_FragCoord.xy, vec2(12.9898, 78.233))) * 43758.5453);
    frag_color = vec4(color + (noise - 0.5) / 255.0, 1.0);
}
