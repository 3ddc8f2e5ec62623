// app/platform/v4l2_camera.cpp — see v4l2_camera.hpp. V4L2 API: linux/videodev2.h ("Video for Linux API",
// kernel docs: streaming I/O with memory mapping, VIDIOC_QUERYCAP / S_FMT / REQBUFS / QBUF / DQBUF).
#include "app/platform/v4l2_camera.hpp"

#include <fcntl.h>
#include <linux/videodev2.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>

namespace mb::platform {

namespace {

constexpr int kWidth = 640, kHeight = 480;
constexpr unsigned kBuffers = 4;

int xioctl(int fd, unsigned long request, void* arg) {
    int r = 0;
    do {
        r = ioctl(fd, request, arg);
    } while (r == -1 && errno == EINTR);
    return r;
}

std::string errno_text(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

} // namespace

// --- Opening ------------------------------------------------------------------------------------------------

std::unique_ptr<V4l2Camera> V4l2Camera::open(const std::string& path, std::string& why) {
    std::unique_ptr<V4l2Camera> cam(new V4l2Camera());
    cam->name_ = path;
    cam->fd_ = ::open(path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (cam->fd_ < 0) {
        why = errno == EACCES ? errno_text("cannot open it (is the user in group \"video\"?)")
                              : errno_text("cannot open it");
        return nullptr;
    }
    if (!cam->start(why)) return nullptr;               // the destructor closes what was opened
    return cam;
}

bool V4l2Camera::start(std::string& why) {
    v4l2_capability cap{};
    if (xioctl(fd_, VIDIOC_QUERYCAP, &cap) < 0) {
        why = "not a video device";
        return false;
    }
    // device_caps describes this node; capabilities the whole physical device (all its nodes).
    const std::uint32_t caps = (cap.capabilities & V4L2_CAP_DEVICE_CAPS) ? cap.device_caps : cap.capabilities;
    if (!(caps & V4L2_CAP_VIDEO_CAPTURE) || !(caps & V4L2_CAP_STREAMING)) {
        why = "not a video capture device (a webcam's metadata node?)";
        return false;
    }
    name_ += " (" + std::string(reinterpret_cast<const char*>(cap.card)) + ")";

    v4l2_format fmt{};
    for (const std::uint32_t pixfmt : {V4L2_PIX_FMT_YUYV, V4L2_PIX_FMT_GREY}) {
        fmt = {};
        fmt.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        fmt.fmt.pix.width = kWidth;
        fmt.fmt.pix.height = kHeight;
        fmt.fmt.pix.pixelformat = pixfmt;
        fmt.fmt.pix.field = V4L2_FIELD_ANY;
        if (xioctl(fd_, VIDIOC_S_FMT, &fmt) == 0 && fmt.fmt.pix.pixelformat == pixfmt) break;   // driver agreed
        fmt.fmt.pix.pixelformat = 0;
    }
    format_ = fmt.fmt.pix.pixelformat;
    if (format_ == 0) {
        why = "the camera offers neither YUYV nor GREY frames (MJPEG-only cameras are not supported)";
        return false;
    }
    width_ = static_cast<int>(fmt.fmt.pix.width);
    height_ = static_cast<int>(fmt.fmt.pix.height);
    const std::size_t min_stride = static_cast<std::size_t>(width_) * (format_ == V4L2_PIX_FMT_YUYV ? 2 : 1);
    stride_ = std::max<std::size_t>(fmt.fmt.pix.bytesperline, min_stride);   // 0 from some drivers: packed

    v4l2_requestbuffers req{};
    req.count = kBuffers;
    req.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    req.memory = V4L2_MEMORY_MMAP;
    if (xioctl(fd_, VIDIOC_REQBUFS, &req) < 0 || req.count < 2) {
        why = "the camera does not stream through mmap buffers";
        return false;
    }
    for (unsigned i = 0; i < req.count; ++i) {
        v4l2_buffer b{};
        b.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        b.memory = V4L2_MEMORY_MMAP;
        b.index = i;
        if (xioctl(fd_, VIDIOC_QUERYBUF, &b) < 0) {
            why = errno_text("VIDIOC_QUERYBUF");
            return false;
        }
        void* start = mmap(nullptr, b.length, PROT_READ | PROT_WRITE, MAP_SHARED, fd_, b.m.offset);
        if (start == MAP_FAILED) {
            why = errno_text("mmap");
            return false;
        }
        buffers_.push_back({start, b.length});
        if (xioctl(fd_, VIDIOC_QBUF, &b) < 0) {
            why = errno_text("VIDIOC_QBUF");
            return false;
        }
    }
    v4l2_buf_type type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    if (xioctl(fd_, VIDIOC_STREAMON, &type) < 0) {
        why = errno_text("VIDIOC_STREAMON");
        return false;
    }
    streaming_ = true;
    return true;
}

V4l2Camera::~V4l2Camera() {
    if (streaming_) {
        v4l2_buf_type type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        xioctl(fd_, VIDIOC_STREAMOFF, &type);
    }
    for (const Buffer& b : buffers_) munmap(b.start, b.length);
    if (fd_ >= 0) ::close(fd_);
}

// --- Frames -------------------------------------------------------------------------------------------------

camera::FrameSource::Read V4l2Camera::next(camera::GreyFrame& frame, std::chrono::milliseconds timeout) {
    fd_set fds;
    FD_ZERO(&fds);
    FD_SET(fd_, &fds);
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(timeout.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((timeout.count() % 1000) * 1000);
    const int ready = select(fd_ + 1, &fds, nullptr, nullptr, &tv);
    if (ready < 0 && errno == EINTR) return Read::Timeout;
    if (ready < 0) {
        why_ = errno_text("select");
        return Read::Failed;
    }
    if (ready == 0) return Read::Timeout;

    // Dequeue everything that is ready and keep the newest; the older ones go straight back to the driver.
    v4l2_buffer newest{};
    bool have = false;
    for (;;) {
        v4l2_buffer b{};
        b.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        b.memory = V4L2_MEMORY_MMAP;
        if (xioctl(fd_, VIDIOC_DQBUF, &b) < 0) {
            if (errno == EAGAIN) break;
            why_ = errno_text("the camera stopped");     // ENODEV: unplugged
            return Read::Failed;
        }
        if (have) xioctl(fd_, VIDIOC_QBUF, &newest);
        newest = b;
        have = true;
    }
    if (!have) return Read::Timeout;
    const bool ok = newest.index < buffers_.size() && !(newest.flags & V4L2_BUF_FLAG_ERROR) &&
                    convert(buffers_[newest.index], newest.bytesused, frame);
    frame.at = std::chrono::steady_clock::now();
    if (xioctl(fd_, VIDIOC_QBUF, &newest) < 0) {
        why_ = errno_text("VIDIOC_QBUF");
        return Read::Failed;
    }
    return ok ? Read::Frame : Read::Timeout;           // a damaged frame is skipped, not a failure
}

bool V4l2Camera::convert(const Buffer& b, std::size_t used, camera::GreyFrame& frame) const {
    const auto* data = static_cast<const std::uint8_t*>(b.start);
    const std::size_t bytes = used ? std::min(used, b.length) : b.length;
    return format_ == V4L2_PIX_FMT_YUYV ? camera::grey_from_yuyv(data, bytes, width_, height_, stride_, frame)
                                        : camera::grey_from_grey(data, bytes, width_, height_, stride_, frame);
}

// --- The --camera setting -----------------------------------------------------------------------------------

std::unique_ptr<camera::FrameSource> open_camera(const std::string& setting, std::string& note,
                                                 const std::filesystem::path& dev_dir) {
    note.clear();
    if (setting == "off") return nullptr;
    if (setting != "auto") {
        std::string why;
        auto cam = V4l2Camera::open(setting, why);
        if (!cam) note = "camera " + setting + ": " + why + "; scanning by camera is off";
        return cam;
    }
    std::map<int, std::filesystem::path> nodes;           // /dev/video0, video1, ... in number order
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dev_dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() <= 5 || name.rfind("video", 0) != 0) continue;
        const std::string digits = name.substr(5);
        if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
            digits.size() > 3)
            continue;
        nodes.emplace(std::stoi(digits), entry.path());
    }
    std::string tried;
    for (const auto& [n, path] : nodes) {
        std::string why;
        if (auto cam = V4l2Camera::open(path.string(), why)) return cam;
        tried += (tried.empty() ? "" : "; ") + path.string() + ": " + why;
    }
    if (!tried.empty()) note = "no usable camera (" + tried + "); scanning by camera is off";
    return nullptr;
}

} // namespace mb::platform
