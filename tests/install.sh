#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Attune installed as a user gets it: `cmake --install` into a temporary
# DESTDIR, then the installed binary used from outside the source tree with
# no ATTUNE_DATA_DIR and a fresh home. It must find its own data from where
# it is (and nothing else), list and check the installed stories, draw
# headless, and take a writer's new story in the user's stories folder.
# Usage: install.sh BUILD_DIR APP_ID
set -eu
build=$(cd "$1" && pwd)
id=$2
tmp=$(mktemp -d /tmp/attune-install-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "install: $*" >&2; exit 1; }

echo "== cmake --install (DESTDIR=$tmp/root, prefix /usr)"
DESTDIR="$tmp/root" cmake --install "$build" --prefix /usr >"$tmp/install.log" ||
    { cat "$tmp/install.log"; fail "cmake --install failed"; }
usr="$tmp/root/usr"
share="$usr/share/attune"
for f in games/attune share/attune/scripts/lib/attune/runtime.lua \
         share/attune/scripts/templates/new-story.lua \
         share/attune/assets/fonts/OpenSans-Regular.ttf \
         share/attune/assets/images/title.svg share/attune/docs/lua/attune.lua \
         share/applications/$id.desktop share/icons/hicolor/scalable/apps/$id.svg \
         share/metainfo/$id.metainfo.xml share/man/man6/attune.6.gz \
         share/doc/attune/README.md share/doc/attune/copyright share/doc/attune/changelog.gz; do
    [ -e "$usr/$f" ] || fail "not installed: $f"
done
[ -x "$usr/games/attune" ] || fail "games/attune is not executable"
# The metainfo, the desktop entry it launches and the icon, as installed.
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate-tree --no-net "$usr" >"$tmp/tree.log" 2>&1 ||
        { cat "$tmp/tree.log"; fail "appstreamcli validate-tree failed"; }
fi
stories=$(ls -d "$share"/scripts/stories/*/)
[ "$(echo "$stories" | wc -l)" -ge 4 ] || fail "fewer than four stories installed"

# Away from the source tree, as a user: no ATTUNE_DATA_DIR, an empty home.
cd "$tmp"
mkdir home
run() { env -u ATTUNE_DATA_DIR -u XDG_DATA_HOME HOME="$tmp/home" "$@"; }
bin="$usr/games/attune"

echo "== attune check (every installed story)"
# shellcheck disable=SC2086
run "$bin" check $stories >"$tmp/check.out" 2>&1 || { cat "$tmp/check.out"; fail "check failed"; }
if grep -q "warning:" "$tmp/check.out"; then
    cat "$tmp/check.out"; fail "an installed story has warnings"
fi
run "$bin" check homework-night >/dev/null 2>&1 ||
    fail "a story id did not find the installed story"

echo "== attune render (headless, by id)"
run "$bin" render homework-night --choices 1 --size 640x360 --out "$tmp/beat.png" ||
    fail "render failed"
[ "$(head -c 4 "$tmp/beat.png" | od -An -c | tr -d ' ')" = "211PNG" ] || fail "render wrote no PNG"
[ "$(wc -c <"$tmp/beat.png")" -gt 20000 ] || fail "the rendered beat is nearly empty"
run "$bin" render --title --out "$tmp/title.png" || fail "render --title failed"
[ -d "$tmp/home/.local/share/attune/stories" ] || fail "the user's stories folder was not created"

echo "== attune new (into the user's stories folder), check and play it by id"
run "$bin" new bedtime >"$tmp/new.out" || { cat "$tmp/new.out"; fail "new failed"; }
mine="$tmp/home/.local/share/attune/stories/bedtime"
[ -f "$mine/story.lua" ] || { cat "$tmp/new.out"; fail "new did not write into the user's folder"; }
# Its editor configuration points at the installed copy of the API: the
# binary found its data beside itself.
grep -q "\"$(cd "$share" && pwd -P)/docs/lua\"" "$mine/.luarc.json" ||
    { cat "$mine/.luarc.json"; fail "the data was not found beside the binary"; }
run "$bin" check bedtime >/dev/null 2>&1 || fail "check of the new story failed"
out=$(printf '1\n1\n1\n1\n1\n1\n' | run "$bin" play --text bedtime)
echo "$out" | grep -q "ending) ==" || fail "the new story did not play to an ending"

echo "== relocatable: the whole prefix moved elsewhere"
mv "$tmp/root/usr" "$tmp/moved"
run "$tmp/moved/games/attune" check homework-night >/dev/null 2>&1 ||
    fail "a moved prefix lost its data"

echo "== a lone binary finds no data (nothing compiled in points at the source tree)"
mkdir -p "$tmp/lone/games"
cp "$tmp/moved/games/attune" "$tmp/lone/games/"
if run "$tmp/lone/games/attune" check bedtime >"$tmp/lone.out" 2>&1; then
    fail "a binary without share/attune still ran"
fi
grep -q "cannot find the game's data" "$tmp/lone.out" ||
    { cat "$tmp/lone.out"; fail "no clear message"; }
echo "install: ok"
