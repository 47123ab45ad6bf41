#!/usr/bin/env bash
# Issue 15, Kafka -> Flink -> store on this machine (org.minecarbon.stream.bench.StreamBench in
# stream's test sources: it needs the in-JVM KRaft broker and the MiniCluster, test-scope there).
#   bench/run-stream.sh job 100 500000      # the job alone vs Flink's stateless pass-through
#   bench/run-stream.sh e2e 200 20000 30    # paced producer: sustained readings/s, p50/p99 latency
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q -pl stream -am test-compile -Djacoco.skip=true -Denforcer.skip
./mvnw -o -q -pl stream dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/stream/target/bench.cp" >/dev/null
# this worktree's modules, not snapshots from ~/.m2
OWN=$(for m in core meter io planning lca; do printf '%s/target/classes:' "$m"; done)
DEPS=$(tr ':' '\n' < stream/target/bench.cp | grep -v '/org/minecarbon/' | paste -sd:)
CP="stream/target/test-classes:stream/target/classes:${OWN}${DEPS}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$JAVA" -Xmx2g -cp "$CP" org.minecarbon.stream.bench.StreamBench "$@"
