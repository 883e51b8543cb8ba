#!/usr/bin/env bash
# Fetch benchmark: pages served over HTTP on loopback with a fixed latency per response, fetched and read
# by nutriscan (the native executable), by Scrapy (Debian's python3-scrapy, the same extraction as the lxml peer in a spider, the
# same per-host limit, robots.txt obeyed) and by xargs -P + curl followed by the lxml peer on the downloads.
# For each --per-host: wall time, pages/s, the ratio to the latency-bound ideal (pages × latency ÷ per-host),
# peak RSS, and every output checked against the corpus's ground truth. Then nutriscan's peak RSS for
# 10 and 100 times as many URLs (the same pages under distinct URLs, no latency), to show memory stays flat.
#
#   bench/fetch.sh [--count N] [--latency-ms MS] [--per-host "8 64"] [--scale N] [--nginx-pages N] [--dir DIR] [--real DIR]
#
# Then --nginx-pages of them (default 1000; 0: none) behind Debian's nginx with the common production rate limit
# (limit_req rate=20r/s burst=5 nodelay, 429): nutriscan with its defaults, Scrapy with AutoThrottle, and
# xargs -P 8 + curl --retry 3; time, requests answered 429, pages right.
#
# The server is the tests' PageServer (src/test/java/io/nutriscan/testing/PageServer.java), a Vert.x server
# on 127.0.0.1 on this machine's cores too: every figure includes serving the pages.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

count=1000 latency=50 per_hosts="8 64" scale=100000 nginx_pages=1000 dir=/tmp/nutriscan-fetch-bench real=$root/../shared/real
while [ $# -gt 0 ]; do
  case $1 in
    --count) count=$2; shift 2 ;;
    --latency-ms) latency=$2; shift 2 ;;
    --per-host) per_hosts=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --nginx-pages) nginx_pages=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --real) real=$2; shift 2 ;;
    *) echo "usage: $0 [--count N] [--latency-ms MS] [--per-host \"8 64\"] [--scale N] [--nginx-pages N] [--dir DIR] [--real DIR]" >&2; exit 2 ;;
  esac
done

. "$root/.mvn/jdk.sh"
nutriscan_use_java jdk
java=$JAVA_HOME/bin/java
py=/usr/bin/python3
time_cmd=/usr/bin/time
[ -x "$time_cmd" ] || { echo "fetch bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }

. "$here/pages.sh"
mkdir -p "$dir"
make_pages "$dir" "$count" fetch 0.02 0.03
corpus=$pages kind=$pages_kind
work=$dir/work
rm -rf "$work" && mkdir -p "$work"
. "$here/binaries.sh"
native_binary

# serve LATENCY_MS: a PageServer on the corpus, in $port and $server.
serve() {
  start_page_server "$corpus" "$1" "$work" || exit 1
}
trap 'kill $server 2> /dev/null || true' EXIT

serve "$latency"
sed "s|^|http://127.0.0.1:$port/p/|" "$corpus/files.txt" > "$work/urls.txt"
echo "fetch bench: $count $kind, served on 127.0.0.1:$port with $latency ms latency; $(nproc) cores"
# The server is a JVM too: every URL is fetched once before the first measurement, so no tool meets it cold.
echo "fetch bench: warming the server"
xargs -P 16 -n 1 curl -s -o /dev/null < "$work/urls.txt"

results=$work/results.tsv
: > "$results"
# measure NAME PER_HOST OUTPUT COMMAND...: wall time and peak RSS of one run, output checked.
measure() {
  local name=$1 per_host=$2 output=$3; shift 3
  local status=0
  (cd "$work" && "$time_cmd" -f "%e %M" -o "$work/time" "$@" > "$output" 2> "$work/stderr") || status=$?
  if [ "$status" -gt 1 ]; then
    echo "fetch bench: $name failed (exit $status):" >&2
    tail -n 20 "$work/stderr" >&2
    exit 1
  fi
  read -r t m < <(tail -n 1 "$work/time")
  local right
  right=$("$py" "$here/check_output.py" ${check_flags:-} "$corpus/expected.json" "$output" | tr ' ' '/' || true)
  [ -n "$right" ] || { echo "fetch bench: $name: its output could not be checked" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$per_host" "$t" "$m" "$right" >> "$results"
  printf 'fetch bench: %-28s per host %-3s %7.2f s  %s right\n' "$name" "$per_host" "$t" "$right"
}

have_scrapy=$("$py" -c 'import scrapy, lxml; print(1)' 2> /dev/null || true)
[ -n "$have_scrapy" ] || echo "fetch bench: no python3-scrapy/python3-lxml for $py: their rows are skipped (apt-get install python3-scrapy python3-lxml)"
for p in $per_hosts; do
  check_flags=--full measure "nutriscan" "$p" "$work/nutriscan-$p.json" "$native" --per-host "$p" --list urls.txt
  if [ -n "$have_scrapy" ]; then
    measure "Scrapy 2.8 + lxml" "$p" "$work/scrapy-$p.json" env PYTHONPATH="$here" "$py" "$here/fetch_scrapy.py" urls.txt "$p"
    rm -rf "$work/dl" && mkdir -p "$work/dl"
    measure "xargs -P + curl, then lxml + Pool" "$p" "$work/curl-$p.json" sh -c \
      'xargs -P "$1" -n 20 curl -s --output-dir dl --remote-name-all < urls.txt && "$2" "$3/lxml_pool.py" "$4" dl "$(nproc)"' \
      sh "$p" "$py" "$here" "$corpus/files.txt"
  fi
done

# Behind a production rate limit: Debian's nginx serving the corpus with limit_req rate=20r/s burst=5 nodelay
# (429 past it), each tool with the defaults a user starts from; time, requests answered 429, pages right.
nginx_rows=$work/nginx.tsv
: > "$nginx_rows"
if [ "$nginx_pages" -gt 0 ]; then
  mkdir -p "$work/nginx"
  start_nginx "$corpus" "$work/nginx" || exit 1
  trap 'kill $server $nginx_pid 2> /dev/null || true' EXIT
  head -n "$nginx_pages" "$corpus/files.txt" > "$work/nginx-files.txt"
  sed "s|^|http://127.0.0.1:$nginx_slow/|" "$work/nginx-files.txt" > "$work/nginx-urls.txt"
  "$py" - "$corpus/expected.json" "$nginx_pages" "$work/nginx-expected.json" <<'PY'
import json, sys
json.dump(json.load(open(sys.argv[1], encoding="utf-8"))[: int(sys.argv[2])], open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
PY
  # nginx_row NAME FLAGS OUTPUT COMMAND...: one crawl behind the limit, its log lines counted.
  nginx_row() {
    local name=$1 flags=$2 output=$3; shift 3
    nginx_log_since "$work/nginx" "before"
    local status=0
    (cd "$work" && "$time_cmd" -f "%e %M" -o "$work/time" "$@" > "$output" 2> "$work/stderr") || status=$?
    [ "$status" -le 1 ] || { echo "fetch bench: $name behind nginx failed (exit $status):" >&2; tail -n 20 "$work/stderr" >&2; exit 1; }
    nginx_log_since "$work/nginx" "$name"
    read -r t m < <(tail -n 1 "$work/time")
    local requests throttled right
    requests=$(wc -l < "$work/nginx/logs/$name.log")
    throttled=$(awk '$3 == 429' "$work/nginx/logs/$name.log" | wc -l)
    right=$("$py" "$here/check_output.py" $flags "$work/nginx-expected.json" "$output" | tr ' ' '/' || true)
    [ -n "$right" ] || { echo "fetch bench: $name behind nginx: its output could not be checked" >&2; exit 1; }
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$t" "$requests" "$throttled" "$m" "$right" >> "$nginx_rows"
    printf 'fetch bench: %-34s behind nginx %7.2f s  %4d requests, %3d answered 429, %s right\n' "$name" "$t" "$requests" \
      "$throttled" "$right"
  }
  nginx_row "nutriscan" --full "$work/nginx-nutriscan.json" "$native" --list "$work/nginx-urls.txt"
  if [ -n "$have_scrapy" ]; then
    nginx_row "Scrapy 2.8 + lxml, AutoThrottle" "" "$work/nginx-scrapy.json" \
      env PYTHONPATH="$here" "$py" "$here/fetch_scrapy.py" --autothrottle "$work/nginx-urls.txt" 2
    rm -rf "$work/nginx-dl" && mkdir -p "$work/nginx-dl"
    nginx_row "xargs -P 8 curl --retry 3, then lxml" "" "$work/nginx-curl.json" sh -c \
      'xargs -P 8 -n 20 curl -s --retry 3 --output-dir nginx-dl --remote-name-all < nginx-urls.txt && "$1" "$2/lxml_pool.py" "$3" nginx-dl "$(nproc)"' \
      sh "$py" "$here" "$work/nginx-files.txt"
  fi
  kill "$nginx_pid" 2> /dev/null || true
fi

# Memory against the number of URLs: the same pages under distinct URLs, no latency, --per-host 64.
kill "$server" 2> /dev/null || true
wait "$server" 2> /dev/null || true
serve 0
xargs -P 16 -n 1 curl -s -o /dev/null < <(sed "s|^|http://127.0.0.1:$port/p/|" "$corpus/files.txt")
scale_rows=$work/scale.tsv
: > "$scale_rows"
for n in $((scale / 10)) "$scale"; do
  awk -v n="$n" -v port="$port" '{a[NR] = $0} END {for (i = 0; i < n; i++) printf "http://127.0.0.1:%s/p/%s?n=%d\n", port, a[i % NR + 1], i}' \
    "$corpus/files.txt" > "$work/urls-$n.txt"
  status=0
  (cd "$work" && "$time_cmd" -f "%e %M" -o "$work/time" "$native" --per-host 64 -q --list "urls-$n.txt" \
    -f jsonl -o /dev/null) || status=$?
  [ "$status" -le 1 ] || { echo "fetch bench: $n URLs: nutriscan exited $status" >&2; exit 1; }
  read -r t m < <(tail -n 1 "$work/time")
  printf '%s\t%s\t%s\n' "$n" "$t" "$m" >> "$scale_rows"
  printf 'fetch bench: nutriscan, %7d URLs, per host 64: %7.2f s, peak RSS %d MB\n' "$n" "$t" "$((m / 1024))"
done

echo
"$py" - "$results" "$scale_rows" "$count" "$latency" "$nginx_rows" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
pages, latency = int(sys.argv[3]), int(sys.argv[4]) / 1000
print("| tool | per host | seconds | pages/s | ÷ ideal | peak RSS | right |")
print("|---|---:|---:|---:|---:|---:|---:|")
for name, per_host, seconds, rss, right in rows:
    ideal = pages * latency / int(per_host)
    print("| %s | %s | %.2f | %.0f | %.2f | %d MB | %s |" % (name, per_host, float(seconds), pages / float(seconds),
                                                          float(seconds) / ideal, int(rss) // 1024, right))
nginx = [line.rstrip("\n").split("\t") for line in open(sys.argv[5], encoding="utf-8")]
if nginx:
    print()
    print("| behind nginx, limit_req 20r/s burst=5 | seconds | requests | answered 429 | peak RSS | right |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, seconds, requests, throttled, rss, right in nginx:
        print("| %s | %.2f | %s | %s (%.1f %%) | %d MB | %s |" % (name, float(seconds), requests, throttled,
                                                              100.0 * int(throttled) / max(1, int(requests)), int(rss) // 1024, right))
print()
print("| URLs | seconds | pages/s | peak RSS |")
print("|---:|---:|---:|---:|")
for n, seconds, rss in (line.split() for line in open(sys.argv[2], encoding="utf-8")):
    print("| %s | %.2f | %.0f | %d MB |" % (n, float(seconds), int(n) / float(seconds), int(rss) // 1024))
PY
