#!/usr/bin/env bash
# The self-contained archive against the plain fast-jar: sizes, and `--version` and one-page start-up
# (hyperfine), the archive unpacked in a temporary folder and run through a symlink.   bench/dist.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/.mvn/jdk.sh"
nutriscan_use_java jdk
archive=$(ls "$root"/target/nutriscan-*-linux-x86_64.tar.gz 2> /dev/null | head -n 1 || true)
if [ -z "$archive" ]; then
  (cd "$root" && ./mvnw -B -q -DskipTests package)
  archive=$(ls "$root"/target/nutriscan-*-linux-x86_64.tar.gz | head -n 1)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$archive" -C "$tmp"
home=$(ls -d "$tmp"/nutriscan-*)
ln -s "$home/bin/nutriscan" "$tmp/nutriscan"
echo "archive: $(du -k "$archive" | cut -f1) KiB; unpacked: $(du -sk "$home" | cut -f1) KiB" \
  "(runtime $(du -sk "$home/runtime" | cut -f1), application $(du -sk --exclude=nutriscan.aot "$home/lib" | cut -f1)," \
  "AOT cache $(du -k "$home/lib/nutriscan.aot" | cut -f1))"
page=$root/samples/pages/000001-krevetki-specii.html
fast="$JAVA_HOME/bin/java -jar $root/target/quarkus-app/quarkus-run.jar"
hyperfine -N --warmup 3 --runs 20 --export-markdown "$tmp/table.md" \
  -n "archive: --version" "$tmp/nutriscan --version" \
  -n "fast-jar: --version" "$fast --version" \
  -n "archive: one page" "$tmp/nutriscan $page" \
  -n "fast-jar: one page" "$fast $page" > /dev/null 2>&1
cat "$tmp/table.md"
