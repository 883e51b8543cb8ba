#!/usr/bin/env bash
# Runs the image as users will and checks what comes out against the host's own run:
#
#   deploy/podman/test-image.sh [PAGES]     # PAGES: a folder with files.txt (default: samples/pages)
#
# - the folder mounted read-only gives the host run's bytes;
# - exit codes 0, 1, 2 and 3 come through;
# - `podman stop` gives 143 and leaves an -o destination as it was;
# - four shard containers (-e JOB_COMPLETION_INDEX=K --shard 4) writing into one mounted folder, then a
#   merge container, give byte for byte the host's single run.
# Needs the image (deploy/podman/build-image.sh). Where podman cannot run it says why and exits 0 without
# checking anything (skipped); any failed check exits 1.
set -euo pipefail
. "$(dirname "$0")/env.sh"
if ! nutriscan_podman_usable; then
  echo "test-image: skipped: podman cannot run here"
  exit 0
fi
pages=$(cd "${1:-$NUTRISCAN_ROOT/samples/pages}" && pwd)
image=$NUTRISCAN_IMAGE
podman image exists "$image" || { echo "test-image: no $image: run deploy/podman/build-image.sh first" >&2; exit 1; }
work=$(mktemp -d)
trap 'podman rm -f -i nutriscan-test-stop > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
host() { "$NUTRISCAN_ROOT/nutriscan" "$@"; }
run() { podman run --rm -v "$pages:/pages:ro" "$@"; }
fail() { echo "test-image: FAILED: $*" >&2; exit 1; }

# The same records as the host's run (sources are the list's entries, the same on both sides).
host --list "$pages/files.txt" --base "$pages" -q > "$work/host.json" || [ $? -eq 1 ]
status=0; run "$image" --list /pages/files.txt --base /pages -q > "$work/image.json" || status=$?
[ "$status" -le 1 ] || fail "a run in the image exited $status"
cmp -s "$work/host.json" "$work/image.json" || fail "the image's records differ from the host's"
echo "test-image: the read-only folder gives the host's $(grep -c '"source"' "$work/host.json") records byte for byte"

# Exit codes.
first=$(head -n 1 "$pages/files.txt")
status=0; run "$image" "/pages/$first" > /dev/null 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "one good page: exit $status, not 0"
printf '%s\n' "$first" missing.html > "$work/two.txt"
status=0; podman run --rm -v "$pages:/pages:ro" -v "$work/two.txt:/two.txt:ro" "$image" --list /two.txt --base /pages \
  > /dev/null 2>&1 || status=$?
[ "$status" -eq 1 ] || fail "a missing page: exit $status, not 1"
status=0; run "$image" --bogus > /dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "a bad option: exit $status, not 2"
status=0; run "$image" "/pages/$first" -o /pages/out.json > /dev/null 2>&1 || status=$?
[ "$status" -eq 3 ] || fail "-o into a read-only mount: exit $status, not 3"
echo "test-image: exit codes 0, 1, 2 and 3 come through"

# podman stop: SIGTERM, exit 143, the -o destination untouched. A long list: the pages many times over.
mkdir -p "$work/out" && chmod 777 "$work/out"
echo old > "$work/out/dataset.json"
for _ in $(seq 200); do cat "$pages/files.txt"; done > "$work/out/long.txt"
podman run -d --name nutriscan-test-stop -v "$pages:/pages:ro" -v "$work/out:/out" "$image" \
  --list /out/long.txt --base /pages -o /out/dataset.json -q > /dev/null
sleep 2
podman stop -t 20 nutriscan-test-stop > /dev/null
status=$(podman wait nutriscan-test-stop)
podman rm nutriscan-test-stop > /dev/null
[ "$status" -eq 143 ] || fail "podman stop: exit $status, not 143"
[ "$(cat "$work/out/dataset.json")" = old ] || fail "podman stop: the -o destination changed"
! ls "$work/out" | grep -q nutriscan-partial || fail "podman stop: a partial file was left"
echo "test-image: podman stop gives 143 and leaves the -o destination as it was"

# Shards as containers, then a merge container: the host's single run, byte for byte. The image runs as
# its own user (uid 999), so the mounted output folder must be writable by it.
mkdir -p "$work/parts" && chmod 777 "$work/parts"
for k in 0 1 2 3; do
  status=0
  podman run --rm -v "$pages:/pages:ro" -v "$work/parts:/parts" -e JOB_COMPLETION_INDEX=$k "$image" \
    --list /pages/files.txt --base /pages --shard 4 --out-dir /parts -q || status=$?
  [ "$status" -le 1 ] || fail "shard $k: exit $status"
done
status=0; podman run --rm -v "$work/parts:/parts:ro" "$image" merge /parts -q > "$work/merged.json" || status=$?
[ "$status" -le 1 ] || fail "merge: exit $status"
cmp -s "$work/host.json" "$work/merged.json" || fail "four shard containers merged differ from the host's single run"
echo "test-image: four shard containers and a merge container give the host's single run byte for byte"
echo "test-image: all checks passed"
