#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb, validates it (desktop-file-validate, appstreamcli, lintian), installs it with apt-get in a
# throwaway root made from the host's own files (an overlay: the host is never modified), runs the installed
# escut-cli, then removes the package and checks that nothing of it is left.
# Usage: test_package.sh SOURCE_DIR WORK_DIR
set -euo pipefail
src=$1
work=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
build="$work/build"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
    -DBUILD_TESTING=OFF -DDEV_BUILD=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" >/dev/null
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/escut_*_*.deb)
echo "package: $deb ($(stat -c %s "$deb") bytes)"

desktop-file-validate "$src/resources/org.escut.Escut.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$src/resources/org.escut.Escut.metainfo.xml" || fail "appstreamcli validate"
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)
echo "$lintian_out"
if grep -q '^E:' <<<"$lintian_out"; then fail "lintian reports errors"; fi

depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
for dep in libqt6keychain1 libsecret-1-0 libcurl4 libyaml-cpp0.7 fonts-dejavu-core qt6-qpa-plugins; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done
for rec in docker.io cryptsetup-bin fscrypt docker-compose gnome-keyring; do
    grep -q "$rec" <<<"$recommends" || fail "Recommends lacks $rec"
done
contents=$(dpkg-deb -c "$deb")
grep -q 'usr/share/polkit-1/actions/org.escut.fix.policy' <<<"$contents" || fail "no polkit policy"
grep -q 'usr/share/icons/hicolor/scalable/apps/org.escut.Escut.svg' <<<"$contents" || fail "no scalable icon"
grep -q 'usr/share/zsh/vendor-completions/_escut-cli' <<<"$contents" || fail "no zsh completion"

if [ "$(id -u)" -ne 0 ]; then
    # 77: ctest reports the test as skipped (SKIP_RETURN_CODE), never as passed.
    echo "SKIP: installing into a throwaway root needs root (overlay mount + chroot)"
    exit 77
fi
root="$work/root"
mkdir -p "$root"/{upper,work,merged}
cleanup() {
    for m in dev/pts dev proc sys; do umount "$root/merged/$m" 2>/dev/null || true; done
    umount "$root/merged" 2>/dev/null || true
}
trap cleanup EXIT
mount -t overlay overlay -o "lowerdir=/,upperdir=$root/upper,workdir=$root/work" "$root/merged"
for m in dev dev/pts proc sys; do mount --bind "/$m" "$root/merged/$m"; done
mkdir -p "$root/merged/var/tmp/escut-package"
cp "$deb" "$root/merged/var/tmp/escut-package/"
in_root() { chroot "$root/merged" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

in_root dpkg -s escut >/dev/null 2>&1 && fail "escut is already installed in the host's root"
in_root apt-get install -y -q --no-install-recommends "/var/tmp/escut-package/$(basename "$deb")" >/dev/null \
    || fail "apt-get install ./$(basename "$deb")"
in_root /usr/bin/escut-cli --version | grep -q '^escut-cli ' || fail "escut-cli --version"
in_root /usr/bin/escut --version | grep -q '^escut ' || fail "escut --version"
checks=$(in_root /usr/bin/escut-cli checks --format json)
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert len(d["checks"]) >= 34, len(d["checks"])' "$checks" \
    || fail "escut-cli checks from the installed path"
catalan=$(in_root /usr/bin/escut-cli checks --lang ca) # into a variable: grep -q would close the pipe early
grep -q "Contenidors" <<<"$catalan" || fail "installed escut-cli speaks Catalan"
in_root test -f /usr/share/applications/org.escut.Escut.desktop || fail "desktop file"
in_root test -f /usr/share/icons/hicolor/48x48/apps/org.escut.Escut.png || fail "48 px icon"
in_root test -f /usr/share/man/man1/escut-cli.1.gz || fail "man page"
for lang in ca es; do
    in_root test -f /usr/share/man/$lang/man1/escut-cli.1.gz || fail "$lang man page"
done
files=$(in_root dpkg -L escut | grep -E '^/usr/(bin|share/(applications|metainfo|icons|man|polkit-1|doc/escut|bash-completion|zsh))/.' )
in_root apt-get remove --purge -y -q escut >/dev/null || fail "apt-get remove --purge escut"
left=""
for f in $files; do
    if in_root test -f "$f"; then left="$left $f"; fi
done
[ -z "$left" ] || fail "left behind after removal:$left"
in_root dpkg -s escut >/dev/null 2>&1 && fail "still installed after removal"
echo "PASS: installed, ran escut-cli --version and checks from /usr/bin, removed cleanly"
