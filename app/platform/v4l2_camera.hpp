// app/platform/v4l2_camera.hpp — a USB webcam as a camera::FrameSource, through V4L2 (Linux).
//
// The device is asked for 640x480 YUYV (every UVC webcam offers it; a ticket QR held 20–40 cm away is
// 120–250 px wide there, plenty for zbar), GREY if it has no YUYV. Frames come through four mmap'ed
// streaming buffers; next() waits with select() so the scanner thread can stop, and when several frames
// queued up while zbar was busy it keeps only the newest (no growing lag behind the person's hand).
// A camera that offers neither format (MJPEG-only) is refused with a sentence saying so.
//
// open_camera(setting): "off" → none; "auto" → the first /dev/videoN that is a streaming capture device
// (webcams also expose metadata nodes, which are skipped); a path → that device or a reason why not.
// Access: /dev/video* belongs to group "video"; the Debian package adds the kiosk user to it (postinst).
//
// Supports
//  [x] YUYV and GREY at the size the driver picks nearest 640x480, padded rows (bytesperline)
//  [x] unplugging while streaming: next() reports Failed, the kiosk carries on without the camera
//  [ ] MJPEG-only cameras (would need a JPEG decoder; none is a dependency today)
//  [ ] choosing among several cameras other than by path
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/camera/camera_scanner.hpp"

namespace mb::platform {

class V4l2Camera final : public camera::FrameSource {
public:
    // Opens and starts streaming, or returns null with `why` set ("not a video capture device", ...).
    static std::unique_ptr<V4l2Camera> open(const std::string& path, std::string& why);
    ~V4l2Camera() override;
    V4l2Camera(const V4l2Camera&) = delete;
    V4l2Camera& operator=(const V4l2Camera&) = delete;

    Read next(camera::GreyFrame& frame, std::chrono::milliseconds timeout) override;
    std::string why() const override { return why_; }
    std::string name() const override { return name_; }

private:
    struct Buffer {
        void* start = nullptr;
        std::size_t length = 0;
    };
    V4l2Camera() = default;
    bool start(std::string& why);
    bool convert(const Buffer& b, std::size_t used, camera::GreyFrame& frame) const;

    int fd_ = -1;
    std::string name_;                    // path and the driver's card name
    std::string why_;                     // the failure, once next() returned Failed
    std::uint32_t format_ = 0;            // V4L2_PIX_FMT_YUYV or V4L2_PIX_FMT_GREY
    int width_ = 0, height_ = 0;
    std::size_t stride_ = 0;              // bytes per row
    std::vector<Buffer> buffers_;
    bool streaming_ = false;
};

// The kiosk's --camera setting: "off", "auto" (default) or a device path. Null when off or none is usable;
// `note` then says why for a log line ("" for "off", and for "auto" when the machine has no /dev/video*).
// dev_dir is where "auto" looks (tests point it at an empty folder).
std::unique_ptr<camera::FrameSource> open_camera(const std::string& setting, std::string& note,
                                                 const std::filesystem::path& dev_dir = "/dev");

} // namespace mb::platform
