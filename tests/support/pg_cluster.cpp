// tests/support/pg_cluster.cpp — see pg_cluster.hpp.
#include "tests/support/pg_cluster.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/util/ids.hpp"
#include "tests/support/run_process.hpp"

namespace mb::test {

namespace {

const std::string kBin = "/usr/lib/postgresql/15/bin/";

// Server commands run as `postgres` when we are root (PostgreSQL refuses root).
std::string as_server_user() { return ::geteuid() == 0 ? "runuser -u postgres -- " : ""; }

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::filesystem::path make_temp_dir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "matchbooth-pg-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed for the test PostgreSQL cluster");
    return pattern;
}

void hand_to_server_user(const std::filesystem::path& dir) {
    if (::geteuid() != 0) return;
    const passwd* pw = ::getpwnam("postgres");
    if (!pw) throw std::runtime_error("no 'postgres' user: install PostgreSQL (packaging/install-deps.sh --test)");
    if (::chown(dir.c_str(), pw->pw_uid, pw->pw_gid) != 0)
        throw std::runtime_error("cannot hand " + dir.string() + " to the postgres user");
}

} // namespace

// --- PgCluster ------------------------------------------------------------------------------------------

PgCluster::PgCluster(bool fsync) : dir_(make_temp_dir()) {
    try {
        if (!std::filesystem::exists(kBin + "initdb"))
            throw std::runtime_error("PostgreSQL 15 is not installed (" + kBin +
                                     "initdb missing): run packaging/install-deps.sh --test");
        hand_to_server_user(dir_);
        run("initdb -D " + quoted((dir_ / "data").string()) + " -U mb -A trust -E UTF8 --locale=C.UTF-8 --no-sync",
            "initdb");
        std::ofstream conf(dir_ / "data" / "postgresql.conf", std::ios::app);
        conf << "listen_addresses = ''\n"
             << "unix_socket_directories = '" << dir_.string() << "'\n"
             << "fsync = " << (fsync ? "on" : "off") << "\n"
             << "max_connections = 60\n"
             << "shared_buffers = 32MB\n";
        conf.close();
        start();
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
        throw;
    }
}

PgCluster::PgCluster(std::filesystem::path dir, bool owned) : dir_(std::move(dir)), owned_(owned), running_(true) {}

PgCluster::~PgCluster() {
    if (!owned_) return;
    try {
        if (running_) stop("immediate");
    } catch (...) {
    }
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
}

void PgCluster::run(const std::string& command, const std::string& what) const {
    const std::filesystem::path log = dir_ / "command.log";
    const std::string line = "cd " + quoted(dir_.string()) + " && " + as_server_user() + kBin + command + " >" +
                             quoted(log.string()) + " 2>&1";
    const int status = std::system(("bash -c " + quoted(line)).c_str());
    if (status != 0)
        throw std::runtime_error(what + " failed (status " + std::to_string(status) + "): " + read_text(log) +
                                 read_text(dir_ / "server.log"));
}

void PgCluster::start() {
    run("pg_ctl -D " + quoted((dir_ / "data").string()) + " -l " + quoted((dir_ / "server.log").string()) +
            " -w -t 60 start",
        "pg_ctl start");
    running_ = true;
}

void PgCluster::stop(const std::string& mode) {
    run("pg_ctl -D " + quoted((dir_ / "data").string()) + " -m " + mode + " -w -t 60 stop", "pg_ctl stop");
    running_ = false;
}

std::string PgCluster::conninfo(const std::string& db) const {
    return "host=" + dir_.string() + " user=mb dbname=" + db;
}

void PgCluster::psql(const std::string& sql, const std::string& db) const {
    const std::string line = kBin + "psql -X -q -v ON_ERROR_STOP=1 " + quoted(conninfo(db)) + " -c " + quoted(sql) +
                             " 2>&1";
    std::string output;
    FILE* pipe = ::popen(("bash -c " + quoted(line)).c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run psql");
    char buf[512];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) output.append(buf, n);
    if (::pclose(pipe) != 0) throw std::runtime_error("psql failed on \"" + sql + "\": " + output);
}

std::filesystem::path shared_cluster_dir(const std::filesystem::path& state_file) {
    std::string dir = read_text(state_file);
    while (!dir.empty() && (dir.back() == '\n' || dir.back() == ' ')) dir.pop_back();
    if (dir.empty())
        throw std::runtime_error("no shared test PostgreSQL cluster (" + state_file.string() +
                                 " is missing: did the pg_cluster_start fixture fail?)");
    return dir;
}

// --- PgTestDatabase -------------------------------------------------------------------------------------

PgTestDatabase::PgTestDatabase() {
    const char* state = std::getenv("MB_TEST_PG_STATE");
    if (state && *state) cluster_ = std::make_unique<PgCluster>(shared_cluster_dir(state), false);
    else cluster_ = std::make_unique<PgCluster>();
    name_ = "t";
    for (char c : make_uuid())
        if (c != '-') name_ += c;
    cluster_->psql("CREATE DATABASE " + name_);
    conninfo_ = cluster_->conninfo(name_);
}

PgTestDatabase::~PgTestDatabase() {
    try {
        cluster_->psql("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (...) {
    }
}

} // namespace mb::test
