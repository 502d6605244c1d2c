#!/usr/bin/env bash
# Deliveries per second from one websocket-app to 1,000 browsers on this machine (loopback, RabbitMQ at 127.0.0.1:5672).
# Knobs: CLIENTS (1000), PER_CHANNEL (10 publishes per channel), BROADCASTS (50), IN_FLIGHT (16), PORT (18000).
# The load client answers the service's session checks in server-app's stead, on PORT+1.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${PORT:-18000}"
server_stub_port=$((port + 1))
work="websocket-app/target/bench"
mkdir -p "$work"

# Builds the service jar and the load client (test sources), and writes the load client's classpath.
./mvnw -B -q -pl websocket-app -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/classpath.txt"

export MAESTRO_SECRETJWT MAESTRO_WEBSOCKET_SECRET
MAESTRO_SECRETJWT="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
MAESTRO_WEBSOCKET_SECRET="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"

MAESTRO_PORT="$port" MAESTRO_SERVER_URI="http://127.0.0.1:$server_stub_port" \
MAESTRO_SECRETJWT_PRIVATE=bench-private MAESTRO_NOAUTH=bench-noauth \
    java -Xmx512m -jar websocket-app/target/websocket-app-*-exec.jar --server.address=127.0.0.1 \
    > "$work/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$service" 2>/dev/null; then
        echo "websocket-app did not start; see $work/service.log" >&2
        exit 1
    fi
    sleep 1
done
curl -fsS "http://127.0.0.1:$port/actuator/health" > /dev/null

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
WS_URL="http://127.0.0.1:$port" SERVER_STUB_PORT="$server_stub_port" \
    java -Xmx512m -cp "websocket-app/target/test-classes:$(cat "$work/classpath.txt")" \
    io.maestro.websocket.bench.WebsocketLoadClient
