#!/usr/bin/env bash
# Starts the MineCarbon web demo on the embedded H2 database: a group with a high-gas underground
# coal mine and an open-pit copper mine (2022-2024). Prints the URL and the login. The data lives
# in $MINECARBON_DATA (default: .minecarbon/demo in the repository); a second start reuses it.
# Usage: server/run-demo.sh [--reset-demo] [--port N]   (the launcher runs it for `./minecarbon demo`)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/.mvn/find-jdk.sh"
jar="$root/server/target/minecarbon-server.jar"
data="${MINECARBON_DATA:-$root/.minecarbon/demo}"
port=8080
reset=false
while [ $# -gt 0 ]; do
  case "$1" in
    --reset-demo) reset=true ;;
    --port) port="$2"; shift ;;
    --port=*) port="${1#--port=}" ;;
    *) echo "unknown option: $1 (use --reset-demo, --port N)" >&2; exit 2 ;;
  esac
  shift
done

stale() {
  [ -f "$jar" ] || return 0
  # every module the server is built from (app, meter, lca, planning… too: a change to the live
  # figures in app did not rebuild the jar)
  [ -n "$(cd "$root" && find pom.xml ./*/pom.xml ./*/src/main -newer "$jar" -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "building the MineCarbon server…" >&2
  (cd "$root" && ./mvnw -q -pl server -am package -DskipTests -Dspotless.check.skip=true \
    -Djacoco.skip=true) >&2 </dev/null
  touch "$jar"
fi

if $reset; then
  echo "MineCarbon demo: wiping $data" >&2
  rm -rf "$data"
fi
mkdir -p "$data"

in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
start=$port
while in_use "$port"; do
  port=$((port + 1))
  if [ "$port" -gt $((start + 50)) ]; then
    echo "no free port in $start..$((start + 50))" >&2
    exit 1
  fi
done

export MINECARBON_DATA="$data"
exec "$JAVA_HOME/bin/java" -Xshare:auto -jar "$jar" \
  --minecarbon.demo=true --server.port="$port" --server.address=127.0.0.1 \
  --spring.main.banner-mode=off --spring.main.log-startup-info=false --logging.level.root=WARN \
  --logging.level.org.minecarbon=WARN --logging.level.org.flywaydb=ERROR --logging.level.org.springdoc=ERROR --spring.thymeleaf.check-template-location=false
