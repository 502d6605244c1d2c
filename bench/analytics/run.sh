#!/usr/bin/env bash
# A business map on the standalone runtime: APPS (1000) applications, DEPS (3000) dependencies, SERVERS (5000)
# servers; prints seconds from POST /graphs to finished, analytics-app's lookup/layout/drawing/PNG times, the size of
# each file and the peak heap.
set -euo pipefail
cd "$(dirname "$0")/../.."

work="target/bench-analytics"
mkdir -p "$work"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

./mvnw -B -q -pl standalone -am test-compile dependency:build-classpath -Dskip.npm \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/classpath.txt"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx4g -Dlogging.level.root=WARN -Dlogging.level.io.maestro.analytics.domain.GraphRunner=INFO \
    -Dapps="${APPS:-1000}" -Ddeps="${DEPS:-3000}" -Dservers="${SERVERS:-5000}" -DdataDir="$data" \
    -cp "standalone/target/test-classes:standalone/target/classes:discovery-app/target/test-classes:$(cat "$work/classpath.txt")" \
    io.maestro.standalone.bench.StandaloneAnalyticsBench 2>&1 | grep --line-buffered -E "^(map of|POST|drawn|svg|png|drawio|mmd|html|load)|GraphRunner"
