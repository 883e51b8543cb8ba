#!/usr/bin/env bash
# Memory against the number of pages: runs ./nutriscan over generated corpora of small pages
# (default 10,000, 100,000 and 1,000,000 pages of ~4 KiB) and prints wall time and peak RSS for each.
# The output goes to a file (-o), as a batch job would write it.
#
#   bench/scale.sh [--sizes "10000 100000 1000000"] [--avg-kb 4] [--dir DIR] [-- extra nutriscan options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
sizes="10000 100000 1000000" avg_kb=4 dir=/tmp/nutriscan-scale
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --avg-kb) avg_kb=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: $0 [--sizes \"N ...\"] [--avg-kb K] [--dir DIR] [-- nutriscan options]" >&2; exit 2 ;;
  esac
done
"$root/nutriscan" --version > /dev/null  # builds when needed
. "$root/.mvn/jdk.sh"
nutriscan_use_java jre
echo "| pages | page size | seconds | pages/s | peak RSS | records out |"
echo "|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  corpus=$dir/corpus-$n-$avg_kb
  if [ ! -f "$corpus/files.txt" ]; then
    rm -rf "$corpus"
    "$JAVA_HOME/bin/java" -jar "$root/target/quarkus-app/quarkus-run.jar" generate --out "$corpus" --count "$n" \
      --avg-kb "$avg_kb" --seed scale --bad-fraction 0.01 2> /dev/null
  fi
  (cd "$corpus" && tr '\n' '\0' < files.txt | xargs -0 cat > /dev/null)
  status=0
  /usr/bin/time -f "%e %M" -o "$dir/time" "$root/nutriscan" --list "$corpus/files.txt" --base "$corpus" \
    -o "$dir/out.json" "$@" 2> "$dir/stderr" || status=$?
  [ "$status" -le 1 ] || { cat "$dir/stderr" >&2; exit 1; }
  read -r t m < <(tail -n 1 "$dir/time")
  records=$(grep -c '^{"source"' "$dir/out.json")
  printf '| %d | %s KiB | %.1f | %.0f | %d MB | %d |\n' "$n" "$avg_kb" "$t" "$(echo "$n / $t" | bc -l)" $((m / 1024)) "$records"
done
