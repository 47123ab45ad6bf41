#!/usr/bin/env bash
# Load test of GET /api/v1/enterprises/{id}/balance on loopback: starts the demo server on a free
# port with a throw-away data directory, signs in through the login form (session cookie, as the
# browser UI does), runs bench/load/LoadGen.java with 50 and 200 concurrent clients (and 50 with
# an API token, as machine clients do), stops the server. HTTP Basic is not measured: it checks the
# BCrypt hash on every request (no cache since issue 4), so machine clients use tokens. Usage: bench/load/run.sh [requests-per-run (default 20000)] [max-seconds-per-run (60)]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/.mvn/find-jdk.sh"
requests="${1:-20000}"
seconds="${2:-60}"
data="$(mktemp -d /tmp/minecarbon-load.XXXXXX)"
log="$data/server.log"
jar="$root/server/target/minecarbon-server.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -q -pl server -am package -DskipTests -Djacoco.skip=true) </dev/null
fi

in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=18080
while in_use "$port"; do port=$((port + 1)); done

MINECARBON_DATA="$data" "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" --minecarbon.demo=true \
  --server.port="$port" --server.address=127.0.0.1 --logging.level.root=WARN \
  --spring.thymeleaf.check-template-location=false >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 180); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
password="$(sed -n "s/.*user 'admin', password '\([^']*\)'.*/\1/p" "$log" | head -n1)"
[ -n "$password" ] || { echo "no admin password in the server log" >&2; cat "$log"; exit 1; }

jar_cookies="$data/cookies"
page="$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "$base/login")"
csrf="$(printf '%s' "$page" | grep -o 'name="_csrf"[^>]*value="[^"]*"\|value="[^"]*"[^>]*name="_csrf"' \
  | sed 's/.*value="\([^"]*\)".*/\1/' | head -n1)"
curl -fs -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "username=admin" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
session="$(awk '$6 == "MINECARBON_SESSION" {print $7}' "$jar_cookies" | tail -n1)"
[ -n "$session" ] || { echo "login failed" >&2; exit 1; }
cookie="MINECARBON_SESSION=$session"
id="$(curl -fs -H "Cookie: $cookie" "$base/api/v1/enterprises" | grep -o '"id":[0-9]*' | head -n1 | cut -d: -f2)"
url="$base/api/v1/enterprises/$id/balance"
echo "MineCarbon load test: GET $url (demo coal mine, 2022-2024, $(nproc) CPUs)"
for clients in 50 200; do
  echo -n "session cookie: "
  "$JAVA_HOME/bin/java" "$root/bench/load/LoadGen.java" --url "$url" --cookie "$cookie" \
    --clients "$clients" --requests "$requests" --seconds "$seconds"
done
token="$(curl -fs -u "admin:$password" -H 'Content-Type: application/json' -d '{"name":"load test","days":1}' \
  "$base/api/v1/me/tokens" | grep -o '"token":"[^"]*"' | cut -d'"' -f4)"
[ -n "$token" ] || { echo "could not create an API token" >&2; exit 1; }
echo -n "API token:      "
"$JAVA_HOME/bin/java" "$root/bench/load/LoadGen.java" --url "$url" --bearer "$token" \
  --clients 50 --requests "$requests" --seconds "$seconds"
