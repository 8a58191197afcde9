#!/usr/bin/env bash
# Installs a Mizan .deb in a clean Debian 12 (bookworm) root made with debootstrap and starts
# it there: proves the package's Depends are complete on a machine that never built Mizan.
# Not run by CI (it downloads a whole system); run it before a release, as root:
#   packaging/test-deb-in-debootstrap.sh build/release/mizan_0.1.0-1_amd64.deb
# Steps: debootstrap, apt-get install ./the.deb (with its Recommends, as a user would), the
# installed files, mizan-cli --version, mizan-cli demo, the evidence pack's own verify.py,
# mizan --version and the GUI started offscreen on the demo (still waiting at the sign-in after
# 15 s: timeout's exit status 124). One PASS/FAIL line per step; exit status 1 when any fails.
# Environment: MIZAN_DEBIAN_MIRROR (default http://deb.debian.org/debian),
#   MIZAN_DEBIAN_SECURITY (default http://deb.debian.org/debian-security),
#   MIZAN_KEEP_ROOT=1 keeps the root folder for inspection (its mounts are still removed),
#   TMPDIR (default /var/tmp) holds the root (about 1.5 GB).
# Needs: debootstrap, the debian-archive-keyring, network access to the mirror.
set -euo pipefail
export LC_ALL=C

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "usage: $0 PATH/TO/mizan_VERSION_ARCH.deb" >&2
    exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "test-deb-in-debootstrap.sh: run as root (debootstrap, chroot and mount need it)" >&2
    exit 2
fi
if ! command -v debootstrap >/dev/null; then
    echo "test-deb-in-debootstrap.sh: apt-get install debootstrap" >&2
    exit 2
fi

deb=$(realpath "$1")
deb_name=$(basename "$deb")
# Where Qt's plugins live: /usr/lib/<multiarch>/qt6 (x86_64-linux-gnu for amd64).
deb_arch=$(dpkg-deb --field "$deb" Architecture)
multiarch=$(dpkg-architecture -a "$deb_arch" -qDEB_HOST_MULTIARCH 2>/dev/null ||
    echo x86_64-linux-gnu)
mirror=${MIZAN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${MIZAN_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}
root=$(mktemp -d "${TMPDIR:-/var/tmp}/mizan-bookworm.XXXXXX")
log_dir=$(mktemp -d "${TMPDIR:-/var/tmp}/mizan-bookworm-logs.XXXXXX")
mounted=() # in mount order; unmounted in reverse

mounts_under_root() {
    # Mount points at or below $root (field 5 of mountinfo; octal escapes kept as they are).
    awk -v r="$root" '$5 == r || index($5, r "/") == 1 { print $5 }' /proc/self/mountinfo
}

cleanup() {
    local status=$?
    set +e
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount --lazy "${mounted[i]}"
    done
    if [ -n "$(mounts_under_root)" ]; then
        # Never delete through a mount (a bound /dev would lose the host's device nodes).
        echo "test-deb-in-debootstrap.sh: still mounted, $root kept:" >&2
        mounts_under_root >&2
    elif [ "${MIZAN_KEEP_ROOT:-0}" = 1 ]; then
        echo "root kept: $root"
    else
        rm -rf --one-file-system "$root"
    fi
    rm -rf "$log_dir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_in_root() { # mount_in_root TARGET MOUNT-ARGUMENTS...
    local target="$root$1"
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
}

# Runs a command in the root with a clean environment.
in_root() {
    chroot "$root" /usr/bin/env -i \
        HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        "$@"
}

failures=0
# step NAME EXPECTED-STATUS COMMAND...: runs the command, PASS when it exits with the
# expected status; on FAIL prints the end of its output.
step() {
    local name=$1 expected=$2
    shift 2
    local log="$log_dir/step.log" status=0
    local start=$SECONDS
    "$@" >"$log" 2>&1 || status=$?
    if [ "$status" -eq "$expected" ]; then
        printf 'PASS  %-46s (%d s)\n' "$name" $((SECONDS - start))
        return 0
    fi
    printf 'FAIL  %-46s (exit status %d, expected %d)\n' "$name" "$status" "$expected"
    tail -n 25 "$log" | sed 's/^/      | /'
    failures=$((failures + 1))
    return 1
}
# Like step, and shows the lines of the command's output that match a pattern on PASS too.
step_show() {
    local pattern=$1
    shift
    step "$@" || return 1
    grep -E "$pattern" "$log_dir/step.log" | sed 's/^/      | /' || true
}
give_up() {
    echo "FAIL  (the remaining steps need the previous one)"
    exit 1
}

echo "Debian 12 root: $root"
echo "package:        $deb"

step "debootstrap bookworm (minbase, $mirror)" 0 \
    debootstrap --variant=minbase bookworm "$root" "$mirror" || give_up

cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# No service may start inside the root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mount_in_root /proc -t proc proc
mount_in_root /sys -t sysfs -o ro sysfs
mount_in_root /dev --bind /dev
mount_in_root /dev/pts --bind /dev/pts
mount_in_root /tmp -t tmpfs -o mode=1777 tmpfs
cp "$deb" "$root/tmp/$deb_name"

step "apt-get update" 0 in_root apt-get update || give_up
step_show '^[0-9]+ upgraded|^(Version|Depends|Recommends):' "apt-get install ./$deb_name" 0 \
    in_root sh -c "cd /tmp && apt-get install -y ./$deb_name && dpkg -s mizan" || give_up

check_files() {
    local missing=0 f
    for f in /usr/bin/mizan /usr/bin/mizan-cli \
        /usr/share/man/man1/mizan-cli.1.gz /usr/share/man/man1/mizan.1.gz \
        /usr/share/doc/mizan/copyright \
        /usr/share/applications/invalid.mizan.mizan.desktop \
        /usr/share/metainfo/invalid.mizan.mizan.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/invalid.mizan.mizan.svg \
        /usr/lib/$multiarch/qt6/plugins/platforms/libqoffscreen.so \
        /usr/lib/$multiarch/qt6/plugins/iconengines/libqsvgicon.so \
        /usr/share/qt6/translations/qtbase_ar.qm \
        /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf \
        /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf; do
        if [ -e "$root$f" ]; then echo "present $f"; else echo "MISSING $f"; missing=1; fi
    done
    # fontconfig (the fonts Qt finds) knows them.
    in_root fc-list : family | grep -Ex 'Noto Sans Arabic|Noto Sans' ||
        { echo "MISSING Noto Sans (Arabic) in fc-list"; missing=1; }
    return "$missing"
}
step "installed files, Qt plugins, translations, fonts" 0 check_files || true
step_show '^mizan-cli ' "mizan-cli --version" 0 in_root mizan-cli --version || true
step "mizan-cli demo --out /tmp/demo" 0 in_root mizan-cli demo --out /tmp/demo || true
step_show . "python3 /tmp/demo/evidence-pack/verify.py" 0 \
    in_root python3 /tmp/demo/evidence-pack/verify.py || true
step_show '^mizan ' "mizan --version (offscreen)" 0 \
    in_root env QT_QPA_PLATFORM=offscreen mizan --version || true
# The sign-in dialog waits for a password: still running after 15 s means it started.
step "mizan --demo /tmp/demo: running after 15 s" 124 \
    in_root env QT_QPA_PLATFORM=offscreen timeout 15 mizan --demo /tmp/demo || true

if [ "$failures" -eq 0 ]; then
    echo "PASS  all steps"
else
    echo "FAIL  $failures step(s)"
    exit 1
fi
