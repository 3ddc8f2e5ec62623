// app/kiosk_app.cpp — run_kiosk(): window, ImGui with the GL backend, the frame loop, screenshots.
//
// Frame loop phases (each iteration):
//   1. wait   — sleep in glfwWaitEventsTimeout while nothing animates (0.25 s ticks keep the idle clock
//               honest), or at most kAnimationFrameS between frames while the attract screen moves
//   2. tick   — the kiosk's idle wipe and store polling (core), which may move its revision; codes the
//               webcam's thread read since the last iteration (it wakes the wait with glfwPostEmptyEvent)
//   3. decide — draw only if input arrived, the revision moved, something animates, or a frame is owed
//   4. frame  — fonts rebuilt if the scale changed or names need new glyphs; ImGui new frame;
//               KioskShell::frame (draw + commands)
//   5. render — clear, attract shader if on attract, ImGui draw data; screenshot if asked; swap
#include "app/kiosk_app.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <memory>
#include <optional>

#include "app/attendee_glyphs.hpp"
#include "app/board/board_window.hpp"
#include "app/kiosk_fixtures.hpp"
#include "app/kiosk_shell.hpp"
#include "app/platform/screenshot.hpp"
#include "app/platform/touch_input.hpp"
#include "app/platform/v4l2_camera.hpp"
#include "app/platform/window.hpp"
#include "app/render/attract_background.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/theme.hpp"
#include "core/camera/camera_scanner.hpp"

namespace mb {

namespace {

using Clock = std::chrono::steady_clock;

// Attract animation: everything on it moves a few pixels per second at most, so 12 fps looks smooth and keeps
// a GPU-less kiosk (Mesa llvmpipe, 1080p) at about a fifth of one core instead of most of it.
constexpr double kAnimationFrameS = 1.0 / 12.0;
constexpr double kIdleWakeS = 0.25;               // longest sleep: the idle countdown shows whole seconds
constexpr int kFramesAfterInput = 2;              // ImGui settles hover/active state a frame after input

// ImGui context + both backends, shut down in reverse order.
class ImGuiSession {
public:
    explicit ImGuiSession(GLFWwindow* window) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;                 // a kiosk has no layout to remember
        io.LogFilename = nullptr;
        // The backend would otherwise reset the cursor mode every frame, un-hiding it in fullscreen.
        io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
        ImGui_ImplGlfw_InitForOpenGL(window, false);   // our TouchInput installs the callbacks
        ImGui_ImplOpenGL3_Init("#version 330 core");
    }
    ~ImGuiSession() {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    ImGuiSession(const ImGuiSession&) = delete;
    ImGuiSession& operator=(const ImGuiSession&) = delete;
};

// 1.0 at 1920x1080; portrait and 16:10 screens are limited by their width (layouts need ~1440 design px).
float scale_for(int fb_w, int fb_h) {
    const float s = std::min(static_cast<float>(fb_h) / 1080.0f, static_cast<float>(fb_w) / 1440.0f);
    return std::clamp(s, 0.5f, 2.5f);
}

struct LoopState {
    ui::Fonts fonts;                              // current atlas' fonts (scale 0 = not built yet)
    std::uint64_t drawn_revision = 0;             // kiosk revision of the last drawn frame
    std::uint64_t seen_activity = 0;              // TouchInput::activity at the last drawn frame
    int owed_frames = 1;                          // frames to draw regardless (first frame, after input)
    int frames_drawn = 0;
    Clock::time_point last_frame{};
    app::AttendeeGlyphs attendees;                // names in the store whose glyphs were collected
    std::optional<std::uint64_t> names_revision;  // kiosk revision when they were last collected
};

// Collects the glyphs of new or changed attendees whenever the kiosk moved (a walk-in, an import, news from
// the store), so the atlas has a new name's glyphs before any screen shows it; and, for the large welcome
// size alone, those of the event name and of the person being welcomed.
void collect_names(LoopState& s, app::KioskShell& shell, Store& store) {
    if (s.names_revision == shell.revision()) return;
    s.names_revision = shell.revision();
    ui::NameGlyphs& glyphs = shell.script().glyphs();
    s.attendees.update(store, glyphs);
    const kiosk::KioskView& view = shell.kiosk().view();
    glyphs.add_text(view.event_name);
    glyphs.add_text(view.event_name, true);
    glyphs.add_text(view.done.name, true);
}

bool glyphs_outdated(const LoopState& s, app::KioskShell& shell) {
    return shell.script().glyphs().revision() != s.fonts.glyphs_revision;
}

// Between frames only: ImGui's atlas must not change while a frame is being built.
void rebuild_fonts_if_needed(LoopState& s, app::KioskShell& shell, int fb_w, int fb_h) {
    const float scale = scale_for(fb_w, fb_h);
    if (s.fonts.body && std::abs(scale - s.fonts.scale) < 0.01f && !glyphs_outdated(s, shell)) return;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    s.fonts = ui::load_fonts(*ImGui::GetIO().Fonts, scale, &shell.script().glyphs());
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ui::apply_theme(ImGui::GetStyle(), scale);
    shell.set_fonts(s.fonts);
}

// The webcam's scanner thread (--camera), or null when it is off or there is no usable camera. A failure
// (unplugged) is said once on stderr; the kiosk carries on with the keyboard-wedge and name search.
std::unique_ptr<camera::CameraScanner> start_camera(const std::string& setting) {
    std::string note;
    std::unique_ptr<camera::FrameSource> source = platform::open_camera(setting, note);
    if (!note.empty()) std::cerr << "matchbooth: " << note << "\n";
    if (!source) return nullptr;
    std::cerr << "matchbooth: scanning ticket QR codes with " << source->name() << "\n";
    return std::make_unique<camera::CameraScanner>(std::move(source), camera::qr_decoder(),
                                                   [] { glfwPostEmptyEvent(); });   // thread-safe in GLFW
}

void take_camera_codes(camera::CameraScanner* scanner, app::KioskShell& shell, Clock::time_point now) {
    if (!scanner) return;
    shell.feed_camera(scanner->take(), now);
}

// board: the live board's second window (--board-monitor), or null. It is pumped once per iteration and its
// next frame caps the wait; it restores the kiosk's GL and ImGui contexts itself (app/board/board_window.hpp).
int run_loop(const KioskOptions& options, GLFWwindow* window, app::KioskShell& shell, Store& store,
             platform::TouchInput& input, render::AttractBackground& background, board::BoardWindow* board,
             camera::CameraScanner* camera) {
    bool camera_failure_said = false;
    LoopState s;
    const Clock::time_point start = Clock::now();
    const platform::ScreenshotRequest shot{options.screenshot_png, options.after_frames, options.after_seconds};
    while (!glfwWindowShouldClose(window) && !shell.exit_requested()) {
        // 1. wait. A screenshot run follows the same event-driven path, so tests see the real loop; it only
        //    hurries its first frames and wakes up for its deadline.
        const bool animating = shell.animating();
        const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        const bool frames_wanted = shot.wants_frames(s.frames_drawn);
        const double until_shot = std::min(shot.seconds_until_due(elapsed),
                                           board ? board->seconds_until_due() : 1e9);   // or the board's frame
        if (frames_wanted || input.pending() || s.owed_frames > 0) {
            glfwPollEvents();
        } else if (shell.holding_keys()) {
            glfwWaitEventsTimeout(0.02);                   // a burst without Enter ends by a pause: notice it
        } else if (animating) {
            const double since = std::chrono::duration<double>(Clock::now() - s.last_frame).count();
            glfwWaitEventsTimeout(std::clamp(std::min(kAnimationFrameS - since, until_shot), 0.001, kIdleWakeS));
        } else {
            glfwWaitEventsTimeout(std::clamp(until_shot, 0.001, kIdleWakeS));
        }
        // 2. tick, 3. decide
        const Clock::time_point now = Clock::now();
        shell.kiosk().tick(now);
        take_camera_codes(camera, shell, now);
        if (camera && !camera->running() && !camera_failure_said) {
            std::cerr << "matchbooth: the camera stopped (" << camera->failure() << "); scanning by camera is off\n";
            camera_failure_said = true;
            shell.ui_state().camera_on = false;             // the attract screen stops offering it
        }
        if (board) board->pump();                          // the board window's tick + frame, if due
        const bool input_arrived = input.activity() != s.seen_activity;
        if (input_arrived) s.owed_frames = std::max(s.owed_frames, kFramesAfterInput);
        const bool shot_due = shot.due(s.frames_drawn, std::chrono::duration<double>(now - start).count());
        collect_names(s, shell, store);
        // A glyph noted missing while drawing (a name being typed) is baked and shown in the next frame.
        shell.feed_keys(input.take_keys());
        const bool draw = frames_wanted || shot_due || animating || input.pending() || s.owed_frames > 0 ||
                          shell.holding_keys() ||
                          shell.revision() != s.drawn_revision || glyphs_outdated(s, shell);
        if (!draw) continue;
        s.seen_activity = input.activity();
        s.owed_frames = std::max(0, s.owed_frames - 1);

        // 4. frame
        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(window, &fb_w, &fb_h);
        if (fb_w <= 0 || fb_h <= 0) continue;              // minimized
        rebuild_fonts_if_needed(s, shell, fb_w, fb_h);
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        input.apply(ImGui::GetIO());
        ImGui::NewFrame();
        shell.frame(now);
        ImGui::Render();

        // 5. render
        glViewport(0, 0, fb_w, fb_h);
        const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(ui::color::kBackground);
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        if (shell.ui_state().screen == kiosk::Screen::Attract)
            background.draw(std::chrono::duration<double>(now - start).count(), fb_w, fb_h);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        s.drawn_revision = shell.revision();
        ++s.frames_drawn;
        s.last_frame = now;
        if (shot_due) return platform::take_screenshot(shot, fb_w, fb_h);
        glfwSwapBuffers(window);
    }
    return 0;
}

} // namespace

int run_kiosk(const KioskOptions& options, Store& store) {
    if (!options.screen.empty() && !options.demo) {
        std::cerr << "matchbooth: --screen needs --demo (its fixtures write to the database)\n";
        return 1;
    }
    int exit_code = 0;
    const auto window = platform::Window::open_or_explain(
        {options.fullscreen, options.monitor, options.width, options.height, "Matchbooth"}, "kiosk", exit_code);
    if (!window) return exit_code;
    try {
        ImGuiSession imgui(window->handle());
        platform::TouchInput input;
        input.install(window->handle());
        render::AttractBackground background;

        kiosk::KioskConfig config;
        config.idle_timeout_s = options.idle_timeout_s;
        const std::filesystem::path folder = options.db.has_parent_path() ? options.db.parent_path() : ".";
        config.default_export_path = (folder / "attendees-export.csv").string();
        config.link_notice = options.link_notice;
        config.scrub_after_erase = options.scrub_after_erase;
        app::KioskShell shell(store, config, Clock::now());
        if (!options.screen.empty()) {
            const std::string error =
                app::drive_to_fixture(shell.kiosk(), store, shell.ui_state(), options.screen, Clock::now());
            if (!error.empty()) {
                std::cerr << "matchbooth: --screen: " << error << "\n";
                return 1;
            }
        }
        const auto board = board::BoardWindow::open(options.board, store, shell.kiosk().matching(),
                                                    options.fullscreen, options.monitor);
        const auto camera = start_camera(options.camera);   // stopped (joined) before the window closes
        shell.ui_state().camera_on = camera != nullptr;
        return run_loop(options, window->handle(), shell, store, input, background, board.get(), camera.get());
    } catch (const std::exception& e) {
        std::cerr << "matchbooth: " << e.what() << "\n";
        return 1;
    }
}

} // namespace mb
