#!/usr/bin/env bash
# Store and runtime figures for docs/standalone.md:
#   1. write/query speed (JVM options as ./maestro: C1 only) at 10k and 100k documents, memory+journal (the runtime's store) vs the H2 file backend;
#   2. cold start of the whole runtime to all ten services UP, and its resident memory (RSS).
# Usage: bench/store/run.sh [document counts...]   (default: 10000 100000)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

echo "== Store (through the Mongo driver; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
./mvnw -B -q -pl standalone -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx2g -XX:TieredStopAtLevel=1 -Dlogback.configurationFile=bench/store/logback.xml \
  -cp "standalone/target/test-classes:standalone/target/classes:$(cat standalone/target/bench-classpath.txt)" \
  io.maestro.standalone.bench.StoreBenchmark "$@"

echo
echo "== Runtime (./maestro up --detach on a fresh data dir; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
DATA="$(mktemp -d)"
trap 'MAESTRO_DATA_DIR="$DATA" ./maestro down >/dev/null || true; rm -rf "$DATA"' EXIT
export MAESTRO_DATA_DIR="$DATA" MAESTRO_PORT_OFFSET="${MAESTRO_PORT_OFFSET:-17000}"
./mvnw -B -q -DskipTests -pl standalone -am package
start=$EPOCHREALTIME
./maestro up --detach >/dev/null
until ./maestro status >/dev/null 2>&1; do sleep 0.2; done
end=$EPOCHREALTIME
pid="$(cat "$DATA/maestro.pid")"
# CPU seconds (user + system) the JVM spent getting there: on a shared machine the steadier figure.
cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
sleep 5
awk -v s="$start" -v e="$end" -v c="$cpu" 'BEGIN { printf "cold start to all 10 UP: %.1f s wall, %s s CPU\n", e - s, c }'
printf 'resident memory (RSS) after start: %d MB\n' "$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))"
