#!/usr/bin/env bash
# Reads at 100,000 servers on the standalone runtime (issue 21 goals 1, 4, 5): list p50 and 16-client requests/s, count
# p50, the same with a name query, limit=1000, with one owner then 100 owners, then RSS with as many audit rows; once per
# JIT setting in JITS ("c1 tiered": C1 only as ./maestro runs, then full tiered compilation).
# Knobs: SERVERS (100000), ROUNDS (30), SECONDS_MEASURED (10), JITS ("c1 tiered"), HEAP (-Xmx1g, as ./maestro).
set -euo pipefail
cd "$(dirname "$0")/../.."

work="target/bench-reads"
mkdir -p "$work"

./mvnw -B -q -pl standalone -am test-compile dependency:build-classpath -Dskip.npm \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/classpath.txt"
classpath="standalone/target/test-classes:standalone/target/classes:discovery-app/target/test-classes:$(cat "$work/classpath.txt")"

echo "machine: $(nproc) cores, $(grep MemTotal /proc/meminfo | tr -s ' '), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "goals (issue 21): list p50 <= 30 ms, >= 150 requests/s at 16 clients, count p50 <= 30 ms"
echo "before (docs/resources.md, full scans): list 2.2 s and count ~1 s at 100,000 servers"
for jit in ${JITS:-c1 tiered}; do
  case "$jit" in
    c1) jit_opts="-XX:TieredStopAtLevel=1" ;;
    tiered) jit_opts="" ;;
    *) echo "unknown JIT setting $jit (c1 or tiered)" >&2; exit 2 ;;
  esac
  data="$(mktemp -d)"
  echo
  echo "=== JIT: $jit, load average $(cut -d' ' -f1-3 /proc/loadavg) ==="
  # JVM options of ./maestro (heap, serial GC, thread stacks) plus the JIT setting under test.
  java ${HEAP:--Xmx1g} -XX:+UseSerialGC -Xss512k $jit_opts -Dlogging.level.root=WARN \
      -Dservers="${SERVERS:-100000}" -Drounds="${ROUNDS:-30}" -Dseconds="${SECONDS_MEASURED:-10}" -DdataDir="$data" \
      -cp "$classpath" io.maestro.standalone.bench.StandaloneReadBench
  rm -rf "$data"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
