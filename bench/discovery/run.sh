#!/usr/bin/env bash
# Discovery throughput for docs/discovery.md, an EC2 server-list sync of INSTANCES generated instances (DescribeInstances
# and DescribeInstanceTypes pages served by WireMock), first sync and unchanged re-sync, then (AZURE=1) an Azure
# server-list of as many virtual machines (Resource Manager pages, VM sizes and one network interface per machine
# served by WireMock):
#   1. data-app, audit-app, websocket-app and discovery-app in one JVM on the in-process store and the machine's
#      RabbitMQ, then the store's raw bulk-upsert rate on the same documents (Azure without its sign-in);
#   2. the standalone runtime (all ten services, its own store and broker), driven through server-app's public API;
#      Azure signs in through Entra ID's client-secret flow, its endpoints a WireMock over TLS.
# Knobs: INSTANCES (100000), PAGE_SIZE (1000, as MAESTRO_SCAN_QTD), CHUNK (50, as MAESTRO_TRANSLATE_QTD),
# IN_PROCESS (1; 0 skips part 1), AZURE (1; 0 skips the Azure scenarios), STANDALONE (1; 0 skips part 2),
# RESYNC (1; 0 skips part 2's unchanged re-syncs), PORT_OFFSET (19000, part 2's services); MAESTRO_TIMEOUT (ms, discovery's calls to data-app);
# JAVA_FLAGS (extra JVM options of both parts, e.g. to profile part 1:
# JAVA_FLAGS=-XX:StartFlightRecording=filename=target/bench-discovery/sync.jfr,settings=profile).
# Part 1 waits for its audit-app to write every history row; stopped early, it leaves messages on its own audit queue
# `discovery-bench-audit`, which the next run consumes (or: rabbitmqctl purge_queue discovery-bench-audit).
set -euo pipefail
cd "$(dirname "$0")/../.."

instances="${INSTANCES:-100000}"
export MAESTRO_SCAN_QTD="${PAGE_SIZE:-1000}" MAESTRO_TRANSLATE_QTD="${CHUNK:-50}"
work="target/bench-discovery"
mkdir -p "$work"

if [ "${IN_PROCESS:-1}" = 1 ]; then
  echo "== In-process services (machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
  ./mvnw -B -q -pl discovery-app -am test-compile dependency:build-classpath -Dskip.npm \
      -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/discovery-classpath.txt"
  # compiler threads that never end: the bench reads their CPU (the JIT's share) from /proc when a phase ends
  java -Xmx8g -XX:-UseDynamicNumberOfCompilerThreads ${JAVA_FLAGS:-} -Dlogging.level.root=WARN \
      -Dinstances="$instances" -DpageSize="$MAESTRO_SCAN_QTD" -Dchunk="$MAESTRO_TRANSLATE_QTD" -Dazure="${AZURE:-1}" \
      -cp "discovery-app/target/test-classes:discovery-app/target/classes:common/target/test-classes:$(cat "$work/discovery-classpath.txt")" \
      io.maestro.discovery.bench.DiscoverySyncBench
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

if [ "${STANDALONE:-1}" = 1 ]; then
  echo
  echo "== Standalone runtime (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  data="$(mktemp -d)"
  trap 'rm -rf "$data"' EXIT
  ./mvnw -B -q -pl standalone -am test-compile dependency:build-classpath -Dskip.npm \
      -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/standalone-classpath.txt"
  java -Xmx8g ${JAVA_FLAGS:-} -Dlogging.level.root=WARN -Dinstances="$instances" -DdataDir="$data" -Dazure="${AZURE:-1}" \
      -Dresync="${RESYNC:-1}" -DportOffset="${PORT_OFFSET:-19000}" \
      -cp "standalone/target/test-classes:standalone/target/classes:discovery-app/target/test-classes:$(cat "$work/standalone-classpath.txt")" \
      io.maestro.standalone.bench.StandaloneDiscoveryBench
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
