#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# A story's translation as a translator and a writer meet it: extract makes
# a valid .po with an id for every line; a translation shows in play, lines
# built from pieces included; check finds every line translated and fitting;
# an edited English line is reported stale at its line, a missing one
# missing, and shows in English; answers reordered keep their translation;
# a translation cannot inject code; a right-to-left language is refused; a
# broken .po leaves the English playable.
# Usage: translate.sh ATTUNE_BINARY STORY_DIR (homework-night)
set -eu
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
story=$tmp/homework-night
cp -r "$src" "$story"
rm -rf "$story/translations"
po=$story/translations/de.po
fail() { echo "FAIL: $*"; exit 1; }

echo "== extract"
"$bin" translate extract "$story" --lang de 2>"$tmp/err"
cat "$tmp/err"
grep -q "to translate" "$tmp/err" || fail "extract said nothing"
test -f "$po" || fail "no translations/de.po"
n=$(grep -c '^msgctxt' "$po")
echo "$n lines"
[ "$n" -gt 700 ] || fail "only $n lines extracted"
for id in story.title kitchen.cue kitchen.say.maya kitchen.fix.text kitchen.fix.inner \
          kitchen.fix.why kitchen.fix.set.1 snap.repair.1 snap.reflect snap.note \
          PLACE.kitchen named.1 end-apart.title; do
    grep -q "^msgctxt \"$id\"" "$po" || fail "no line with id $id"
done
# ids are never lines: no beat id, kind or file name was taken for a line
if grep -q '^msgid "images/' "$po" || grep -q '^msgid "kitchen"$' "$po" || grep -q '^msgid "fix"$' "$po"; then
    fail "an id or a file name was extracted as a line"
fi
msgfmt --check -o /dev/null "$po" || fail "msgfmt refuses the extracted .po"

echo "== a translation (every a, e and o accented: the same widths)"
python3 - "$po" <<'EOF'
import sys
p = sys.argv[1]
out = []
for e in open(p, encoding="utf-8").read().split("\n\n"):
    if "\nmsgctxt " in "\n" + e:
        head, rest = e.split("\nmsgid ", 1)
        msgid = rest.split("\nmsgstr ", 1)[0]
        pseudo = msgid.translate(str.maketrans("aeoAEO", "áéóÁÉÓ"))
        e = head + "\nmsgid " + msgid + "\nmsgstr " + pseudo
    out.append(e)
open(p, "w", encoding="utf-8").write("\n\n".join(out))
EOF
"$bin" translate check "$story" 2>"$tmp/err" >"$tmp/out" || { cat "$tmp/out" "$tmp/err"; fail "check of a full translation"; }
grep -q "ok, every line translated and fits" "$tmp/err" || fail "check did not say ok"
"$bin" check "$story" >"$tmp/out" 2>&1 || { cat "$tmp/out"; fail "attune check with a translation"; }
if grep -q "warning:" "$tmp/out"; then cat "$tmp/out"; fail "attune check warned"; fi

out=$(printf '1\n1\n1\n1\n1\nq\n' | "$bin" play --text "$story" --lang de --seed 3 --order authored)
echo "$out" | head -n 12
echo "$out" | grep -q "Hóméwórk Night" || fail "the title is not translated"
echo "$out" | grep -q "I’m nót dóing it" || fail "Maya's first line is not translated"
# kitchen's first answer (fix) leads to snap, where the repair names the
# miss: two pieces put together, both translated
out=$(printf '1\n4\nq\n' | "$bin" play --text "$story" --lang de --order authored)
echo "$out" | grep -q "I wént stráight tó hów tó dó it ánd névér áskéd hów yóu wéré. Nó wóndér" \
    || { echo "$out" | tail -n 20; fail "a repair built from pieces is not translated"; }
out=$(printf '1\nq\n' | "$bin" play --text "$story" --order authored)
echo "$out" | grep -q "I’m not doing it" || fail "without --lang the story is not in English"
out=$(printf 'q\n' | "$bin" --lang de play --text "$story" --order authored 2>&1)
echo "$out" | grep -q "Hóméwórk Night" || { echo "$out" | head -3; fail "--lang before the command"; }

echo "== an English line edited: stale, at its line; the English shows"
line=$(grep -n 'cue = "Her fox pencil lies snapped in two' "$story/story.lua" | cut -d: -f1)
sed -i 's/cue = "Her fox pencil lies snapped in two/cue = "Her fox pencil lies broken in two/' "$story/story.lua"
if "$bin" translate check "$story" >"$tmp/out" 2>&1; then fail "an edited line passed"; fi
grep -q "story.lua:$line: warning: stale (de)" "$tmp/out" || { cat "$tmp/out"; fail "the edited line is not reported stale at line $line"; }
[ "$(grep -c 'warning: stale' "$tmp/out")" -eq 1 ] || fail "more than one line reported stale"
out=$(printf 'q\n' | "$bin" play --text "$story" --lang de --order authored)
echo "$out" | grep -q "Her fox pencil lies broken in two" || fail "the edited line does not show in English"
echo "$out" | grep -q "I’m nót dóing it" || fail "the other lines lost their translation"
"$bin" translate extract "$story" --lang de 2>"$tmp/err"
grep -q "1 stale" "$tmp/err" || { cat "$tmp/err"; fail "extract did not keep the stale line's translation as fuzzy"; }
grep -B1 -A3 '^#| msgid "Her fox pencil lies snapped' "$po" | grep -q 'fuzzy' || fail "no #, fuzzy with the old English"
if "$bin" translate check "$story" >"$tmp/out" 2>&1; then fail "a fuzzy line passed"; fi
grep -q "warning: stale (de)" "$tmp/out" || fail "a fuzzy line is not stale"

echo "== answers reordered: their translations follow"
python3 - "$story/story.lua" <<'EOF'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
a = s.index('    { "Three goes, three different answers!')
b = s.index('    { "(Take the pencil, write 25')
c = s.index('    { "Hey, hey, shh.')
d = s.index('    { "Call me when')
e = s.index('    { "That means you’re nearly there.')
f = s.index('  },\n}', e)
# the two fixing answers change places
s = s[:a] + s[a:c] + s[e:f] + s[d:e] + s[c:d] + s[f:]
open(p, "w", encoding="utf-8").write(s)
EOF
"$bin" translate check "$story" >"$tmp/out" 2>&1 || true
if grep "torn-page" "$tmp/out"; then fail "reordered answers lost their translation"; fi

echo "== a line missing from the .po: reported, shown in English"
python3 - "$po" <<'EOF'
import sys
p = sys.argv[1]
entries = open(p, encoding="utf-8").read().split("\n\n")
entries = [e for e in entries if 'msgctxt "kitchen.attune.why"' not in e]
open(p, "w", encoding="utf-8").write("\n\n".join(entries))
EOF
if "$bin" translate check "$story" >"$tmp/out" 2>&1; then fail "a missing line passed"; fi
grep -q "warning: missing (de): \"You started with what the evening" "$tmp/out" || { cat "$tmp/out"; fail "no missing line reported"; }

echo "== a translation cannot change the story's code"
python3 - "$po" <<'EOF'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
old = s.split('msgctxt "kitchen.say.maya"', 1)[1].split("\n\n", 1)[0]
i = old.index("msgstr")
hostile = 'msgstr "\\" .. error(\\"injected\\") .. \\" ]] \\\\ \\n and \\\\z"'
s = s.replace(old, old[:i] + hostile, 1)
open(p, "w", encoding="utf-8").write(s)
EOF
out=$(printf 'q\n' | "$bin" play --text "$story" --lang de --order authored 2>&1)
echo "$out" | grep -q 'Máyá: " .. error("injected") .. " \]\] \\' || { echo "$out" | head; fail "a hostile translation was not shown as text"; }

echo "== a translation cannot change the code where the lexer could lose its place"
# Lua's own ends of a literal: \z over a line break, a backslash before CR
# LF, a comment ended by a lone CR. Each line is translated to text that
# would be code if its literal were cut where Lua does not cut it.
lx=$tmp/lexer
mkdir -p "$lx/translations"
printf '%s\r%s\n' '-- a comment ended by CR only' 'local X = [[' >"$lx/story.lua"
printf '%s\n' '"Inside a long string"' ']]' >>"$lx/story.lua"
printf '%s\r\n' 'story { id = "lexer", title = "Lexer", start = "one" }' '' 'beat "one" {' \
    '  say = "The first part \z' '         and the second part", cue = "Hello there",' \
    '  note = "A line\' 'goes on", why = "After it",' '  choices = {' \
    '    { "Hi.", kind = "attune", next = "end", why = "Because." },' '  },' '}' \
    'ending "end" { title = "End", text = "End " .. X, verdict = "other" }' >>"$lx/story.lua"
"$bin" translate extract "$lx" --lang de 2>"$tmp/err" || { cat "$tmp/err"; fail "extract of the lexer story"; }
if grep -q '^msgid ", cue = "' "$lx/translations/de.po" || grep -q '^msgid "Inside a long string"' "$lx/translations/de.po"; then
    cat "$lx/translations/de.po"; fail "a piece of code was taken for a line"
fi
python3 - "$lx/translations/de.po" <<'EOF2'
import sys
p = sys.argv[1]
out = []
for e in open(p, encoding="utf-8").read().split("\n\n"):
    if "\nmsgctxt " in "\n" + e:
        head = e.rsplit("\nmsgstr ", 1)[0]
        e = head + "\nmsgstr \"x\\\", cue = error('injected'), z = \\\"]] error('injected') --[[\""
    out.append(e)
open(p, "w", encoding="utf-8").write("\n\n".join(out))
EOF2
out=$(printf 'q\n' | "$bin" play --text "$lx" --lang de 2>&1) || true
if echo "$out" | grep -q "injected'*$\|: injected"; then echo "$out" | head; fail "a translation ran as code"; fi
echo "$out" | grep -q "cue = error('injected')" || { echo "$out" | head; fail "the translation is not shown as text"; }

echo "== a stale line taken out and put back stays stale"
ob=$tmp/obsolete
mkdir -p "$ob"
cat >"$ob/story.lua" <<'EOF2'
story { id = "obsolete", title = "Obsolete", start = "one" }
beat "one" {
  say = "Say something.", cue = "Hello there",
  choices = { { "Hi.", kind = "attune", next = "end", why = "Because." } },
}
ending "end" { title = "End", text = "End.", verdict = "other" }
EOF2
"$bin" translate extract "$ob" --lang de 2>/dev/null
sed -i '/^msgid "Hello there"$/{n;s/^msgstr ""$/msgstr "Hallo"/}' "$ob/translations/de.po"
sed -i 's/"Hello there"/"Goodbye now"/' "$ob/story.lua"
"$bin" translate extract "$ob" --lang de 2>/dev/null # fuzzy, for older English
sed -i 's/, cue = "Goodbye now"//' "$ob/story.lua"
"$bin" translate extract "$ob" --lang de 2>/dev/null # obsolete
msgfmt --check -o /dev/null "$ob/translations/de.po" 2>/dev/null || fail "msgfmt refuses an obsolete fuzzy entry"
sed -i 's/say = "Say something.",/say = "Say something.", cue = "Goodbye now",/' "$ob/story.lua"
"$bin" translate extract "$ob" --lang de 2>"$tmp/err" # back
grep -q "1 stale" "$tmp/err" || { cat "$tmp/err" "$ob/translations/de.po"; fail "a stale translation came back as done"; }
grep -B1 '^msgctxt "one.cue"' "$ob/translations/de.po" | grep -q '^#| msgid "Hello there"' || fail "the older English was lost"
out=$(printf 'q\n' | "$bin" play --text "$ob" --lang de 2>&1)
echo "$out" | grep -q "Goodbye now" || fail "a stale translation is shown"

echo "== a language with its country: translations/pt_BR.po, else translations/pt.po"
"$bin" translate extract "$ob" --lang pt_BR 2>/dev/null
sed -i '/^msgid "Say something."$/{n;s/^msgstr ""$/msgstr "Diga algo."/}' "$ob/translations/pt_BR.po"
out=$(printf 'q\n' | "$bin" play --text "$ob" --lang pt_BR 2>&1)
echo "$out" | grep -q "Diga algo" || { echo "$out" | head -5; fail "--lang pt_BR did not use translations/pt_BR.po"; }
mv "$ob/translations/pt_BR.po" "$ob/translations/pt.po"
out=$(printf 'q\n' | "$bin" play --text "$ob" --lang pt_BR 2>&1)
echo "$out" | grep -q "Diga algo" || { echo "$out" | head -5; fail "--lang pt_BR did not fall back to translations/pt.po"; }

echo "== right-to-left: refused with a clear message"
sed -e 's/Language: de/Language: ar/' "$po" >"$story/translations/ar.po"
if "$bin" translate check "$story" --lang ar >"$tmp/out" 2>&1; then fail "a right-to-left translation passed"; fi
grep -q "right-to-left scripts .* are not supported yet" "$tmp/out" || { cat "$tmp/out"; fail "no right-to-left message"; }
out=$(printf 'q\n' | "$bin" play --text "$story" --lang ar --order authored 2>&1)
echo "$out" | grep -q "I’m not doing it" || fail "the right-to-left language was used"
rm "$story/translations/ar.po"

echo "== a broken .po: reported at its line; the English plays"
printf 'this is not a po line\n' >>"$po"
if "$bin" translate check "$story" >"$tmp/out" 2>&1; then fail "a broken .po passed"; fi
grep -q "de.po:[0-9]*: error: not a .po line" "$tmp/out" || { cat "$tmp/out"; fail "the broken line is not reported"; }
out=$(printf 'q\n' | "$bin" play --text "$story" --lang de --order authored 2>&1)
echo "$out" | grep -q "kitchen" || fail "the story did not play with a broken .po"

echo "== an included file, a call's argument, a format"
src_dir=$(cd "$(dirname "$0")" && pwd)
inc=$tmp/tiny
cp -r "$src_dir/fixtures/stories/tiny" "$inc"
mkdir -p "$inc/scenes"
# Both files name a table PLACE; story.lua also calls a function with a
# string argument and joins another string onto its result, and formats a
# line with a count.
cat >>"$inc/story.lua" <<'EOF'
local PLACE = { one = "At the start" }
local FORMAT = "%d sums left."
include "scenes/more.lua"
EOF
cat >"$inc/scenes/more.lua" <<'EOF'
local PLACE = { one = "At the very start" }
local function shout(t) return t end
local JOINED = shout "Called with this" .. " and this joined on."
EOF
"$bin" translate extract "$inc" --lang de 2>/dev/null
ipo=$inc/translations/de.po
grep -q '^msgctxt "PLACE.one"' "$ipo" || fail "story.lua's PLACE.one is missing"
grep -q '^msgctxt "scenes/more:PLACE.one"' "$ipo" || fail "the included file's lines have no file in their ids"
grep -q '^msgid "Called with this"$' "$ipo" || fail "a call's argument was joined with what follows the call"
python3 - "$ipo" <<'EOF'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = s.replace('msgid "%d sums left."\nmsgstr ""', 'msgid "%d sums left."\nmsgstr "Noch ein paar Aufgaben."')
s = s.replace('msgid "At the very start"\nmsgstr ""', 'msgid "At the very start"\nmsgstr "Ganz am Anfang"')
open(p, "w", encoding="utf-8").write(s)
EOF
"$bin" translate check "$inc" --lang de >"$tmp/out" 2>&1 || true
grep -q "placeholders" "$tmp/out" || { cat "$tmp/out"; fail "a translation that drops %d is not reported"; }
if grep "scenes/more:PLACE.one" "$tmp/out" | grep -q "stale\|untranslated"; then
    fail "the included file's PLACE.one is not translated"
fi

echo "== usage"
if "$bin" translate extract "$story" 2>/dev/null; then fail "extract without --lang"; fi
if "$bin" translate extract "$story" --lang "../x" 2>/dev/null; then fail "a bad language code"; fi
echo "translate: ok"
