// app/render/shader.hpp — a linked GLSL program, owned. Compile errors become exceptions with the log.
#pragma once

#include <string>

namespace mb::render {

class Program {
public:
    // Compiles and links; throws std::runtime_error("<name>: <GL info log>") on failure.
    Program(const char* name, const char* vertex_source, const char* fragment_source);
    ~Program();
    Program(const Program&) = delete;
    Program& operator=(const Program&) = delete;

    unsigned id() const { return id_; }
    int uniform(const char* name) const;          // -1 when the uniform was optimized away

private:
    unsigned id_ = 0;                             // GL program object
};

} // namespace mb::render
