#!/usr/bin/env bash
# 50 users at once on the standalone runtime (issue 23, "load held"): USERS (50) users, each in a thread of their own,
# create/read/patch/list/delete their servers and applications for SECONDS_MEASURED (180); then every record is read
# back (lost, wrong) and its history counted against its acknowledged writes (missing, doubled). Prints requests,
# errors, p50/p99 per operation, and the machine with its load average.
set -euo pipefail
cd "$(dirname "$0")/../.."

work="target/bench-users"
mkdir -p "$work"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

./mvnw -B -q -pl standalone -am test-compile dependency:build-classpath -Dskip.npm \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/classpath.txt"
echo "machine: $(nproc) cores, $(grep MemTotal /proc/meminfo | tr -s ' '), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# JVM options of ./maestro (heap, serial GC, thread stacks, C1 only)
java ${HEAP:--Xmx1g} -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1 -Dlogging.level.root=WARN \
    -Dusers="${USERS:-50}" -Dseconds="${SECONDS_MEASURED:-180}" -DdataDir="$data" \
    -cp "standalone/target/test-classes:standalone/target/classes:discovery-app/target/test-classes:$(cat "$work/classpath.txt")" \
    io.maestro.standalone.bench.StandaloneUsersBench
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
