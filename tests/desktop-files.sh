#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# The desktop entry and the AppStream metadata pass their validators, and the
# release the metadata names is the version of the binary; both use the
# application id, and the licences AppStream gives are those README.md gives.
# Usage: desktop-files.sh SOURCE_DIR BUILD_DIR ATTUNE_BINARY APP_ID
set -eu
src=$1 build=$2 bin=$3 id=$4
for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "skip: no $tool (tools/setup.sh --test installs it)"; exit 77
    fi
done
desktop="$build/$id.desktop"
desktop-file-validate "$desktop"
metainfo="$build/$id.metainfo.xml"
appstreamcli validate --no-net "$metainfo"
version=$("$bin" --version | sed 's/^attune //')
grep -q "<release version=\"$version\"" "$metainfo" ||
    { echo "desktop-files: the metainfo has no release $version"; exit 1; }
grep -q "^Icon=$id$" "$desktop" || { echo "desktop-files: the icon is not $id"; exit 1; }
grep -q "<id>$id</id>" "$metainfo" || { echo "desktop-files: the metainfo's id is not $id"; exit 1; }
# Each SPDX id in the metainfo's project_license is named in README.md.
license=$(sed -n 's:.*<project_license>\(.*\)</project_license>.*:\1:p' "$metainfo")
[ -n "$license" ] || { echo "desktop-files: no project_license"; exit 1; }
for l in $(echo "$license" | sed 's/ AND / /g'); do
    grep -q "$l" "$src/README.md" || { echo "desktop-files: README.md does not name $l"; exit 1; }
done
