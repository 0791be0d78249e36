#!/bin/sh
# The Debian package: built with CPack from the build folder, it carries the
# version of the project, the runtime dependencies, and every file a user
# needs. Usage: deb.sh CPACK BUILD_DIR SOURCE_DIR VERSION
set -eu
cpack=$1 build=$2 src=$3 version=$4
command -v dpkg-deb >/dev/null 2>&1 || { echo "skip: no dpkg-deb"; exit 77; }
tmp=$(mktemp -d /tmp/attune-deb-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "deb: $*" >&2; exit 1; }

"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp" >"$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log"; fail "cpack failed"; }
deb=$(ls "$tmp"/attune_"$version"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$tmp/cpack.log"; fail "no attune_${version}_*.deb"; }

dpkg-deb -I "$deb" >"$tmp/info"
cat "$tmp/info"
grep -q "^ Package: attune$" "$tmp/info" || fail "wrong package name"
grep -q "^ Version: $version$" "$tmp/info" || fail "the version is not $version"
grep -q "^ Section: games$" "$tmp/info" || fail "not in section games"
grep -q "^ Maintainer: ." "$tmp/info" || fail "no maintainer"
grep -q "^ Recommends: .*espeak-ng" "$tmp/info" || fail "does not recommend espeak-ng"
depends=$(sed -n 's/^ Depends: //p' "$tmp/info")
for lib in libc6 libsdl2-2.0-0 libsdl2-ttf-2.0-0 libsdl2-mixer-2.0-0 libsdl2-image-2.0-0 \
           liblua5.4-0; do
    echo "$depends" | grep -q "\(^\|, \)$lib\( \|,\|$\)" || fail "Depends lacks $lib: $depends"
done

dpkg-deb -c "$deb" | awk '{print $NF}' >"$tmp/files"
for f in ./usr/bin/attune ./usr/share/attune/scripts/lib/attune/runtime.lua \
         ./usr/share/attune/scripts/lib/attune/rules.lua \
         ./usr/share/attune/scripts/templates/new-story.lua \
         ./usr/share/attune/assets/fonts/OpenSans-Regular.ttf \
         ./usr/share/attune/assets/images/title.svg \
         ./usr/share/applications/org.example.attune.desktop \
         ./usr/share/icons/hicolor/scalable/apps/org.example.attune.svg \
         ./usr/share/metainfo/org.example.attune.metainfo.xml \
         ./usr/share/man/man6/attune.6.gz; do
    grep -qx "$f" "$tmp/files" || fail "the package lacks $f"
done
for story in "$src"/scripts/stories/*/; do
    id=$(basename "$story")
    grep -qx "./usr/share/attune/scripts/stories/$id/story.lua" "$tmp/files" ||
        fail "the package lacks the story $id"
done
grep -v '^\./usr/' "$tmp/files" | grep -v '^\./$' | grep -q . && fail "files outside /usr"
echo "deb: ok: $(basename "$deb"), $(wc -c <"$deb") bytes"
