# Sourced by the scripts here: podman with the project's settings and an image store of its own
# (NUTRISCAN_PODMAN_STORE, default target/podman of the checkout), never the machine's default store.
# nutriscan_podman_usable says, on stderr, why podman cannot run here when it cannot.
_np_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NUTRISCAN_ROOT=$(cd "$_np_here/../.." && pwd)
NUTRISCAN_VERSION=$(sed -n '/<artifactId>nutriscan<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q;}' "$NUTRISCAN_ROOT/pom.xml")
NUTRISCAN_IMAGE=localhost/nutriscan:$NUTRISCAN_VERSION
NUTRISCAN_PODMAN_STORE=${NUTRISCAN_PODMAN_STORE:-$NUTRISCAN_ROOT/target/podman}
mkdir -p "$NUTRISCAN_PODMAN_STORE"
cat > "$NUTRISCAN_PODMAN_STORE/storage.conf" <<EOF
[storage]
driver = "overlay"
graphroot = "$NUTRISCAN_PODMAN_STORE/graph"
runroot = "$NUTRISCAN_PODMAN_STORE/run"
EOF
export CONTAINERS_CONF="$_np_here/containers.conf"
export CONTAINERS_STORAGE_CONF="$NUTRISCAN_PODMAN_STORE/storage.conf"

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
