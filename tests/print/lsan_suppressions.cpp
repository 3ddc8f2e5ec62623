// tests/print/lsan_suppressions.cpp — tells LeakSanitizer (asan preset) about fontconfig's and cairo's caches.
//
// Pango keeps one fontconfig configuration and font set for the life of the process and never frees them;
// LeakSanitizer reports those at exit. They are fontconfig's own allocations (every frame is inside
// libfontconfig), not leaks in our code, so they are suppressed here, by library, for this executable only.
// Cairo likewise keeps the font faces it made for each script's fallback font (the badge test that draws
// names in every script reports them, allocated inside libcairo) until the process ends.
// Without a sanitizer this hook is an ordinary unused function.
extern "C" const char* __lsan_default_suppressions();   // declared for -Wmissing-declarations

extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\nleak:libcairo.so\n";
}
