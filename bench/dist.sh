#!/usr/bin/env bash
# The release archives' sizes: the native one (target/nutriscan-VERSION-linux-x86_64.tar.gz, from ./mvnw package
# -Pnative) and the JVM one (…-jvm.tar.gz, from ./mvnw package on JDK 25+), packed and unpacked, with what each
# holds; for the native executable also its code and image heap as the image builder reported them.
# Missing archives are built first.   bench/dist.sh      (start-up: bench/startup.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
. "$root/.mvn/jdk.sh"
nutriscan_use_java jdk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$here/binaries.sh"
native_binary
jvm_archive
native_archive=$(ls "$root"/target/nutriscan-*-linux-x86_64.tar.gz | grep -v -- '-jvm\.tar\.gz$' | head -n 1)
jvm_archive_file=$(ls "$root"/target/nutriscan-*-linux-x86_64-jvm.tar.gz | head -n 1)
mkdir -p "$work/native"
tar -xzf "$native_archive" -C "$work/native"
nhome=$(ls -d "$work"/native/nutriscan-*)
jhome=$(dirname "$(dirname "$jvm")")
kib() { du -sk "$@" | awk '{s += $1} END {print s}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f MiB", k / 1024}'; }
echo "| archive | packed | unpacked | what it holds |"
echo "|---|---:|---:|---|"
printf '| native (%s) | %s | %s | bin/nutriscan %s; man pages, completion, licences %s |\n' "$(basename "$native_archive")" \
  "$(mib "$(kib "$native_archive")")" "$(mib "$(kib "$nhome")")" "$(mib "$(kib "$nhome/bin/nutriscan")")" \
  "$(mib $(($(kib "$nhome") - $(kib "$nhome/bin/nutriscan"))))"
printf '| JVM (%s) | %s | %s | runtime %s; application %s; AOT cache %s |\n' "$(basename "$jvm_archive_file")" \
  "$(mib "$(kib "$jvm_archive_file")")" "$(mib "$(kib "$jhome")")" "$(mib "$(kib "$jhome/runtime")")" \
  "$(mib $(($(kib "$jhome/lib") - $(kib "$jhome/lib/nutriscan.aot"))))" "$(mib "$(kib "$jhome/lib/nutriscan.aot")")"
stats=$(ls "$root"/target/nutriscan-*-native-image-source-jar/*-build-output-stats.json 2> /dev/null | head -n 1 || true)
if [ -n "$stats" ]; then
  /usr/bin/python3 - "$stats" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))["image_details"]
print()
print("native image: code %.1f MiB (%d compilation units), image heap %.1f MiB (%d objects), %.1f MiB in all" % (
    d["code_area"]["bytes"] / 2**20, d["code_area"]["compilation_units"], d["image_heap"]["bytes"] / 2**20,
    d["image_heap"]["objects"]["count"], d["total_bytes"] / 2**20))
PY
fi
