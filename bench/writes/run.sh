#!/usr/bin/env bash
# Audited writes on the standalone runtime: CLIENTS (8) concurrent clients POST /servers for SECONDS_MEASURED (60) after
# WARMUP (20) seconds; prints writes/s, p50, p99 beside 0.6 and the goal, the CPU per write, and checks that every
# created server has its audit row (waiting up to AUDIT_WAIT, 300, seconds). The JVM runs with ./maestro's flags, those
# of the standalone runtime users start (MAESTRO_JAVA_OPTS as there; tiered compilation and G1 cost about twice the CPU
# per write on 2 cores, docs/performance.md "Writes"); PORT_OFFSET (21000) moves the services when another run holds one
# of their ports.
set -euo pipefail
cd "$(dirname "$0")/../.."

work="target/bench-writes"
mkdir -p "$work"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

./mvnw -B -q -pl standalone -am test-compile dependency:build-classpath -Dskip.npm \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/classpath.txt"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java_opts="${MAESTRO_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1}"
echo "java options: $java_opts"
# shellcheck disable=SC2086 # several flags
java $java_opts -DportOffset="${PORT_OFFSET:-21000}" -Dlogging.level.root=WARN -Dclients="${CLIENTS:-8}" \
    -Dseconds="${SECONDS_MEASURED:-60}" -DwarmupSeconds="${WARMUP:-20}" -DauditWaitSeconds="${AUDIT_WAIT:-300}" -DdataDir="$data" \
    -cp "standalone/target/test-classes:standalone/target/classes:discovery-app/target/test-classes:$(cat "$work/classpath.txt")" \
    io.maestro.standalone.bench.StandaloneWriteBench
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
