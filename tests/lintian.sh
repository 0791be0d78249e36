#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Debian's own checker accepts the package: lintian on the .deb that CPack
# builds reports no error and no warning, except those overridden with their
# reason in packaging/README.md and in an overrides file the package installs
# (/usr/share/lintian/overrides/attune; none is needed today).
# Usage: lintian.sh CPACK BUILD_DIR VERSION
set -eu
cpack=$1 build=$2 version=$3
command -v dpkg-deb >/dev/null 2>&1 || { echo "skip: no dpkg-deb"; exit 77; }
command -v lintian >/dev/null 2>&1 ||
    { echo "lintian: not installed (tools/setup.sh --test installs it)" >&2; exit 1; }
tmp=$(mktemp -d /tmp/attune-lintian-XXXXXX)
trap 'rm -rf "$tmp"' EXIT

"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp" >"$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log"; echo "lintian: cpack failed" >&2; exit 1; }
deb=$(ls "$tmp"/attune_"$version"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$tmp/cpack.log"; echo "lintian: no .deb" >&2; exit 1; }

# The I: tags are shown too, so the log tells the whole story; E: and W: fail.
# lintian exits 1 on errors and 2 when it could not check at all.
rc=0
lintian --display-info "$deb" >"$tmp/lintian.out" 2>&1 || rc=$?
cat "$tmp/lintian.out"
[ "$rc" -le 1 ] || { echo "lintian: did not run (exit $rc)" >&2; exit 1; }
if [ "$rc" -ne 0 ] || grep -q '^[EW]: ' "$tmp/lintian.out"; then
    echo "lintian: $(grep -c '^[EW]: ' "$tmp/lintian.out") errors or warnings" >&2
    exit 1
fi
echo "lintian: ok ($(lintian --version), $(basename "$deb"))"
