#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# The Debian package: built with CPack from the build folder, it carries the
# version of the project, the runtime dependencies, and every file a user
# needs; the fonts come from Debian's font packages, and the game unpacked
# from it draws with them. Usage: deb.sh CPACK BUILD_DIR SOURCE_DIR VERSION APP_ID
set -eu
cpack=$1 build=$2 src=$3 version=$4 id=$5
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
grep -q "^ Recommends: .*fonts-dejavu-core" "$tmp/info" || fail "does not recommend fonts-dejavu-core"
depends=$(sed -n 's/^ Depends: //p' "$tmp/info")
for lib in libc6 libsdl2-2.0-0 libsdl2-ttf-2.0-0 libsdl2-mixer-2.0-0 libsdl2-image-2.0-0 \
           liblua5.4-0 zlib1g libmicrohttpd12 libqrencode4 fonts-open-sans fonts-opendyslexic; do
    echo "$depends" | grep -q "\(^\|, \)$lib\( \|,\|$\)" || fail "Depends lacks $lib: $depends"
done

dpkg-deb -c "$deb" | awk '{print $NF}' >"$tmp/files"
for f in ./usr/games/attune ./usr/share/attune/scripts/lib/attune/runtime.lua \
         ./usr/share/attune/scripts/lib/attune/rules.lua \
         ./usr/share/attune/scripts/templates/new-story.lua \
         ./usr/share/attune/assets/images/title.svg \
         ./usr/share/applications/$id.desktop \
         ./usr/share/icons/hicolor/scalable/apps/$id.svg \
         ./usr/share/metainfo/$id.metainfo.xml \
         ./usr/share/man/man6/attune.6.gz ./usr/share/doc/attune/copyright \
         ./usr/share/doc/attune/changelog.gz; do
    grep -qx "$f" "$tmp/files" || fail "the package lacks $f"
done
grep -q '\.\(ttf\|otf\)$' "$tmp/files" && fail "the package carries fonts of its own"
# The interface's translations: one catalogue for each language of
# po/LINGUAS that has its po/<lang>.po.
for lang in $(grep -v '^#' "$src/po/LINGUAS"); do
    [ -f "$src/po/$lang.po" ] || continue
    grep -qx "./usr/share/locale/$lang/LC_MESSAGES/attune.mo" "$tmp/files" ||
        fail "the package lacks the $lang translation"
    grep -qx "./usr/share/attune/assets/glossary.$lang.txt" "$tmp/files" ||
        fail "the package lacks the $lang glossary"
    grep -qx "./usr/share/attune/scripts/stories/homework-night/translations/$lang.po" "$tmp/files" ||
        fail "the package lacks Homework Night in $lang"
done
for story in "$src"/scripts/stories/*/; do
    id=$(basename "$story")
    grep -qx "./usr/share/attune/scripts/stories/$id/story.lua" "$tmp/files" ||
        fail "the package lacks the story $id"
done
grep -v '^\./usr/' "$tmp/files" | grep -v '^\./$' | grep -q . && fail "files outside /usr"

# Unpacked, the game finds its data beside it and Debian's fonts: it draws the
# title (fonts-open-sans) and a beat in the dyslexia-friendly font
# (fonts-opendyslexic), as after `apt install`.
for pkg in fonts-open-sans fonts-opendyslexic; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
        fail "$pkg is not installed (tools/setup.sh --test installs it)"
done
dpkg-deb -x "$deb" "$tmp/root"
mkdir "$tmp/home"
env -u ATTUNE_DATA_DIR -u XDG_DATA_HOME HOME="$tmp/home" SDL_VIDEODRIVER=dummy \
    "$tmp/root/usr/games/attune" render --title --out "$tmp/title.png" >"$tmp/render.log" 2>&1 ||
    { cat "$tmp/render.log"; fail "the unpacked game could not draw the title"; }
grep -q "font" "$tmp/render.log" && { cat "$tmp/render.log"; fail "a font was missing"; }
echo "deb: ok: $(basename "$deb"), $(wc -c <"$deb") bytes"
