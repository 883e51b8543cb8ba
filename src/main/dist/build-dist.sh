#!/bin/sh
# Builds the self-contained distribution from the aot-jar, run by the Maven build (profile dist):
#   build-dist.sh VERSION TARGET_DIR JAVA_HOME
# 1. derives the JDK modules the application needs with jdeps (over the classes real runs load), and links a
#    runtime of just those with jlink;
# 2. copies the application (the aot-jar) beside it, with bin/nutriscan;
# 3. trains an AOT cache with that runtime by a real extraction run over generated pages (with the full
#    tiered JIT, so the cache holds profiles C2 can use; the launcher itself runs C1 only);
# 4. adds the man pages (target/man) and the bash/zsh completion script, both made at build time;
# 5. packs target/nutriscan-VERSION-linux-x86_64-jvm.tar.gz (file times kept: the cache checks them). The release
#    archive is the native one (build-native-dist.sh); this is the JVM build for where no native one runs.
set -eu
version=$1 target=$2 jdk=$3
here=$(cd "$(dirname "$0")" && pwd)
app=$target/nutriscan-aot
name=nutriscan-$version
dist=$target/dist/$name
archive=$target/$name-linux-x86_64-jvm.tar.gz

rm -rf "$target/dist" "$archive"
mkdir -p "$dist/bin" "$dist/lib"

# Modules: jdeps over the application classes that real runs load, plus jdk.charsets, which jdeps cannot see
# (charsets are looked up by name). The runs below exercise every command and the error paths, with the full
# JDK, logging each class as it is loaded; jdeps then reads exactly those classes. (jdeps over every class
# of every jar would also take in what the libraries carry but this tool never runs: java.desktop for
# jakarta.el, jdk.compiler for vertx-codegen, ~25 MB of runtime.)
# jdeps reads a modular jar as a module and stops at the first module it cannot resolve, so every jar is
# unpacked without its module descriptor into one tree and the classes are read from the class path.
classes=$target/dist-classes
probe=$target/dist-probe
rm -rf "$classes" "$probe" && mkdir -p "$classes" "$probe/loaded"
for jar in $(cd "$app" && find lib quarkus app -name '*.jar' | sort); do
  (cd "$classes" && "$jdk/bin/jar" xf "$app/$jar")
done
find "$classes" -name module-info.class -delete
training=$target/aot-training
head -n 300 "$training/files.txt" > "$probe/files.txt"
printf 'x\000y' > "$probe/binary.html"; : > "$probe/empty.html"; printf '<p>\317\360\350' > "$probe/cp1251.html"
run() {
  "$jdk/bin/java" -Xlog:disable -Xlog:class+load=info:file="$probe/load-%p.log" -jar "$app/quarkus-run.jar" "$@" \
    > /dev/null 2>&1 || [ $? -le 4 ]
}
run --list "$probe/files.txt" --base "$training" -o "$probe/out.json"
run --list "$probe/files.txt" --base "$training" -f csv --progress --quiet
run --list "$probe/files.txt" --base "$training" -f jsonl -o "$probe/out.jsonl" --resume
run "$probe/binary.html" "$probe/empty.html" "$probe/cp1251.html" "$probe/missing.html" --engine platform --page-timeout 5s
run "$probe/cp1251.html" --charset windows-1251 --engine sequential
run --list "$probe/files.txt" --base "$training" --shard 0/2 --out-dir "$probe/parts"
run --list "$probe/files.txt" --base "$training" --shard 1/2 --out-dir "$probe/parts"
run merge "$probe/parts" -f csv
# Fetching and WARC files: a fetch that finds no server (the HTTP client, robots.txt, retries), recorded in a
# WARC; a sitemap file; a WARC file with one page in it.
page=$training/$(head -n 1 "$training/files.txt")
http="$probe/http.txt"
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n' "$(wc -c < "$page")"; cat "$page"; } > "$http"
{ printf 'WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://probe.invalid/page\r\nWARC-Date: 2026-01-01T00:00:00Z\r\n'
  printf 'WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000000>\r\nContent-Type: application/http;msgtype=response\r\n'
  printf 'Content-Length: %d\r\n\r\n' "$(wc -c < "$http")"; cat "$http"; printf '\r\n\r\n'; } > "$probe/probe.warc"
printf 'http://127.0.0.1:9/a\nhttp://127.0.0.1:9/b\n' > "$probe/sitemap.txt"
run http://127.0.0.1:9/page --retries 1 --retry-backoff 10ms --warc "$probe/out.warc.gz" -o "$probe/fetched.json"
run --sitemap "$probe/sitemap.txt" --ignore-robots --retries 0 --match /a
run "$probe/probe.warc" -f jsonl
run merge "$probe/nowhere"
run bench --pages 20 --avg-kb 4 --runs 1 --levels 2 --chart "$probe/bench.svg" --json
run generate --out "$probe/generated" --count 5
run completion
run --help
run --version
run --no-such-option
cat "$probe"/load-*.log | sed -n 's/.*\] \([^ ]*\) source: \(file\|jar\):.*/\1/p' | sort -u | while read -r class; do
  file=$(printf '%s' "$class" | tr . /).class
  if [ -f "$classes/$file" ]; then
    mkdir -p "$probe/loaded/$(dirname "$file")"
    cp "$classes/$file" "$probe/loaded/$file"
  fi
done
echo "dist: $(find "$probe/loaded" -name '*.class' | wc -l) application classes loaded by the probe runs"
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release "$feature" -q "$probe/loaded")
rm -rf "$classes" "$probe"
modules="$modules,jdk.charsets"
echo "dist: jlink modules: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
  --output "$dist/runtime"
# The JVM's own symbol table is for crash reports only; the dynamic symbols the launcher needs stay.
if command -v strip > /dev/null; then
  find "$dist/runtime/lib" -name '*.so' -exec strip --strip-unneeded {} +
fi

cp -Rp "$app/quarkus-run.jar" "$app/lib" "$app/quarkus" "$app/app" "$dist/lib/"
cp -p "$here/nutriscan" "$dist/bin/nutriscan"
chmod 755 "$dist/bin/nutriscan"
cp -p "$here/README.txt" "$dist/README.txt"
cp -p "$here/../../../LICENSE" "$dist/LICENSE"
mkdir -p "$dist/licenses"
cp -p "$target/licenses/THIRD-PARTY.txt" "$here"/licenses/* "$dist/licenses/"

cp -p "$here/jvm.options" "$dist/lib/jvm.options"
sh "$here/../aot/train-cache.sh" "$dist/runtime/bin/java" "$dist/lib/nutriscan.aot" "$dist/lib/quarkus-run.jar" \
  "$training" "$training/dist-out.json" > /dev/null 2>&1

mkdir -p "$dist/share/man/man1" "$dist/share/bash-completion/completions"
cp -p "$target"/man/*.1 "$dist/share/man/man1/"
cp -p "$target/nutriscan-completion.bash" "$dist/share/bash-completion/completions/nutriscan"

tar -C "$target/dist" -czf "$archive" "$name"
echo "dist: $archive ($(du -k "$archive" | cut -f1) KiB; unpacked $(du -sk "$dist" | cut -f1) KiB)"
