// tests/store/test_pg_tls.cpp — the event server over TLS: a kiosk connects to a server on another machine
// only with a checked certificate, says so in a sentence when it cannot check it, and leaves loopback alone.
// The policy is unit-tested on connection strings; the TLS behaviour against a throwaway PostgreSQL server
// with ssl=on, a test CA and a server certificate for 127.0.0.1/localhost (made with openssl, as
// packaging/event-server.sh makes them).
#include <catch2/catch.hpp>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "core/store/pg_conn.hpp"
#include "core/store/pg_policy.hpp"
#include "tests/support/pg_cluster.hpp"
#include "tests/support/run_process.hpp"

using namespace mb;
using mb::test::quoted;

namespace {

// --- [SECTION] The policy, on connection strings --------------------------------------------------------------

bool allowed(const std::string& conninfo, const pg::ConnectEnv& env = {}) {
    return pg::transport_refusal(conninfo, env).empty();
}

} // namespace

TEST_CASE("pg tls: loopback and unix sockets need no TLS, another machine needs a checked certificate", "[pg][tls]") {
    // On this machine: the socket (default or named), localhost, 127.0.0.0/8, ::1.
    CHECK(allowed("dbname=mixer"));
    CHECK(allowed("host=/run/postgresql dbname=mixer"));
    CHECK(allowed("postgresql:///mixer"));
    CHECK(allowed("postgresql://localhost/mixer?sslmode=disable"));
    CHECK(allowed("host=127.0.0.1 sslmode=disable dbname=mixer"));
    CHECK(allowed("host=127.1.2.3 dbname=mixer"));
    CHECK(allowed("postgresql://[::1]:5433/mixer"));
    CHECK(allowed("host=::1 dbname=mixer"));

    // Another machine: only verify-ca / verify-full.
    for (const char* mode : {"disable", "allow", "prefer", "require"}) {
        INFO(mode);
        CHECK_FALSE(allowed(std::string("postgresql://kiosk@10.0.0.5/mixer?sslmode=") + mode));
    }
    CHECK_FALSE(allowed("postgresql://kiosk@10.0.0.5/mixer"));                      // libpq's default: prefer
    CHECK_FALSE(allowed("host=db.example.org dbname=mixer"));
    CHECK(allowed("postgresql://kiosk@10.0.0.5/mixer?sslmode=verify-full&sslrootcert=/etc/matchbooth/ca.crt"));
    CHECK(allowed("host=db.example.org sslmode=verify-ca dbname=mixer"));

    // Where libpq really goes counts: hostaddr over host, every host of a list, the environment's defaults.
    CHECK_FALSE(allowed("host=localhost hostaddr=10.0.0.5 dbname=mixer"));
    CHECK(allowed("host=db.example.org hostaddr=127.0.0.1 dbname=mixer"));
    CHECK_FALSE(allowed("host=localhost,10.0.0.6 dbname=mixer"));
    CHECK_FALSE(allowed("dbname=mixer", {.host = "10.0.0.5"}));
    CHECK(allowed("dbname=mixer", {.host = "10.0.0.5", .sslmode = "verify-full"}));
    CHECK_FALSE(allowed("sslmode=require dbname=mixer", {.host = "10.0.0.5", .sslmode = "verify-full"}));
    CHECK(allowed("host=10.0.0.5 dbname=mixer", {.sslmode = "verify-ca"}));

    // The refusal is a sentence: what, why, and what to do.
    const std::string why = pg::transport_refusal("postgresql://kiosk:pw@10.0.0.5/mixer", {});
    CHECK_THAT(why, Catch::StartsWith("refusing to connect to the database server at 10.0.0.5 with sslmode=prefer") &&
                        Catch::Contains("sslmode=verify-full") && Catch::Contains("sslrootcert=") &&
                        !Catch::Contains("pw"));
}

TEST_CASE("pg tls: a refused address fails before connecting, as a configuration error", "[pg][tls]") {
    try {
        pg::Connection conn("postgresql://kiosk@192.0.2.10/mixer?sslmode=require");   // TEST-NET: never reached
        FAIL("connected");
    } catch (const StoreError& e) {
        CHECK(e.kind == StoreErrorKind::Other);      // not Unreachable: waiting would not help
        CHECK_THAT(e.what(), Catch::StartsWith("refusing to connect"));
    }
}

TEST_CASE("pg tls: passwords in connection strings are recognised", "[pg][tls]") {
    CHECK(pg::has_password("postgresql://kiosk:s3cret@db/mixer"));
    CHECK(pg::has_password("host=db password=s3cret dbname=mixer"));
    CHECK_FALSE(pg::has_password("postgresql://kiosk@db/mixer?sslmode=verify-full"));
    CHECK_FALSE(pg::has_password("host=db dbname=mixer passfile=/etc/matchbooth/pgpass"));
    CHECK_FALSE(pg::has_password("not a connection string ="));
}

// --- [SECTION] Against a real server with ssl=on -----------------------------------------------------------------

namespace {

void sh(const std::string& line) {
    const int status = std::system(("bash -c " + quoted("{ " + line + "; } >/dev/null 2>&1")).c_str());
    if (status != 0) throw std::runtime_error("failed: " + line);
}

// A TCP port nobody listens on right now (the kernel's pick).
int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

// A CA (key + certificate) in dir/NAME-ca.key and dir/NAME-ca.crt.
void make_ca(const std::filesystem::path& dir, const std::string& name) {
    const std::string d = quoted(dir.string()) + "/" + name;
    sh("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj '/CN=" + name +
       " test CA' -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -keyout " +
       d + "-ca.key -out " + d + "-ca.crt");
}

class TlsServer {
public:
    TlsServer() : port_(free_port()) {
        const auto dir = cluster_.dir();
        make_ca(dir, "right");
        make_ca(dir, "wrong");
        const std::string d = quoted(dir.string());
        sh("cd " + d + " && openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=127.0.0.1 "
           "-keyout server.key -out server.csr && openssl x509 -req -in server.csr -CA right-ca.crt -CAkey "
           "right-ca.key -CAcreateserial -days 2 -out server.crt -extfile <(echo "
           "subjectAltName=IP:127.0.0.1,DNS:localhost) && chmod 0600 server.key");
        if (::geteuid() == 0) sh("chown postgres: " + d + "/server.key " + d + "/server.crt");
        cluster_.stop();
        std::ofstream conf(dir / "data" / "postgresql.conf", std::ios::app);
        conf << "listen_addresses = '127.0.0.1'\nport = " << port_ << "\nssl = on\n"
             << "ssl_cert_file = '" << (dir / "server.crt").string() << "'\n"
             << "ssl_key_file = '" << (dir / "server.key").string() << "'\n";
        conf.close();
        cluster_.start();
    }

    // Database postgres as user mb over TCP to 127.0.0.1, plus `extra` keywords.
    std::string conninfo(const std::string& extra) const {
        return "host=127.0.0.1 port=" + std::to_string(port_) + " user=mb dbname=postgres " + extra;
    }
    std::string ca(const std::string& name) const { return (cluster_.dir() / (name + "-ca.crt")).string(); }

private:
    test::PgCluster cluster_;
    int port_;
};

std::string ssl_in_use(pg::Connection& c) {
    return c.exec("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").text(0, 0);
}

std::string refusal(const std::string& conninfo) {
    try {
        pg::Connection c(conninfo);
    } catch (const StoreError& e) {
        CHECK(e.kind == StoreErrorKind::Other);
        return e.what();
    }
    return "connected";
}

} // namespace

TEST_CASE("pg tls: verify-full with the event server's CA connects, a wrong CA or name is refused in words",
          "[pg][tls]") {
    TlsServer server;

    SECTION("the right CA: connected, encrypted") {
        pg::Connection c(server.conninfo("sslmode=verify-full sslrootcert=" + server.ca("right")));
        CHECK(ssl_in_use(c) == "t");
        pg::Connection by_name(server.conninfo("sslmode=verify-full sslrootcert=" + server.ca("right")) +
                               " host=localhost hostaddr=127.0.0.1");
        CHECK(ssl_in_use(by_name) == "t");
    }
    SECTION("another CA: refused, the server could not prove who it is") {
        CHECK_THAT(refusal(server.conninfo("sslmode=verify-full sslrootcert=" + server.ca("wrong"))),
                   Catch::Contains("could not prove it is the event server") && Catch::Contains("127.0.0.1"));
    }
    SECTION("a certificate for another name: refused under verify-full, accepted under verify-ca") {
        const std::string other_name = " host=kiosk-server.example hostaddr=127.0.0.1";
        CHECK_THAT(refusal(server.conninfo("sslmode=verify-full sslrootcert=" + server.ca("right")) + other_name),
                   Catch::Contains("has a certificate for another name or address"));
        pg::Connection c(server.conninfo("sslmode=verify-ca sslrootcert=" + server.ca("right")) + other_name);
        CHECK(ssl_in_use(c) == "t");
    }
    SECTION("no CA file here: refused, saying what to copy") {
        CHECK_THAT(refusal(server.conninfo("sslmode=verify-full sslrootcert=/nonexistent/event-ca.crt")),
                   Catch::Contains("CA certificate (sslrootcert) is missing"));
    }
    SECTION("loopback: plain TCP is allowed, the traffic never leaves this machine") {
        pg::Connection c(server.conninfo("sslmode=disable"));
        CHECK(ssl_in_use(c) == "f");
    }
}
