#!/bin/sh
# Run by ./mvnw package -Pnative before anything is built: finds native-image where Quarkus looks for it
# (quarkus.native.graalvm-home, which defaults to $GRAALVM_HOME; then JAVA_HOME; then PATH) and, when there
# is none, stops the build with one sentence that says what to install, instead of Quarkus's attempt at a
# container build. A container build (quarkus.native.container-build=true) needs no local GraalVM.
#   require-native-image.sh GRAALVM_HOME_PROPERTY JAVA_HOME CONTAINER_BUILD
set -eu
home=$1 java_home=$2 container=$3
case $container in true) exit 0 ;; esac
case $home in '${'*) home= ;; esac   # the property was not set at all
[ -n "$home" ] || home=${GRAALVM_HOME:-}
for candidate in "${home:+$home/bin/native-image}" "$java_home/bin/native-image" "$(command -v native-image 2>/dev/null || true)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    exit 0
  fi
done
echo "nutriscan: the native build needs GraalVM for JDK 25 (or Mandrel 25) with native-image: install it and set GRAALVM_HOME to its folder${home:+ (GRAALVM_HOME=$home has no bin/native-image)}." >&2
exit 1
