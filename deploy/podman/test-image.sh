#!/usr/bin/env bash
# Runs the image as users will and checks what comes out against the host's own run:
#
#   deploy/podman/test-image.sh [PAGES]     # PAGES: a folder with files.txt (default: samples/pages)
#
# - the folder mounted read-only gives the host run's bytes, with and without --nutrients (and, when the folder
#   has the ground truth of its pages, expected.json, every value, product, unit and nutrient is checked on it);
# - exit codes 0, 1, 2 and 3 come through;
# - `podman stop` gives 143 and leaves an -o destination as it was;
# - four shard containers (-e JOB_COMPLETION_INDEX=K --shard 4) writing into one mounted folder, then a
#   merge container, give byte for byte the host's single run;
# - a container on the host's network fetches the pages from a loopback web server, writing --warc into a
#   mounted folder: the records are the files' (but for the source), and the archive reads back to them.
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
host --nutrients --list "$pages/files.txt" --base "$pages" -q > "$work/host-nutrients.json" || [ $? -eq 1 ]
status=0; run "$image" --nutrients --list /pages/files.txt --base /pages -q > "$work/image-nutrients.json" || status=$?
[ "$status" -le 1 ] || fail "a run in the image with --nutrients exited $status"
cmp -s "$work/host-nutrients.json" "$work/image-nutrients.json" || fail "the image's records with --nutrients differ from the host's"
if [ -f "$pages/expected.json" ] && [ -f "$NUTRISCAN_ROOT/../shared/corpus/check.py" ]; then
  python3 "$NUTRISCAN_ROOT/../shared/corpus/check.py" --full "$pages/expected.json" "$work/image-nutrients.json" \
    || fail "the image's records with --nutrients are not the pages' ground truth"
elif [ -f "$pages/expected.json" ]; then
  python3 "$NUTRISCAN_ROOT/bench/check_output.py" --full --nutrients "$pages/expected.json" "$work/image-nutrients.json" \
    || fail "the image's records with --nutrients are not the pages' ground truth"
fi
echo "test-image: with --nutrients too (the whole nutrient profile of every page)"

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
for _ in $(seq 20000); do cat "$pages/files.txt"; done > "$work/out/long.txt"
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
# Fetching: a container on the host's network, pages from a web server on loopback, the WARC into a mounted folder.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$pages" && exec python3 -m http.server --bind 127.0.0.1 "$port") > "$work/http.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true; podman rm -f -i nutriscan-test-stop > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
head -n 20 "$pages/files.txt" > "$work/some.txt"
sed "s|^|http://127.0.0.1:$port/|" "$work/some.txt" > "$work/out/urls.txt"
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
status=0
podman run --rm --network host -v "$work/out:/out" "$image" --list /out/urls.txt --warc /out/crawl.warc.gz -f jsonl -q \
  > "$work/fetched.jsonl" || status=$?
[ "$status" -le 1 ] || fail "fetching in a container: exit $status"
host --list "$work/some.txt" --base "$pages" -f jsonl -q > "$work/files.jsonl" || [ $? -eq 1 ]
python3 - "$work/files.jsonl" "$work/fetched.jsonl" <<'PY' || fail "the fetched records differ from the files' records"
import json, sys
files, fetched = ([json.loads(l) for l in open(p, encoding="utf-8")] for p in sys.argv[1:3])
strip = lambda r: {k: v for k, v in r.items() if k not in ("source", "error")}
assert len(files) == len(fetched) > 0, (len(files), len(fetched))
for a, b in zip(files, fetched):
    assert strip(a) == strip(b), (a, b)
PY
[ -s "$work/out/crawl.warc.gz" ] || fail "no WARC file in the mounted folder"
host "$work/out/crawl.warc.gz" -f jsonl -q > "$work/warc.jsonl" || [ $? -eq 1 ]
[ "$(sort "$work/warc.jsonl")" = "$(sort "$work/fetched.jsonl")" ] || fail "the container's WARC file does not read back to its records"
echo "test-image: a container fetched $(wc -l < "$work/some.txt") pages from a loopback server, and its WARC file reads back to them"
echo "test-image: all checks passed"
