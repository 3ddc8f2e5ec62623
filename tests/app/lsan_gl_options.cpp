// tests/app/lsan_gl_options.cpp — turns LeakSanitizer off (asan preset) in the executables that open a GL
// window: test_kiosk_render and kiosk_driver.
//
// Mesa's llvmpipe driver is dlopen'ed by libGL and unloaded again by glfwTerminate(); what it keeps for the
// life of the process is then reported at exit from an "<unknown module>", which no suppression can name.
// Leak checking of our own UI code is not lost: test_kiosk_ui runs the same screens, widgets and shell
// headless under LeakSanitizer. AddressSanitizer and UBSan stay fully on here.
// Without a sanitizer this hook is an ordinary unused function.
extern "C" const char* __lsan_default_options();   // declared for -Wmissing-declarations

extern "C" const char* __lsan_default_options() { return "detect_leaks=0"; }
