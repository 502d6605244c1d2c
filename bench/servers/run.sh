#!/usr/bin/env bash
# Latency of GET /servers (limit 20 and 1000) with 10,000 servers in the store, server-app in-process on the
# in-process Mongo-wire store of the tests (no mongod here). Knobs: SERVERS (10000), ROUNDS (30).
set -euo pipefail
cd "$(dirname "$0")/../.."

work="server-app/target/bench"
mkdir -p "$work"

# Compiles server-app and its test sources (the bench main), and writes the test classpath.
./mvnw -B -q -pl server-app -am test-compile dependency:build-classpath -Dskip.npm \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/classpath.txt"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -Dservers="${SERVERS:-10000}" -Drounds="${ROUNDS:-30}" \
    -cp "server-app/target/test-classes:server-app/target/classes:common/target/test-classes:$(cat "$work/classpath.txt")" \
    io.maestro.server.bench.ServersListBench
