#!/usr/bin/env bash
# Row-edit and balance latency, two server jars side by side on loopback (bench/load/LATENCY.md).
# For each round, BEFORE then AFTER: starts the jar's demo (coal mine + copper mine) on a free
# loopback port with a fresh throw-away data directory, as run.sh does; reads the admin password
# from the server log, creates an API token (HTTP Basic, as run.sh does); runs
# bench/load/Latency.java (single client: row edit, balance after the edit, warm balance); stops the
# server. Then prints a markdown table: per operation, the median over the rounds of the per-round
# p50 and p99, the min-max of the per-round p50s, and the ratio after/before of the median p50s.
#
# Usage: bench/load/run-latency.sh BEFORE_JAR AFTER_JAR [rounds (3)] [n requests per op (200)]
# Environment: WARMUP (100 edit+balance cycles and 100 warm GETs, discarded), READY_TIMEOUT
# (seconds to wait for a server, 300), XMX (server heap, 1g), HOST (127.0.0.1; loopback only),
# RESULTS (a file to append the raw LATENCY lines to, with the round number).
# IMPORT (a JSON inventory imported through the API into each fresh demo and measured instead of
# the demo coal mine, e.g. a 2,400-row group from bench GenerateNational OUT.json 10 20 2024 1).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/.mvn/find-jdk.sh"

usage() { echo "usage: $0 BEFORE_JAR AFTER_JAR [rounds (3)] [n (200)]" >&2; exit 2; }
[ $# -ge 2 ] && [ $# -le 4 ] || usage
before_jar="$1"
after_jar="$2"
rounds="${3:-3}"
n="${4:-200}"
warmup="${WARMUP:-100}"
ready_timeout="${READY_TIMEOUT:-300}"
xmx="${XMX:-1g}"
host="${HOST:-127.0.0.1}"
for v in "$rounds" "$n" "$warmup" "$ready_timeout"; do
  [[ "$v" =~ ^[0-9]+$ ]] && [ "$v" -ge 1 ] || { echo "not a positive integer: $v" >&2; usage; }
done
case "$host" in
  127.*|localhost|::1) ;;
  *) echo "refusing non-loopback HOST=$host: this benchmark runs on loopback only" >&2; exit 2 ;;
esac
for j in "$before_jar" "$after_jar"; do
  [ -f "$j" ] || { echo "no such jar: $j" >&2; exit 2; }
  unzip -p "$j" META-INF/MANIFEST.MF 2>/dev/null | grep -q 'Start-Class: org.minecarbon.server' \
    || { echo "$j is not a MineCarbon server boot jar (no Start-Class org.minecarbon.server…)" >&2; exit 2; }
done

work="$(mktemp -d /tmp/minecarbon-latency.XXXXXX)"
pid=""
data=""
stop_server() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
  if [ -n "$data" ]; then rm -rf "$data"; data=""; fi
}
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { # label message: print the server log's tail, exit
  echo "run-latency: $1: $2" >&2
  if [ -n "$data" ] && [ -f "$data/server.log" ]; then
    echo "--- last lines of the server log ($data/server.log) ---" >&2
    tail -n 40 "$data/server.log" >&2
  fi
  exit 1
}

in_use() { (exec 3<>"/dev/tcp/$host/$1") 2>/dev/null; }

# start_server LABEL JAR: sets base, token (and pid, data)
start_server() {
  local label="$1" jar="$2" port=18080 password deadline
  data="$(mktemp -d "$work/data.XXXXXX")"
  while in_use "$port"; do port=$((port + 1)); done
  MINECARBON_DATA="$data" "$JAVA_HOME/bin/java" -Xmx"$xmx" -jar "$jar" --minecarbon.demo=true \
    --server.port="$port" --server.address="$host" --logging.level.root=WARN \
    --spring.thymeleaf.check-template-location=false >"$data/server.log" 2>&1 </dev/null &
  pid=$!
  base="http://$host:$port"
  [ "$host" = "::1" ] && base="http://[::1]:$port"
  deadline=$((SECONDS + ready_timeout))
  until curl -fs -m 5 "$base/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || fail "$label ($jar)" "the server exited during start"
    [ "$SECONDS" -lt "$deadline" ] || fail "$label ($jar)" "not ready after ${ready_timeout}s"
    sleep 1
  done
  kill -0 "$pid" 2>/dev/null || fail "$label ($jar)" "the server exited (port $port taken by another?)"
  # the demo start must be the one run.sh knows; a jar whose start differs fails here, clearly
  password="$(sed -n "s/.*user 'admin', password '\([^']*\)'.*/\1/p" "$data/server.log" | head -n1)"
  [ -n "$password" ] || fail "$label ($jar)" \
    "demo start differs: no \"user 'admin', password '…'\" line in the server log"
  grep -q 'MineCarbon demo: seeded' "$data/server.log" \
    || fail "$label ($jar)" "demo start differs: no 'MineCarbon demo: seeded' line (demo not seeded?)"
  token="$(curl -fs -m 30 -u "admin:$password" -H 'Content-Type: application/json' \
    -d '{"name":"latency","days":1}' "$base/api/v1/me/tokens" | grep -o '"token":"[^"]*"' | cut -d'"' -f4)" \
    || true
  [ -n "$token" ] || fail "$label ($jar)" "demo start differs: could not create an API token (POST /api/v1/me/tokens)"
  echo "  $label: $jar ready on $base after $((SECONDS + ready_timeout - deadline))s" >&2
}

echo "compiling Latency.java" >&2
mkdir -p "$work/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$work/classes" "$root/bench/load/Latency.java"

raw="$work/raw"
: >"$raw"
target=""
started="$(date -u +%Y-%m-%dT%H:%MZ)"
for round in $(seq 1 "$rounds"); do
  for label in before after; do
    if [ "$label" = before ]; then jar="$before_jar"; else jar="$after_jar"; fi
    echo "round $round/$rounds, $label" >&2
    start_server "$label" "$jar"
    ent_args=()
    if [ -n "${IMPORT:-}" ]; then
      # a larger enterprise than the demo's: imported through the API into the fresh demo
      ent="$(curl -fs -m 300 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        --data-binary @"$IMPORT" "$base/api/v1/enterprises/import?filename=$(basename "$IMPORT")" \
        | grep -o '"enterpriseId":[0-9]*' | head -n1 | cut -d: -f2)" || true
      [ -n "$ent" ] || fail "$label ($jar)" "could not import IMPORT=$IMPORT"
      ent_args=(--enterprise "$ent")
    fi
    out="$work/out.$round.$label"
    if ! "$JAVA_HOME/bin/java" -cp "$work/classes" Latency --base "$base" --bearer "$token" \
        --n "$n" --warmup "$warmup" --label "$label" "${ent_args[@]}" >"$out" 2>&1; then
      cat "$out" >&2
      fail "$label ($jar)" "Latency failed"
    fi
    grep -v '^LATENCY' "$out" | sed 's/^/    /' >&2
    # both jars must measure the same row of the same demo data
    t="$(sed -n 's/^LATENCY_TARGET {"label":"[^"]*",//p' "$out")"
    [ -n "$t" ] || fail "$label ($jar)" "Latency printed no LATENCY_TARGET line"
    if [ -z "$target" ]; then
      target="$t"
    elif [ "$t" != "$target" ]; then
      fail "$label ($jar)" "measured a different target than the first run: {$t vs {$target"
    fi
    sed -n "s/^LATENCY /$round /p" "$out" >>"$raw"
    stop_server
  done
done
[ -z "${RESULTS:-}" ] || cat "$raw" >>"$RESULTS"

jv="$("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"
echo
echo "Row edit and balance latency, ${IMPORT:+imported $IMPORT, }{$target; $rounds rounds x (before, after), n=$n"
echo "per op after $warmup warm-up cycles; $(nproc) CPUs, $jv, $started"
echo "before: $before_jar ($(sha256sum "$before_jar" | cut -c1-12)); after: $after_jar ($(sha256sum "$after_jar" | cut -c1-12))"
echo
awk '
  function field(s, k,   m) { return match(s, "\"" k "\":[-0-9.eE]+") ? substr(s, RSTART + length(k) + 3, RLENGTH - length(k) - 3) + 0 : -1 }
  function median(a, c,   i, j, t, b) {
    for (i = 1; i <= c; i++) b[i] = a[i]
    for (i = 2; i <= c; i++) { t = b[i]; for (j = i - 1; j >= 1 && b[j] > t; j--) b[j + 1] = b[j]; b[j + 1] = t }
    lo = b[1]; hi = b[c]
    return c % 2 ? b[(c + 1) / 2] : (b[c / 2] + b[c / 2 + 1]) / 2
  }
  {
    label = ($0 ~ /"label":"before"/) ? "before" : "after"
    m = match($0, /"op":"[a-z_]+"/); op = substr($0, RSTART + 6, RLENGTH - 7)
    if (!(op in seen)) { seen[op] = 1; ops[++nops] = op }
    k = label SUBSEP op
    c[k]++; p50[k, c[k]] = field($0, "p50_ms"); p99[k, c[k]] = field($0, "p99_ms")
  }
  END {
    print "| operation | before p50 ms (rounds min-max) | before p99 ms | after p50 ms (rounds min-max) | after p99 ms | after/before p50 |"
    print "|---|---:|---:|---:|---:|---:|"
    for (i = 1; i <= nops; i++) {
      op = ops[i]
      line = "| " op
      for (L = 1; L <= 2; L++) {
        label = L == 1 ? "before" : "after"; k = label SUBSEP op
        delete a; for (r = 1; r <= c[k]; r++) a[r] = p50[k, r]
        m50[L] = median(a, c[k]); l = lo; h = hi
        delete a; for (r = 1; r <= c[k]; r++) a[r] = p99[k, r]
        m99 = median(a, c[k])
        line = line sprintf(" | %.2f (%.2f-%.2f) | %.2f", m50[L], l, h, m99)
      }
      line = line sprintf(" | %.2f |", m50[1] > 0 ? m50[2] / m50[1] : 0)
      print line
    }
  }' "$raw"
echo
echo "raw (round, then Latency's line):"
sed 's/^/    /' "$raw"
