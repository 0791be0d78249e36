#!/bin/sh
# The desktop entry and the AppStream metadata pass their validators, and the
# release the metadata names is the version of the binary.
# Usage: desktop-files.sh SOURCE_DIR BUILD_DIR ATTUNE_BINARY
set -eu
src=$1 build=$2 bin=$3
for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "skip: no $tool (tools/setup.sh --test installs it)"; exit 77
    fi
done
desktop-file-validate "$src/packaging/org.example.attune.desktop"
metainfo="$build/org.example.attune.metainfo.xml"
appstreamcli validate --no-net "$metainfo"
version=$("$bin" --version | sed 's/^attune //')
grep -q "<release version=\"$version\"" "$metainfo" ||
    { echo "desktop-files: the metainfo has no release $version"; exit 1; }
grep -q "^Icon=org.example.attune$" "$src/packaging/org.example.attune.desktop"
