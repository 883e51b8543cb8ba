#!/bin/sh
# Packs the native executable as the release archive, run by ./mvnw package -Pnative:
#   build-native-dist.sh VERSION TARGET_DIR RUNNER GRAALVM_HOME_PROPERTY JAVA_HOME
# target/nutriscan-VERSION-linux-x86_64.tar.gz holds nutriscan-VERSION/ with bin/nutriscan (the executable
# itself: no JVM, no launcher script), the man pages and the bash completion made at build time, README.txt,
# LICENSE, and licenses/: what the executable was built from (THIRD-PARTY.txt lists every library with its
# licence; the licence and notice files those libraries ship; the licence of the JDK class library and of
# GraalVM's runtime compiled into the executable, from the GraalVM home the image was built with).
set -eu
version=$1 target=$2 runner=$3 native_home=
# The GraalVM home the image was built with, where Quarkus looked for it (for the JDK's licence files).
for home in "$4" "${GRAALVM_HOME:-}" "$5"; do
  case $home in '${'*|'') continue ;; esac
  if [ -d "$home/legal/java.base" ]; then native_home=$home; break; fi
done
here=$(cd "$(dirname "$0")" && pwd)
name=nutriscan-$version
dist=$target/native-dist/$name
archive=$target/$name-linux-x86_64.tar.gz

rm -rf "$target/native-dist" "$archive"
mkdir -p "$dist/bin" "$dist/licenses" "$dist/share/man/man1" "$dist/share/bash-completion/completions"
cp "$runner" "$dist/bin/nutriscan"
chmod 755 "$dist/bin/nutriscan"
cp "$target"/man/*.1 "$dist/share/man/man1/"
cp "$target/nutriscan-completion.bash" "$dist/share/bash-completion/completions/nutriscan"
cp "$here/native-README.txt" "$dist/README.txt"
cp "$here/../../../LICENSE" "$dist/LICENSE"

cp "$target/licenses/THIRD-PARTY.txt" "$dist/licenses/THIRD-PARTY.txt"
cp "$here"/licenses/* "$dist/licenses/"
# The libraries' own licence and notice files, one folder per library.
for jar in "$target/$name-native-image-source-jar"/lib/*.jar; do
  lib=$(basename "$jar" .jar)
  lib=${lib#modified-}
  files=$(unzip -Z1 "$jar" 2>/dev/null | grep -i -E '^META-INF/([^/]+/)?(LICEN[CS]E|NOTICE)[^/]*$' || true)
  [ -n "$files" ] || continue
  mkdir -p "$dist/licenses/$lib"
  for f in $files; do
    unzip -p "$jar" "$f" > "$dist/licenses/$lib/$(basename "$f")"
  done
done
# The JDK class library and GraalVM's runtime: GPLv2 with the Classpath Exception.
if [ -n "$native_home" ]; then
  mkdir -p "$dist/licenses/java.base"
  cp -L "$native_home"/legal/java.base/* "$dist/licenses/java.base/"
fi
for f in "$native_home"/LICENSE* "$native_home"/GRAALVM-README*; do
  if [ -n "$native_home" ] && [ -f "$f" ]; then cp -L "$f" "$dist/licenses/graalvm-$(basename "$f")"; fi
done

tar -C "$target/native-dist" -czf "$archive" "$name"
echo "native dist: $archive ($(du -k "$archive" | cut -f1) KiB; unpacked $(du -sk "$dist" | cut -f1) KiB, bin/nutriscan $(du -k "$dist/bin/nutriscan" | cut -f1) KiB)"
