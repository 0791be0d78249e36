#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# A workshop with two people on stage, headless, through the real game loop
# and both windows: the two-people fixture (answers as written) from the
# first beat to an ending -- taking Maya's side by majority, a repair to
# both picked by the facilitator, a beat with Theo alone, taking Theo's
# side -- then the debrief, the road not taken from decision 1 (to both)
# and the report exported. The report is checked (tests/report-check.py:
# a line for each person, named; each decision naming both) and its
# per-person record read value by value.
# Usage: e2e-workshop-two.sh ATTUNE_BINARY SOURCE_DIR
set -eu
bin=$1
src=$2
tmp=$(mktemp -d)
[ -n "${E2E_KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data/scripts/stories" "$tmp/shots"
ln -s "$src/scripts/lib" "$tmp/data/scripts/lib"
ln -s "$src/assets" "$tmp/data/assets"
cp -r "$src/tests/fixtures/stories/two-people" "$tmp/data/scripts/stories/two-people"
export ATTUNE_DATA_DIR="$tmp/data" XDG_DATA_HOME="$tmp/xdg" HOME="$tmp/home"
export ATTUNE_REPORT_DIR="$tmp/reports"
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
mkdir -p "$HOME"
say() { echo "e2e-workshop-two: $*"; }

cat > "$tmp/script" <<'SCRIPT'
expect title
key Down
key Return
expect stories
key Return
expect workshop-beat
shot SHOTS/projector-beat.png
shot presenter SHOTS/presenter-beat.png
# 1 cup: A (to Maya; a miss for Theo) by majority, revealed
key a
key a
key a
key b
key Return
expect workshop-chosen
key r
expect workshop-revealed
wait 1000
shot SHOTS/projector-revealed.png
shot presenter SHOTS/presenter-revealed.png
key Return
# 2 table: C (a repair to both), picked
expect workshop-beat
key 3
expect workshop-chosen
key Return
expect workshop-revealed
wait 1000
shot presenter SHOTS/presenter-repair.png
key Return
# 3 stairs (Theo alone): B by majority
expect workshop-beat
key b
key b
key a
key Return
expect workshop-chosen
key Return
expect workshop-revealed
key Return
# 4 garden: B (to both), picked
expect workshop-beat
key 2
expect workshop-chosen
key Return
expect workshop-revealed
key Return
# 5 bath: E (to Theo; a miss for Maya), picked
expect workshop-beat
key 5
expect workshop-chosen
key Return
expect workshop-revealed
key Return
# 6 bed: B (to Maya), picked
expect workshop-beat
key 2
expect workshop-chosen
key Return
expect workshop-revealed
key Return
expect workshop-ending
key Return
expect workshop-debrief
shot SHOTS/projector-debrief.png
shot presenter SHOTS/presenter-debrief.png
key Right
shot SHOTS/projector-debrief-2.png
# The road not taken from decision 1: B (to both)
key n
expect workshop-roads
key Up
key Up
key Up
key Up
key Up
key Return
expect workshop-beat-side
key 2
expect workshop-chosen-side
key Return
expect workshop-revealed-side
key Return
expect workshop-beat-side
key n
expect workshop-debrief
key x
expect workshop-export
key Return
key Return
expect workshop-debrief
key Escape
expect workshop-menu
key Up
key Return
expect title
quit
SCRIPT
sed -i "s|SHOTS|$tmp/shots|" "$tmp/script"
"$bin" --presenter --order authored --size 1280x720 --input-script "$tmp/script" 2>"$tmp/log" || {
    say "the game failed"; cat "$tmp/log"; exit 1; }
grep -q "script: screen title" "$tmp/log" || { say "the script did not finish"; cat "$tmp/log"; exit 1; }

html=$(ls "$tmp/reports"/attune-workshop-two-people-*.html 2>/dev/null | head -1)
json=$(ls "$tmp/reports"/attune-workshop-two-people-*.json 2>/dev/null | head -1)
[ -n "$html" ] && [ -n "$json" ] || { say "no report"; ls -R "$tmp"; cat "$tmp/log"; exit 1; }
python3 "$src/tests/report-check.py" "$html" "$json" --decisions 6 || { say "the report is not valid"; exit 1; }
# The record kept in the save folder after every decision (what a crash resumes from).
last="$tmp/xdg/Attune/attune/workshop-last"
python3 "$src/tests/report-check.py" "$last.html" "$last.json" --decisions 6 ||
    { say "the record kept in the save folder is not valid"; exit 1; }

python3 - "$json" "$html" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
h = open(sys.argv[2], encoding="utf-8").read()
def check(cond, what):
    if not cond:
        print("e2e-workshop-two: " + what); sys.exit(1)
p = r["people"]
check([q["id"] for q in p] == ["maya", "theo"] and [q["name"] for q in p] == ["Maya", "Theo"],
      "the two people: %r" % p)
check(p[0]["connection_start"] == 62 and p[1]["connection_start"] == 62, "both start at 62")
d = r["decisions"]
check(len(d) == 6, "6 decisions")
check(d[0]["to"] == "maya" and d[0]["took_sides"], "decision 1 took Maya's side: %r" % d[0]["to"])
m, t = d[0]["people"]
check(m["kind"] == "attune" and m["connection_before"] == 62 and m["connection_after"] == 66,
      "decision 1 for Maya: %r" % m)
check(t["kind"] == "dismiss" and t["rupture_opened"] and t["connection_after"] == 50,
      "decision 1 for Theo: %r" % t)
check(d[0]["options"][0]["to"] == "maya" and d[0]["options"][0]["other"] == "dismiss",
      "answer A is to Maya, a dismissal for Theo")
check(d[1]["to"] == "both" and d[1]["people"][1]["repaired"] and not d[1]["people"][0]["repaired"],
      "decision 2 mended Theo's rupture")
check(d[1]["decided_by"] == "facilitator", "decision 2 picked")
check(d[2]["to"] == "theo" and not d[2]["people"][0]["present"] and d[2]["people"][0]["kind"] is None,
      "decision 3: Theo alone, Maya not there")
check(d[4]["to"] == "theo" and d[4]["took_sides"] and d[4]["people"][0]["rupture_opened"],
      "decision 5 took Theo's side")
for x in d:
    low = min(q["connection_after"] for q in x["people"])
    check(x["effects"]["connection_after"] == low, "decision %d: the lower connection" % x["number"])
check(p[0]["connection_end"] == d[-1]["people"][0]["connection_after"], "Maya's end")
check(p[1]["connection_end"] == d[-1]["people"][1]["connection_after"], "Theo's end")
roads = r["roads_not_taken"]
check(len(roads) == 1 and roads[0]["from_decision"] == 1 and roads[0]["letter"] == "B",
      "the road not taken from decision 1: %r" % roads)
check(roads[0]["steps"][0]["to"] == "both" and len(roads[0]["steps"][0]["people"]) == 2,
      "the road's first step to both, with each person")
check("To <strong>Maya</strong> \u00b7 Attuning \u00b7 Theo: <span class=\"tag-rupture\">Dismissing, "
      "a miss (taking sides)</span>" in h, "the timeline says decision 1 took sides")
check("Maya was not there" in h, "the timeline says Maya was not there at decision 3")
text = json.dumps(r)
for word in ("email", "participant", "device", "address"):
    check('"%s"' % word not in text, "no personal field '%s'" % word)
# the only names are the story's own: its two characters
check(set(q["name"] for q in p) == {"Maya", "Theo"}, "names other than the story's characters")
print("e2e-workshop-two: report: 6 decisions, sides taken twice, a repair to both, 1 road, %s"
      % (r["ending"] or {}).get("title"))
PY

for f in projector-beat projector-revealed projector-debrief presenter-beat presenter-revealed \
         presenter-repair presenter-debrief; do
    [ -s "$tmp/shots/$f.png" ] || { say "no screenshot $f"; exit 1; }
done
[ -z "${E2E_KEEP:-}" ] || say "kept in $tmp"
echo "e2e-workshop-two: ok"
