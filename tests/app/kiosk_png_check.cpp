// tests/app/kiosk_png_check.cpp — `kiosk_png_check FILE WIDTH HEIGHT`: exit 0 when FILE is a PNG of that size
// that is not blank (used by the CTest that runs the real `matchbooth kiosk --screenshot`).
#include <cstdlib>
#include <iostream>

#include "tests/app/png_check.hpp"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: kiosk_png_check FILE WIDTH HEIGHT\n";
        return 2;
    }
    const mb::test::PngFacts f = mb::test::png_facts(argv[1]);
    std::cout << argv[1] << ": " << f.width << "x" << f.height << ", " << f.distinct_colors
              << " distinct sampled colours, luminance spread " << f.luminance_spread << "\n";
    const bool ok = f.readable && f.width == std::atoi(argv[2]) && f.height == std::atoi(argv[3]) &&
                    f.distinct_colors > 5 && f.luminance_spread > 5.0;
    return ok ? 0 : 1;
}
