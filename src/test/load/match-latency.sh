#!/usr/bin/env bash
# Latency of GET /entities/match under load. Imports the ROR subset of ../shared/data into a throwaway embedded
# database (the ror-import command), serves it on 127.0.0.1 only, runs wrk, then stops the service and removes the
# database. Needs the packaged jar (./mvnw package -DskipTests) and wrk (apt-get install -y wrk).
# Settings: DURATION (20s), CONNECTIONS (16), THREADS (2), PORT (18080).
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=target/quarkus-app/quarkus-run.jar
SUBSET=../shared/data/ror/ror-records-subset.jsonl.gz
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw package -DskipTests first" >&2; exit 2; }
[ -f "$SUBSET" ] || { echo "$SUBSET is absent: nothing to measure" >&2; exit 2; }
WORK=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
OPTS=(-Dcitemeta.embedded-db.data-dir="$WORK/pg" -Dquarkus.log.level=WARN)
echo "importing $SUBSET ..."
java "${OPTS[@]}" -jar "$JAR" ror-import "$SUBSET"
java "${OPTS[@]}" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" >"$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "service did not start:" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
# the linker is built in the background after start-up: /entities/match answers 503 until it is ready
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/entities/match?affiliation=CERN" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/entities/match?affiliation=CERN" >/dev/null || { echo "linker not ready:" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
# warm-up, then the measured run
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s src/test/load/match.lua "http://127.0.0.1:$PORT" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s src/test/load/match.lua "http://127.0.0.1:$PORT"
