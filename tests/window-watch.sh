#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# The writer's live loop in the game (`play --watch`, and in a workshop),
# headless: answer once,
# then rewrite the beats' lines on disk (the game reloads by itself and keeps
# the place), break the story (the error, with file:line), fix it (back at
# the same place); the story lab reports after each save. Each step waits for
# what the game says on stderr, never for a fixed time.
# Usage: window-watch.sh ATTUNE_BINARY STORY_DIR
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
cp -r "$src" "$tmp/story"
export XDG_DATA_HOME="$tmp/xdg" SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
mkdir -p "$XDG_DATA_HOME/Attune/attune"
printf 'guide_seen = on\n' > "$XDG_DATA_HOME/Attune/attune/settings.txt"
cat > "$tmp/script" <<END
expect beat
key Return
key 1
key Return
expect beat
key F6
shot $tmp/lab-hidden.png
key F6
shot $tmp/lab-shown.png
wait 600000
quit
END
log="$tmp/stderr.log"
: >"$log"
"$bin" play "$tmp/story" --watch --size 1280x720 --input-script "$tmp/script" 2>"$log" &
pid=$!

fail() {
    echo "window-watch: $1"
    echo "--- the game's stderr:"
    cat "$log"
    exit 1
}
. "$(dirname "$0")/wait-lines.sh"
waitfor() { wait_lines "$log" "$1" "$2"; }

waitfor "script: screen beat" 2 # one answer given, the next beat on screen
waitfor "story lab: 0 errors" 1
# F6 hides the lab and shows it again: the window's right quarter is the
# panel in one picture and the stage in the other.
n=0
while [ ! -s "$tmp/lab-shown.png" ] && [ $n -lt 1200 ]; do sleep 0.1; n=$((n + 1)); done
python3 - "$tmp/lab-hidden.png" "$tmp/lab-shown.png" "$(dirname "$0")" <<'END' || fail "F6 did not hide and show the lab"
import sys
sys.path.insert(0, sys.argv[3])
from pngstat import read_png
(w, h, bpp, a), (_, _, _, b) = read_png(sys.argv[1]), read_png(sys.argv[2])
xs, ys = range(w * 3 // 4, w, 4), range(0, h, 4)
diff = sum(a[y][x * bpp:(x + 1) * bpp] != b[y][x * bpp:(x + 1) * bpp] for y in ys for x in xs)
share = diff / (len(xs) * len(ys))
print(f"F6: {share:.2f} of the right quarter changed")
sys.exit(0 if share > 0.3 else 1)
END

# A beat's text rewritten: reloaded where the player is, with the new text.
sed -i 's/say = { sam = "/say = { sam = "Edited. /' "$tmp/story/story.lua"
waitfor "story.lua saved: reloaded at beat" 1
first=$(grep "saved: reloaded at beat" "$log" | head -n 1)
echo "$first"
echo "$first" | grep -q "after 1 answer (\"Edited\. " || fail "not the same place, or not the new text"
beat=$(echo "$first" | sed "s/.*at beat '\([^']*\)'.*/\1/")
waitfor "story lab: " 2

# Broken: the error screen names file and line; the game goes on.
cp "$tmp/story/story.lua" "$tmp/good.lua"
sed -i '7s/^/this is not lua (/' "$tmp/story/story.lua"
waitfor "reload failed: .*story/story.lua:7: " 1
waitfor "story lab: 1 error" 1

# Fixed: back by itself, at the same place.
cp "$tmp/good.lua" "$tmp/story/story.lua"
waitfor "story.lua saved: reloaded at beat" 2
second=$(grep "saved: reloaded at beat" "$log" | sed -n 2p)
echo "$second"
echo "$second" | grep -q "at beat '$beat' after 1 answer (\"Edited\. " ||
    fail "the fixed story did not come back to the same place"
waitfor "story lab: 0 errors" 2
kill -TERM "$pid"
wait "$pid"
pid=

# The same in a workshop: reloaded under the group's answer; a broken save
# leaves the session on the copy it has (a notice with file:line).
printf 'expect workshop-beat\nkey 1\nexpect workshop-chosen\nwait 600000\nquit\n' >"$tmp/script"
: >"$log"
"$bin" --workshop "$tmp/story" --watch --input-script "$tmp/script" 2>"$log" &
pid=$!
waitfor "script: screen workshop-chosen" 1
waitfor "story lab: 0 errors" 1
sed -i 's/Edited\. /Edited again. /' "$tmp/story/story.lua"
waitfor "story.lua saved: reloaded" 1
sed -i '7s/^/this is not lua (/' "$tmp/story/story.lua"
waitfor "story.lua saved: not reloaded: .*story/story.lua:7: " 1
cp "$tmp/good.lua" "$tmp/story/story.lua"
waitfor "story.lua saved: reloaded" 2
kill -TERM "$pid"
wait "$pid"
pid=
echo "window-watch: ok"
