matchbooth_add_fuzzer(fuzz_vcard ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_vcard.cpp)
