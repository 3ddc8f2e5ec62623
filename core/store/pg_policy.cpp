// core/store/pg_policy.cpp — see pg_policy.hpp.
#include "core/store/pg_policy.hpp"

#include <arpa/inet.h>
#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

namespace mb::pg {

namespace {

// --- [SECTION] Reading a connection string -----------------------------------------------------------------

// The keywords libpq would use, as PQconninfoParse reads them (URIs and key=value alike).
struct Keywords {
    bool parsed = false;
    std::string host, hostaddr, sslmode, password;
};

Keywords parse(std::string_view conninfo) {
    Keywords k;
    char* error = nullptr;
    const std::string text(conninfo);
    std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption*)> options(PQconninfoParse(text.c_str(), &error),
                                                                          &PQconninfoFree);
    if (error) PQfreemem(error);
    if (!options) return k;
    k.parsed = true;
    for (const PQconninfoOption* o = options.get(); o->keyword; ++o) {
        if (!o->val) continue;
        const std::string_view key(o->keyword);
        if (key == "host") k.host = o->val;
        else if (key == "hostaddr") k.hostaddr = o->val;
        else if (key == "sslmode") k.sslmode = o->val;
        else if (key == "password") k.password = o->val;
    }
    return k;
}

std::vector<std::string> split_commas(const std::string& list) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = list.find(',', start);
        out.push_back(list.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) return out;
        start = comma + 1;
    }
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// One host entry: a socket folder, a name or an address. Empty means libpq's default, the unix socket.
bool is_local_host(const std::string& host) {
    if (host.empty() || host.front() == '/' || host.front() == '@') return true;
    const std::string h = lower(host);
    if (h == "localhost" || h == "localhost." || h == "::1" || h == "[::1]") return true;
    in_addr v4{};
    if (::inet_pton(AF_INET, h.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;   // 127.0.0.0/8
    return false;
}

// Where libpq will actually connect: per position, hostaddr when given (host is then only the name the
// certificate is checked against), else host.
std::vector<std::string> targets(const Keywords& k, const ConnectEnv& env) {
    const std::string host = !k.host.empty() ? k.host : env.host;
    const std::string addr = !k.hostaddr.empty() ? k.hostaddr : env.hostaddr;
    const std::vector<std::string> hosts = split_commas(host), addrs = split_commas(addr);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < std::max(hosts.size(), addrs.size()); ++i) {
        const std::string a = i < addrs.size() ? addrs[i] : "";
        out.push_back(!a.empty() ? a : (i < hosts.size() ? hosts[i] : ""));
    }
    return out;
}

std::string first_remote(const Keywords& k, const ConnectEnv& env) {
    for (const std::string& t : targets(k, env))
        if (!is_local_host(t)) return t;
    return "";
}

} // namespace

// --- [SECTION] The rules -------------------------------------------------------------------------------------

ConnectEnv ConnectEnv::from_process() {
    auto get = [](const char* name) {
        const char* v = std::getenv(name);
        return std::string(v ? v : "");
    };
    return {get("PGHOST"), get("PGHOSTADDR"), get("PGSSLMODE")};
}

std::string transport_refusal(std::string_view conninfo, const ConnectEnv& env) {
    const Keywords k = parse(conninfo);
    if (!k.parsed) return "";
    const std::string remote = first_remote(k, env);
    if (remote.empty()) return "";
    const std::string mode = !k.sslmode.empty() ? k.sslmode : (!env.sslmode.empty() ? env.sslmode : "prefer");
    if (mode == "verify-ca" || mode == "verify-full") return "";
    return "refusing to connect to the database server at " + remote + " with sslmode=" + mode +
           ": over the network Matchbooth needs TLS with a checked certificate, or anyone on the venue network "
           "could read attendee data or pose as the event server; add sslmode=verify-full and "
           "sslrootcert=<the event server's CA certificate> to the address (packaging/event-server.sh prints "
           "the whole address)";
}

bool has_password(std::string_view conninfo) { return !parse(conninfo).password.empty(); }

std::string tls_failure_sentence(std::string_view error, std::string_view server) {
    const std::string at = "the database server at " + std::string(server);
    auto has = [&](std::string_view s) { return error.find(s) != std::string_view::npos; };
    if (has("certificate verify failed"))
        return at + " could not prove it is the event server: its certificate is not signed by the CA "
                    "certificate named by sslrootcert; copy the event server's CA certificate to this machine again "
                    "(or someone on the network is posing as the server)";
    if (has("does not match host name"))
        return at + " has a certificate for another name or address: use the address packaging/event-server.sh "
                    "printed, or run it again on the server after its address changed";
    if (has("root certificate file") || has("could not read root certificate"))
        return "the event server's CA certificate (sslrootcert) is missing or unreadable on this machine: copy it "
               "from the event server (packaging/event-server.sh says where it is)";
    if (has("server does not support SSL"))
        return at + " does not offer TLS: run packaging/event-server.sh on it, which turns TLS on";
    return "";
}

} // namespace mb::pg
