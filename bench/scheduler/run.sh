#!/usr/bin/env bash
# Scheduler figures for docs/scheduler.md: JOBS enabled interval jobs (every INTERVAL seconds, a webhook to a WireMock
# stand-in) on one scheduler-app with data-app, the in-process store and the machine's RabbitMQ in one JVM: time to take
# the jobs in, heap, due -> call delay (p50/p99) over one period with the due times spread evenly, runs/s with all
# jobs due at once.
# Knobs: JOBS (10000), INTERVAL (300), WORKERS (8, as MAESTRO_SCHEDULER_WORKERS).
set -euo pipefail
cd "$(dirname "$0")/../.."

work="scheduler-app/target/bench"
mkdir -p "$work"
./mvnw -B -q -pl scheduler-app -am test-compile dependency:build-classpath -Dskip.npm \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/classpath.txt"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -Dlogging.level.root=WARN -Djobs="${JOBS:-10000}" -Dinterval="${INTERVAL:-300}" -Dworkers="${WORKERS:-8}" \
    -cp "scheduler-app/target/test-classes:scheduler-app/target/classes:common/target/test-classes:$(cat "$work/classpath.txt")" \
    io.maestro.scheduler.SchedulerBench
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
