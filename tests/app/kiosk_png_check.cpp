// tests/app/kiosk_png_check.cpp — `kiosk_png_check FILE WIDTH HEIGHT [light|dark]`: exit 0 when FILE is a PNG
// of that size that is not blank, and (if asked) mostly light (a form screen) or dark (the attract screen).
// Used by the CTests that run the real executables under Xvfb.
#include <cstdlib>
#include <iostream>
#include <string>

#include "tests/app/png_check.hpp"

int main(int argc, char** argv) {
    if (argc != 4 && argc != 5) {
        std::cerr << "usage: kiosk_png_check FILE WIDTH HEIGHT [light|dark]\n";
        return 2;
    }
    const std::string tone = argc == 5 ? argv[4] : "";
    const mb::test::PngFacts f = mb::test::png_facts(argv[1]);
    std::cout << argv[1] << ": " << f.width << "x" << f.height << ", " << f.distinct_colors
              << " distinct sampled colours, luminance mean " << f.luminance_mean << " spread "
              << f.luminance_spread << "\n";
    bool ok = f.readable && f.width == std::atoi(argv[2]) && f.height == std::atoi(argv[3]) &&
              f.distinct_colors > 5 && f.luminance_spread > 5.0;
    if (tone == "light") ok = ok && f.luminance_mean > 170.0;
    if (tone == "dark") ok = ok && f.luminance_mean < 110.0;
    return ok ? 0 : 1;
}
