// No secrets and no personal data in what the command line prints (it lands in the journal under systemd),
// and passwords kept out of argv and out of config files other users can read.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <regex>

#include "tests/support/pg_cluster.hpp"
#include "tests/support/run_process.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using test::quoted;
using test::run_matchbooth;
using test::run_matchbooth_env;

namespace {

const std::string kPassword = "Sekr1tPassw0rd";

// Anything shaped like an e-mail address.
bool has_email(const std::string& text) {
    static const std::regex email(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
    return std::regex_search(text, email);
}

// "host=/tmp/x user=mb dbname=t1" -> "host=/tmp/x&user=mb&dbname=t1" (URI query keywords; no spaces in tests).
std::string url_encoded_conninfo(std::string conninfo) {
    std::replace(conninfo.begin(), conninfo.end(), ' ', '&');
    return conninfo;
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

} // namespace

TEST_CASE("cli secrets: import, check-in and their failures print no e-mail address") {
    test::TempDir dir;
    const std::string db = quoted((dir / "e.db").string());
    {
        std::ofstream csv(dir / "list.csv");
        csv << "Name,Email,Company\nAna Lima,ana@example.org,Acme\nAnother Person,ANA@example.org,Beta\n"
               "Bad Row,not-an-email@,X\n";
    }
    std::string all;
    auto r = run_matchbooth("import --db " + db + " " + quoted((dir / "list.csv").string()));
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("same email as"));    // the duplicate row was noticed ...
    all += r.output;
    r = run_matchbooth("checkin --db " + db + " --email ana@example.org");
    CHECK(r.exit_code == 0);
    all += r.output;
    r = run_matchbooth("checkin --db " + db + " --email nobody@example.org");   // a failing look-up
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("no attendee with that email"));
    all += r.output;
    INFO(all);
    CHECK_FALSE(has_email(all));                                // ... without saying the address
}

TEST_CASE("cli secrets: a --db address with a password works but warns once, never echoing the password") {
    test::TempDir dir;
    // A local socket folder where no server runs: the connection fails, after the warning.
    const std::string uri = "postgresql://kiosk:" + kPassword + "@/mixer?host=" + (dir / "nosocket").string();
    const auto r = run_matchbooth("checkin --attendee 1 --db " + quoted(uri));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(count(r.output, "warning: the --db address holds a password") == 1);
    CHECK_THAT(r.output, Catch::Contains("passfile"));
    CHECK(count(r.output, kPassword) == 0);
}

TEST_CASE("cli secrets: what a command reports about a server address carries no password") {
    test::PgTestDatabase db;                      // a local socket with trust: the password is not even needed
    const std::string uri = "postgresql://mb:" + kPassword + "@/?" + url_encoded_conninfo(db.conninfo());
    const auto r = run_matchbooth("demo --attendees 3 --db " + quoted(uri));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("created 3 demo attendees (0 checked in) on the database server"));
    CHECK(count(r.output, kPassword) == 0);
    CHECK(count(r.output, "warning: the --db address holds a password") == 1);
}

TEST_CASE("cli secrets: a server on another machine without a checked certificate is refused with a sentence") {
    const auto r = run_matchbooth("checkin --attendee 1 --db " +
                                  quoted("postgresql://kiosk:" + kPassword + "@192.0.2.10/mixer?sslmode=require"));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("refusing to connect to the database server at 192.0.2.10 with sslmode=require") &&
                             Catch::Contains("sslmode=verify-full"));
    CHECK(count(r.output, kPassword) == 0);
}

TEST_CASE("cli secrets: a config file with a password must not be readable by every user") {
    test::TempDir dir;
    const std::string conf = (dir / "matchbooth.conf").string();
    {
        std::ofstream out(conf);
        out << "db = \"postgresql://kiosk:" << kPassword << "@/mixer?host=" << (dir / "nosocket").string() << "\"\n";
    }
    ::chmod(conf.c_str(), 0644);
    auto r = run_matchbooth("--config " + quoted(conf) + " checkin --attendee 1");
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("holds a database password but other users of this computer can read") &&
                             Catch::Contains("mode 0644") && Catch::Contains("chmod 0640"));
    CHECK(count(r.output, kPassword) == 0);

    // The same through $MATCHBOOTH_CONFIG, as the services name it.
    r = run_matchbooth_env("MATCHBOOTH_CONFIG=" + quoted(conf), "checkin --attendee 1");
    CHECK(r.exit_code == 2);

    // 0640 (root:matchbooth on a kiosk): accepted; the password is used, not warned about (it is not in argv).
    ::chmod(conf.c_str(), 0640);
    r = run_matchbooth("--config " + quoted(conf) + " checkin --attendee 1");
    CHECK(r.exit_code == 1);                                    // no server on that socket
    CHECK_THAT(r.output, Catch::Contains("cannot be reached") && !Catch::Contains("warning"));
    CHECK(count(r.output, kPassword) == 0);

    // A file without a password may stay 0644 (the package installs it so).
    { std::ofstream out(conf); out << "db = \"" << (dir / "e.db").string() << "\"\n"; }
    ::chmod(conf.c_str(), 0644);
    r = run_matchbooth("--config " + quoted(conf) + " demo --attendees 3");
    CHECK(r.exit_code == 0);
}
