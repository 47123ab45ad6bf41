#!/usr/bin/env bash
# Workload 2 side by side: our Monte Carlo (UncertaintyAnalysis, all cores) against the vectorised
# numpy baseline (bench/baseline/mc_numpy.py) on the same generated model, alternating runs.
#
#   bench/run-mc.sh                    # 5 runs each, 100,000 rows x 10,000 iterations
#   RUNS=7 ROWS=20000 ITERATIONS=2000 bench/run-mc.sh
#   NUMPY_WORKERS=2 bench/run-mc.sh    # numpy on a thread pool too (a stronger baseline)
#   SKIP_BUILD=1 bench/run-mc.sh       # reuse bench/target/benchmarks.jar
#
# Each run is a fresh process. Reported per side: mc = the Monte Carlo inside the process (ours:
# UncertaintyAnalysis.run incl. resolving inputs, flattening, sampling, statistics and Approach 1;
# numpy: model preparation, sampling and statistics, file load excluded: a few ms) and wall = the
# whole process (ours also generates and calculates the 100k-row inventory and starts the JVM).
# The statistics of the last pair are compared (means 0.5 %, percentiles 1 %). Data files go to
# bench/target/mc/ (not in git); the summary also goes to bench/results/ (ignored by git).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. "$root/.mvn/find-jdk.sh"
JAVA="${JAVA:-$JAVA_HOME/bin/java}"
PYTHON="${PYTHON:-python3}"
RUNS="${RUNS:-5}"
ROWS="${ROWS:-100000}"
ITERATIONS="${ITERATIONS:-10000}"
SEED="${SEED:-1}"
THREADS="${THREADS:-$(nproc)}"
NUMPY_WORKERS="${NUMPY_WORKERS:-1}"
JAR="${JAR:-bench/target/benchmarks.jar}"
data=bench/target/mc
mkdir -p "$data" bench/results
log="bench/results/mc-$(date +%Y%m%d-%H%M%S).txt"

if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$JAR" ]; then
  echo "building $JAR …" >&2
  ./mvnw -q -pl bench -am package -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true >&2
fi

now() { date +%s.%N; }
main=org.minecarbon.bench.mc.CompareMc

echo "exporting the model ($ROWS rows) …" >&2
"$JAVA" -cp "$JAR" $main --rows "$ROWS" --runs 0 --export "$data/model.bin" >&2

: >"$data/times.tsv"
for i in $(seq 1 "$RUNS"); do
  t0=$(now)
  out=$("$PYTHON" bench/baseline/mc_numpy.py "$data/model.bin" --iterations "$ITERATIONS" \
    --seed "$SEED" --workers "$NUMPY_WORKERS" --out "$data/numpy.json")
  t1=$(now)
  mc=$(sed -n 's/.*mc_seconds=\([0-9.]*\).*/\1/p' <<<"$out")
  printf 'numpy\t%s\t%s\n' "$mc" "$(awk "BEGIN{print $t1 - $t0}")" >>"$data/times.tsv"
  echo "run $i numpy: $out" >&2

  args=(--rows "$ROWS" --iterations "$ITERATIONS" --seed "$SEED" --threads "$THREADS")
  [ "$i" = "$RUNS" ] && args+=(--numpy "$data/numpy.json")
  t0=$(now)
  set +e
  out=$("$JAVA" -cp "$JAR" $main "${args[@]}")
  rc=$?
  set -e
  t1=$(now)
  mc=$(sed -n 's/^mc_seconds=\([0-9.]*\).*/\1/p' <<<"$out")
  printf 'ours\t%s\t%s\n' "$mc" "$(awk "BEGIN{print $t1 - $t0}")" >>"$data/times.tsv"
  echo "run $i ours:  $(grep '^mc_seconds' <<<"$out")" >&2
done

{
  echo "== Workload 2: Monte Carlo, $ROWS rows x $ITERATIONS iterations, $RUNS runs each =="
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "load $(cut -d' ' -f1-3 /proc/loadavg); ours: $("$JAVA" -version 2>&1 | head -1)," \
    "threads=$THREADS; numpy $("$PYTHON" -c 'import numpy; print(numpy.__version__)'), workers=$NUMPY_WORKERS"
  "$PYTHON" - "$data/times.tsv" <<'EOF'
import statistics, sys
rows = [l.split("\t") for l in open(sys.argv[1]).read().split("\n") if l]
def col(side, k):
    return [float(r[k]) for r in rows if r[0] == side and r[k]]
print(f"{'':8}{'mc median':>11}{'mc min-max':>18}{'wall median':>13}{'wall min-max':>18}")
for side in ("numpy", "ours"):
    mc, wall = col(side, 1), col(side, 2)
    print(f"{side:8}{statistics.median(mc):10.2f}s{min(mc):8.2f}-{max(mc):.2f}s"
          f"{statistics.median(wall):12.2f}s{min(wall):8.2f}-{max(wall):.2f}s")
r_mc = statistics.median(col("numpy", 1)) / statistics.median(col("ours", 1))
r_wall = statistics.median(col("numpy", 2)) / statistics.median(col("ours", 2))
print(f"ratio numpy/ours (medians): mc {r_mc:.2f}x, whole process {r_wall:.2f}x  (goal >= 2x)")
EOF
  echo "statistics of the last pair:"
  sed -n '/^year/,$p' <<<"$out"
} | tee "$log"
echo "summary written to $log" >&2
exit "$rc"
