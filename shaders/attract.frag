// shaders/attract.frag — the attract screen's background: deep teal and indigo with three soft lights
// drifting on slow orbits and a faint wave. Dark enough everywhere for white text (contrast >= 6:1), and
// every pixel changes over a few minutes, so a screen left on all day does not burn in.
// Rendered at a third of the screen's resolution (nothing here is sharp) and scaled up by upscale.frag.
#version 330 core
in vec2 v_uv;
out vec4 frag_color;

uniform float u_time;        // seconds since start
uniform vec2 u_resolution;   // render target size in pixels

const vec3 kDeep = vec3(0.030, 0.180, 0.200);    // dark teal
const vec3 kTeal = vec3(0.050, 0.400, 0.375);    // the UI's primary teal, slightly darker
const vec3 kDusk = vec3(0.110, 0.140, 0.330);    // indigo

void main() {
    // Aspect-correct coordinates, centre at 0, height 1.
    vec2 p = (gl_FragCoord.xy - 0.5 * u_resolution) / u_resolution.y;
    float t = u_time * 0.05;                       // one slow unit every 20 s

    float light = 0.0;
    for (int i = 0; i < 3; ++i) {
        float fi = float(i);
        vec2 centre = 0.6 * vec2(sin(t * (1.0 + 0.31 * fi) + fi * 2.1), cos(t * (0.8 + 0.23 * fi) + fi * 1.3));
        vec2 d = p - centre;
        light += 0.33 / (1.0 + 5.0 * dot(d, d));
    }
    float wave = 0.5 + 0.5 * sin(3.0 * p.x + 2.0 * sin(2.0 * p.y + t * 3.0) + t * 2.0);

    vec3 color = mix(kDeep, kDusk, smoothstep(-0.6, 0.8, p.y + 0.25 * sin(t * 1.7)));
    color = mix(color, kTeal, clamp(light * 0.85, 0.0, 1.0));
    color += 0.025 * wave;
    color *= 1.0 - 0.22 * dot(p, p);               // soft vignette
    frag_color = vec4(color, 1.0);                 // dithered after upscaling (upscale.frag)
}
