#!/usr/bin/env bash
# Writes a fresh secrets file for docker compose (.env, the default) or a Kubernetes overlay (its secrets.env):
# every Maestro secret and the broker password generated here (384 random bits each, URL-safe), mode 600.
# usage: deploy/secrets.sh [FILE] [--force]    An existing file is kept unless --force: replacing
# MAESTRO_SECRETJWT logs everyone out, replacing MAESTRO_SECRET_CRYPTO makes stored cloud credentials unreadable.
set -euo pipefail

file=.env
force=false
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    -*) echo "usage: deploy/secrets.sh [FILE] [--force]" >&2; exit 2 ;;
    *) file="$arg" ;;
  esac
done
if [[ -e "$file" ]] && ! $force; then
  echo "$file exists; not replacing its secrets (deploy/secrets.sh $file --force to replace them)." >&2
  exit 1
fi

secret() { head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }

broker_password="$(secret)"
umask 077
cat >"$file" <<ENV
# Maestro secrets, written by deploy/secrets.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ). Keep this file out of git.
MAESTRO_SECRETJWT=$(secret)
MAESTRO_SECRETJWT_PRIVATE=$(secret)
MAESTRO_SECRETJWT_PUBLIC=$(secret)
MAESTRO_SECRETJWT_FORGOT=$(secret)
MAESTRO_SECRET_CRYPTO_FORGOT=$(secret)
MAESTRO_SECRET_CRYPTO=$(secret)
MAESTRO_NOAUTH=$(secret)
MAESTRO_WEBSOCKET_SECRET=$(secret)
RABBITMQ_USER=maestro
RABBITMQ_PASSWORD=$broker_password
# Where the services find the broker and the store: the bundled ones by default. Point them at a RabbitMQ cluster
# and a MongoDB replica set (credentials in the URI) to scale out.
CELERY_BROKER_URL=amqp://maestro:$broker_password@rabbitmq:5672/maestro
MAESTRO_MONGO_URI=mongodb://mongodb:27017/?directConnection=true
# The forgot-password mail's SMTP password, if the server needs one (README: SMTP_*).
SMTP_PASSWORD=
ENV
chmod 600 "$file"
echo "Wrote $file (mode 600)."
