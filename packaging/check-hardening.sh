#!/usr/bin/env bash
# Checks that ELF programs carry the release hardening of cmake/MizanSettings.cmake, with
# readelf (binutils) only, so it works on stripped binaries (it reads the dynamic symbols):
#   PIE          ELF type DYN and DT_FLAGS_1 with PIE            (-fPIE / -pie)
#   BIND_NOW     DT_FLAGS BIND_NOW or DT_FLAGS_1 NOW             (-Wl,-z,now)
#   RELRO        a GNU_RELRO program header                      (-Wl,-z,relro)
#   NX stack     a GNU_STACK program header without execute      (the default; never -z execstack)
#   stack canary references __stack_chk_fail                     (-fstack-protector-strong)
#   fortify      references glibc's checked functions (*_chk)    (-D_FORTIFY_SOURCE=3, optimised)
#   usage: packaging/check-hardening.sh BINARY...
# Prints one line per binary; exits 1 naming what is missing, 2 on a usage error.
set -euo pipefail
export LC_ALL=C

if [ $# -eq 0 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
    echo "usage: $0 BINARY..." >&2
    exit 2
fi
if ! command -v readelf >/dev/null; then
    echo "check-hardening.sh: readelf not found (apt-get install binutils)" >&2
    exit 2
fi

failed=0
for binary in "$@"; do
    if [ ! -f "$binary" ]; then
        echo "FAIL $binary: no such file"
        failed=1
        continue
    fi
    if ! header=$(readelf -hW "$binary" 2>/dev/null); then
        echo "FAIL $binary: not an ELF file"
        failed=1
        continue
    fi
    dynamic=$(readelf -dW "$binary")
    segments=$(readelf -lW "$binary")
    symbols=$(readelf -W --dyn-syms "$binary")

    missing=()
    # PIE: a shared object that is also an executable (DF_1_PIE); a plain library is DYN too.
    if ! grep -Eq '^ *Type: +DYN ' <<<"$header"; then
        missing+=("PIE (ELF type is not DYN)")
    elif ! grep -Eq '\(FLAGS_1\) +Flags:.* PIE( |$)' <<<"$dynamic"; then
        missing+=("PIE (no PIE in DT_FLAGS_1)")
    fi
    if ! grep -Eq '\(FLAGS\) +.*BIND_NOW|\(BIND_NOW\)|\(FLAGS_1\) +Flags:.* NOW( |$)' <<<"$dynamic"; then
        missing+=("BIND_NOW")
    fi
    if ! grep -Eq '^ *GNU_RELRO ' <<<"$segments"; then
        missing+=("GNU_RELRO")
    fi
    stack=$(grep -E '^ *GNU_STACK ' <<<"$segments" || true)
    if [ -z "$stack" ] || grep -Eq ' RWE ' <<<"$stack"; then
        missing+=("non-executable stack (GNU_STACK without E)")
    fi
    if ! grep -Eq ' __stack_chk_fail(@|$)' <<<"$symbols"; then
        missing+=("stack protector (__stack_chk_fail)")
    fi
    # The checked variants glibc's fortify headers call, e.g. __memcpy_chk, __snprintf_chk.
    mapfile -t fortified < <(grep -Eo ' __[a-z0-9_]+_chk(@|$)' <<<"$symbols" |
        sed -E 's/^ //; s/@$//' | grep -v '^__stack_chk_fail$' | sort -u)
    if [ ${#fortified[@]} -eq 0 ]; then
        missing+=("fortified functions (*_chk: built without -D_FORTIFY_SOURCE or -O)")
    fi

    if [ ${#missing[@]} -eq 0 ]; then
        echo "ok   $binary: PIE, BIND_NOW, GNU_RELRO, NX stack, __stack_chk_fail," \
            "fortified: ${fortified[*]}"
    else
        failed=1
        joined=$(printf '%s; ' "${missing[@]}")
        echo "FAIL $binary: missing ${joined%; }"
    fi
done
exit "$failed"
