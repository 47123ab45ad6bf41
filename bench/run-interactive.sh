#!/usr/bin/env bash
# Workload 3 side by side: one mine, one year.
#  1. warm JVM (JMH, InteractiveBenchmark): balance + explain (goal < 50 ms), 10,000-iteration
#     Monte Carlo (goal < 1 s);
#  2. whole CLI process for examples/coal-mine.json (goal < 1 s including JVM start), alternating
#     runs of: the JVM floor (java -version), the CLI without start-up cache (MINECARBON_CDS=off)
#     and the CLI as shipped (./minecarbon with its AOT cache / AppCDS archive), for
#     `balance` and `uncertainty --iterations 10000`.
# It first checks that the launcher survives a corrupt cache and runs with MINECARBON_CDS=off.
#
#   bench/run-interactive.sh             # RUNS=10 process runs each, JMH 5 x 1 s
#   RUNS=5 JMH=0 bench/run-interactive.sh   # skip JMH
#   SKIP_BUILD=1 bench/run-interactive.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. "$root/.mvn/find-jdk.sh"
JAVA="${JAVA:-$JAVA_HOME/bin/java}"
RUNS="${RUNS:-10}"
JAR="${JAR:-bench/target/benchmarks.jar}"
example=examples/coal-mine.json
mkdir -p bench/results bench/target/interactive
log="bench/results/interactive-$(date +%Y%m%d-%H%M%S).txt"
times=bench/target/interactive/times.tsv

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "building …" >&2
  ./mvnw -q -pl bench,cli -am package -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true >&2
fi
./minecarbon --version >/dev/null # builds the CLI if needed and prepares its start-up cache

check_launcher() {
  local aot=cli/target/minecarbon.aot out
  [ -f "$aot" ] || { echo "launcher check: no AOT cache (JDK < 25?), skipped" >&2; return 0; }
  cp "$aot" "$aot.bak"
  head -c 4096 /dev/urandom >"$aot" # corrupt, but with the right key: the JVM must skip it
  out="$(./minecarbon --version 2>&1)" || { mv "$aot.bak" "$aot"; echo "FAIL corrupt cache: $out"; return 1; }
  mv "$aot.bak" "$aot"
  [[ "$out" == "minecarbon "* ]] || { echo "FAIL corrupt cache printed: $out"; return 1; }
  out="$(MINECARBON_CDS=off ./minecarbon --version 2>&1)"
  [[ "$out" == "minecarbon "* ]] || { echo "FAIL MINECARBON_CDS=off: $out"; return 1; }
  echo "launcher check: corrupt cache and MINECARBON_CDS=off both run cleanly" >&2
}
check_launcher

now() { date +%s.%N; }
# time NAME CMD… : one run, appended to $times
measure() {
  local name="$1" t0 t1
  shift
  t0=$(now)
  "$@" >/dev/null 2>&1
  t1=$(now)
  printf '%s\t%s\n' "$name" "$(awk "BEGIN{print $t1 - $t0}")" >>"$times"
}

: >"$times"
aot_direct=()
[ -f cli/target/minecarbon.aot ] && aot_direct=(-XX:AOTCache=cli/target/minecarbon.aot -Xlog:aot=off -Xlog:cds=off)
for i in $(seq 1 "$RUNS"); do
  measure "java -version" "$JAVA" -Xshare:auto -version
  for cmd in "balance $example" "uncertainty $example --iterations 10000"; do
    # shellcheck disable=SC2086
    {
      measure "${cmd%% *}: CLI without cache" env MINECARBON_CDS=off ./minecarbon $cmd
      measure "${cmd%% *}: CLI (launcher + cache)" ./minecarbon $cmd
      measure "${cmd%% *}: java + cache, no launcher" "$JAVA" "${aot_direct[@]}" \
        -XX:TieredStopAtLevel=1 -jar cli/target/minecarbon-cli.jar $cmd
    }
  done
  echo "process run $i/$RUNS done" >&2
done

{
  echo "== Workload 3: one mine ($example), $RUNS process runs each =="
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "load $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -1)"
  python3 - "$times" <<'EOF'
import statistics, sys
rows = [l.split("\t") for l in open(sys.argv[1]).read().split("\n") if l]
names = list(dict.fromkeys(r[0] for r in rows))
base = {}
print(f"{'':46}{'median':>9}{'min-max':>16}  vs no cache")
for n in names:
    v = [float(r[1]) for r in rows if r[0] == n]
    med = statistics.median(v)
    key = n.split(":")[0]
    if n.endswith("without cache"):
        base[key] = med
    ratio = f"{base[key] / med:.2f}x" if key in base and not n.endswith("without cache") else ""
    print(f"{n:46}{med:8.3f}s{min(v):8.3f}-{max(v):.3f}s  {ratio}")
EOF
} | tee "$log"

if [ "${JMH:-1}" != 0 ]; then
  [ -f "$JAR" ] || ./mvnw -q -pl bench -am package -DskipTests -Djacoco.skip=true >&2
  "$JAVA" -jar "$JAR" InteractiveBenchmark -rf json -rff bench/target/interactive/jmh.json 2>&1 |
    sed -n '/^Benchmark/,$p' | tee -a "$log"
fi
echo "summary written to $log" >&2
