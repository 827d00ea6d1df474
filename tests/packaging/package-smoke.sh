#!/usr/bin/env bash
# Packaging smoke test (CTest label "packaging"): builds the .deb packages (and .rpm where
# rpmbuild exists) with CPack from the finished build, unpacks them into a throwaway root and
# checks that what a user would install works: `purser --version`, a screenshot of the sign-in
# window on the offscreen platform, the desktop integration files (AppStream validation,
# icons), the server binary, its configuration file and its systemd unit.
#   package-smoke.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=${1:?build dir}
source=${2:?source dir}
work=$(mktemp -d -t purser-pkg.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

generators=DEB
command -v rpmbuild >/dev/null && generators="DEB;RPM"
step "cpack -G $generators"
cpack --config "$build/CPackConfig.cmake" -G "$generators" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
client_deb=$(ls "$work"/out/purser_*.deb)
server_deb=$(ls "$work"/out/purser-server_*.deb)

step "package metadata"
client_depends=$(dpkg-deb -f "$client_deb" Depends)
echo "purser Depends: $client_depends"
for dep in libqt6widgets6 libqt6network6 libqt6keychain1 libc6 libqt6svg6; do
    grep -q "$dep" <<<"$client_depends" || fail "purser does not depend on $dep"
done
server_depends=$(dpkg-deb -f "$server_deb" Depends)
echo "purser-server Depends: $server_depends"
for dep in libqt6sql6 libsodium23 libssl3 libqt6sql6-sqlite; do
    grep -q "$dep" <<<"$server_depends" || fail "purser-server does not depend on $dep"
done
# (listings go to files: grep -q closing a pipe early would kill the writer under pipefail)
dpkg-deb -c "$client_deb" >"$work/client.list"
grep -q 'libpurser_core' "$work/client.list" || fail "client package lacks libpurser_core"
if grep -q 'purser-server' "$work/client.list"; then fail "client package has the server"; fi
dpkg-deb -e "$server_deb" "$work/server-control"
grep -qx '/etc/purser/server.conf' "$work/server-control/conffiles" || fail "server.conf is not a conffile"
for script in postinst prerm postrm; do
    [ -x "$work/server-control/$script" ] || fail "server package lacks $script"
done

step "unpack into a throwaway root"
root="$work/root"
dpkg-deb -x "$client_deb" "$root"
dpkg-deb -x "$server_deb" "$root"

step "installed purser --version"
version=$("$root/usr/bin/purser" --version)
echo "$version"
[[ "$version" == "purser "* ]] || fail "unexpected version output"
# The packaged binary must find its own copy of libpurser_core, not the build tree's.
ldd "$root/usr/bin/purser" >"$work/purser.ldd"
grep libpurser_core "$work/purser.ldd" | grep -q "$root" ||
    { grep libpurser_core "$work/purser.ldd"; fail "purser does not use its packaged libpurser_core"; }

step "installed purser: screenshot of the sign-in window (offscreen)"
home="$work/home"
mkdir -p "$home"
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/purser" --screenshot "$work/sign-in.png" ||
    fail "purser --screenshot failed"
python3 - "$work/sign-in.png" <<'PY' || fail "the screenshot is not a sensible PNG"
import struct, sys
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
width, height = struct.unpack('>II', data[16:24])
print(f'screenshot {width}x{height}, {len(data)} bytes')
assert width >= 300 and height >= 100, 'too small for the sign-in window'
assert len(data) > 3000, 'suspiciously empty picture'
PY
if [ -n "${PURSER_ARTIFACTS_DIR:-}" ]; then
    cp "$work/sign-in.png" "$PURSER_ARTIFACTS_DIR/packaged-sign-in.png"
fi

step "desktop integration"
share="$root/usr/share"
[ -f "$share/applications/io.purser.Purser.desktop" ] || fail "no desktop file"
grep -qx 'Icon=io.purser.Purser' "$share/applications/io.purser.Purser.desktop" || fail "desktop icon name"
appstreamcli validate --no-net "$share/metainfo/io.purser.Purser.metainfo.xml" || fail "appstreamcli validate"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$share/applications/io.purser.Purser.desktop" || fail "desktop-file-validate"
fi
[ -f "$share/icons/hicolor/scalable/apps/io.purser.Purser.svg" ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/io.purser.Purser.png"
    [ -f "$png" ] || fail "no ${size}x${size} icon"
    python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(); assert struct.unpack('>II', d[16:24]) == ($size, $size)" "$png" ||
        fail "the ${size}x${size} icon has the wrong size"
done

step "installed purser-server"
server="$root/usr/bin/purser-server"
[[ "$("$server" --version)" == "purser-server "* ]] || fail "purser-server --version"
ldd "$server" >"$work/server.ldd"
grep libpurser_core "$work/server.ldd" | grep -q "$root" || fail "purser-server does not use its packaged libpurser_core"
# The shipped configuration file parses; only the data folder is moved into the sandbox.
env -u PURSER_DATABASE_URL "$server" migrate --config "$root/etc/purser/server.conf" \
    --data-dir "$work/data" >"$work/migrate.out" 2>"$work/migrate.log" || fail "migrate failed"
grep -q 'schema version' "$work/migrate.out" || fail "migrate with the packaged server.conf"

step "systemd unit"
unit="$root/usr/lib/systemd/system/purser-server.service"
[ -f "$unit" ] || unit="$root/lib/systemd/system/purser-server.service"
[ -f "$unit" ] || fail "no systemd unit"
for setting in DynamicUser=yes ProtectSystem=strict ProtectHome=yes NoNewPrivileges=yes \
    PrivateTmp=yes StateDirectory=purser ReadWritePaths=/var/lib/purser CapabilityBoundingSet=; do
    grep -qx "$setting" "$unit" || fail "unit lacks $setting"
done
if command -v systemd-analyze >/dev/null; then
    # Verify a copy that points at the unpacked binary (it is not installed on this machine).
    mkdir -p "$work/units"
    sed "s#/usr/bin/purser-server#$server#g" "$unit" >"$work/units/purser-server.service"
    out=$(SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no "$work/units/purser-server.service" 2>&1 || true)
    echo "$out"
    # Outside a booted systemd some environment complaints are expected; unit errors are not.
    if grep -E 'purser-server.service:[0-9]+:|Unknown (key|section)|Failed to parse|Invalid' <<<"$out"; then
        fail "systemd-analyze verify found problems in the unit"
    fi
    exposure=$(systemd-analyze security --offline=yes "$work/units/purser-server.service" 2>/dev/null |
        sed -n 's/.*Overall exposure level for purser-server.service: \([0-9.]*\).*/\1/p')
    echo "systemd-analyze security: exposure $exposure (0 best, 10 worst)"
    python3 -c "import sys; sys.exit(0 if 0 <= float(sys.argv[1]) <= 2.0 else 1)" "${exposure:--1}" ||
        fail "the unit's exposure level $exposure is above 2.0"
else
    echo "systemd-analyze not installed: unit not verified"
fi

if [[ "$generators" == *RPM* ]]; then
    step "rpm packages"
    client_rpm=$(ls "$work"/out/purser-*.rpm | grep -v purser-server)
    server_rpm=$(ls "$work"/out/purser-server-*.rpm)
    rpm -qpl "$client_rpm" >"$work/client-rpm.list" 2>/dev/null
    rpm -qpl "$server_rpm" >"$work/server-rpm.list" 2>/dev/null
    rpm -qpc "$server_rpm" >"$work/server-rpm.conf" 2>/dev/null
    grep -q '/usr/bin/purser$' "$work/client-rpm.list" || fail "rpm lacks purser"
    grep -q '/usr/share/metainfo/io.purser.Purser.metainfo.xml' "$work/client-rpm.list" || fail "rpm lacks metainfo"
    grep -q '/usr/bin/purser-server$' "$work/server-rpm.list" || fail "server rpm lacks purser-server"
    grep -qx '/etc/purser/server.conf' "$work/server-rpm.conf" || fail "server.conf is not %config"
fi

echo "packaging smoke test passed: $(basename "$client_deb") $(basename "$server_deb")"
