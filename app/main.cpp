// app/main.cpp — thin entry point: parse the command line, run one subcommand, map failures to exit codes.
#include <cstdio>

int main(int argc, char** argv) {
    (void)argc;
    (void)argv;
    std::puts("matchbooth " MATCHBOOTH_VERSION);
    return 0;
}
