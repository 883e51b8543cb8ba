#!/usr/bin/env bash
# Pages from a real web server: Debian's nginx on loopback in front of the real pages (extensionless, so served
# as application/octet-stream, and gzipped on the fly), behind the most common production rate limit
# (limit_req rate=20r/s burst=5 nodelay, limit_req_status 429), as a crawl meets it. Checks, for the command given:
#   - default options and --per-host 8 behind 20 r/s, --per-host 8 behind 200 r/s: every page right, the crawl
#     within 1.5x the time the limit allows (first to last request, from nginx's log), at most 10 % of requests 429;
#   - a second crawl with --revisit FIRST.warc.gz: at least 95 % of the pages answered 304, the same records byte
#     for byte;
#   - keep-alive: the pages of a crawl come over a few connections, not one each; gzip bodies decoded.
#   .ci/nginx-check.sh [NUTRISCAN...]    (default: java -jar the fast-jar)
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/jdk.sh
nutriscan_use_java jdk
java=$JAVA_HOME/bin/java
if [ $# -gt 0 ]; then ns=("$@"); else ns=("$java" -jar target/quarkus-app/quarkus-run.jar); fi
real=../shared/real
root=$PWD
. bench/pages.sh
work=$(mktemp -d)
trap '[ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2> /dev/null; rm -rf "$work"' EXIT
if [ -f "$real/files.txt" ]; then
  mkdir -p "$work/www/cache"
  cp "$real"/cache/* "$work/www/cache/"
  expected=$real/expected.json
else
  "$java" -jar target/quarkus-app/quarkus-run.jar generate --out "$work/www" --count 340 --seed nginx --bad-fraction 0 > /dev/null 2>&1
  expected=$work/www/expected.json
fi
start_nginx "$work/www" "$work" || { echo "ci: nginx: did not start" >&2; exit 1; }
slow=$nginx_slow fast=$nginx_fast free=$nginx_free

# One URL per page in expected.json's order (nginx serves every file as application/octet-stream: no mime.types).
urls() { # urls PORT: one URL per page, in expected.json's order
  python3 - "$expected" "$1" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip().rstrip(",")
    if line.startswith("{"):
        print("http://127.0.0.1:%s/%s" % (sys.argv[2], json.loads(line)["source"]))
    elif line.startswith("[{"):
        for r in json.loads(line):
            print("http://127.0.0.1:%s/%s" % (sys.argv[2], r["source"]))
PY
}
urls "$slow" > "$work/slow.txt"
urls "$fast" > "$work/fast.txt"
urls "$free" > "$work/free.txt"
count=$(wc -l < "$work/slow.txt")

# crawl NAME PORT RATE LIST OUTPUT [OPTIONS...]: one crawl, its log lines kept apart, checked.
crawl() {
  local name=$1 port=$2 rate=$3 list=$4 out=$5; shift 5
  nginx_log_since "$work" "before-$name"
  local status=0
  "${ns[@]}" --nutrients --list "$list" -o "$out" -q "$@" || status=$?
  [ "$status" -le 1 ] || { echo "ci: nginx: $name: exit $status" >&2; exit 1; }
  nginx_log_since "$work" "$name"
  python3 - "$work/logs/$name.log" "$count" "$rate" "$name" <<'PY'
import sys
lines = [l.split() for l in open(sys.argv[1]) if l.strip()]
pages, rate, name = int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
page_lines = [l for l in lines if l[5] != "/robots.txt"]
times = [float(l[0]) for l in lines]
span = max(times) - min(times)
allowed = pages / rate
throttled = sum(1 for l in lines if l[2] == "429")
not_modified = sum(1 for l in page_lines if l[2] == "304")
connections = len({l[3] for l in lines})
gzipped = sum(1 for l in page_lines if l[2] == "200" and l[4] != "-")
limit = "%.1fx the %.1f s the limit allows" % (span / allowed, allowed) if rate < 1e5 else "no limit"
print("ci: nginx: %-24s %4d requests, %3d answered 429 (%.1f %%), %3d 304, %3d gzipped, %2d connections; "
      "%.1f s first to last request, %s"
      % (name, len(lines), throttled, 100.0 * throttled / len(lines), not_modified, gzipped, connections, span, limit))
open(sys.argv[1] + ".stats", "w").write("%d %d %d %d %d %.3f %.3f\n" % (len(lines), throttled, not_modified, connections, gzipped, span, allowed))
PY
}
stats() { cat "$work/logs/$1.log.stats"; }
require() { # require NAME CONDITION MESSAGE
  python3 -c "import sys; r, t, nm, c, g, span, allowed = map(float, open('$work/logs/$1.log.stats').read().split()); sys.exit(0 if ($2) else 1)" \
    || { echo "ci: nginx: $1: $3" >&2; exit 1; }
}
right() { # right NAME OUTPUT: every page right (check.py --full when ../shared is there, else check_output.py)
  if [ -f ../shared/corpus/check.py ]; then
    python3 ../shared/corpus/check.py --full "$expected" "$2" > "$work/check.log" 2>&1 \
      || { echo "ci: nginx: $1: pages wrong:" >&2; tail -n 5 "$work/check.log" >&2; exit 1; }
  else
    python3 bench/check_output.py --full "$expected" "$2" > "$work/check.log" 2>&1 \
      || { echo "ci: nginx: $1: pages wrong: $(cat "$work/check.log")" >&2; exit 1; }
  fi
}

crawl default "$slow" 20 "$work/slow.txt" "$work/first.json" --warc "$work/first.warc.gz"
right default "$work/first.json"
require default "span <= 1.5 * allowed" "slower than 1.5x what the limit allows"
require default "t <= 0.10 * r" "more than 10 % of requests answered 429"
require default "c <= r / 10" "fewer than 10 requests a connection: keep-alive not used"
require default "g >= 0.9 * $count" "bodies were not gzipped: the check of their decoding saw nothing"
crawl per-host-8 "$slow" 20 "$work/slow.txt" "$work/eight.json" --per-host 8
right per-host-8 "$work/eight.json"
require per-host-8 "span <= 1.5 * allowed" "slower than 1.5x what the limit allows"
require per-host-8 "t <= 0.10 * r" "more than 10 % of requests answered 429"
# Behind 200 r/s the client's own speed may be what bounds a crawl: the same crawl without a limit says how fast.
crawl unlimited "$free" 1000000 "$work/free.txt" "$work/free.json" --per-host 8
crawl per-host-8-fast "$fast" 200 "$work/fast.txt" "$work/fast.json" --per-host 8
right per-host-8-fast "$work/fast.json"
unlimited=$(awk '{print $6}' "$work/logs/unlimited.log.stats")
require per-host-8-fast "span <= 1.5 * max(allowed, $unlimited)" "slower than 1.5x what the limit allows, or the crawl takes unlimited"
require per-host-8-fast "t <= 0.10 * r" "more than 10 % of requests answered 429"
crawl revisit "$slow" 20 "$work/slow.txt" "$work/second.json" --revisit "$work/first.warc.gz" --warc "$work/second.warc.gz"
require revisit "nm >= 0.95 * $count" "fewer than 95 % of the pages answered 304"
same() { # same NAME A B: the records byte for byte, or the first lines that differ
  cmp -s "$2" "$3" || { echo "ci: nginx: $1: the records differ from the first crawl's:" >&2; diff "$2" "$3" | head -n 6 | cut -c1-400 >&2; exit 1; }
}
same revisit "$work/first.json" "$work/second.json"
# The second archive's revisit records stand for the first's responses: a third crawl given both finds them.
crawl revisit-again "$slow" 20 "$work/slow.txt" "$work/third.json" --revisit "$work/first.warc.gz" --revisit "$work/second.warc.gz"
require revisit-again "nm >= 0.95 * $count" "fewer than 95 % of the pages answered 304"
same revisit-again "$work/first.json" "$work/third.json"
echo "ci: nginx: ok ($(basename "${ns[0]}"))"
