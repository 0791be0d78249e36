#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# tools/layers.py catches what it is there to catch: a copy of the engine
# with an SDL header in the core, a Lua header in the UI and a UI header in
# the core must fail, each named by file:line; the copy as it is must pass.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/tools"
cp -r "$src/engine" "$src/include" "$tmp/"
cp "$src/tools/layers.py" "$tmp/tools/"
python3 "$tmp/tools/layers.py" >/dev/null || { echo "layers-selftest: the clean copy fails"; exit 1; }
printf '#include <SDL.h>\n' >>"$tmp/engine/core/save.c"
printf '#include <lua.h>\n' >>"$tmp/engine/ui/render.c"
printf '#include "attune/screens.h"\n' >>"$tmp/engine/core/roads.c"
if out=$(python3 "$tmp/tools/layers.py" 2>&1); then
    echo "layers-selftest: the broken copy passes"; exit 1
fi
for want in "engine/core/save.c:[0-9]*: the core includes <SDL.h>" \
            "engine/ui/render.c:[0-9]*: the ui includes <lua.h>" \
            "engine/core/roads.c:[0-9]*: the core includes attune/screens.h (ui)" \
            "layers: 3 broken rule"; do
    echo "$out" | grep -q "$want" || { echo "layers-selftest: missing '$want' in:"; echo "$out"; exit 1; }
done
echo "layers-selftest: ok"
