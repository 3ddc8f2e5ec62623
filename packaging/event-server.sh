#!/usr/bin/env bash
# packaging/event-server.sh — one command that makes this machine the event server for several kiosks.
#
#   sudo packaging/event-server.sh [--network CIDR] [--name NAME] [--port PORT]
#
# Installs PostgreSQL from Debian if it is missing, makes sure a cluster runs, creates a login role and a
# database for Matchbooth, lets the kiosks' network in (password-protected, scram-sha-256), and prints the
# URI to give every kiosk and the board:  matchbooth kiosk --db 'postgresql://...'
#
#   --network CIDR   who may connect (default: the networks of this machine's IPv4 addresses)
#   --name NAME      database and role name (default: matchbooth)
#   --port PORT      the cluster's port when a new cluster is made (default: PostgreSQL's, 5432)
#
# Idempotent: run it again and it changes nothing but prints the URI again. The password is made once,
# kept root-only in /etc/matchbooth/event-server.uri, and is the only way in besides local root.
set -euo pipefail

name=matchbooth
network=""
port=5432
while [[ $# -gt 0 ]]; do
  case "$1" in
    --network) network="$2"; shift 2 ;;
    --name) name="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
uri_file=/etc/matchbooth/event-server.uri
password=""
if [[ -s "$uri_file" ]]; then
  password=$(sed -n 's|^postgresql://[^:]*:\([^@]*\)@.*|\1|p' "$uri_file")
fi
if [[ -z "$password" ]]; then
  password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24)   # URI-safe: letters and digits
fi
# The password goes to psql on stdin, never on a command line other users could read in ps.
psql_admin -d postgres <<SQL
SELECT format('CREATE ROLE %I LOGIN', '$name') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$name')
\gexec
ALTER ROLE "$name" LOGIN PASSWORD '$password';
SELECT format('CREATE DATABASE %I OWNER %I', '$name', '$name')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$name')
\gexec
SQL

# --- Let the kiosks in ----------------------------------------------------------------------------------------
if [[ -z "$network" ]]; then
  # The networks this machine is directly on, e.g. "192.168.1.0/24" (the kernel's link routes).
  network=$(ip -4 route show scope link proto kernel 2>/dev/null | awk '{print $1}' | paste -sd' ')
fi
hba=$(psql_admin -d postgres -At -c "SHOW hba_file")
changed=0
for net in $network 127.0.0.1/32; do
  line="host    $name    $name    $net    scram-sha-256    # matchbooth event-server.sh"
  grep -qF "$line" "$hba" || { echo "$line" >> "$hba"; changed=1; }
done
if [[ "$(psql_admin -d postgres -At -c "SHOW listen_addresses")" != "*" ]]; then
  psql_admin -d postgres -c "ALTER SYSTEM SET listen_addresses = '*'"
  start_cluster restart                                      # listen_addresses needs a restart
elif [[ $changed -eq 1 ]]; then
  psql_admin -d postgres -c "SELECT pg_reload_conf()" >/dev/null
fi

# --- The URI ---------------------------------------------------------------------------------------------------
host=$(ip -4 -o addr show scope global 2>/dev/null | awk '{split($4, a, "/"); print a[1]; exit}')
host=${host:-127.0.0.1}
port_part=""
[[ "$cluster_port" != 5432 ]] && port_part=":$cluster_port"
uri="postgresql://$name:$password@$host$port_part/$name"
(umask 077; printf '%s\n' "$uri" > "$uri_file")
echo "Event server ready. Give every kiosk and the board this database:" >&2
echo "$uri"
