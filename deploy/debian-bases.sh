#!/usr/bin/env bash
# Local stand-ins for the base images of deploy/Dockerfile, deploy/dashboard.Dockerfile and the scale gateway, built
# from Debian packages alone, for a machine that reaches a Debian mirror but no container registry. Each image starts
# FROM scratch: debootstrap writes a minbase root filesystem into an empty buildah container, apt-get adds the rest.
#   localhost/maestro-base/jdk:17-bookworm    build stage       (eclipse-temurin:17-jdk-noble)
#   localhost/maestro-base/jre:17-bookworm    runtime stage     (eclipse-temurin:17-jre-noble)
#   localhost/maestro-base/node:20-trixie     dashboard's SPA   (node:20-bookworm-slim; bookworm's Node.js is 18)
#   localhost/maestro-base/nginx:bookworm     scale gateway     (nginx:1.27-alpine)
# The Dockerfiles take them as build arguments (BUILD_IMAGE, RUNTIME_IMAGE, NODE_IMAGE): README "Deploy".
# The stages that download (Maven, npm) trust the certificate authorities added to this host in EXTRA_CA_DIR, as a
# proxy that intercepts TLS needs; the runtime images get none.
# usage: deploy/debian-bases.sh [MIRROR [SECURITY_MIRROR]]   as root (debootstrap, buildah's storage)
#   MIRROR: http://deb.debian.org/debian, SECURITY_MIRROR: MIRROR-security. A minbase image already built is reused
#   (the images derived from it are brought up to date): remove localhost/maestro-base/debian:SUITE-minbase to refresh it.
set -euo pipefail

mirror="${1:-http://deb.debian.org/debian}"
security_mirror="${2:-$mirror-security}"
extra_ca_dir="${EXTRA_CA_DIR:-/usr/local/share/ca-certificates}"
prefix=localhost/maestro-base
arch="$(dpkg --print-architecture)"

# SUITE's minbase root filesystem as the image $prefix/debian:SUITE-minbase (without apt's lists and the packages).
minbase() {
  local suite="$1" ctr mnt
  if buildah inspect --type image "$prefix/debian:$suite-minbase" >/dev/null 2>&1; then
    return
  fi
  ctr="$(buildah from scratch)"
  mnt="$(buildah mount "$ctr")"
  debootstrap --variant=minbase "$suite" "$mnt" "$mirror"
  rm -rf "$mnt"/var/lib/apt/lists/* "$mnt"/var/cache/apt/*.bin "$mnt"/var/cache/apt/archives/*.deb
  buildah umount "$ctr" >/dev/null
  buildah config --env LANG=C.UTF-8 --cmd /bin/bash "$ctr"
  buildah commit --quiet --rm "$ctr" "$prefix/debian:$suite-minbase" >/dev/null
}

# IMAGE: SUITE's minbase with its updates and security updates and PACKAGES (no recommends, apt cleaned up after),
# then SETUP (a shell command run inside, may be empty) and the buildah config options that follow.
derive() {
  local image="$1" suite="$2" packages="$3" setup="$4" ctr
  shift 4
  ctr="$(buildah from "$prefix/debian:$suite-minbase")"
  buildah run --network host "$ctr" -- sh -euc "
    export DEBIAN_FRONTEND=noninteractive
    printf 'deb %s %s main\n' '$mirror' '$suite' '$mirror' '$suite-updates' '$security_mirror' '$suite-security' \
      >/etc/apt/sources.list
    apt-get update -qq
    apt-get upgrade -qq -y >/dev/null
    apt-get install -qq -y --no-install-recommends $packages >/dev/null
    apt-get clean
    rm -rf /var/lib/apt/lists/*
    $setup"
  buildah config "$@" "$ctr"
  buildah commit --quiet --rm "$ctr" "$image" >/dev/null
  echo "built $image"
}

# IMAGE again, trusting the certificate authorities of EXTRA_CA_DIR (system and Java trust stores), if there are any.
trust_extra_cas() {
  local image="$1" ctr
  compgen -G "$extra_ca_dir/*.crt" >/dev/null || return 0
  ctr="$(buildah from "$image")"
  buildah copy --quiet "$ctr" "$extra_ca_dir" /usr/local/share/ca-certificates/ >/dev/null
  buildah run "$ctr" -- update-ca-certificates >/dev/null
  buildah commit --quiet --rm "$ctr" "$image" >/dev/null
}

minbase bookworm
minbase trixie
java_home="/usr/lib/jvm/java-17-openjdk-$arch"
# The build stage's mvnw fetches Maven with curl; the runtime stage needs only the JRE (its health check is bash).
derive "$prefix/jdk:17-bookworm" bookworm "openjdk-17-jdk-headless ca-certificates curl" "" \
  --env JAVA_HOME="$java_home"
trust_extra_cas "$prefix/jdk:17-bookworm"
derive "$prefix/jre:17-bookworm" bookworm "openjdk-17-jre-headless" "" \
  --env JAVA_HOME="$java_home"
# Trixie's Node.js is 20.19 (the SPA's engines: >=20.19), npm from the same suite.
derive "$prefix/node:20-trixie" trixie "nodejs npm ca-certificates" ""
trust_extra_cas "$prefix/node:20-trixie"
# As the official nginx image: configuration from /etc/nginx/conf.d, logs to the container's output, in the foreground.
derive "$prefix/nginx:bookworm" bookworm "nginx" "
    rm -f /etc/nginx/sites-enabled/default
    ln -sf /dev/stdout /var/log/nginx/access.log
    ln -sf /dev/stderr /var/log/nginx/error.log" \
  --cmd '["nginx", "-g", "daemon off;"]' --stop-signal SIGQUIT --port 80
