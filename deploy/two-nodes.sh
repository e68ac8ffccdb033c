#!/usr/bin/env bash
# Starts two tracker nodes on ports 8081 and 8082 sharing the PostgreSQL database named by
# TRACKER_DB_URL, waits until both are ready, and stops both on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRACKER_DB_URL:?set TRACKER_DB_URL (and TRACKER_DB_USER, TRACKER_DB_PASSWORD) to a PostgreSQL database}"
jar=application/target/tracker.jar
[ -f "$jar" ] || ./mvnw -q -DskipTests package
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT INT TERM
for port in 8081 8082; do
  java -jar "$jar" --server.port="$port" "$@" > "node-$port.log" 2>&1 &
  pids+=($!)
done
for port in 8081 8082; do
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && break
    sleep 1
  done
  curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null || { echo "node on $port did not start (see node-$port.log)"; exit 1; }
  echo "node ready on http://127.0.0.1:$port"
done
wait
