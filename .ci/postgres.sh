#!/usr/bin/env bash
# Throwaway PostgreSQL cluster on loopback for the store/server integration tests.
#   .ci/postgres.sh start   initdb (once) + start on 127.0.0.1:${MINECARBON_PG_PORT:-55432},
#                           create role/database minecarbon; prints the env lines to export
#   .ci/postgres.sh env     prints: export MINECARBON_TEST_PG_URL=… _USER=… _PASSWORD=…
#   .ci/postgres.sh stop    stop the server and delete the cluster
# Needs the Debian package: apt-get install -y postgresql (binaries in /usr/lib/postgresql/*/bin).
# Runs the server as the 'postgres' OS user when invoked as root (initdb refuses root).
set -euo pipefail
dir="${MINECARBON_PG_DIR:-/tmp/minecarbon-pg}"
port="${MINECARBON_PG_PORT:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -n "$bin" ] || bin="$(dirname "$(command -v pg_ctl)")"

as_pg() {
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

env_lines() {
  echo "export MINECARBON_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/minecarbon"
  echo "export MINECARBON_TEST_PG_USER=minecarbon"
  echo "export MINECARBON_TEST_PG_PASSWORD=minecarbon"
}

case "${1:-}" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres "$dir"
      as_pg "'$bin/initdb' -D '$dir' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
    fi
    if ! as_pg "'$bin/pg_ctl' -D '$dir' status" >/dev/null 2>&1; then
      as_pg "'$bin/pg_ctl' -D '$dir' -l '$dir/server.log' -w -o \"-h 127.0.0.1 -p $port -k '$dir'\" start" >/dev/null
    fi
    psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
    if [ -z "$("${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname='minecarbon'")" ]; then
      "${psql[@]}" -c "CREATE ROLE minecarbon LOGIN PASSWORD 'minecarbon'"
      "${psql[@]}" -c "CREATE DATABASE minecarbon OWNER minecarbon"
    fi
    env_lines
    ;;
  env)
    env_lines
    ;;
  stop)
    if [ -f "$dir/PG_VERSION" ]; then
      as_pg "'$bin/pg_ctl' -D '$dir' -m fast stop" >/dev/null 2>&1 || true
      rm -rf "$dir"
    fi
    ;;
  *)
    echo "usage: $0 start|env|stop" >&2
    exit 2
    ;;
esac
