#!/usr/bin/env bash
# Start-up, as scripts that call nutriscan meet it: `--version` and a run over one page, the native executable
# against the JVM archive (its own runtime and AOT cache), with Python's own start-up beside them (Debian's
# python3 with python3-bs4 and python3-lxml: `python3 -c pass` and the notebook's imports). hyperfine, in one
# run, so the figures compare.
#   bench/startup.sh [--runs N]       (default 20; CI runs --runs 2)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
runs=20
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--runs N]" >&2; exit 2 ;;
  esac
done
command -v hyperfine > /dev/null || { echo "startup: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
py=/usr/bin/python3
"$py" -c 'import bs4, lxml.html' 2> /dev/null \
  || { echo "startup: needs Debian's python3 with bs4 and lxml (apt-get install python3-bs4 python3-lxml)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$here/binaries.sh"
native_binary
jvm_archive
page=$root/samples/pages/000001-treska-specii.html
[ -f "$page" ] || { echo "startup: the sample page $page is missing" >&2; exit 1; }

hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/startup.json" --export-markdown "$work/startup.md" \
  -n "native: --version" "$native --version" \
  -n "JVM archive: --version" "$jvm --version" \
  -n "python3 -c pass" "$py -c pass" \
  -n "python3 -c 'import bs4, lxml.html'" "$py -c 'import bs4, lxml.html'" \
  -n "native: one page" "$native -q $page" \
  -n "JVM archive: one page" "$jvm -q $page" \
  > "$work/hyperfine.log" 2>&1 || { cat "$work/hyperfine.log" >&2; echo "startup: hyperfine failed" >&2; exit 1; }
cat "$work/startup.md"
echo
"$py" - "$work/startup.json" <<'PY'
import json, sys
mean = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
v, j, p = mean["native: --version"], mean["JVM archive: --version"], mean["python3 -c pass"]
print("native --version: %.1f ms, %.2fx python3 -c pass, %.3fx the JVM archive's" % (v * 1000, v / p, v / j))
print("native one page: %.1f ms, %.3fx the JVM archive's" % (mean["native: one page"] * 1000,
                                                              mean["native: one page"] / mean["JVM archive: one page"]))
PY
