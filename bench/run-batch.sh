#!/usr/bin/env bash
# Workload 1 (national batch), side by side on one file:
#   (a) python3 json.load              (bench/baseline/parse_baseline.py)
#   (b) Jackson tree parse             (ParseBaseline tree)
#   (c) Jackson streaming token scan   (ParseBaseline scan, reference)
#   (d) streaming balance from file    (BatchBalance stream; d1 = same on one thread)
#   (f) the user's command             (minecarbon balance FILE --format json, the CLI jar: the
#       whole process, JVM start and output included; issue 10 §5)
#   (e) in-memory BalanceCalculator    (BatchBalance memory: calculation only, on the
#       WorkloadGenerator model of MEM_SITES sites; per-row figures are comparable, totals are not
#       when MEM_SITES differs from the file's sites)
# Each variant runs RUNS times, round-robin (a b c d d1 e, a b c ...), one process per run;
# /usr/bin/time -v (or bench/baseline/measure.py where GNU time is missing) gives wall time, CPU
# time and peak RSS. Prints a markdown table with medians and ratios.
#
# Usage: bench/run-batch.sh [FILE] [RUNS]
#   FILE defaults to bench/data/national-$SITES.json, generated if missing (SITES=30000).
# Environment: SITES (30000), RUNS (5), MEM_SITES (min(SITES, 6000)), JAVA (temurin 25),
#   TREE_XMX (16g), SCAN_XMX (256m), STREAM_XMX (1g), MEM_XMX (12g), PY_MEM_GB (cap on Python's
#   address space, so that a too large file ends in MemoryError, not in the OOM killer), CPUS (e.g. 0,1: run every
#   process under taskset), VARIANTS (default "a b c d d1 e"), JAR (bench/target/benchmarks.jar).
# Build first: ./mvnw -q -pl bench,cli -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
SITES=${SITES:-30000}
FILE=${1:-bench/data/national-$SITES.json}
RUNS=${2:-${RUNS:-5}}
MEM_SITES=${MEM_SITES:-$(( SITES < 6000 ? SITES : 6000 ))}
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)}
JAVA=${JAVA:-java}
JAR=${JAR:-bench/target/benchmarks.jar}
TREE_XMX=${TREE_XMX:-16g}
SCAN_XMX=${SCAN_XMX:-256m}
STREAM_XMX=${STREAM_XMX:-1g}
MEM_XMX=${MEM_XMX:-12g}
VARIANTS=${VARIANTS:-"a b c d d1 e"}
OUT=${OUT:-bench/results/batch-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
PIN=()
if [[ -n "${CPUS:-}" ]]; then PIN=(taskset -c "$CPUS"); fi
if [[ -x /usr/bin/time ]]; then TIMER=(/usr/bin/time -v); else TIMER=(python3 bench/baseline/measure.py); fi

if [[ ! -f "$FILE" ]]; then
  echo "generating $FILE ($SITES sites; df: $(df -h --output=avail "$(dirname "$FILE")" | tail -1))" >&2
  mkdir -p "$(dirname "$FILE")"
  "$JAVA" -cp "$JAR" org.minecarbon.bench.GenerateNational "$FILE" "$SITES"
fi

PY_LIMIT=()
if [[ -n "${PY_MEM_GB:-}" ]]; then PY_LIMIT=(prlimit --as=$(( PY_MEM_GB * 1024 * 1024 * 1024 ))); fi

cmd() {
  case "$1" in
    a) echo "${PY_LIMIT[@]}" python3 bench/baseline/parse_baseline.py "$FILE" ;;
    b) echo "$JAVA" -Xmx"$TREE_XMX" -cp "$JAR" org.minecarbon.bench.ParseBaseline tree "$FILE" ;;
    c) echo "$JAVA" -Xmx"$SCAN_XMX" -cp "$JAR" org.minecarbon.bench.ParseBaseline scan "$FILE" ;;
    d) echo "$JAVA" -Xmx"$STREAM_XMX" -cp "$JAR" org.minecarbon.bench.BatchBalance stream "$FILE" ;;
    d1) echo "$JAVA" -Xmx"$STREAM_XMX" -cp "$JAR" org.minecarbon.bench.BatchBalance stream-serial "$FILE" ;;
    e) echo "$JAVA" -Xmx"$MEM_XMX" -cp "$JAR" org.minecarbon.bench.BatchBalance memory "$MEM_SITES" ;;
    f) echo "$JAVA" -Xmx"$STREAM_XMX" -jar cli/target/minecarbon-cli.jar balance "$FILE" --format json --out "$OUT/f-balance.json" ;;
  esac
}

{
  echo "file=$FILE bytes=$(stat -c %s "$FILE") runs=$RUNS mem_sites=$MEM_SITES cpus=${CPUS:-all} nproc=$(nproc)"
  echo "java=$("$JAVA" -version 2>&1 | head -1) python=$(python3 --version 2>&1)"
  echo "xmx tree=$TREE_XMX scan=$SCAN_XMX stream=$STREAM_XMX memory=$MEM_XMX python_cap_gb=${PY_MEM_GB:-none}"
  echo "host=$(hostname) load=$(cut -d' ' -f1-3 /proc/loadavg) date=$(date -Is)"
} | tee "$OUT/meta.txt" >&2

for run in $(seq 1 "$RUNS"); do
  for v in $VARIANTS; do
    log="$OUT/$v-$run.log"
    # shellcheck disable=SC2046
    if "${PIN[@]}" "${TIMER[@]}" $(cmd "$v") >"$log" 2>&1; then status=ok; else status="exit $?"; fi
    echo "run $run $v: $status $(grep -m1 -E 'seconds=' "$log" || true) load=$(cut -d' ' -f1 /proc/loadavg)" >&2
  done
done
python3 bench/baseline/batch_table.py "$OUT" | tee "$OUT/table.md"
