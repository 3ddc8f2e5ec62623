matchbooth_add_fuzzer(fuzz_solve ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_solve.cpp)
