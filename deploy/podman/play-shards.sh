#!/usr/bin/env bash
# Plays the Kubernetes recipe's pods with podman, as the Indexed Job would run them, then its merge step,
# and checks the result against the host's single run:
#
#   deploy/podman/play-shards.sh [PAGES]     # PAGES: a folder with files.txt (default: samples/pages)
#
# podman 4.3 cannot play a Job, but it plays Pods: kube-pods.py makes one Pod per index from the pod
# template of deploy/kubernetes/nutriscan-shards.yaml (and one from nutriscan-merge.yaml), as written but for
# the image and the volume claim, which becomes a folder here laid out as the recipe expects (pages/ with
# files.txt, parts/). Needs the image (build-image.sh); skipped with a message where podman cannot run.
set -euo pipefail
. "$(dirname "$0")/env.sh"
if ! nutriscan_podman_usable; then
  echo "play-shards: skipped: podman cannot run here"
  exit 0
fi
if ! /usr/bin/python3 -c 'import yaml' 2> /dev/null; then
  [ "$(id -u)" -eq 0 ] && apt-get install -y -q python3-yaml > /dev/null 2>&1 || true
  /usr/bin/python3 -c 'import yaml' 2> /dev/null || { echo "play-shards: needs Debian's python3-yaml (apt-get install python3-yaml)" >&2; exit 1; }
fi
pages=$(cd "${1:-$NUTRISCAN_ROOT/samples/pages}" && pwd)
podman image exists "$NUTRISCAN_IMAGE" || { echo "play-shards: no $NUTRISCAN_IMAGE: run build-image.sh first" >&2; exit 1; }
work=$(mktemp -d)
cleanup() {
  for file in "$work"/pods/*.yaml; do
    [ -f "$file" ] && podman pod rm -f -i "$(basename "$file" .yaml)" > /dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "play-shards: FAILED: $*" >&2; exit 1; }

# The volume: the pages as the recipe reads them, writable by the image's user (uid 999) for parts/ and the result.
data=$work/data
mkdir -p "$data/parts" "$work/pods"
cp -r "$pages" "$data/pages"
chmod -R a+rX "$data/pages" && chmod 777 "$data" "$data/parts"

# play FILE: plays one Pod (a leftover of the same name is removed first), waits for its container, and
# sets status to the container's exit status.
play() {
  local file=$1 name
  name=$(basename "$file" .yaml)
  podman pod rm -f -i "$name" > /dev/null 2>&1 || true
  (cd "$work" && podman kube play --build=false "$file") > "$work/play.log" 2>&1 || { cat "$work/play.log" >&2; fail "podman kube play $file"; }
  status=$(podman wait "$name-nutriscan")
}

for pod in $(/usr/bin/python3 "$(dirname "$0")/kube-pods.py" "$NUTRISCAN_ROOT/deploy/kubernetes/nutriscan-shards.yaml" \
    "$NUTRISCAN_IMAGE" "$data" "$work/pods"); do
  play "$pod"
  [ "$status" -le 1 ] || fail "$(basename "$pod" .yaml): exit $status ($(podman logs "$(basename "$pod" .yaml)-nutriscan" 2>&1 | tail -n 1))"
done
echo "play-shards: $(ls "$data/parts" | grep -c '\.jsonl$') shard pods played from nutriscan-shards.yaml"
merge=$(/usr/bin/python3 "$(dirname "$0")/kube-pods.py" "$NUTRISCAN_ROOT/deploy/kubernetes/nutriscan-merge.yaml" \
  "$NUTRISCAN_IMAGE" "$data" "$work/pods")
play "$merge"
[ "$status" -le 1 ] || fail "the merge pod: exit $status ($(podman logs nutriscan-merge-nutriscan 2>&1 | tail -n 1))"

"$NUTRISCAN_ROOT/nutriscan" --list "$pages/files.txt" --base "$pages" -q > "$work/host.json" || [ $? -eq 1 ]
cmp -s "$work/host.json" "$data/nutrition.json" || fail "the merge pod's nutrition.json differs from the host's single run"
echo "play-shards: the merge pod's nutrition.json is the host's single run byte for byte"
