// The one Catch2 main for every test executable (compiled once: Catch2's header is slow to build).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
