#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# A whole workshop session, headless, through the real game loop and both
# windows (projector and presenter): from the title's Workshop entry into a
# story; votes with a vote removed and a tie broken by the facilitator; a
# discussion pause; reveals; a majority; an answer the facilitator picks; the
# ending and the room's debrief; the road not taken from the first decision
# and back; the report exported to a typed folder. Then the report's JSON
# and HTML are checked (tests/report-check.py and exact values), and the
# screenshots of both windows are measured.
# Usage: e2e-workshop.sh ATTUNE_BINARY SOURCE_DIR
set -eu
bin=$1
src=$2
tmp=$(mktemp -d)
[ -n "${E2E_KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data/scripts/stories" "$tmp/shots"
ln -s "$src/scripts/lib" "$tmp/data/scripts/lib"
ln -s "$src/assets" "$tmp/data/assets"
# The tiny fixture: answers never shuffled (A attune, B fix, C rescue).
cp -r "$src/tests/fixtures/stories/tiny" "$tmp/data/scripts/stories/tiny"
export ATTUNE_DATA_DIR="$tmp/data" XDG_DATA_HOME="$tmp/xdg" HOME="$tmp/home"
export ATTUNE_REPORT_DIR="$tmp/default-reports"
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
mkdir -p "$HOME"

cat > "$tmp/script" <<'SCRIPT'
expect title
key Down
key Return
expect stories
key Return
expect workshop-beat
shot SHOTS/projector-beat.png
shot presenter SHOTS/presenter-beat.png
# Decision 1: A A A B B B C, then C taken away twice (it stops at 0): a tie
key a
key a
key a
key b
key b
key b
key c
key shift+c
key shift+c
key t
shot SHOTS/projector-votes.png
key Return
expect workshop-tie
shot SHOTS/projector-tie.png
shot presenter SHOTS/presenter-tie.png
# C is not tied: nothing happens; B breaks the tie
key c
expect workshop-tie
key b
expect workshop-chosen
shot SHOTS/projector-chosen.png
# a discussion pause, its countdown made longer, then back
key p
expect workshop-discuss
key =
shot SHOTS/projector-discuss.png
shot presenter SHOTS/presenter-discuss.png
wait 1100
key p
expect workshop-chosen
key r
expect workshop-revealed
wait 1000
shot SHOTS/projector-revealed.png
shot presenter SHOTS/presenter-revealed.png
key Return
# Decision 2 (after the fix the player is flooded): the room wants A (the
# repair), which is out of reach; the majority is refused, and the
# facilitator picks C (steady yourself) with its number
expect workshop-beat
key a
key a
key a
key a
key c
key Return
expect workshop-beat
shot SHOTS/projector-flooded.png
shot presenter SHOTS/presenter-flooded.png
key 3
expect workshop-chosen
key Return
expect workshop-revealed
key Return
# Decision 3 (steadier): A A A A B, a clear majority for A (repair)
expect workshop-beat
key a
key a
key a
key a
key b
key Return
expect workshop-chosen
key Return
expect workshop-revealed
key Return
# Decision 4: the facilitator picks the only answer with its number
expect workshop-beat
key 1
expect workshop-chosen
key Return
key Return
expect workshop-ending
shot SHOTS/projector-ending.png
key Return
expect workshop-debrief
shot SHOTS/projector-debrief.png
shot presenter SHOTS/presenter-debrief.png
key Right
shot SHOTS/projector-debrief-2.png
# The road not taken from decision 1: B was the group's answer, C is tried
key n
expect workshop-roads
key Up
key Up
key Up
key Up
shot SHOTS/projector-roads.png
key Return
expect workshop-beat-side
key b
expect workshop-beat-side
key 3
expect workshop-chosen-side
key Return
expect workshop-revealed-side
shot SHOTS/projector-side.png
key Return
expect workshop-beat-side
key n
expect workshop-debrief
# The report, to a folder typed by hand
key x
expect workshop-export
key ctrl+u
type TYPED
key Return
shot SHOTS/projector-export.png
shot presenter SHOTS/presenter-export.png
key Return
expect workshop-debrief
key Escape
expect workshop-menu
key F1
expect workshop-keys
shot SHOTS/projector-keys.png
key Escape
expect workshop-menu
key Escape
expect workshop-debrief
# The presenter window closed: the session goes on; O shows its notes over
# the projector instead
close presenter
expect workshop-debrief
key o
shot SHOTS/projector-overlay.png
key o
# End the session from the menu: back to the title
key Escape
expect workshop-menu
key Up
key Return
expect title
quit
SCRIPT
sed -i "s|SHOTS|$tmp/shots|; s|TYPED|$tmp/typed reports|" "$tmp/script"
"$bin" --presenter --size 1280x720 --input-script "$tmp/script" 2>"$tmp/log" || {
    echo "e2e-workshop: the game failed"; cat "$tmp/log"; exit 1; }
grep -q "script: screen title" "$tmp/log" ||
    { echo "e2e-workshop: the script did not finish"; cat "$tmp/log"; exit 1; }

html=$(ls "$tmp/typed reports"/attune-workshop-tiny-*.html 2>/dev/null | head -1)
json=$(ls "$tmp/typed reports"/attune-workshop-tiny-*.json 2>/dev/null | head -1)
[ -n "$html" ] && [ -n "$json" ] ||
    { echo "e2e-workshop: no report in the typed folder"; ls -R "$tmp"; cat "$tmp/log"; exit 1; }
[ ! -e "$tmp/default-reports" ] || { echo "e2e-workshop: the report went to the default folder"; exit 1; }
python3 "$src/tests/report-check.py" "$html" "$json" --decisions 4 ||
    { echo "e2e-workshop: the report is not valid"; exit 1; }

# The record kept in the save folder after every decision (for a crash).
last="$tmp/xdg/Attune/attune/workshop-last"
python3 "$src/tests/report-check.py" "$last.html" "$last.json" --decisions 4 ||
    { echo "e2e-workshop: no record kept in the save folder"; exit 1; }

# The exact record of the session.
python3 - "$json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
def check(cond, what):
    if not cond:
        print("e2e-workshop: " + what); sys.exit(1)
d = r["decisions"]
check(len(d) == 4, "4 decisions, got %d" % len(d))
check([o["votes"] for o in d[0]["options"]] == [3, 3, 0], "decision 1 votes 3/3/0: %r" % d[0]["options"])
check(d[0]["decided_by"] == "tie-break" and d[0]["chosen"]["letter"] == "B", "decision 1: tie broken for B")
check(d[0]["chosen"]["kind"] == "fix" and d[0]["effects"]["rupture_opened"] is True, "decision 1 opened a rupture")
check(d[0]["revealed"] is True, "decision 1 revealed")
check(d[0]["timings"]["vote_timer_seconds"] == 60, "decision 1 vote timer 60 s")
check([o["votes"] for o in d[1]["options"]] == [4, 0, 1], "decision 2 votes 4/0/1: %r" % d[1]["options"])
check(d[1]["decided_by"] == "facilitator" and d[1]["chosen"]["kind"] == "steady", "decision 2: steady, picked")
check([o["votes"] for o in d[2]["options"]] == [4, 1], "decision 3 votes 4/1")
check(d[2]["decided_by"] == "majority" and d[2]["chosen"]["kind"] == "repair", "decision 3: majority, repair")
check(d[2]["effects"]["repaired"] is True, "decision 3 repaired")
check(d[3]["decided_by"] == "facilitator" and d[3]["votes_total"] == 0, "decision 4 picked by the facilitator")
check(d[0]["reflect"] == "What is under the hate?", "the reflection question is kept")
roads = r["roads_not_taken"]
check(len(roads) == 1 and roads[0]["from_decision"] == 1 and roads[0]["letter"] == "C"
      and roads[0]["kind"] == "rescue", "one road not taken, C at decision 1: %r" % roads)
check(r["ending"] and r["ending"]["title"] in ("Good", "Bad"), "an ending")
disc = r["discussion_seconds"] + sum(x["timings"]["discussion_seconds"] for x in d)
check(disc >= 1, "the discussion pause was timed (%r s)" % disc)
text = json.dumps(r)
for word in ("name", "email", "participant"):
    check('"%s"' % word not in text, "no personal field '%s'" % word)
print("e2e-workshop: report: 4 decisions, tie-break, refused majority, majority, facilitator, 1 road, %s" % r["ending"]["title"])
PY

# Both windows were drawn, with text; the projector's vote bars and the
# presenter's denser page differ.
for f in projector-beat projector-votes projector-tie projector-revealed projector-debrief \
         projector-export presenter-beat presenter-revealed presenter-debrief; do
    [ -s "$tmp/shots/$f.png" ] || { echo "e2e-workshop: no screenshot $f"; exit 1; }
done
set -- $(python3 "$src/tests/pngstat.py" "$tmp/shots/projector-beat.png" 246,238,222,30)
[ "$1" = "1280x720" ] || { echo "e2e-workshop: the projector is $1"; exit 1; }
awk -v t="$2" 'BEGIN { exit !(t > 0.002) }' || { echo "e2e-workshop: no text on the projector"; exit 1; }
cmp -s "$tmp/shots/projector-beat.png" "$tmp/shots/projector-votes.png" &&
    { echo "e2e-workshop: the votes changed nothing on the projector"; exit 1; }
cmp -s "$tmp/shots/projector-beat.png" "$tmp/shots/presenter-beat.png" &&
    { echo "e2e-workshop: the presenter shows the projector's view"; exit 1; }
echo "e2e-workshop: ok"
