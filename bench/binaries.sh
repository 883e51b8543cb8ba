# Sourced by the bench scripts: the builds they compare. Needs $root (the checkout) and $work (a scratch folder).
#   native_binary      sets $native to the native executable (target/nutriscan-*-runner), building it with
#                      ./mvnw package -Pnative when it is missing (GRAALVM_HOME must name a GraalVM then)
#   jvm_archive        sets $jvm to bin/nutriscan of the JVM archive (target/*-jvm.tar.gz, made by ./mvnw package
#                      on JDK 25+), unpacked under $work
native_binary() {
  native=$(ls "$root"/target/nutriscan-*-runner 2> /dev/null | head -n 1 || true)
  if [ -z "$native" ]; then
    echo "bench: building the native executable (./mvnw package -Pnative)" >&2
    (cd "$root" && ./mvnw -B -q package -Pnative -DskipTests) >&2
    native=$(ls "$root"/target/nutriscan-*-runner | head -n 1)
  fi
}

jvm_archive() {
  local archive
  archive=$(ls "$root"/target/nutriscan-*-linux-x86_64-jvm.tar.gz 2> /dev/null | head -n 1 || true)
  if [ -z "$archive" ]; then
    echo "bench: building the JVM archive (./mvnw package)" >&2
    (cd "$root" && ./mvnw -B -q package -DskipTests) >&2
    archive=$(ls "$root"/target/nutriscan-*-linux-x86_64-jvm.tar.gz | head -n 1)
  fi
  rm -rf "$work/jvm-archive" && mkdir -p "$work/jvm-archive"
  tar -xzf "$archive" -C "$work/jvm-archive"
  jvm=$(ls -d "$work"/jvm-archive/nutriscan-*)/bin/nutriscan
}
