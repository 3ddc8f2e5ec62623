// core/store/pg_policy.hpp — what Matchbooth demands of a PostgreSQL connection string before it connects,
// and the sentences it gives when libpq's TLS checks fail.
//
// Why: in several-kiosk mode attendee data (names, e-mails, consents) and the role's password cross venue
// Wi-Fi. libpq's default (sslmode=prefer) encrypts when the server offers it but checks nobody's identity,
// so anyone on the network can pose as the event server. A server on another machine is therefore used only
// with sslmode=verify-ca or verify-full: the kiosk holds the event server's CA certificate (sslrootcert) and
// refuses a server that cannot prove it is that one.
//
// Loopback is exempt: a unix socket, "localhost", 127.0.0.0/8 and ::1 never leave the machine, and the
// packaged event server keeps local connections as they are (peer authentication on the socket).
#pragma once

#include <string>
#include <string_view>

namespace mb::pg {

// The libpq environment variables that can change where and how a connection goes (PGHOST, PGHOSTADDR,
// PGSSLMODE); the connection string wins over them, as in libpq.
struct ConnectEnv {
    std::string host = {};
    std::string hostaddr = {};
    std::string sslmode = {};
    static ConnectEnv from_process();
};

// "" when conninfo (URI or key=value) may be used; otherwise the sentence saying why not and what to do.
// A string libpq cannot parse also gives "" here: connecting then reports libpq's own error.
std::string transport_refusal(std::string_view conninfo, const ConnectEnv& env);

// True when conninfo carries a password (postgresql://user:PASSWORD@... or password=...).
bool has_password(std::string_view conninfo);

// A sentence for a failed connection attempt whose libpq error is about TLS (the server's certificate, the
// CA file, a server without TLS); "" when the error is about something else.
std::string tls_failure_sentence(std::string_view libpq_error, std::string_view server);

} // namespace mb::pg
