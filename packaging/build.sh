#!/usr/bin/env bash
# Builds an installable ML Incident Workbench with the JDK's jlink and jpackage.
#   packaging/build.sh app-image    a folder: app/target/package-output/mlwb-workbench/bin/mlwb-workbench
#   packaging/build.sh deb          a .deb in app/target/package-output/
# The canary-contamination sample ships inside and opens at start.
set -euo pipefail
type="${1:-app-image}"
case "$type" in app-image|deb) ;; *) echo "usage: $0 [app-image|deb]" >&2; exit 2 ;; esac
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/app/target"

mvn -q -f "$root/pom.xml" -pl app -am package -DskipTests
rm -rf "$target/package-input" "$target/package-runtime" "$target/package-output"
mvn -q -f "$root/pom.xml" -pl app dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$target/package-input"
cp "$target"/mlwb-app-*.jar "$target/package-input/mlwb-app.jar"

# DuckDB ships native libraries for four platforms; keep Linux x86-64's only (saves ~170 MB unpacked)
duckdb="$(ls "$target"/package-input/duckdb_jdbc-*.jar)"
zip -q -d "$duckdb" 'libduckdb_java.so_macos_*' 'libduckdb_java.so_windows_*' 'libduckdb_java.so_linux_arm64'

mkdir -p "$target/package-input/samples"
cp -r "$root/sample-incidents/canary-contamination" "$target/package-input/samples/"

# a runtime with the modules the app needs (jdeps, see shared STACK notes); JavaFX stays on the class path
jlink --add-modules java.base,java.desktop,java.sql,java.logging,java.naming,java.management,jdk.management,jdk.unsupported,jdk.unsupported.desktop,jdk.jfr,java.xml,jdk.zipfs \
      --strip-debug --no-header-files --no-man-pages --output "$target/package-runtime"

cd "$target"
jpackage @"$root/packaging/jpackage-common.txt" @"$root/packaging/jpackage-$type.txt"
echo "built $(ls -d "$target"/package-output/*)"
