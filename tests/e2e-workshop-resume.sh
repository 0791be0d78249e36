#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Workshop resume, headless, through the real game loop: a session of the
# tiny story is killed with SIGKILL after two decisions, a tie broken, two
# pauses, a reveal and a road not taken; the game is started again, offers
# to resume from decision 2, resumes, and the session is finished (a second
# road not taken, from decision 3, on the way) and exported. The same keys
# without the kill make a control session. The two reports must agree on
# everything the group did (votes, who decided, the answers and their
# effects, the reveals, the vote timer, the pauses, the roads, the ending);
# the times may differ by what the machine took, not by the interruption,
# which the resumed report names. Then "Start afresh" after
# a second kill: the unfinished record is kept under its own name.
# Usage: e2e-workshop-resume.sh ATTUNE_BINARY SOURCE_DIR
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
story="$tmp/data/scripts/stories/tiny"
export ATTUNE_DATA_DIR="$tmp/data" HOME="$tmp/home"
export ATTUNE_REPORT_DIR="$tmp/default-reports"
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
mkdir -p "$HOME"
say() { echo "e2e-workshop-resume: $*"; }

# Up to the kill: decisions 1 and 2, pauses, the road not taken and back.
cat > "$tmp/before" <<'SCRIPT'
expect workshop-beat
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
key Return
expect workshop-tie
key b
expect workshop-chosen
key p
expect workshop-discuss
wait 1100
key p
expect workshop-chosen
key r
expect workshop-revealed
key Return
expect workshop-beat
key a
key a
key a
key a
key c
key Return
expect workshop-beat
key 3
expect workshop-chosen
key Return
expect workshop-revealed
key p
expect workshop-discuss
wait 1600
key p
expect workshop-revealed
key n
expect workshop-roads
key Up
key Up
key Return
expect workshop-beat-side
key 3
expect workshop-chosen-side
key Return
expect workshop-revealed-side
key Return
expect workshop-beat-side
key n
expect workshop-revealed
SCRIPT
# After it: decisions 3 and 4, the ending, the debrief, the export.
cat > "$tmp/after" <<'SCRIPT'
key Return
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
expect workshop-beat
key 1
expect workshop-chosen
key Return
key Return
expect workshop-ending
key Return
expect workshop-debrief
key n
expect workshop-roads
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
key ctrl+u
type REPORTS
key Return
key Return
expect workshop-debrief
quit
SCRIPT

# The control: the whole session in one run.
export XDG_DATA_HOME="$tmp/xdg-control"
{ cat "$tmp/before"; sed "s|REPORTS|$tmp/control|" "$tmp/after"; } > "$tmp/control.script"
"$bin" --workshop "$story" --size 1280x720 --input-script "$tmp/control.script" \
    2>"$tmp/control.log" || { say "the control run failed"; cat "$tmp/control.log"; exit 1; }

# The session killed after the road not taken.
export XDG_DATA_HOME="$tmp/xdg"
rec="$tmp/xdg/Attune/attune/workshop-last.txt"
kill_after_before() {
    { cat "$tmp/before"; echo "wait 600000"; } > "$tmp/kill.script"
    "$bin" --workshop "$story" --size 1280x720 --input-script "$tmp/kill.script" \
        2>"$tmp/kill.log" &
    pid=$!
    for i in $(seq 300); do
        grep -q "^road " "$rec" 2>/dev/null && break
        sleep 0.1
    done
    sleep 0.3
    kill -KILL $pid
    wait $pid 2>/dev/null && { say "the game was not killed"; exit 1; } || true
    grep -q "^road " "$rec" || { say "no road in the record"; cat "$tmp/kill.log"; exit 1; }
}
kill_after_before
[ "$(grep -c '^decision ' "$rec")" = 2 ] || { say "not 2 decisions in the record"; cat "$rec"; exit 1; }
sleep 8 # the interruption: not to be counted in the session's time

# Started again: the offer, resumed, finished.
{ echo "expect workshop-resume"
  echo "shot $tmp/shots/projector-resume.png"
  echo "shot presenter $tmp/shots/presenter-resume.png"
  echo "key Return"
  echo "expect workshop-revealed"
  sed "s|REPORTS|$tmp/resumed|" "$tmp/after"; } > "$tmp/resume.script"
"$bin" --workshop "$story" --presenter --size 1280x720 --input-script "$tmp/resume.script" \
    2>"$tmp/resume.log" || { say "the resumed run failed"; cat "$tmp/resume.log"; exit 1; }
grep -q "script: screen workshop-debrief" "$tmp/resume.log" ||
    { say "the resumed run did not finish"; cat "$tmp/resume.log"; exit 1; }
for f in projector-resume presenter-resume; do
    [ -s "$tmp/shots/$f.png" ] || { say "no screenshot $f"; exit 1; }
done

c_json=$(ls "$tmp/control"/attune-workshop-tiny-*.json | head -1)
r_json=$(ls "$tmp/resumed"/attune-workshop-tiny-*.json | head -1)
r_html=$(ls "$tmp/resumed"/attune-workshop-tiny-*.html | head -1)
python3 "$src/tests/report-check.py" "$r_html" "$r_json" --decisions 4 ||
    { say "the resumed report is not valid"; exit 1; }
grep -q "Resumed after an interruption at [0-9][0-9]:[0-9][0-9]" "$r_html" ||
    { say "the resumed report does not name the interruption"; exit 1; }
python3 - "$c_json" "$r_json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
r = json.load(open(sys.argv[2], encoding="utf-8"))
def check(cond, what):
    if not cond:
        print("e2e-workshop-resume: " + what); sys.exit(1)
check(c["resumed_after_interruption"] == [], "the control names an interruption")
check(len(r["resumed_after_interruption"]) == 1, "not one interruption: %r" % r["resumed_after_interruption"])
check(len(c["decisions"]) == 4 and len(r["decisions"]) == 4, "not 4 decisions each")
for a, b in zip(c["decisions"], r["decisions"]):
    n = a["number"]
    for k in ("beat", "said", "cue", "reflect", "options", "votes_total", "chosen", "decided_by",
              "revealed", "effects"):
        check(a[k] == b[k], "decision %d: %s differs: %r / %r" % (n, k, a[k], b[k]))
    ta, tb = a["timings"], b["timings"]
    check(ta["vote_timer_seconds"] == tb["vote_timer_seconds"], "decision %d: vote timer" % n)
    for k in ("shown_at_seconds", "decided_at_seconds", "seconds_to_decide", "discussion_seconds"):
        # NOTE: 3 s: on a loaded machine (two ASan suites at once) the two runs'
        # starts differ by up to that; the 8 s the game is down stays well above.
        check(abs(ta[k] - tb[k]) <= 3, "decision %d: %s %r / %r" % (n, k, ta[k], tb[k]))
d = r["decisions"]
check([o["votes"] for o in d[0]["options"]] == [3, 3, 0] and d[0]["decided_by"] == "tie-break",
      "decision 1: 3/3/0, tie-break")
check(d[0]["timings"]["discussion_seconds"] >= 1 and d[1]["timings"]["discussion_seconds"] >= 1,
      "the pauses of decisions 1 and 2 are kept")
check(d[0]["timings"]["vote_timer_seconds"] == 60, "the vote timer of decision 1 is kept")
check(d[1]["revealed"] and d[2]["revealed"], "the reveals are kept")
for k in ("ending", "connection_start", "connection_end", "summary", "story", "date"):
    check(c[k] == r[k], "%s differs: %r / %r" % (k, c[k], r[k]))
# one road before the kill (from decision 1), one after the resume (from 3)
check(len(r["roads_not_taken"]) == 2, "not two roads: %r" % r["roads_not_taken"])
check([x["from_decision"] for x in r["roads_not_taken"]] == [1, 3], "the roads' decisions")
for ra, rb in zip(c["roads_not_taken"], r["roads_not_taken"]):
    for k in ("from_decision", "letter", "text", "kind", "steps", "ending"):
        check(ra[k] == rb[k], "the road's %s differs: %r / %r" % (k, ra[k], rb[k]))
    check(abs(ra["seconds"] - rb["seconds"]) <= 3, "the road's time")
# The 8 s the game was down are not in the session's length.
check(abs(c["duration_seconds"] - r["duration_seconds"]) <= 4,
      "duration %d s resumed, %d s straight through" % (r["duration_seconds"], c["duration_seconds"]))
print("e2e-workshop-resume: resumed report = control (4 decisions, 2 roads, %s; %d s / %d s), "
      "interrupted at %s" % (r["ending"]["title"], r["duration_seconds"], c["duration_seconds"],
                             r["resumed_after_interruption"][0]))
PY
grep -q "^finished" "$rec" || { say "the finished session's record is still resumable"; exit 1; }

# Killed again, then "Start afresh": the unfinished record is set aside
# under its own name at the new session's first decision, never deleted.
rm -f "$rec"
kill_after_before
cp "$rec" "$tmp/killed.txt"
cat > "$tmp/afresh.script" <<'SCRIPT'
expect workshop-resume
key Down
key Return
expect workshop-beat
key 1
expect workshop-chosen
quit
SCRIPT
"$bin" --workshop "$story" --size 1280x720 --input-script "$tmp/afresh.script" \
    2>"$tmp/afresh.log" || { say "the afresh run failed"; cat "$tmp/afresh.log"; exit 1; }
kept=$(ls "$tmp/xdg/Attune/attune"/workshop-unfinished-tiny-*.txt 2>/dev/null | head -1)
[ -n "$kept" ] && cmp -s "$kept" "$tmp/killed.txt" ||
    { say "the unfinished record was not kept"; ls "$tmp/xdg/Attune/attune"; exit 1; }
[ -s "${kept%.txt}.json" ] && [ -s "${kept%.txt}.html" ] || { say "its report was not kept"; exit 1; }
[ "$(grep -c '^decision ' "$rec")" = 1 ] || { say "the new session's record"; cat "$rec"; exit 1; }
say "start afresh kept $(basename "$kept")"
say "ok"
