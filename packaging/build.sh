#!/usr/bin/env bash
# Builds an installable ML Incident Workbench with the JDK's jlink and jpackage (JDK 17).
#   packaging/build.sh app-image   a folder (any platform): bin/mlwb-workbench and bin/mlwb
#   packaging/build.sh deb         a Debian package (Linux; needs dpkg-deb and fakeroot)
#   packaging/build.sh dmg         a macOS disk image (macOS on Apple silicon)
#   packaging/build.sh msi         a Windows installer (Windows, in Git Bash; needs WiX 3)
# Everything lands in app/target/package-output/. A package is built on the platform it is for:
# the JavaFX jars and the DuckDB native library kept are this machine's. The version and the
# package metadata come from pom.xml (tools/ProjectInfo.java); MLWB_PACKAGE_RELEASE (default 1)
# is the .deb's revision, for a rebuild of the same version. See packaging/README.md.
set -euo pipefail
type="${1:-}"
case "$type" in
    app-image|deb|dmg|msi) ;;
    *) echo "usage: $0 app-image|deb|dmg|msi" >&2; exit 2 ;;
esac
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/app/target"
release="${MLWB_PACKAGE_RELEASE:-1}"
started=$SECONDS
step() { echo "[$((SECONDS - started)) s] $*"; }
# a path the JDK's tools understand (Git Bash on Windows hands them /c/... otherwise)
native() { if command -v cygpath >/dev/null 2>&1; then cygpath -m "$1"; else printf '%s\n' "$1"; fi; }
case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=macos ;;
    MINGW*|MSYS*|CYGWIN*) os=windows ;;
    *) os=other ;;
esac
case "$type:$os" in
    deb:linux|dmg:macos|msi:windows|app-image:*) ;;
    *) echo "$0: a $type is built on its own platform (this is $(uname -s)); see packaging/README.md" >&2; exit 2 ;;
esac

step "building the app and copying its runtime class path"
rm -rf "$target/package-input" "$target/package-runtime" "$target/package-resources" "$target/package-output"
# one reactor run, so mlwb-analysis comes from this tree (not ~/.m2); analysis' own copy adds the
# CLI's logging backend (slf4j-simple, optional in analysis/pom.xml) beside the app's logback
(cd "$root" && mvn -q -pl app -am package dependency:copy-dependencies -DskipTests -DincludeScope=runtime \
    -DoutputDirectory="$(native "$target/package-input")")
cd "$target"
ls package-input/slf4j-simple-*.jar package-input/logback-classic-*.jar >/dev/null

info="$(java ../../packaging/tools/ProjectInfo.java ../../pom.xml \
    ../../analysis/target/classes/dev/mlwb/analysis/cli/mlwb-version.properties "$type" package-metadata.txt)"
read -r maven_version package_version <<<"$(tr -d '\r' <<<"$info")"
step "version $maven_version (package version $package_version)"
cp "mlwb-app-$maven_version.jar" package-input/mlwb-app.jar

java ../../packaging/tools/DuckdbNatives.java package-input/duckdb_jdbc-*.jar

mkdir -p package-input/samples
cp -r ../../sample-incidents/canary-contamination package-input/samples/
rm -f package-input/samples/canary-contamination/mlwb-notes.json

mkdir -p package-resources
java -Djava.awt.headless=true ../../packaging/tools/Icon.java package-resources mlwb-workbench mlwb
case "$os" in
    linux)
        mkdir -p package-input/man
        java -cp ../../analysis/target/mlwb.jar ../../packaging/tools/ManPage.java package-input/man/mlwb.1.gz \
            /opt/mlwb-workbench/lib/app/samples/canary-contamination
        cp ../../packaging/linux/* package-resources/
        ;;
    macos)
        sed "s/@VERSION@/$package_version/g" ../../packaging/macos/Info.plist > package-resources/Info.plist
        ;;
esac

step "linking the Java runtime"
# the modules the app needs (jdeps, see the shared STACK notes); JavaFX stays on the class path,
# which is why the main class is dev.mlwb.app.Launcher (it does not extend Application)
jlink --add-modules java.base,java.desktop,java.sql,java.logging,java.naming,java.management,jdk.management,jdk.unsupported,jdk.unsupported.desktop,jdk.jfr,java.xml,jdk.zipfs \
      --strip-debug --no-header-files --no-man-pages --output package-runtime

step "jpackage --type $type"
extra=()
if [ "$type" = deb ]; then
    extra+=(--linux-app-release "$release")
fi
jpackage @../../packaging/jpackage-common.txt @package-metadata.txt @"../../packaging/jpackage-$type.txt" ${extra[@]+"${extra[@]}"}

# name the disk image and installer after the project's version (jpackage uses the numeric one)
for f in package-output/*.dmg package-output/*.msi; do
    [ -e "$f" ] || continue
    named="package-output/mlwb-workbench-$maven_version.${f##*.}"
    [ "$f" = "$named" ] || mv "$f" "$named"
done

if [ "$type" = deb ]; then
    # the maintainer scripts name these paths: make sure the package has them
    deb="$(ls package-output/*.deb)"
    contents="$(dpkg-deb -c "$deb")"
    for p in ./opt/mlwb-workbench/bin/mlwb ./opt/mlwb-workbench/bin/mlwb-workbench \
             ./opt/mlwb-workbench/lib/app/man/mlwb.1.gz ./opt/mlwb-workbench/lib/mlwb-workbench-mlwb-workbench.desktop; do
        if ! grep -q " $p\$" <<<"$contents"; then
            echo "$0: $deb has no $p, which the maintainer scripts expect" >&2
            exit 1
        fi
    done
fi

for f in package-output/*; do
    step "built $target/${f} ($(du -sh "$f" | cut -f1))"
done
