// app/render/shader.cpp — GLSL compile/link with readable errors.
#include "app/render/shader.hpp"

#include <glad/gl.h>

#include <stdexcept>

namespace mb::render {

namespace {

GLuint compile(const char* name, GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok != GL_TRUE) {
        char log[2048] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        glDeleteShader(shader);
        throw std::runtime_error(std::string(name) + ": shader does not compile: " + log);
    }
    return shader;
}

} // namespace

Program::Program(const char* name, const char* vertex_source, const char* fragment_source) {
    const GLuint vs = compile(name, GL_VERTEX_SHADER, vertex_source);
    GLuint fs = 0;
    try {
        fs = compile(name, GL_FRAGMENT_SHADER, fragment_source);
    } catch (...) {
        glDeleteShader(vs);
        throw;
    }
    id_ = glCreateProgram();
    glAttachShader(id_, vs);
    glAttachShader(id_, fs);
    glLinkProgram(id_);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = GL_FALSE;
    glGetProgramiv(id_, GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        char log[2048] = {};
        glGetProgramInfoLog(id_, sizeof log, nullptr, log);
        glDeleteProgram(id_);
        throw std::runtime_error(std::string(name) + ": program does not link: " + log);
    }
}

Program::~Program() { glDeleteProgram(id_); }

int Program::uniform(const char* name) const { return glGetUniformLocation(id_, name); }

} // namespace mb::render
