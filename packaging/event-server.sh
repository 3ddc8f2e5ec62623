#!/usr/bin/env bash
# packaging/event-server.sh — one command that makes this machine the event server for several kiosks.
#
#   sudo packaging/event-server.sh [--network CIDR] [--name NAME] [--port PORT]
#
# Installs PostgreSQL from Debian if it is missing, makes sure a cluster runs, creates a login role and a
# database for Matchbooth, turns TLS on with its own certificate authority, lets the kiosks' network in over
# TLS only (hostssl, scram-sha-256), and prints what every kiosk and the board need:
#   - the address (stdout): postgresql://NAME@HOST/NAME?sslmode=verify-full&sslrootcert=...&passfile=...
#     It holds no password, so it may go on a command line or in a world-readable config file;
#   - the CA certificate to copy to each of them (/etc/matchbooth/event-server-ca.crt, the same path there),
#     with which they refuse any server that cannot prove it is this one;
#   - the password, as a libpq passfile line (/etc/matchbooth/event-server.pgpass, root-only), to copy to
#     each kiosk as /etc/matchbooth/pgpass (owner matchbooth, mode 0600: libpq ignores a looser one).
#
#   --network CIDR   who may connect (default: the networks of this machine's IPv4 addresses)
#   --name NAME      database and role name (default: matchbooth)
#   --port PORT      the cluster's port when a new cluster is made (default: PostgreSQL's, 5432)
#
# Idempotent: run it again and it keeps the password and the CA (kiosks need nothing new), re-issues the
# server certificate only if this machine's address or name changed or it is about to expire, and prints
# the same instructions. Local connections stay as Debian sets them (peer authentication on the socket).
set -euo pipefail

name=matchbooth
network=""
port=5432
while [[ $# -gt 0 ]]; do
  case "$1" in
    --network) network="$2"; shift 2 ;;
    --name) name="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "event-server.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "event-server.sh: --name must be lower-case letters, digits, _" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || { echo "event-server.sh: run it as root (sudo): it installs and configures PostgreSQL" >&2; exit 1; }

# --- PostgreSQL from Debian ---------------------------------------------------------------------------------
if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q "install ok installed"; then
  echo "Installing PostgreSQL from Debian ..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
fi

# --- One running cluster ------------------------------------------------------------------------------------
# Debian's package makes "15 main"; a machine where it was dropped gets a new one.
read -r version cluster cluster_port _ < <(pg_lsclusters -h | head -n 1) || true
if [[ -z "${version:-}" ]]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  cluster=main
  pg_createcluster "$version" "$cluster" --port "$port" >&2
  cluster_port=$port
fi
if command -v systemctl >/dev/null && [[ -d /run/systemd/system ]]; then
  systemctl enable --quiet "postgresql@$version-$cluster"     # up again after a reboot
fi
start_cluster() {
  if command -v systemctl >/dev/null && [[ -d /run/systemd/system ]]; then
    systemctl "$1" "postgresql@$version-$cluster"
  else
    pg_ctlcluster "$version" "$cluster" "$1" >&2              # no systemd (a container, CI): directly
  fi
}
pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}' | grep -q online || start_cluster start

psql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$cluster_port" "$@"; }

# --- Role, password and database ----------------------------------------------------------------------------
mkdir -p /etc/matchbooth
pgpass_file=/etc/matchbooth/event-server.pgpass     # "*:PORT:NAME:NAME:PASSWORD", root-only
old_uri_file=/etc/matchbooth/event-server.uri       # before TLS: the password inside a URI
password=""
if [[ -s "$pgpass_file" ]]; then
  password=$(awk -F: -v n="$name" '$3==n && $4==n {print $5; exit}' "$pgpass_file")
elif [[ -s "$old_uri_file" ]]; then
  password=$(sed -n 's|^postgresql://[^:]*:\([^@]*\)@.*|\1|p' "$old_uri_file")
fi
if [[ -z "$password" ]]; then
  password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24)   # letters and digits: no escaping
fi
# The password goes to psql on stdin, never on a command line other users could read in ps.
psql_admin -d postgres <<SQL
SELECT format('CREATE ROLE %I LOGIN', '$name') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$name')
\gexec
ALTER ROLE "$name" LOGIN PASSWORD '$password';
-- matchbooth erase / purge end with a CHECKPOINT so the old table files go at once (PostgreSQL 15's role).
GRANT pg_checkpoint TO "$name";
SELECT format('CREATE DATABASE %I OWNER %I', '$name', '$name')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$name')
\gexec
SQL

# --- TLS: a certificate authority of this event server, and a server certificate it signs ------------------
# The kiosks hold the CA certificate (sslrootcert) and connect with sslmode=verify-full: libpq then checks
# that the server's certificate is signed by this CA and names the address they dialled.
conf_dir=$(dirname "$(psql_admin -d postgres -At -c "SHOW config_file")")
ca_crt=/etc/matchbooth/event-server-ca.crt
ca_key=/etc/matchbooth/event-server-ca.key
server_crt=$conf_dir/matchbooth-server.crt
server_key=$conf_dir/matchbooth-server.key
host=$(ip -4 -o addr show scope global 2>/dev/null | awk '{split($4, a, "/"); print a[1]; exit}')
host=${host:-127.0.0.1}
if [[ ! -s "$ca_crt" || ! -s "$ca_key" ]]; then
  (umask 077; openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
     -subj "/CN=Matchbooth event server CA ($(hostname))" \
     -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
     -keyout "$ca_key" -out "$ca_crt" 2>/dev/null)
  chmod 0644 "$ca_crt"
fi
# Every name and address a kiosk might dial: this machine's IPv4 addresses, its host names, loopback.
san="DNS:localhost,IP:127.0.0.1,DNS:$(hostname)"
fqdn=$(hostname -f 2>/dev/null || true)
[[ -n "$fqdn" && "$fqdn" != "$(hostname)" ]] && san+=",DNS:$fqdn"
for ip in $(ip -4 -o addr show scope global 2>/dev/null | awk '{split($4, a, "/"); print a[1]}'); do san+=",IP:$ip"; done
if [[ ! -s "$server_crt" ]] || ! openssl x509 -in "$server_crt" -noout -checkend $((30 * 86400)) >/dev/null \
   || ! openssl x509 -in "$server_crt" -noout -checkip "$host" | grep -q "does match" \
   || ! openssl verify -CAfile "$ca_crt" "$server_crt" >/dev/null 2>&1; then
  echo "Issuing the server certificate for $san ..." >&2
  csr=$(mktemp)
  (umask 077; openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=$host" \
     -keyout "$server_key" -out "$csr" 2>/dev/null)
  openssl x509 -req -in "$csr" -CA "$ca_crt" -CAkey "$ca_key" -CAcreateserial -CAserial /etc/matchbooth/event-server-ca.srl \
    -days 825 -out "$server_crt" -extfile <(printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "$san") 2>/dev/null
  rm -f "$csr"
  chown postgres:postgres "$server_crt" "$server_key"
  chmod 0600 "$server_key"; chmod 0644 "$server_crt"
fi
psql_admin -d postgres <<SQL
ALTER SYSTEM SET ssl = on;
ALTER SYSTEM SET ssl_cert_file = '$server_crt';
ALTER SYSTEM SET ssl_key_file = '$server_key';
ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.2';
SQL

# --- Let the kiosks in: over TLS only ------------------------------------------------------------------------
if [[ -z "$network" ]]; then
  # The networks this machine is directly on, e.g. "192.168.1.0/24" (the kernel's link routes).
  network=$(ip -4 route show scope link proto kernel 2>/dev/null | awk '{print $1}' | paste -sd' ')
fi
hba=$(psql_admin -d postgres -At -c "SHOW hba_file")
marker="# matchbooth event-server.sh"
# Our lines are rewritten each run: "hostssl" only, so a kiosk that does not speak TLS matches no line and is
# refused (earlier versions wrote "host" lines). Debian's own lines (local peer, loopback) stay as they are.
grep -vF "$marker" "$hba" >"$hba.new" || true
for net in $network; do
  echo "hostssl    $name    $name    $net    scram-sha-256    $marker" >>"$hba.new"
done
chown --reference="$hba" "$hba.new"; chmod --reference="$hba" "$hba.new"
mv "$hba.new" "$hba"
if [[ "$(psql_admin -d postgres -At -c "SHOW listen_addresses")" != "*" ]]; then
  psql_admin -d postgres -c "ALTER SYSTEM SET listen_addresses = '*'"
  start_cluster restart                                      # listen_addresses needs a restart
else
  psql_admin -d postgres -c "SELECT pg_reload_conf()" >/dev/null   # ssl and pg_hba.conf: a reload is enough
fi
[[ "$(psql_admin -d postgres -At -c "SHOW ssl")" == on ]] || { echo "event-server.sh: PostgreSQL did not turn TLS on (see its log)" >&2; exit 1; }

# --- What the kiosks need ------------------------------------------------------------------------------------
port_part=""
[[ "$cluster_port" != 5432 ]] && port_part=":$cluster_port"
pgpass_line="*:$cluster_port:$name:$name:$password"
(umask 077; printf '%s\n' "$pgpass_line" >"$pgpass_file")
rm -f "$old_uri_file"                                        # it held the password inside a URI
uri="postgresql://$name@$host$port_part/$name?sslmode=verify-full&sslrootcert=$ca_crt&passfile=/etc/matchbooth/pgpass"
cat >&2 <<TEXT
Event server ready: TLS only, and the server proves who it is with a certificate signed by $ca_crt.
On every kiosk and board:
  1. copy $ca_crt to the same path there (it is public: 0644);
  2. put this line in /etc/matchbooth/pgpass there, owner matchbooth, mode 0600 (a copy is in $pgpass_file):
       $pgpass_line
     e.g.  sudo install -m 0600 -o matchbooth -g matchbooth event-server.pgpass /etc/matchbooth/pgpass
  3. set  db = "<the address below>"  in /etc/matchbooth/matchbooth.conf, or pass it as --db.
The address holds no password. This machine's kiosk can use it too.
TEXT
echo "$uri"
