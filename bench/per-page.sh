#!/usr/bin/env bash
# A script that calls the tool once per page ("fast start-up in scripts"): a shell loop over PAGES real-markup
# pages, nutriscan --shape seed once per page (native executable; JVM archive) against the same loop running
# the notebook's BeautifulSoup parse as a Python script per page (Debian's python3 with bs4 and lxml).
# hyperfine times each whole loop; each loop's output is checked against the ground truth.
#   bench/per-page.sh [--pages N] [--runs R] [--dir DIR]     (defaults: 200 pages, 3 runs, /dev/shm/nutriscan-bench)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
count=200 runs=3 dir=/dev/shm/nutriscan-bench real=$root/../shared/real
while [ $# -gt 0 ]; do
  case $1 in
    --pages) count=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    *) echo "usage: $0 [--pages N] [--runs R] [--dir DIR]" >&2; exit 2 ;;
  esac
done
command -v hyperfine > /dev/null || { echo "per-page: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
py=/usr/bin/python3
"$py" -c 'import bs4, lxml' 2> /dev/null \
  || { echo "per-page: needs Debian's python3 with bs4 and lxml (apt-get install python3-bs4 python3-lxml)" >&2; exit 1; }
. "$root/.mvn/jdk.sh"
nutriscan_use_java jdk
java=$JAVA_HOME/bin/java
mkdir -p "$dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$here/pages.sh"
. "$here/binaries.sh"
native_binary
jvm_archive
make_pages "$dir" "$count" per-page 0 0
echo "per-page: $count $pages_kind in $pages"

loop() { # loop COMMAND...: the shell loop over the pages, as a script would run it
  printf 'while IFS= read -r p; do %s "$p"; done < files.txt' "$*"
}
native_loop=$(loop "$native" -q --shape seed -f jsonl)
jvm_loop=$(loop "$jvm" -q --shape seed -f jsonl)
python_loop=$(loop "$py" "$here/notebook_one_page.py")
for name in native jvm python; do
  var=${name}_loop
  (cd "$pages" && sh -c "${!var}" > "$work/$name.jsonl" 2> "$work/$name.err") \
    || { echo "per-page: the $name loop failed:" >&2; cat "$work/$name.err" >&2; exit 1; }
done
"$py" - "$pages/expected.json" "$work"/native.jsonl "$work"/jvm.jsonl "$work"/python.jsonl <<'PY'
import json, math, sys
want = [r["values"] for r in json.load(open(sys.argv[1], encoding="utf-8"))]
for path in sys.argv[2:]:
    got = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    right = sum(1 for w, g in zip(want, got) if list(w) == list(g) and all(math.isclose(w[k], g[k]) for k in w))
    print("per-page: %s: %d/%d pages right" % (path.rsplit("/", 1)[1], right, len(want)))
    if "python" not in path and right != len(want):
        sys.exit("per-page: nutriscan got pages wrong")
PY
(cd "$pages" && hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$work/per-page.md" --export-json "$work/per-page.json" \
  -n "native, once per page" "sh -c '$native_loop'" \
  -n "JVM archive, once per page" "sh -c '$jvm_loop'" \
  -n "python3 + bs4 (the notebook's parse), once per page" "sh -c '$python_loop'" > "$work/hyperfine.log" 2>&1) \
  || { cat "$work/hyperfine.log" >&2; echo "per-page: hyperfine failed" >&2; exit 1; }
cat "$work/per-page.md"
"$py" - "$work/per-page.json" "$count" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
n = int(sys.argv[2])
native = r["native, once per page"]
for name, mean in r.items():
    print("%s: %.1f ms a page, %.1fx the native loop's time" % (name, mean / n * 1000, mean / native))
PY
