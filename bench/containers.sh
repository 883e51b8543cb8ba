#!/usr/bin/env bash
# The container images side by side: their size and layers, and start-up inside a container as a script meets
# it (`podman run --rm IMAGE --version`, hyperfine), the native image against the JVM image, with the native
# executable on the host beside them for what the container itself costs. Builds either image when it is missing
# (deploy/podman/build-image.sh [--jvm]); podman must run containers here (CONTAINERS_CONF where the host needs it).
#   bench/containers.sh [--runs N]       (default 10; CI runs --runs 2)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
runs=10
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--runs N]" >&2; exit 2 ;;
  esac
done
command -v hyperfine > /dev/null || { echo "containers: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
. "$root/deploy/podman/env.sh"
nutriscan_podman_usable || exit 1
podman image exists "$NUTRISCAN_IMAGE" || "$root/deploy/podman/build-image.sh" > /dev/null
podman image exists "$NUTRISCAN_JVM_IMAGE" || "$root/deploy/podman/build-image.sh" --jvm > /dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$here/binaries.sh"
native_binary

echo "| image | size | layers (largest first) |"
echo "|---|---:|---|"
for image in "$NUTRISCAN_IMAGE" "$NUTRISCAN_JVM_IMAGE"; do
  size=$(podman image inspect --format '{{.Size}}' "$image")
  layers=$(podman history --format '{{.Size}}' "$image" | grep -v -E '^0 ?B$' | sort -h -r | paste -s -d ',' | sed 's/,/, /g')
  printf '| %s | %.1f MB | %s |\n' "$image" "$(echo "$size / 1000000" | bc -l)" "$layers"
done
echo

hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/containers.json" --export-markdown "$work/containers.md" \
  -n "native image: podman run --rm IMAGE --version" "podman run --rm --pull=never $NUTRISCAN_IMAGE --version" \
  -n "JVM image: podman run --rm IMAGE --version" "podman run --rm --pull=never $NUTRISCAN_JVM_IMAGE --version" \
  -n "native executable on the host: --version" "$native --version" \
  > "$work/hyperfine.log" 2>&1 || { cat "$work/hyperfine.log" >&2; echo "containers: hyperfine failed" >&2; exit 1; }
cat "$work/containers.md"
echo
python3 - "$work/containers.json" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
native, jvm, host = (r[k] for k in list(r))
print("in a container, the native image starts in %.2fx the JVM image's time (%.0f ms against %.0f ms); the container"
      " itself costs %.0f ms over the host's %.0f ms" % (native / jvm, native * 1000, jvm * 1000, (native - host) * 1000, host * 1000))
PY
