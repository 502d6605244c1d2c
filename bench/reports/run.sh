#!/usr/bin/env bash
# Reports on the standalone runtime: a pivot report over PIVOT_SIZE (10000) chains client → system → application →
# server, and a general report of CSV_ROWS (100000) servers downloaded as CSV; prints seconds and peak heap of each.
set -euo pipefail
cd "$(dirname "$0")/../.."

work="target/bench-reports"
mkdir -p "$work"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

./mvnw -B -q -pl standalone -am test-compile dependency:build-classpath -Dskip.npm \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/classpath.txt"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "MAESTRO_TIMEOUT=${MAESTRO_TIMEOUT:-10000 (default)} ms"
java -Xmx4g -Dlogging.level.root=WARN -DpivotSize="${PIVOT_SIZE:-10000}" -DcsvRows="${CSV_ROWS:-100000}" \
    -DdataDir="$data" \
    -cp "standalone/target/test-classes:standalone/target/classes:discovery-app/target/test-classes:$(cat "$work/classpath.txt")" \
    io.maestro.standalone.bench.StandaloneReportsBench
