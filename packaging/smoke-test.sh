#!/usr/bin/env bash
# Packaging smoke test (not part of `mvn verify`): the .deb as a user meets it, on a Debian or
# Ubuntu machine where you are root (it installs and purges the package for real).
#   sudo packaging/smoke-test.sh                 builds the .deb with build.sh, then tests it
#   sudo packaging/smoke-test.sh --deb FILE      tests a .deb built before
#   options: --with-menu   also simulate a desktop menu system: xdg-desktop-menu needs a writable
#                          /usr/share/desktop-directories, which a desktop's menu packages bring;
#                          the run creates it (if missing) and removes it afterwards
#            --upgrade     also upgrade to a rebuilt revision (-2) and reinstall it, before the purge
#   MLWB_SMOKE_DISPLAY=94 runs Xvfb on :94 (default: the first free display)
# Steps: apt-get install; `mlwb --version` prints the Maven version; mlwb(1) is found; `mlwb check`
# on the bundled sample exits 1 with its four critical findings (also as an unprivileged user); a
# bad bundle exits 2 with a one-line error; the workbench starts under Xvfb and logs its first
# findings; apt-get purge; nothing is left (files under /opt, the /usr/bin links, the man page
# link, menu entries, dpkg's status). Exits non-zero at the first failed step, after purging.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deb="" with_menu=0 upgrade=0
while [ $# -gt 0 ]; do
    case "$1" in
        --deb) deb="$(realpath "$2")"; shift 2 ;;
        --with-menu) with_menu=1; shift ;;
        --upgrade) upgrade=1; shift ;;
        *) sed -n '2,16p' "$0" >&2; exit 2 ;;
    esac
done
[ "$(id -u)" -eq 0 ] || { echo "smoke-test: run as root (it installs and purges the package)" >&2; exit 2; }
command -v apt-get >/dev/null || { echo "smoke-test: needs apt-get (Debian or Ubuntu)" >&2; exit 2; }

PKG=mlwb-workbench
APP=/opt/mlwb-workbench
SAMPLE=$APP/lib/app/samples/canary-contamination
MENU=mlwb-workbench-mlwb-workbench.desktop
work="$(mktemp -d /tmp/mlwb-smoke.XXXXXX)"
chmod 755 "$work"
started=$SECONDS
xvfb_pid="" app_pid="" made_menu_dir=0
apt_get() { apt-get -y -q -o DPkg::Lock::Timeout=600 "$@"; }
say() { printf '[%4d s] %s\n' "$((SECONDS - started))" "$*"; }
fail() { say "FAIL: $*"; exit 1; }
# runs a command as the unprivileged user nobody
as_nobody() { HOME=/tmp setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }
timed() { local t0=$SECONDS; "$@"; say "  (took $((SECONDS - t0)) s)"; }

cleanup() {
    local status=$?
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    if [ "$status" -ne 0 ] && dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q installed; then
        say "purging after the failure"
        apt_get purge "$PKG" >/dev/null 2>&1 || dpkg --purge "$PKG" || true
    fi
    [ "$made_menu_dir" -eq 1 ] && rmdir /usr/share/desktop-directories 2>/dev/null || true
    rm -f "$work/r2.deb"
    say "logs kept in $work"
    exit "$status"
}
trap cleanup EXIT

nothing_left() {
    local left=0
    if dpkg-query -W -f='${Status}\n' "$PKG" 2>/dev/null | grep -qv '^unknown\|not-installed'; then
        say "  dpkg still knows $PKG: $(dpkg-query -W -f='${Status}' "$PKG")"; left=1
    fi
    for p in "$APP" /usr/bin/mlwb /usr/bin/mlwb-workbench /usr/share/man/man1/mlwb.1.gz \
             "/usr/share/applications/$MENU" "/usr/local/share/applications/$MENU"; do
        if [ -e "$p" ] || [ -L "$p" ]; then say "  left behind: $p"; left=1; fi
    done
    if grep -rls "$APP" /usr/share/applications /usr/local/share/applications /usr/share/desktop-directories \
            /etc/xdg/menus 2>/dev/null; then
        say "  a menu file still names $APP"; left=1
    fi
    return "$left"
}

if [ -z "$deb" ]; then
    say "building the .deb (packaging/build.sh deb)"
    timed "$root/packaging/build.sh" deb
    deb="$(ls "$root"/app/target/package-output/*.deb)"
fi
[ -f "$deb" ] || fail "no .deb at $deb"
say "package: $deb ($(du -h "$deb" | cut -f1)); $(dpkg-deb -f "$deb" Package Version | tr '\n' ' ')"
version="$(dpkg-deb -f "$deb" Version)"
# the .deb's version is the Maven version with "-QUALIFIER" as "~QUALIFIER", plus the revision
expected="mlwb $(sed -e 's/-[^-]*$//' -e 's/~/-/' <<<"$version")"

if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q installed; then
    say "$PKG is installed already: purging it first"
    apt_get purge "$PKG" >/dev/null
fi
nothing_left || fail "leftovers of an earlier installation (above); remove them first"

if [ "$with_menu" -eq 1 ]; then
    if [ ! -d /usr/share/desktop-directories ]; then
        mkdir -p /usr/share/desktop-directories
        made_menu_dir=1
    fi
    say "simulating a desktop menu system: /usr/share/desktop-directories exists for this run"
fi

say "apt-get install $deb"
t0=$SECONDS
apt_get install "$deb" >"$work/install.log" 2>&1 || { tail -20 "$work/install.log"; fail "apt-get install"; }
say "  installed in $((SECONDS - t0)) s; the package scripts said:"
grep -E "^$PKG: " "$work/install.log" | sed 's/^/    /' || true
[ "$(dpkg-query -W -f='${Status}' "$PKG")" = "install ok installed" ] || fail "dpkg status: $(dpkg-query -W -f='${Status}' "$PKG")"
say "  dpkg: install ok installed; $(du -sh "$APP" | cut -f1) in $APP"

say "mlwb on the PATH: $(command -v mlwb) -> $(readlink /usr/bin/mlwb)"
[ "$(command -v mlwb)" = /usr/bin/mlwb ] || fail "mlwb is not /usr/bin/mlwb"
[ -x /usr/bin/mlwb-workbench ] || fail "no /usr/bin/mlwb-workbench"
t0=$SECONDS
got="$(mlwb --version)"
say "mlwb --version: $got ($((SECONDS - t0)) s)"
[ "$got" = "$expected" ] || fail "expected '$expected'"
if command -v man >/dev/null; then
    say "man -w mlwb: $(man -w mlwb)"
    man mlwb 2>/dev/null | grep -q "EXIT STATUS" || fail "mlwb(1) does not render"
fi

say "mlwb check $SAMPLE"
t0=$SECONDS
set +e
mlwb check "$SAMPLE" >"$work/check.txt" 2>"$work/check.err"
code=$?
set -e
say "  exit $code in $((SECONDS - t0)) s: $(sed -n 3p "$work/check.txt")"
grep -E '^(CRITICAL|WARNING)' "$work/check.txt" | sed 's/^/    /'
[ "$code" -eq 1 ] || fail "expected exit 1 (findings at or above critical)"
[ "$(grep -c '^CRITICAL' "$work/check.txt")" -eq 4 ] || fail "expected the sample's 4 critical findings"
[ ! -s "$work/check.err" ] || { cat "$work/check.err"; fail "mlwb check wrote to stderr"; }

say "mlwb check as an unprivileged user (nobody), JSON"
set +e
as_nobody mlwb check "$SAMPLE" --format json >"$work/check.json" 2>"$work/check-nobody.err"
code=$?
set -e
[ "$code" -eq 1 ] || { cat "$work/check-nobody.err"; fail "expected exit 1 as nobody, got $code"; }
grep -q '"format" *: *"mlwb-findings/1"' "$work/check.json" || fail "no findings JSON"
if command -v python3 >/dev/null; then
    say "  exit 1; JSON findings: $(python3 -c 'import json, sys, collections
f = json.load(open(sys.argv[1]))["findings"]
print(len(f), dict(collections.Counter(x["severity"] for x in f)))' "$work/check.json")"
fi

set +e
mlwb check /nonexistent/bundle >/dev/null 2>"$work/bad.err"
code=$?
set -e
say "mlwb check /nonexistent/bundle: exit $code: $(head -1 "$work/bad.err")"
[ "$code" -eq 2 ] && [ "$(wc -l <"$work/bad.err")" -eq 1 ] || fail "expected exit 2 and one line on stderr"

say "starting the workbench under Xvfb"
command -v Xvfb >/dev/null || { say "  installing xvfb"; apt_get install xvfb >/dev/null; }
if [ -n "${MLWB_SMOKE_DISPLAY:-}" ]; then
    # a display number of your choice (e.g. one agreed with others sharing the machine)
    Xvfb ":$MLWB_SMOKE_DISPLAY" -screen 0 1280x800x24 -nolisten tcp 2>"$work/xvfb.log" &
    xvfb_pid=$!
    echo "$MLWB_SMOKE_DISPLAY" >"$work/display"
    sleep 2
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$work/xvfb.log"; fail "Xvfb :$MLWB_SMOKE_DISPLAY did not start"; }
else
    # the first free display
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
    xvfb_pid=$!
    for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.2; done
fi
display=":$(head -1 "$work/display")"
[ "$display" != ":" ] || fail "Xvfb did not start"
# nobody's home (/nonexistent) cannot hold JavaFX's cache: give the run one
mkdir -p "$work/home" && chown nobody "$work/home"
t0=$SECONDS
# started directly (not through a function) so that $! is the workbench's own process
HOME="$work/home" setpriv --reuid=nobody --regid=nogroup --clear-groups -- env DISPLAY="$display" \
    JAVA_TOOL_OPTIONS="-Duser.home=$work/home" mlwb-workbench >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 240); do
    grep -q "first findings shown" "$work/app.log" && break
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
done
grep -E "analysed|first findings shown|ERROR|Exception" "$work/app.log" | sed 's/^/    /' || true
grep -q "first findings shown" "$work/app.log" || { tail -20 "$work/app.log"; fail "no first findings in the app's log"; }
say "  first findings in the log $((SECONDS - t0)) s after starting mlwb-workbench (display $display)"
if command -v import >/dev/null && command -v identify >/dev/null; then
    # under load the window paints a little after the log line: wait until the screen is not blank
    for i in $(seq 20); do
        sleep 1
        DISPLAY="$display" import -window root "$work/workbench.png"
        [ "$(identify -format '%k' "$work/workbench.png")" -gt 16 ] && break
    done
    say "  screenshot after $i s: $work/workbench.png ($(identify -format '%k' "$work/workbench.png") colours)"
fi
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""

if [ "$with_menu" -eq 1 ]; then
    found=""
    for d in /usr/share/applications /usr/local/share/applications; do
        [ -e "$d/$MENU" ] && found="$d/$MENU"
    done
    [ -n "$found" ] || fail "no menu entry although a menu system exists"
    say "menu entry installed: $found ($(grep '^Name=' "$found"))"
fi

if [ "$upgrade" -eq 1 ]; then
    say "upgrade: the same package as revision 2"
    rm -rf "$work/r2"
    dpkg-deb -R "$deb" "$work/r2"
    sed -i "s/^Version: \(.*\)-[^-]*$/Version: \1-2/" "$work/r2/DEBIAN/control"
    dpkg-deb -Zgzip -z1 -b "$work/r2" "$work/r2.deb" >/dev/null
    rm -rf "$work/r2"
    t0=$SECONDS
    apt_get install "$work/r2.deb" >"$work/upgrade.log" 2>&1 || { tail -20 "$work/upgrade.log"; fail "upgrade"; }
    say "  upgraded to $(dpkg-query -W -f='${Version}' "$PKG") in $((SECONDS - t0)) s; the scripts said:"
    grep -E "^$PKG: " "$work/upgrade.log" | sed 's/^/    /' || true
    [ "$(mlwb --version)" = "$expected" ] || fail "mlwb --version after the upgrade"
    t0=$SECONDS
    apt_get install --reinstall "$work/r2.deb" >"$work/reinstall.log" 2>&1 || { tail -20 "$work/reinstall.log"; fail "reinstall"; }
    say "  reinstalled in $((SECONDS - t0)) s; mlwb --version: $(mlwb --version)"
    [ -L /usr/bin/mlwb ] || fail "/usr/bin/mlwb gone after the reinstall"
fi

say "apt-get purge $PKG"
t0=$SECONDS
apt_get purge "$PKG" >"$work/purge.log" 2>&1 || { tail -20 "$work/purge.log"; fail "apt-get purge"; }
say "  purged in $((SECONDS - t0)) s; the scripts said:"
grep -E "^$PKG: " "$work/purge.log" | sed 's/^/    /' || true
nothing_left || fail "the purge left things behind (above)"
say "  nothing left: no $APP, no /usr/bin links, no man page link, no menu entry, dpkg: $(dpkg-query -W -f='${Status}' "$PKG" 2>&1 | head -1)"
say "PASS"
