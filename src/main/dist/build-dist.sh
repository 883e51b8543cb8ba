#!/bin/sh
# Builds the self-contained distribution from the aot-jar, run by the Maven build (profile dist):
#   build-dist.sh VERSION TARGET_DIR JAVA_HOME
# 1. derives the JDK modules the application needs with jdeps, and links a runtime of just those with jlink;
# 2. copies the application (the aot-jar) beside it, with bin/nutriscan;
# 3. trains an AOT cache with that runtime by a real extraction run over generated pages;
# 4. adds the man pages (target/man) and the bash/zsh completion script, both made at build time;
# 5. packs target/nutriscan-VERSION-linux-x86_64.tar.gz (file times kept: the cache checks them).
set -eu
version=$1 target=$2 jdk=$3
here=$(cd "$(dirname "$0")" && pwd)
app=$target/nutriscan-aot
name=nutriscan-$version
dist=$target/dist/$name
archive=$target/$name-linux-x86_64.tar.gz

rm -rf "$target/dist" "$archive"
mkdir -p "$dist/bin" "$dist/lib"

# Modules: what jdeps finds in the application's classes, plus the ones it cannot see because they are
# looked up by name at run time: jdk.charsets (windows-1251, KOI8-R, ... for pages in those charsets).
# jdeps reads a modular jar as a module and stops at the first module it cannot resolve, so every jar is
# unpacked without its module descriptor into one tree and the classes are read as they run: from the class path.
classes=$target/dist-classes
rm -rf "$classes" && mkdir -p "$classes"
for jar in $(cd "$app" && find lib quarkus app -name '*.jar' | sort); do
  (cd "$classes" && "$jdk/bin/jar" xf "$app/$jar")
done
find "$classes" -name module-info.class -delete
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release "$feature" -q "$classes")
rm -rf "$classes"
modules="$modules,jdk.charsets"
echo "dist: jlink modules: $modules"
# ct.sym is javac's table of past JDK APIs (jdk.compiler comes in with vertx-codegen): nothing reads it at run time.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
  --exclude-files='**/ct.sym' --output "$dist/runtime"

cp -Rp "$app/quarkus-run.jar" "$app/lib" "$app/quarkus" "$app/app" "$dist/lib/"
cp -p "$here/nutriscan" "$dist/bin/nutriscan"
chmod 755 "$dist/bin/nutriscan"
cp -p "$here/README.txt" "$dist/README.txt"

training=$target/aot-training
"$dist/runtime/bin/java" -Xlog:disable -Xlog:all=warning:stderr -XX:AOTCacheOutput="$dist/lib/nutriscan.aot" \
  -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$dist/lib/quarkus-run.jar" \
  --list "$training/files.txt" --base "$training" -o "$training/dist-out.json" > /dev/null 2>&1 || [ $? -eq 1 ]
test -s "$dist/lib/nutriscan.aot"

mkdir -p "$dist/share/man/man1" "$dist/share/bash-completion/completions"
cp -p "$target"/man/*.1 "$dist/share/man/man1/"
cp -p "$target/nutriscan-completion.bash" "$dist/share/bash-completion/completions/nutriscan"

tar -C "$target/dist" -czf "$archive" "$name"
echo "dist: $archive ($(du -k "$archive" | cut -f1) KiB; unpacked $(du -sk "$dist" | cut -f1) KiB)"
