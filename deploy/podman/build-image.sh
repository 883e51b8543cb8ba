#!/usr/bin/env bash
# Builds localhost/nutriscan:VERSION (and :latest) from src/main/docker/Dockerfile.dist and the
# self-contained archive, with podman and no registry, and prints the tag.
#
#   deploy/podman/build-image.sh
#
# The archive comes from ./mvnw package (built here when missing). As root on Debian, podman, runc and
# debootstrap are installed with apt-get when missing. The Dockerfile starts FROM
# debian:bookworm-slim; when that image is not in the store, a minimal Debian bookworm is made locally
# with debootstrap (--variant=minbase, from the apt mirror this machine uses; apt lists and caches left
# out) and imported under that name. Builds never pull (--pull=never). Elsewhere the same Dockerfile
# builds with Docker or podman from the usual base.
set -euo pipefail
. "$(dirname "$0")/env.sh"
if ! command -v podman > /dev/null 2>&1 || ! command -v debootstrap > /dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null 2>&1; then
    echo "build-image: installing podman, runc and debootstrap with apt-get ..." >&2
    apt-get install -y -q podman runc debootstrap > /dev/null 2>&1 \
      || { apt-get update -q > /dev/null 2>&1 && apt-get install -y -q podman runc debootstrap > /dev/null 2>&1; } || true
  fi
fi
nutriscan_podman_usable || exit 1
cd "$NUTRISCAN_ROOT"

archive=target/nutriscan-$NUTRISCAN_VERSION-linux-x86_64-jvm.tar.gz
if [ ! -f "$archive" ]; then
  echo "build-image: $archive missing, running ./mvnw package ..." >&2
  ./mvnw -B -q -DskipTests package >&2
fi

base=docker.io/library/debian:bookworm-slim
if ! podman image exists "$base"; then
  command -v debootstrap > /dev/null || { echo "build-image: no $base and no debootstrap to make it (apt-get install debootstrap)" >&2; exit 1; }
  mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
  [ -n "$mirror" ] || mirror=$(sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) .*/\2/p' /etc/apt/sources.list 2>/dev/null | head -n 1)
  [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
  rootfs=$(mktemp -d "$NUTRISCAN_PODMAN_STORE/rootfs.XXXXXX")
  trap 'rm -rf "$rootfs"' EXIT
  echo "build-image: making $base with debootstrap from $mirror ..." >&2
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" > "$NUTRISCAN_PODMAN_STORE/debootstrap.log" 2>&1 \
    || { tail -n 20 "$NUTRISCAN_PODMAN_STORE/debootstrap.log" >&2; exit 1; }
  tar -C "$rootfs" --exclude=./var/lib/apt/lists --exclude=./var/cache/apt -c . \
    | podman import --change 'CMD ["/bin/bash"]' - localhost/debian-min:bookworm > /dev/null
  podman tag localhost/debian-min:bookworm "$base"
  rm -rf "$rootfs"
  trap - EXIT
fi

podman build --pull=never -q -f src/main/docker/Dockerfile.dist --build-arg "VERSION=$NUTRISCAN_VERSION" \
  -t "$NUTRISCAN_IMAGE" -t localhost/nutriscan:latest . > /dev/null
echo "$NUTRISCAN_IMAGE"
