#!/usr/bin/env bash
# Container health of a Maestro service: its readiness group answers 200. Bash alone (the JRE image has no curl).
set -euo pipefail
exec 3<>"/dev/tcp/127.0.0.1/${MAESTRO_PORT:?}"
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
IFS=' ' read -r _ status _ <&3
[[ "$status" == 200 ]]
