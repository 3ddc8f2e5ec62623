// app/main.cpp — thin entry point: everything happens in the command line layer (app/cli).
#include "app/cli/cli.hpp"

int main(int argc, char** argv) { return mb::cli::run(argc, argv); }
