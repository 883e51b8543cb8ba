#!/usr/bin/env bash
# Pages from the web, end to end on loopback: the tests' PageServer serves real-markup pages (real
# fitaudit.ru pages via make_corpus.py when ../shared/real is there, else nutriscan's generator); nutriscan
# fetches them with --nutrients and records a WARC; every page must be right. Debian's wget then fetches the
# same URLs into its own WARC, and nutriscan reading either WARC must give the same records as the live fetch
# (in the order the responses arrived, so compared as sets).
#   .ci/web-check.sh [NUTRISCAN...]   the command to check (default: java -jar the fast-jar), e.g. the native runner
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/jdk.sh
nutriscan_use_java jdk
java=$JAVA_HOME/bin/java
if [ $# -gt 0 ]; then nutriscan=("$@"); else nutriscan=("$java" -jar target/quarkus-app/quarkus-run.jar); fi
real=../shared/real
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2> /dev/null; rm -rf "$work"' EXIT

command -v wget > /dev/null || timeout 300 apt-get install -y -q wget > /dev/null 2>&1 || true
root=$PWD
. bench/pages.sh
make_pages "$work" 300 "web-$$" 0.03 0.1
start_page_server "$pages" 5 "$work" || { echo "ci: web: no page server" >&2; exit 1; }
sed "s|^|http://127.0.0.1:$port/p/|" "$pages/files.txt" > "$work/urls.txt"

status=0
"${nutriscan[@]}" --nutrients --per-host 8 --list "$work/urls.txt" --warc "$work/live.warc.gz" -o "$work/live.json" -q || status=$?
[ "$status" -le 1 ] || { echo "ci: web: the live fetch exited $status" >&2; exit 1; }
python3 bench/check_output.py --full --nutrients "$pages/expected.json" "$work/live.json"
if [ -f ../shared/corpus/check.py ]; then
  python3 ../shared/corpus/check.py --full "$pages/expected.json" "$work/live.json"
fi
echo "ci: web: every fetched page right"

"${nutriscan[@]}" --nutrients "$work/live.warc.gz" -o "$work/own-warc.json" -q || [ $? -le 1 ]
if command -v wget > /dev/null; then
  (cd "$work" && wget -q --warc-file=wget -i urls.txt -P downloads) || [ $? -eq 8 ]  # 8: some server answered an error
  "${nutriscan[@]}" --nutrients "$work/wget.warc.gz" -o "$work/wget-warc.json" -q || [ $? -le 1 ]
else
  echo "ci: web: no wget, its WARC not checked"
fi
python3 - "$work/live.json" "$work/own-warc.json" "$work"/wget-warc.json <<'PY'
import json, os, sys
live = json.load(open(sys.argv[1], encoding="utf-8"))
want = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in live)
for path in sys.argv[2:]:
    if not os.path.exists(path):
        continue
    got = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in json.load(open(path, encoding="utf-8")))
    if got != want:
        sys.exit("ci: web: %s: %d records, the live fetch %d; they differ" % (path, len(got), len(want)))
    print("ci: web: %s reads back to the live fetch's %d records" % (os.path.basename(path), len(want)))
PY
echo "ci: web: ok ($(basename "${nutriscan[0]}"))"
