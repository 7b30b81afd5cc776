#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `postgres.sh start <dir> <port>` creates a fresh cluster
# in <dir>/data listening on 127.0.0.1:<port> only, with database and user `govflow` (password `govflow`);
# `postgres.sh stop <dir>` stops it. Given a JDBC URL as fourth argument that names another server than
# 127.0.0.1:<port>/govflow, start does nothing: the tests then use that (empty) database. The build calls it around the PostgreSQL run of the integration tests.
#
# The server binaries are looked up in $GOVFLOW_PG_BIN, then pg_config's bin folder, then the PATH, then Debian's
# /usr/lib/postgresql/<version>/bin (newest version). initdb refuses to run as root, so as root the
# cluster belongs to and runs as the user `postgres` that Debian's package creates.
#
# GOVFLOW_PG_FSYNC=off (the tests' default) trades durability of the throw-away cluster for speed;
# the crash check starts its cluster with fsync on.
set -euo pipefail

usage() {
    echo "usage: $0 start <dir> <port> | stop <dir>" >&2
    exit 2
}

find_bin() {
    if [[ -n "${GOVFLOW_PG_BIN:-}" && -x "$GOVFLOW_PG_BIN/pg_ctl" ]]; then
        echo "$GOVFLOW_PG_BIN"; return
    fi
    if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
        pg_config --bindir; return
    fi
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"; return
    fi
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$found" && -x "$found/initdb" ]]; then
        echo "$found"; return
    fi
    cat >&2 <<'MSG'
[postgres.sh] No PostgreSQL server binaries (initdb, pg_ctl) found.
The integration tests also run on PostgreSQL. Either
  - install them: apt-get install postgresql   (Debian/Ubuntu; or set GOVFLOW_PG_BIN=<folder of pg_ctl>), or
  - point the tests at an existing, empty database:
      mvn verify -Dgovflow.test.postgresql.url=jdbc:postgresql://host:5432/govflow_test \
                 -Dgovflow.test.postgresql.user=... -Dgovflow.test.postgresql.password=...
  - or run the H2 half only: mvn verify -Dgovflow.test.postgresql.skip=true
MSG
    exit 1
}

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cmd=${1:-}; dir=${2:-}
[[ -n "$cmd" && -n "$dir" ]] || usage
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
data="$dir/data"

case "$cmd" in
start)
    port=${3:-}; url=${4:-}
    [[ "$port" =~ ^[0-9]+$ ]] || usage
    if [[ -n "$url" && "$url" != "jdbc:postgresql://127.0.0.1:$port/govflow" ]]; then
        echo "[postgres.sh] using the existing database $url; no cluster started"
        exit 0
    fi
    bin=$(find_bin)
    # A cluster left running by an interrupted build is stopped; every run starts on an empty database
    if [[ -f "$data/postmaster.pid" ]]; then
        as_owner "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$dir"
    fi
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    if ! as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c fsync=${GOVFLOW_PG_FSYNC:-off} -c max_connections=200" \
            start >/dev/null; then
        tail -n 20 "$dir/server.log" >&2 || true
        echo "[postgres.sh] PostgreSQL did not start on 127.0.0.1:$port (is the port taken? choose another with -Dgovflow.test.postgresql-port=...)" >&2
        exit 1
    fi
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE govflow LOGIN PASSWORD 'govflow'" \
        -c "CREATE DATABASE govflow OWNER govflow ENCODING 'UTF8' TEMPLATE template0"
    echo "[postgres.sh] PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port, cluster $data"
    ;;
stop)
    if [[ -f "$data/postmaster.pid" ]]; then
        bin=$(find_bin)
        as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
        echo "[postgres.sh] stopped the cluster in $data"
    fi
    ;;
*)
    usage
    ;;
esac
