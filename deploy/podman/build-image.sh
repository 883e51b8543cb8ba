#!/usr/bin/env bash
# Builds the container image into podman's own store (the user's, as `podman images` lists it), with no
# registry, and prints its tag:
#
#   deploy/podman/build-image.sh          # localhost/nutriscan:VERSION and :latest, the native executable
#   deploy/podman/build-image.sh --jvm    # localhost/nutriscan:VERSION-jvm, the JVM archive on Debian
#
# The native image is src/main/docker/Dockerfile.native: FROM scratch, the executable and the C library it
# links (src/main/docker/image-root.sh); nothing to pull. The executable comes from ./mvnw package -Pnative
# (run here when it is missing or older than the sources; it needs GRAALVM_HOME, a GraalVM 25 or later).
# The JVM image, for platforms without a native build, is src/main/docker/Dockerfile.dist: the JVM archive on
# debian:bookworm-slim; when that image is not in the store, a minimal Debian is made with debootstrap (from the
# apt mirror this machine uses) and stored under that name. Builds never pull (--pull=never). As root on
# Debian, podman, runc and debootstrap are installed with apt-get when missing.
set -euo pipefail
. "$(dirname "$0")/env.sh"
flavour=native
case "${1:-}" in
  --jvm) flavour=jvm ;;
  "") ;;
  *) echo "usage: $0 [--jvm]" >&2; exit 2 ;;
esac
if ! command -v podman > /dev/null 2>&1 || { [ "$flavour" = jvm ] && ! command -v debootstrap > /dev/null 2>&1; }; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null 2>&1; then
    echo "build-image: installing podman, runc and debootstrap with apt-get ..." >&2
    apt-get install -y -q podman runc debootstrap > /dev/null 2>&1 \
      || { apt-get update -q > /dev/null 2>&1 && apt-get install -y -q podman runc debootstrap > /dev/null 2>&1; } || true
  fi
fi
nutriscan_podman_usable || exit 1
cd "$NUTRISCAN_ROOT"

if [ "$flavour" = native ]; then
  runner=target/nutriscan-$NUTRISCAN_VERSION-runner
  if [ ! -x "$runner" ] || [ -n "$(find src/main/java src/main/resources pom.xml -newer "$runner" -type f -print -quit)" ]; then
    if [ -z "${GRAALVM_HOME:-}" ] || [ ! -x "$GRAALVM_HOME/bin/native-image" ]; then
      echo "build-image: $runner is missing or older than the sources, and GRAALVM_HOME does not name a GraalVM" \
        "with native-image to build it (GraalVM 25 or later; or build the JVM image: $0 --jvm)" >&2
      exit 1
    fi
    echo "build-image: building $runner (./mvnw package -Pnative, a few minutes) ..." >&2
    ./mvnw -B -q package -Pnative -DskipTests >&2
  fi
  src/main/docker/image-root.sh "$runner" > /dev/null
  podman build --pull=never -q -f src/main/docker/Dockerfile.native --build-arg "VERSION=$NUTRISCAN_VERSION" \
    -t "$NUTRISCAN_IMAGE" -t localhost/nutriscan:latest . > /dev/null
  echo "$NUTRISCAN_IMAGE"
  exit 0
fi

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
  rootfs=$(mktemp -d "$NUTRISCAN_ROOT/target/rootfs.XXXXXX")
  trap 'rm -rf "$rootfs"' EXIT
  echo "build-image: making $base with debootstrap from $mirror ..." >&2
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" > target/debootstrap.log 2>&1 \
    || { tail -n 20 target/debootstrap.log >&2; exit 1; }
  tar -C "$rootfs" --exclude=./var/lib/apt/lists --exclude=./var/cache/apt -c . \
    | podman import -q --change 'CMD ["/bin/bash"]' - localhost/debian-min:bookworm > /dev/null
  podman tag localhost/debian-min:bookworm "$base"
  rm -rf "$rootfs"
  trap - EXIT
fi
podman build --pull=never -q -f src/main/docker/Dockerfile.dist --build-arg "VERSION=$NUTRISCAN_VERSION" \
  -t "$NUTRISCAN_JVM_IMAGE" . > /dev/null
echo "$NUTRISCAN_JVM_IMAGE"
