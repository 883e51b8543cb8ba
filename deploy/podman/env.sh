# Sourced by the scripts here: the project's paths and version, and nutriscan_podman_usable, which says on
# stderr why podman cannot run here when it cannot. Podman runs as the user set it up: its default image store
# (or the user's CONTAINERS_STORAGE_CONF) and its settings (or the user's CONTAINERS_CONF; hosts that need
# deploy/podman/containers.conf are described in it).
_np_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NUTRISCAN_ROOT=$(cd "$_np_here/../.." && pwd)
NUTRISCAN_VERSION=$(sed -n '/<artifactId>nutriscan<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q;}' "$NUTRISCAN_ROOT/pom.xml")
NUTRISCAN_IMAGE=${NUTRISCAN_IMAGE:-localhost/nutriscan:$NUTRISCAN_VERSION}
NUTRISCAN_JVM_IMAGE=localhost/nutriscan:$NUTRISCAN_VERSION-jvm

nutriscan_podman_usable() {
  if ! command -v podman > /dev/null 2>&1; then
    echo "podman: not installed (Debian: apt-get install podman runc)" >&2
    return 1
  fi
  if ! _np_out=$(podman info 2>&1 > /dev/null); then
    echo "podman: cannot run here: $(printf '%s' "$_np_out" | tail -n 1)" >&2
    return 1
  fi
}
