// tests/app/test_camera_source.cpp — the kiosk's --camera setting without a camera: off stays off, a machine
// with no /dev/video* is silently off, and a path that is not a webcam is refused with a reason.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "app/platform/v4l2_camera.hpp"

using mb::platform::open_camera;

TEST_CASE("camera setting: off, or no camera, means no scanner", "[camera]") {
    std::string note = "stale";
    CHECK(open_camera("off", note) == nullptr);
    CHECK(note.empty());
    const auto empty = std::filesystem::temp_directory_path() / "matchbooth-no-cameras";
    std::filesystem::remove_all(empty);
    std::filesystem::create_directories(empty);
    CHECK(open_camera("auto", note, empty) == nullptr);
    CHECK(note.empty());                                        // nothing to say: the kiosk has no camera
    CHECK(open_camera("auto", note, empty / "missing") == nullptr);   // no /dev at all: still no crash
}

TEST_CASE("camera setting: something that is not a webcam is refused with a reason", "[camera]") {
    std::string note;
    CHECK(open_camera("/dev/null", note) == nullptr);
    CHECK_THAT(note, Catch::Contains("/dev/null") && Catch::Contains("not a video device"));
    CHECK(open_camera("/dev/video-missing", note) == nullptr);
    CHECK_THAT(note, Catch::Contains("cannot open it"));
    // "auto" tries each videoN node: a fake one (a plain file) is skipped with its reason.
    const auto dir = std::filesystem::temp_directory_path() / "matchbooth-fake-dev";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "video0") << "not a device";
    std::ofstream(dir / "videodrome") << "not a video node name";
    CHECK(open_camera("auto", note, dir) == nullptr);
    CHECK_THAT(note, Catch::Contains("video0") && Catch::Contains("not a video device"));
    CHECK(note.find("videodrome") == std::string::npos);
}
