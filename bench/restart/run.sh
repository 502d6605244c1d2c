#!/usr/bin/env bash
# Recovery time of the standalone runtime's store after a crash (docs/standalone.md): DOCUMENTS (100000) documents
# written and updated, the files taken as kill -9 leaves them, then reopened with the JVM options of ./maestro.
# Usage: bench/restart/run.sh [documents]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

./mvnw -B -q -pl standalone -am -Dskip.npm test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1 -Dlogback.configurationFile=bench/store/logback.xml \
  -cp "standalone/target/test-classes:standalone/target/classes:$(cat standalone/target/bench-classpath.txt)" \
  io.maestro.standalone.bench.RestartBenchmark "${1:-100000}"
