#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: a fresh data directory in /tmp, a
# free local port, trust authentication, one database `muster` owned by role `muster`.
#
#   eval "$(scripts/pg-throwaway.sh start)"   # exports MUSTER_TEST_POSTGRES_URL, MUSTER_PG_DIR
#   swift test                                 # the ledger suite also runs on PostgreSQL
#   scripts/pg-throwaway.sh stop "$MUSTER_PG_DIR"
#
# PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` system user
# (Debian's package creates it; it is created here when missing). Prefers Debian's
# /usr/lib/postgresql/<version>/bin, else whatever initdb/pg_ctl are on PATH.
# synchronous_commit=off: a crash may lose the last few commits, never corrupt the cluster —
# the same promise as SQLite's WAL with synchronous=NORMAL, which the SQLite ledger uses.
set -euo pipefail

bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$dir" && -x "$dir/initdb" ]]; then echo "$dir"; return; fi
    dir=$(dirname "$(command -v initdb 2>/dev/null || command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")
    if [[ -x "$dir/initdb" ]]; then echo "$dir"; return; fi
    echo "pg-throwaway: no initdb found (apt-get install postgresql)" >&2
    exit 1
}

# Runs a command as the cluster's owner: ourselves, or `postgres` when we are root.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for port in $(seq 55432 55632); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    echo "pg-throwaway: no free port in 55432-55632" >&2
    exit 1
}

start() {
    local bin dir port
    bin=$(bindir)
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    fi
    dir=$(mktemp -d /tmp/muster-pg.XXXXXX)
    mkdir -p "$dir/socket"
    [[ $(id -u) -eq 0 ]] && chown -R postgres "$dir"
    port=$(free_port)
    as_owner "$bin/initdb" -D "$dir/data" -U muster --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c synchronous_commit=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U muster muster
    echo "export MUSTER_PG_DIR=$dir"
    echo "export MUSTER_TEST_POSTGRES_URL=postgres://muster@127.0.0.1:$port/muster"
}

stop() {
    local dir=${1:-${MUSTER_PG_DIR:-}}
    [[ -n "$dir" && -d "$dir/data" ]] || { echo "pg-throwaway: no cluster directory given" >&2; exit 1; }
    as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 64 ;;
esac
