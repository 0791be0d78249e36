#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# The game in German and in Spanish, through the real loop (headless), at
# 1280x720 and 640x360: the title, the first beat, the feedback and the
# pause menu, in screenshots, and what the screen says read through the
# self-voicing hook (ATTUNE_VOICE_CMD), checked against the translations;
# then, mid-story, Settings -> Language changed from German to Spanish: the
# settings screen and the story go on in Spanish at the same place.
# Usage: e2e-languages.sh ATTUNE_BINARY SOURCE_DIR [SHOT_DIR]
set -eu
bin=$1
src=$(cd "$2" && pwd)
shots=${3:-}
tmp=$(mktemp -d)
[ -n "${E2E_KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
[ -n "$shots" ] || shots=$tmp/shots
mkdir -p "$shots" "$tmp/data/scripts/stories"
ln -s "$src/scripts/lib" "$tmp/data/scripts/lib"
ln -s "$src/assets" "$tmp/data/assets"
cp -r "$src/scripts/stories/homework-night" "$tmp/data/scripts/stories/"
export ATTUNE_DATA_DIR="$tmp/data" SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
# The voice: each line the game reads aloud, one per line, in a file.
cat >"$tmp/say" <<EOF
#!/bin/sh
while [ "\$1" != "--" ]; do shift; done
printf '%s\n' "\$2" >>"$tmp/said"
EOF
chmod +x "$tmp/say"
export ATTUNE_VOICE_CMD="$tmp/say"
fail() { echo "FAIL: $*"; exit 1; }

# A translation from a .po: po FILE CONTEXT|- MSGID
po() {
    python3 - "$@" <<'EOF'
import re, sys
path, ctxt, msgid = sys.argv[1], sys.argv[2], sys.argv[3]
def unq(lines):
    return "".join(bytes(l, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                   for l in re.findall(r'"((?:[^"\\]|\\.)*)"', lines))
for e in open(path, encoding="utf-8").read().split("\n\n"):
    c = re.search(r'^msgctxt ((?:".*"\n?)+)', e, re.M)
    i = re.search(r'^msgid ((?:".*"\n?)+)', e, re.M)
    s = re.search(r'^msgstr(?:\[0\])? ((?:".*"\n?)+)', e, re.M)
    if not i or not s or e.lstrip().startswith("#~"):
        continue
    if unq(i.group(1)) == msgid and (ctxt == "-" and not c or c and unq(c.group(1)) == ctxt):
        print(unq(s.group(1)))
        break
EOF
}

# A fresh player: instant text, read aloud; `language = X` when given.
fresh() {
    rm -rf "$tmp/xdg" "$tmp/said"
    mkdir -p "$tmp/xdg/Attune/attune"
    printf 'text_speed = instant\nself_voicing = on\n%s\n' "${1:-}" >"$tmp/xdg/Attune/attune/settings.txt"
    export XDG_DATA_HOME="$tmp/xdg"
}

said() { grep -F -q -- "$1" "$tmp/said" 2>/dev/null; }

story_po=$src/scripts/stories/homework-night/translations
for lang in en de es; do
    for size in 1280x720 640x360; do
        echo "== $lang at $size"
        fresh
        cat >"$tmp/script" <<EOF
expect title
wait 300
shot $shots/$lang-$size-title.png
key Return
expect stories
key Return
expect guide
key Return
expect beat
wait 300
shot $shots/$lang-$size-beat.png
key 1
expect feedback
wait 300
shot $shots/$lang-$size-feedback.png
key Escape
expect pause
wait 300
shot $shots/$lang-$size-pause.png
quit
EOF
        "$bin" --lang "$lang" --size "$size" --input-script "$tmp/script" 2>"$tmp/log" ||
            { cat "$tmp/log"; fail "the game failed ($lang, $size)"; }
        grep -q "script: screen pause" "$tmp/log" || { cat "$tmp/log"; fail "the script did not finish"; }
        for s in title beat feedback pause; do
            dims=$(python3 "$src/tests/pngstat.py" "$shots/$lang-$size-$s.png" | head -1)
            [ "$dims" = "$size" ] || fail "$lang-$size-$s.png is $dims"
        done
        [ "$lang" = en ] && continue
        cmp -s "$shots/$lang-$size-beat.png" "$shots/en-$size-beat.png" && fail "the $lang beat looks like the English one"
        line=$(po "$story_po/$lang.po" kitchen.say.maya "I’m not doing it. Column take-away is stupid, and Mrs Okafor only gives it to us to be mean.")
        [ -n "$line" ] || fail "no $lang translation of Maya's first line"
        said "$line" || { cat "$tmp/said"; fail "Maya's first line was not in $lang"; }
        paused=$(po "$src/po/$lang.po" - "Paused.")
        [ -n "$paused" ] && said "$paused" || { cat "$tmp/said"; fail "the pause menu was not in $lang ('$paused')"; }
    done
done

echo "== German to Spanish in Settings, in the middle of the story"
fresh "language = de"
cat >"$tmp/script" <<EOF
expect title
key Return
expect stories
key Return
expect guide
key Return
expect beat
choose kitchen:fix
expect feedback
key Return
expect beat
wait 300
shot $shots/switch-1-de-beat.png
key Escape
expect pause
key Down
key Down
key Down
key Return
expect settings
$(for i in $(seq 13); do echo "key Down"; done)
key Right
expect settings
wait 300
shot $shots/switch-2-es-settings.png
key Escape
expect pause
key Escape
expect beat
wait 300
shot $shots/switch-3-es-beat.png
quit
EOF
"$bin" --size 1280x720 --input-script "$tmp/script" 2>"$tmp/log" ||
    { cat "$tmp/log"; fail "the game failed"; }
grep -q "script: screen beat" "$tmp/log" || { cat "$tmp/log"; fail "the script did not finish"; }
grep -q "^language = es" "$tmp/xdg/Attune/attune/settings.txt" || fail "the setting was not saved as es"
idioma=$(po "$src/po/es.po" - "Language")
said "$idioma" || { cat "$tmp/said"; fail "the settings screen did not turn Spanish ('$idioma')"; }
# the beat after the kitchen's first answer, now in Spanish
tail -n 3 "$tmp/said" | grep -q -F "$(po "$story_po/es.po" story.you "You are Maya’s parent. Her little brother Theo is asleep upstairs." | cut -c1-10)" ||
    tail -n 3 "$tmp/said" | grep -q "Maya" || { cat "$tmp/said"; fail "the story did not go on"; }
python3 - "$tmp/said" "$story_po/es.po" <<'EOF' || fail "the story was not read again in Spanish at the same beat"
import re, sys
said = open(sys.argv[1], encoding="utf-8").read().splitlines()
po = open(sys.argv[2], encoding="utf-8").read()
# every Spanish line of the beat after kitchen's first answer (snap)
lines = re.findall(r'msgctxt "snap\.say\.maya\.\d"\nmsgid .*\nmsgstr "(.*)"', po)
last = said[-1] if said else ""
if not any(l[:30] in last for l in lines):
    print("last said:", last)
    sys.exit(1)
EOF
cmp -s "$shots/switch-1-de-beat.png" "$shots/switch-3-es-beat.png" && fail "the beat did not change language"

echo "== a workshop in German: projector, presenter, debrief and the report"
fresh
export HOME="$tmp/home" ATTUNE_REPORT_DIR="$tmp/reports"
mkdir -p "$HOME"
road="kitchen:attune torn-page:attune school-fine:attune hedgehogs:attune try-again:2
thrown:attune_boundary after-storm:attune_boundary checking-face:attune_boundary
the-note:attune_boundary bath:attune isla:attune pyjamas:attune bedroom:attune nightlight:attune
theo-door:attune theo-after:attune door-open:attune_boundary breakfast:attune second-chance:attune
book-bag:attune_boundary theo-juice:attune_boundary shoes:1 school-gate:attune
the-line:attune_boundary"
{
    echo "expect workshop-beat"
    echo "shot $shots/workshop-de-projector-beat.png"
    echo "shot presenter $shots/workshop-de-presenter-beat.png"
    first=1
    for step in $road; do
        echo "choose $step"
        echo "expect workshop-chosen"
        echo "key Return"
        if [ $first = 1 ]; then
            echo "expect workshop-revealed"
            echo "shot $shots/workshop-de-projector-revealed.png"
            echo "shot presenter $shots/workshop-de-presenter-revealed.png"
            first=0
        fi
        echo "key Return"
    done
    echo "expect workshop-ending"
    echo "key Return"
    echo "expect workshop-debrief"
    echo "shot $shots/workshop-de-projector-debrief.png"
    echo "shot presenter $shots/workshop-de-presenter-debrief.png"
    echo "key x"
    echo "expect workshop-export"
    echo "key Return"
    echo "quit"
} >"$tmp/script"
"$bin" --workshop "$tmp/data/scripts/stories/homework-night" --presenter --lang de \
    --input-script "$tmp/script" 2>"$tmp/log" || { cat "$tmp/log"; fail "the workshop failed"; }
html=$(ls "$tmp"/reports/*.html 2>/dev/null | head -1)
[ -n "$html" ] || { cat "$tmp/log"; fail "no report"; }
grep -q '<html lang="de">' "$html" || fail "the report is not marked German"
for want in "$(po "$src/po/de.po" - "<div><dt>Ending reached</dt><dd>")" "$(po "$src/po/de.po" verdict connected)" \
            "$(po "$story_po/de.po" story.relationship parent-child)" \
            "$(po "$story_po/de.po" story.title "Homework Night")"; do
    [ -n "$want" ] && grep -q -F "$want" "$html" || fail "the report lacks '$want'"
done
if grep -q -F "Homework Night" "$html"; then fail "the report has the English title"; fi

echo "== the phones' page in a German workshop"
fresh
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'wait 4000\nquit\n' >"$tmp/script"
"$bin" --workshop "$tmp/data/scripts/stories/homework-night" --lang de \
    --phones-bind "127.0.0.1:$port" --input-script "$tmp/script" 2>"$tmp/log" &
game=$!
python3 - "$port" "$(po "$src/po/de.po" - "Join")" "$(po "$src/po/de.po" - "Tap an answer to vote.")" <<'EOF' ||
import sys, time, urllib.request
port, join, tap = sys.argv[1], sys.argv[2], sys.argv[3]
for _ in range(60):
    try:
        page = urllib.request.urlopen("http://127.0.0.1:%s/" % port, timeout=2).read().decode("utf-8")
        break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("the phones' page did not answer")
if '<html lang="de">' not in page or '"join":"%s"' % join not in page or tap not in page:
    sys.exit("the phones' page is not in German")
EOF
    { kill "$game" 2>/dev/null; cat "$tmp/log"; fail "the phones' page"; }
wait "$game" || true
echo "e2e-languages: ok ($(ls "$shots" | wc -l) screenshots in $shots)"
