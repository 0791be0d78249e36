-- SPDX-License-Identifier: MIT
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- The writer's tools that work on a whole story: the graph, the simulator
-- with the teaching checks, and the checks that need the whole graph (a
-- rupture with no repair ahead). Layer: Lua story library (trusted).
-- Everything here is deterministic: the same story and seed give the same
-- numbers.
local lib = ...
local rules = lib.rules
local dsl = lib.story
local runtime = lib.runtime
local tells = lib.tells

local M = {}

local function attuned(kind) return rules.ATTUNED[kind] == true end
local function misattuned(kind) return rules.MISATTUNED[kind] == true end

-- Does choice `ch` open a rupture (its kind's default, or its own effects)?
local function opens_rupture(story, ch)
  local e = rules.effect(ch.kind, story.info.rules, ch.effects)
  return e.rupture == true
end

-- ---------------------------------------------------------------- graph

local function dot_escape(s)
  s = tostring(s or "")
  local out = {}
  for i = 1, #s do
    local c = s:sub(i, i)
    if c == "\\" then out[#out + 1] = "\\\\"
    elseif c == '"' then out[#out + 1] = '\\"'
    elseif c == "\n" then out[#out + 1] = "\\n"
    else out[#out + 1] = c end
  end
  return table.concat(out)
end

-- A short excerpt of a text for a node label (text functions show as …).
local function excerpt(v, n)
  if type(v) ~= "string" then return v and "(computed)" or "" end
  local plain = {}
  for i = 1, #v do
    local c = v:sub(i, i)
    if c ~= "*" then plain[#plain + 1] = c end
  end
  v = table.concat(plain)
  if utf8.len(v) and utf8.len(v) > n then
    v = v:sub(1, utf8.offset(v, n + 1) - 1) .. "…"
  end
  return v
end

local EDGE_STYLE = {
  attune = 'color="#2f7d4f", penwidth=2',
  attune_boundary = 'color="#2f7d4f", penwidth=2, style=bold',
  repair = 'color="#2b5fa8", penwidth=2.4, style=bold',
  steady = 'color="#8a8a8a", style=dotted',
}
local MISS_STYLE = 'color="#b8452b", style=dashed'
local VERDICT_FILL = { connected = "#cfe8d4", stronger = "#a9dbb8", disconnected = "#f2c9bd", other = "#e8e2d0" }

-- Graphviz DOT: beats as boxes, endings as double octagons filled by verdict,
-- answers as edges labelled and styled by kind (dashed red: misattuned).
function M.graph(story)
  local out = {}
  local function w(s) out[#out + 1] = s end
  w(string.format('digraph "%s" {', dot_escape(story.info.id or "story")))
  w(string.format('  label="%s"; labelloc=t; fontsize=20; fontname="Open Sans";', dot_escape(story.info.title)))
  w('  rankdir=TB; nodesep=0.35; ranksep=0.55;')
  w('  node [shape=box, style="rounded,filled", fillcolor="#f6eede", fontname="Open Sans", fontsize=11];')
  w('  edge [fontname="Open Sans", fontsize=9];')
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    if b.is_ending then
      w(string.format('  "%s" [shape=doubleoctagon, fillcolor="%s", label="%s\\n(%s ending)"];',
        dot_escape(id), VERDICT_FILL[b.verdict] or "#eeeeee", dot_escape(excerpt(b.title, 40)), dot_escape(b.verdict)))
    else
      local extra = (id == story.info.start) and ', penwidth=2.5' or ''
      if b.pressure then extra = extra .. ', color="#b8452b"' end
      w(string.format('  "%s" [label="%s\\n%s"%s];', dot_escape(id), dot_escape(id),
        dot_escape(excerpt(b.line_text or b.cue, 48)), extra))
    end
  end
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    for _, ch in ipairs(b.choices or {}) do
      local style = (misattuned(ch.other) and MISS_STYLE) or EDGE_STYLE[ch.kind] or (misattuned(ch.kind) and MISS_STYLE) or ""
      local targets = dsl.targets(ch.next)
      local conditional = type(ch.next) == "table" and #targets > 1
      -- with two people: whom it is to, and what it is to the other
      local label = ch.kind
      if ch.to then
        label = ch.kind .. " \u{2192} " .. ch.to
        for _, t in ipairs(ch.to_list or {}) do
          if t[1] ~= ch.to and ch.to ~= "both" then label = label .. "\n" .. t[2] .. " \u{2192} " .. t[1] end
        end
      end
      for _, t in ipairs(targets) do
        w(string.format('  "%s" -> "%s" [label="%s%s", %s];', dot_escape(id), dot_escape(t),
          dot_escape(label), conditional and " ?" or "", style))
      end
    end
  end
  w('}')
  return table.concat(out, "\n") .. "\n"
end

-- ---------------------------------------------------------------- checks

-- Problems only the whole graph shows. Returns a list of
-- { level, file, line, msg }.
function M.deep_check(story)
  local diags = {}
  -- Beats from which a repair answer can still be reached: every beat with a
  -- repair answer, and (walking the answers backwards) every beat that leads
  -- to one. One pass over the edges.
  local can_repair, into, queue = {}, {}, {}
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    for _, ch in ipairs(b.choices or {}) do
      if ch.kind == "repair" and not can_repair[id] then
        can_repair[id] = true
        queue[#queue + 1] = id
      end
      for _, t in ipairs(dsl.targets(ch.next)) do
        local list = into[t]
        if not list then list = {}; into[t] = list end
        list[#list + 1] = id
      end
    end
  end
  local head = 1
  while head <= #queue do
    local t = queue[head]
    head = head + 1
    for _, from in ipairs(into[t] or {}) do
      if not can_repair[from] then
        can_repair[from] = true
        queue[#queue + 1] = from
      end
    end
  end
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    for i, ch in ipairs(b.choices or {}) do
      if opens_rupture(story, ch) then
        local reachable, only_endings, good = false, true, nil
        for _, t in ipairs(dsl.targets(ch.next)) do
          if can_repair[t] then reachable = true end
          local e = story.beats[t]
          if e and not e.is_ending then only_endings = false end
        end
        -- A good ending the miss always leads to: its `next`, or a branch
        -- without a `when` (a branch with one may test for open ruptures).
        local always = type(ch.next) == "string" and { ch.next } or {}
        if type(ch.next) == "table" and not ch.next.to_ending then
          for _, br in ipairs(ch.next) do
            if type(br) == "table" and br.when == nil then always[#always + 1] = br[1] end
          end
        end
        for _, t in ipairs(always) do
          local e = story.beats[t]
          if e and e.is_ending and rules.GOOD[e.verdict] and not good then good = e end
        end
        local function line() return dsl.answer_line(b, i) end
        if not reachable and only_endings then
          -- A miss may end the story: docs/attunement.md has a rupture left
          -- open named in the ending, and keeps the play from the good
          -- endings. So a miss that leads straight to an `other` or
          -- `disconnected` ending (or to to_ending(), which then chooses
          -- one) is a story's way to end apart. Only a miss written to lead
          -- straight to a good ending contradicts the rules.
          if good then
            diags[#diags + 1] = { level = "warning", file = b.file, line = line(), msg = string.format(
              "beat '%s', choice %d (%s) opens a rupture and leads straight to the %s ending '%s'; "
              .. "a rupture left open keeps a play from the good endings: lead it to an other or "
              .. "disconnected ending, or to to_ending()", id, i, ch.kind, good.verdict, good.id) }
          end
        elseif not reachable then
          diags[#diags + 1] = { level = "error", file = b.file, line = line(), msg = string.format(
            "beat '%s', choice %d (%s) opens a rupture, but no path from there offers a repair before an ending",
            id, i, ch.kind) }
        end
      end
    end
  end
  for _, d in ipairs(tells.check(story)) do diags[#diags + 1] = d end
  for _, d in ipairs(tells.face_check(story)) do diags[#diags + 1] = d end
  return diags
end

-- Everything on disk a story refers to, and every beat, for the engine to
-- check (files) and measure (text in the box). A list of
-- { what, id, value, file, line }.
function M.refs(story)
  local refs = {}
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    refs[#refs + 1] = { what = b.is_ending and "ending" or "beat", id = id, value = id, file = b.file, line = b.line }
    if type(b.background) == "string" then
      refs[#refs + 1] = { what = "background", id = id, value = b.background, file = b.file, line = b.line }
    end
    if type(b.music) == "string" then
      refs[#refs + 1] = { what = "music", id = id, value = b.music, file = b.file, line = b.line }
    end
  end
  for id, c in pairs(story.characters) do
    if type(c.portraits) == "table" then
      for state, p in pairs(c.portraits) do
        refs[#refs + 1] = { what = "portrait", id = id .. "." .. tostring(state), value = p, file = c.file, line = c.line }
      end
    end
  end
  return refs
end

-- ---------------------------------------------------------------- voices

-- How each character's lines read (attune lint-voice): a reading level and
-- the length of their sentences, so an eight-year-old does not speak like a
-- therapist. Only the text a story writes out is measured (a line a
-- function computes is counted apart). Words and sentences are found without
-- patterns (the library has none), syllables estimated from vowel groups.

local function is_letter(b) return b and ((b >= 65 and b <= 90) or (b >= 97 and b <= 122) or b >= 128) end

-- The text a player reads: markup stars out, [[shown|term]] as its shown words.
local function plain_text(t)
  local out, i, n = {}, 1, #t
  while i <= n do
    local b = t:byte(i)
    if b == 42 then -- *
      i = i + 1
    elseif b == 91 and t:byte(i + 1) == 91 then -- [[
      local j = i + 2
      while j < n and not (t:byte(j) == 93 and t:byte(j + 1) == 93) do j = j + 1 end
      local inner = t:sub(i + 2, j - 1)
      local bar
      for k = 1, #inner do if inner:byte(k) == 124 then bar = k; break end end
      out[#out + 1] = bar and inner:sub(1, bar - 1) or inner
      i = j + 2
    else
      out[#out + 1] = string.char(b)
      i = i + 1
    end
  end
  return table.concat(out)
end

-- Syllables in a word, estimated: groups of vowels (y counts), less a
-- silent final e, at least one. Letters beyond ASCII count as consonants.
function M.syllables(word)
  local w = word:lower()
  local n, prev = 0, false
  for i = 1, #w do
    local c = w:sub(i, i)
    local v = c == "a" or c == "e" or c == "i" or c == "o" or c == "u" or c == "y"
    if v and not prev then n = n + 1 end
    prev = v
  end
  local len = #w
  if len > 2 and w:sub(len) == "e" and w:sub(len - 1, len) ~= "le" and n > 1 then n = n - 1 end
  if len > 3 and w:sub(len - 1) == "ed" and n > 1 then
    local before = w:sub(len - 2, len - 2)
    if before ~= "t" and before ~= "d" then n = n - 1 end
  end
  return math.max(n, 1)
end

-- Sentences of a text: their word counts and syllable counts. A sentence
-- ends at . ! ? or … (a run of them) followed by a space, a quote or the end.
function M.sentences(text)
  local t = plain_text(text)
  local out = {}
  local words, syl = 0, 0
  local i, n = 1, #t
  local function close()
    if words > 0 then out[#out + 1] = { words = words, syllables = syl } end
    words, syl = 0, 0
  end
  while i <= n do
    local b = t:byte(i)
    if is_letter(b) or (b >= 48 and b <= 57) then
      local j = i
      local letters = {}
      while j <= n do
        local c = t:byte(j)
        if is_letter(c) or (c >= 48 and c <= 57) then
          letters[#letters + 1] = string.char(c)
          j = j + 1
        elseif (c == 39 or c == 45) and is_letter(t:byte(j + 1)) then -- ' or - inside a word
          j = j + 1
        elseif c == 0xE2 and t:byte(j + 1) == 0x80 and t:byte(j + 2) == 0x99 and is_letter(t:byte(j + 3)) then
          j = j + 3 -- ’ inside a word
        else
          break
        end
      end
      words = words + 1
      syl = syl + M.syllables(table.concat(letters))
      i = j
    elseif b == 46 or b == 33 or b == 63 or (b == 0xE2 and t:byte(i + 1) == 0x80 and t:byte(i + 2) == 0xA6) then
      -- . ! ? …: the end of a sentence when what follows is not a letter
      local j = i
      while j <= n do
        local c = t:byte(j)
        if c == 46 or c == 33 or c == 63 then j = j + 1
        elseif c == 0xE2 and t:byte(j + 1) == 0x80 and t:byte(j + 2) == 0xA6 then j = j + 3
        else break end
      end
      if not is_letter(t:byte(j)) then close() end
      i = j
    else
      i = i + 1
    end
  end
  close()
  return out
end

-- The Flesch-Kincaid grade of a set of sentences.
function M.grade(words, sentences, syllables)
  if words == 0 or sentences == 0 then return 0 end
  return 0.39 * words / sentences + 11.8 * syllables / words - 15.59
end

-- A character's age: `age`, else the first whole number from 1 to 120 in
-- `about` standing alone ("your daughter, 8, in Mrs Okafor's class").
function M.age_of(ch)
  if type(ch.age) == "number" then return ch.age end
  local about = type(ch.about) == "string" and ch.about or ""
  local i, n = 1, #about
  while i <= n do
    local b = about:byte(i)
    if b >= 48 and b <= 57 and not is_letter(about:byte(i - 1) or 32) then
      local j = i
      while j <= n and about:byte(j) >= 48 and about:byte(j) <= 57 do j = j + 1 end
      local v = tonumber(about:sub(i, j - 1))
      if not is_letter(about:byte(j)) and v >= 1 and v <= 120 then return v end
      i = j
    else
      i = i + 1
    end
  end
  return nil
end

-- The grade an age is expected to read and speak at (a school grade: six
-- year olds are in the first), and how far above it is "far above".
M.VOICE_MARGIN = 4
M.VOICE_MIN_WORDS = 30
M.CHILD_UNDER = 18

-- The report and the warnings. Returns the text, and a list of
-- { level, file, line, msg }.
function M.voice(story)
  local rows, order = {}, {}
  local function row(key, name, age)
    if not rows[key] then
      rows[key] = { name = name, age = age, lines = 0, computed = 0, sentences = 0, words = 0,
                    syllables = 0, max = 0, hardest = nil }
      order[#order + 1] = key
    end
    return rows[key]
  end
  local ids = {}
  for id in pairs(story.characters) do ids[#ids + 1] = id end
  table.sort(ids)
  for _, id in ipairs(ids) do
    local ch = story.characters[id]
    row(id, type(ch.name) == "string" and ch.name or id, M.age_of(ch))
  end
  local function add(r, text, b, answer)
    if type(text) ~= "string" then
      r.computed = r.computed + 1
      return
    end
    r.lines = r.lines + 1
    local ss = M.sentences(text)
    local w, sy = 0, 0
    for _, st in ipairs(ss) do
      w, sy = w + st.words, sy + st.syllables
      if st.words > r.max then r.max = st.words end
    end
    r.sentences, r.words, r.syllables = r.sentences + #ss, r.words + w, r.syllables + sy
    local g = M.grade(w, #ss, sy)
    if w >= 6 and (not r.hardest or g > r.hardest.grade) then
      r.hardest = { grade = g, text = text, beat = b.id, file = b.file, b = b, answer = answer }
    end
  end
  local you = row("\0you", "your answers", nil)
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    if b.speaker and rows[b.speaker] then add(rows[b.speaker], b.line_text, b, nil) end
    for i, ch in ipairs(b.choices or {}) do add(you, ch[1], b, i) end
  end
  table.sort(order, function(a, c) return a:byte(1) ~= 0 and (c:byte(1) == 0 or a < c) end)
  local out, diags = {}, {}
  local function w(...) out[#out + 1] = string.format(...) end
  w("voices in %s (reading level: Flesch-Kincaid grade from estimated syllables; sentences in words)\n",
    story.info.id or "story")
  w("  %-22s %4s %6s %9s %6s %6s %5s %4s\n", "who", "age", "lines", "sentences", "words", "grade", "mean", "max")
  for _, key in ipairs(order) do
    local r = rows[key]
    local label = key:byte(1) == 0 and r.name or (key .. " (" .. r.name .. ")")
    if #label > 22 then label = label:sub(1, 21) .. "…" end
    if r.lines == 0 then
      w("  %-22s %4s %6d %9s %6s %6s %5s %4s%s\n", label, r.age and tostring(r.age) or "-", 0, "-", "-", "-", "-", "-",
        r.computed > 0 and string.format("  (%d computed)", r.computed) or "")
    else
      r.grade = M.grade(r.words, r.sentences, r.syllables)
      w("  %-22s %4s %6d %9d %6d %6.1f %5.1f %4d%s\n", label, r.age and tostring(r.age) or "-", r.lines, r.sentences,
        r.words, r.grade, r.words / math.max(r.sentences, 1), r.max,
        r.computed > 0 and string.format("  (%d computed, not measured)", r.computed) or "")
    end
  end
  for _, key in ipairs(order) do
    local r = rows[key]
    if r.age and r.age < M.CHILD_UNDER and r.grade and r.words >= M.VOICE_MIN_WORDS then
      local expected = math.max(r.age - 5, 0)
      if r.grade > expected + M.VOICE_MARGIN then
        local ch = story.characters[key]
        local h = r.hardest
        local msg = string.format("voice: %s (%s, %d) reads at grade %.1f, far above a %d-year-old "
          .. "(about grade %d; warned above %d): shorter sentences and plainer words", key, r.name, r.age, r.grade,
          r.age, expected, expected + M.VOICE_MARGIN)
        if h then
          msg = msg .. string.format("; the hardest line is in beat '%s' (grade %.1f): \"%s\"", h.beat, h.grade,
            dsl.shown(h.text))
        end
        local line = h and (h.answer and dsl.answer_line(h.b, h.answer) or h.b.line) or ch.line
        diags[#diags + 1] = { level = "warning", file = h and h.file or ch.file, line = line, msg = msg }
      end
    end
  end
  return table.concat(out), diags
end

-- ---------------------------------------------------------------- simulate

-- A tiny deterministic generator for the simulator's own choices.
local function rng(seed)
  local x = seed ~= 0 and seed or 0x9E3779B97F4A7C15
  return function(n)
    x = x ~ (x << 13); x = x ~ (x >> 7); x = x ~ (x << 17)
    return (x >> 11) % n + 1
  end
end

-- The answers a player could pick now: {index, choice}.
local function open_choices(run)
  local out = {}
  local flooded = rules.flooded(run.st)
  for i, ch in ipairs(run.shown) do
    if not (flooded and rules.needs_steadiness(ch)) then out[#out + 1] = { i, ch } end
  end
  return out
end

-- (`pred` sees the answer's kind, and the answer: in a story with two
-- people an answer attuned to one may be a miss for the other)
local function pick_kind(open, pred, rand)
  local c = {}
  for _, o in ipairs(open) do if pred(o[2].kind, o[2]) then c[#c + 1] = o end end
  if #c == 0 then return nil end
  return c[rand(#c)][1]
end

-- A miss for someone: its kind, or what it is to the other (taking sides).
local function a_miss(kind, ch) return misattuned(kind) or (ch ~= nil and misattuned(ch.other)) end
-- Attuned to whom it is to and a miss for no one.
local function clean(kind, ch) return attuned(kind) and not misattuned(ch and ch.other) end

-- The person-states answer `ch` would mend a rupture with, when it is a
-- repair with something to mend (one-person stories: the play state).
local function mends(run, ch)
  if ch.kind ~= "repair" then return false end
  local st = run.st
  if not st.people then return rules.target(st, ch.repairs) ~= nil end
  for _, t in ipairs(ch.to_list or {}) do
    if rules.target(st.by[t[1]], ch.repairs) then return true end
  end
  return false
end

-- Strategies: given the run and a random function, the index to choose.
local STRATEGIES = {}

local FLOODED, NEEDS = rules.FLOODED, rules.NEEDS_STEADINESS

function STRATEGIES.random(run, rand)
  local shown = run.shown
  if run.st.steadiness >= FLOODED then return rand(#shown) end
  -- Flooded: pick among the answers still in reach, without a list.
  local n = 0
  for i = 1, #shown do if not NEEDS[shown[i].kind] then n = n + 1 end end
  local k = rand(n)
  for i = 1, #shown do
    if not NEEDS[shown[i].kind] then
      k = k - 1
      if k == 0 then return i end
    end
  end
end

-- Repairs on screen that would mend an open rupture.
local function pick_mending(run, open, rand)
  local c = {}
  for _, o in ipairs(open) do
    if mends(run, o[2]) then c[#c + 1] = o end
  end
  if #c == 0 then return nil end
  return c[rand(#c)][1]
end

-- With two people, the attuned player reads the room: of the answers
-- attuned and a miss for no one, one to both, else one to whoever has the
-- lower connection, else any.
local function pick_for_pair(run, open, rand)
  local st = run.st
  local low = st.people[1].connection <= st.people[2].connection and st.people[1].id or st.people[2].id
  return pick_kind(open, function(k, ch) return (k == "attune" or k == "attune_boundary") and not misattuned(ch.other)
                                            and ch.to == "both" end, rand)
      or pick_kind(open, function(k, ch) return (k == "attune" or k == "attune_boundary") and not misattuned(ch.other)
                                            and ch.to == low end, rand)
end

function STRATEGIES.attune(run, rand)
  local open = open_choices(run)
  if #run.st.open > 0 then
    local r = pick_mending(run, open, rand)
    if r then return r end
  end
  return (run.st.people and pick_for_pair(run, open, rand))
      or pick_kind(open, function(k, ch) return (k == "attune" or k == "attune_boundary") and not misattuned(ch.other) end, rand)
      or pick_kind(open, function(k) return k == "steady" end, rand)
      or pick_kind(open, clean, rand)
      or pick_kind(open, attuned, rand)
      or open[rand(#open)][1]
end

local function always(kind)
  return function(run, rand)
    local open = open_choices(run)
    return pick_kind(open, function(k, ch) return k == kind or ch.other == kind end, rand)
        or pick_kind(open, a_miss, rand)
        or pick_kind(open, function(k) return k == "steady" end, rand)
        or open[rand(#open)][1]
  end
end

-- The player who favours one of two people: whatever is best for `id` --
-- mending with them, meeting them (taking their side when offered) --
-- and otherwise attuning as best they can.
-- What answer `ch` is to person `id` (nil when it leaves them be).
local function kind_for(ch, id)
  for _, t in ipairs(ch.to_list or {}) do
    if t[1] == id then return t[2] end
  end
  return nil
end

-- Does answer `ch` take `id`'s side (rules.sides)?
local function takes_side(ch, id) return rules.sides(ch.to_list) == id end

local function favour(id)
  return function(run, rand)
    local open = open_choices(run)
    local by = run.st.by
    return pick_kind(open, function(k, ch)
             return k == "repair" and kind_for(ch, id) == "repair" and by and rules.target(by[id], ch.repairs) ~= nil end, rand)
        or pick_kind(open, function(_k, ch) return takes_side(ch, id) end, rand)
        or pick_kind(open, function(_k, ch) return ch.to == id and attuned(kind_for(ch, id)) end, rand)
        or STRATEGIES.attune(run, rand)
  end
end
M.favour = favour
STRATEGIES.fix = always("fix")
STRATEGIES.rescue = always("rescue")
STRATEGIES.dismiss = always("dismiss")
STRATEGIES.enmesh = always("enmesh")
STRATEGIES.withdraw = always("withdraw")

function STRATEGIES.mixed(run, rand)
  if rand(2) == 1 then return STRATEGIES.attune(run, rand) end
  return STRATEGIES.random(run, rand)
end

-- Miss at each step in `at` (a set of step numbers), then attune.
-- (`who`, with two people: a miss that lands on them)
local function slips(at, who)
  return function(run, rand, step)
    if at[step] then
      local r = pick_kind(open_choices(run), function(k, ch)
        if not who then return a_miss(k, ch) end
        for _, t in ipairs(ch.to_list or {}) do
          if t[1] == who and misattuned(t[2]) then return true end
        end
        return false
      end, rand)
      if r then return r end
    end
    return STRATEGIES.attune(run, rand)
  end
end

-- ---------------------------------------------------------------- surface players
-- Players who never read the scene or look at kinds: they pick by what an
-- answer looks like. A story that teaches must not let them win.

-- What a surface player sees of a text, worked out once per text.
local feat_cache = {}

local function text_feat(t)
  local f = feat_cache[t]
  if f then return f end
  local _, stems = tells.stems(t)
  f = { len = tells.length(t), apology = tells.is_apology(t), body = tells.body_words(t), stems = stems }
  feat_cache[t] = f
  return f
end

-- ... of an answer (a text function is called again: its text may change).
local function feat(run, ch)
  local t = ch[1]
  if type(t) ~= "string" then t = run:choice_text(ch) or "" end
  return text_feat(t)
end

-- The answer in `open` with the highest score; ties at random.
local function pick_best(open, score, rand)
  local best, list = -math.huge, {}
  for _, o in ipairs(open) do
    local v = score(o[2])
    if v > best then
      best, list = v, { o[1] }
    elseif v == best then
      list[#list + 1] = o[1]
    end
  end
  return list[rand(#list)]
end

function STRATEGIES.longest(run, rand)
  return pick_best(open_choices(run), function(ch) return feat(run, ch).len end, rand)
end

function STRATEGIES.shortest(run, rand)
  return pick_best(open_choices(run), function(ch) return -feat(run, ch).len end, rand)
end

-- The answers in `open`, shortest first (ties in the order shown).
local function by_length(run, open)
  table.sort(open, function(a, b)
    local la, lb = feat(run, a[2]).len, feat(run, b[2]).len
    if la ~= lb then return la < lb end
    return a[1] < b[1]
  end)
  return open
end

-- The second longest and the second shortest: players who have learnt that
-- the extremes are traps and step one in.
STRATEGIES["second-longest"] = function(run)
  local open = by_length(run, open_choices(run))
  return open[math.max(1, #open - 1)][1]
end

STRATEGIES["second-shortest"] = function(run)
  local open = by_length(run, open_choices(run))
  return open[math.min(2, #open)][1]
end

-- The answer of middle length (of two in the middle, either): the player
-- who has learnt that neither the longest nor the shortest is the one.
function STRATEGIES.middle(run, rand)
  local open = by_length(run, open_choices(run))
  local n = #open
  if n % 2 == 1 then return open[(n + 1) // 2][1] end
  return open[n // 2 + rand(2) - 1][1]
end

-- While the meters show an open rupture, the longest apology on screen;
-- otherwise the longest answer.
function STRATEGIES.apology(run, rand)
  local open = open_choices(run)
  if #run.st.open > 0 then
    local sorry = {}
    for _, o in ipairs(open) do
      if feat(run, o[2]).apology then sorry[#sorry + 1] = o end
    end
    if #sorry > 0 then
      return pick_best(sorry, function(ch) return feat(run, ch).len end, rand)
    end
  end
  return pick_best(open, function(ch) return feat(run, ch).len end, rand)
end

-- The answer sharing the most words with the beat's cue.
STRATEGIES["cue-echo"] = function(run, rand)
  local t = run.beat.cue
  if type(t) ~= "string" then t = run:beat_cue() or "" end
  local cue = text_feat(t).stems
  return pick_best(open_choices(run), function(ch)
    local n = 0
    for st in pairs(feat(run, ch).stems) do
      if cue[st] then n = n + 1 end
    end
    return n
  end, rand)
end

-- The answer naming the most body words (hands, eyes, breath...).
function STRATEGIES.body(run, rand)
  return pick_best(open_choices(run), function(ch) return feat(run, ch).body end, rand)
end

-- The first answer in the order the writer wrote them (the simulator's
-- plays are never shuffled).
function STRATEGIES.first(run)
  return open_choices(run)[1][1]
end

M.SURFACE = { "longest", "second-longest", "middle", "second-shortest", "shortest",
              "apology", "cue-echo", "body", "first" }
M.SURFACE_WORDS = { longest = "the longest answer", shortest = "the shortest answer",
                    middle = "the answer of middle length",
                    ["second-longest"] = "the second longest answer",
                    ["second-shortest"] = "the second shortest answer",
                    apology = "an apology whenever a rupture is open (else the longest)",
                    ["cue-echo"] = "the answer that echoes the cue", body = "the answer naming the body",
                    first = "the first answer as written" }
M.STRATEGY_NAMES = { "random", "attune", "fix", "rescue", "dismiss", "enmesh", "withdraw", "mixed",
                     "longest", "second-longest", "middle", "second-shortest", "shortest",
                     "apology", "cue-echo", "body", "first", "all" }

local GOOD = rules.GOOD
local MAX_STEPS = 1000

-- Each play's own budget (lib.rearm, given by the engine): far more than a
-- play of MAX_STEPS choices needs, so only an endless loop in a story's
-- functions runs out, and it is caught within one play.
local PLAY_INSTRUCTIONS, PLAY_MS = 200000000, 20000

-- Play once with `strategy`; returns the ending beat (or nil when the step
-- limit was hit), the number of choices, and the run.
local function play(story, strategy, seed, visit)
  if lib.rearm then lib.rearm(PLAY_INSTRUCTIONS, PLAY_MS) end
  local run = runtime.new(story, seed, { record = false })
  local rand = rng(seed * 2654435761 + 1)
  local steps = 0
  while not run.beat.is_ending and steps < MAX_STEPS do
    local i = strategy(run, rand, steps)
    if visit then visit(run, i) end
    local ok, msg = run:choose(i)
    if not ok then error(msg, 0) end
    steps = steps + 1
  end
  return run.beat.is_ending and run.beat or nil, steps, run
end

-- Play `runs` times; returns a tally: runs, good, endings[id], steps, the
-- final connections, and the runs that reached no ending.
local function tally(story, strategy, runs, seed, visit)
  local t = { runs = runs, good = 0, endings = {}, steps = 0, finals = {}, stuck = 0 }
  for r = 1, runs do
    local ending, steps, run = play(story, strategy, seed + r, visit)
    t.steps = t.steps + steps
    if ending then
      if visit then visit(run, nil, ending) end
      t.endings[ending.id] = (t.endings[ending.id] or 0) + 1
      if GOOD[ending.verdict] then t.good = t.good + 1 end
      t.finals[#t.finals + 1] = run.st.connection
    else
      t.stuck = t.stuck + 1
    end
  end
  return t
end

local function reached_names(t)
  local names = {}
  for id in pairs(t.endings) do names[#names + 1] = id end
  table.sort(names)
  return table.concat(names, ", ")
end

local function pct(n, d) return 100 * n / math.max(d, 1) end

-- "1 run", "2 runs": a count and its word, singular or plural.
local function count(n, one, many) return string.format("%d %s", n, n == 1 and one or (many or one .. "s")) end

-- Run the simulator. Returns the report (text), whether every teaching check
-- passed, and the number of choices made (the engine times it).
function M.simulate(story, strategy_name, runs, seed, require_full)
  -- Two people: a player who favours each of them (favour:<id>).
  local people = story.info.people and #story.info.people == 2 and story.info.people or nil
  local strategies = setmetatable({}, { __index = STRATEGIES })
  local favourites = {}
  for _, id in ipairs(people or {}) do
    strategies["favour:" .. id] = favour(id)
    favourites[#favourites + 1] = "favour:" .. id
  end
  if strategy_name ~= "all" and not strategies[strategy_name] then
    return "unknown strategy '" .. tostring(strategy_name) .. "'; use one of: "
        .. table.concat(M.STRATEGY_NAMES, ", ")
        .. (people and (", " .. table.concat(favourites, ", ")) or "") .. "\n", false, 0
  end
  local STRATEGIES = strategies
  local out = {}
  local function w(...) out[#out + 1] = string.format(...) end
  local beats_seen, choices_seen = {}, {}
  local total_choices = 0
  local function visit(run, i, ending)
    if ending then beats_seen[ending.id] = true; return end
    beats_seen[run.beat.id] = true
    local ch = run.shown[i]
    if ch and not ch.builtin then choices_seen[ch.id] = true end
  end
  local ids = {}
  for _, id in ipairs(story.order) do if story.beats[id].is_ending then ids[#ids + 1] = id end end

  -- The strategies played `runs` times: one, or (all) every one, as a table.
  local names = strategy_name == "all" and {} or { strategy_name }
  if strategy_name == "all" then
    for _, n in ipairs(M.STRATEGY_NAMES) do if n ~= "all" then names[#names + 1] = n end end
    for _, n in ipairs(favourites) do names[#names + 1] = n end
  end
  local tallies = {}
  for _, n in ipairs(names) do
    tallies[n] = tally(story, STRATEGIES[n], runs, seed, visit)
    total_choices = total_choices + tallies[n].steps
  end

  if strategy_name ~= "all" then
    local t = tallies[strategy_name]
    w("%s: %s, strategy %s\n", story.info.id or "story", count(runs, "run"), strategy_name)
    w("endings:\n")
    for _, id in ipairs(ids) do
      local n = t.endings[id] or 0
      w("  %-24s %-13s %7d  %5.1f%%\n", id, "(" .. story.beats[id].verdict .. ")", n, pct(n, runs))
    end
    if t.stuck > 0 then
      w("  %s reached no ending within %d choices (a loop?)\n", count(t.stuck, "run"), MAX_STEPS)
    end
  else
    w("%s: %s of each strategy\n", story.info.id or "story", count(runs, "run"))
    w("  %-15s %6s %6s  %s\n", "strategy", "good", "steps", "endings reached (share of runs)")
    for _, n in ipairs(names) do
      local t = tallies[n]
      local parts = {}
      for _, id in ipairs(ids) do
        if t.endings[id] then parts[#parts + 1] = string.format("%s %.0f%%", id, pct(t.endings[id], runs)) end
      end
      if t.stuck > 0 then parts[#parts + 1] = string.format("no ending %.0f%%", pct(t.stuck, runs)) end
      w("  %-15s %5.1f%% %6.1f  %s\n", n, pct(t.good, runs), t.steps / math.max(runs, 1), table.concat(parts, ", "))
    end
  end

  -- The teaching checks (docs/attunement.md, "What a good story does").
  local all_ok = true
  local checks = {}
  local function check(ok, msg)
    checks[#checks + 1] = string.format("  %s  %s\n", ok and "ok  " or "FAIL", msg)
    if not ok then all_ok = false end
  end
  local K = 40
  local function run_k(strat, k, offset)
    local t = tally(story, strat, k, seed + offset, visit)
    total_choices = total_choices + t.steps
    return t
  end
  local t = run_k(STRATEGIES.attune, K, 1000)
  check(t.good == K, string.format("always attuning reaches a good ending (%d/%d runs good: %s)", t.good, K, reached_names(t)))
  for _, kind in ipairs({ "fix", "rescue", "dismiss", "enmesh", "withdraw" }) do
    t = run_k(STRATEGIES[kind], K, 1000)
    check(t.good == 0, string.format("always %s never reaches a good ending (%d/%d runs good: %s)",
      rules.KIND_WORDS[kind], t.good, K, reached_names(t)))
  end
  -- Roads with one and with two misses, each repaired, that still end well.
  local function mended_road(n_miss)
    for a = 0, 12 do
      for b = (n_miss == 2 and a + 2 or a), (n_miss == 2 and a + 8 or a) do
        local at = { [a] = true, [b] = true }
        for r = 1, 4 do
          local ending, steps, run = play(story, slips(at), seed + 2000 + a * 64 + b * 4 + r, visit)
          total_choices = total_choices + steps
          if ending then visit(run, nil, ending) end
          if ending and ending.verdict == "stronger" and run.st.ruptures >= n_miss and run.st.repairs >= n_miss then
            return n_miss == 1 and string.format("a miss at choice %d, repaired, ends '%s'", a + 1, ending.id)
                or string.format("misses at choices %d and %d, each repaired, end '%s'", a + 1, b + 1, ending.id)
          end
        end
      end
    end
    return nil
  end
  local found = mended_road(1)
  check(found ~= nil, "a road with a miss and its repair reaches a stronger ending" .. (found and (" (" .. found .. ")") or ""))
  found = mended_road(2)
  check(found ~= nil, "a road with two misses, each repaired, reaches a stronger ending" .. (found and (" (" .. found .. ")") or ""))
  -- With two people: the same for each of them, and neither favourite wins.
  for _, id in ipairs(people or {}) do
    local got
    for a = 0, 14 do
      for r = 1, 4 do
        local ending, steps, run = play(story, slips({ [a] = true }, id), seed + 4000 + a * 8 + r, visit)
        total_choices = total_choices + steps
        if ending then visit(run, nil, ending) end
        if ending and ending.verdict == "stronger" and run.st.by[id].ruptures >= 1 and run.st.by[id].repairs >= 1 then
          got = string.format("a miss at choice %d, repaired, ends '%s'", a + 1, ending.id)
          break
        end
      end
      if got then break end
    end
    local name = story.characters[id] and story.characters[id].name or id
    check(got ~= nil, string.format("%s: a road with a miss with %s and its repair reaches a stronger ending%s",
      id, tostring(name), got and (" (" .. got .. ")") or ""))
  end
  -- Surface players: they must not win by looks.
  -- (Measured only when chance alone does not already end well that often:
  -- in a very short story a player who picks at random does.)
  local limit = type(story.info.surface_max) == "number" and story.info.surface_max or rules.SURFACE_MAX
  local function tally_of(n)
    local tn = tallies[n]
    if not tn or tn.runs < 200 then tn = run_k(STRATEGIES[n], 200, 3000) end
    return tn
  end
  local chance = tally_of("random")
  local chance_rate = pct(chance.good, chance.runs)
  if chance_rate > limit then
    checks[#checks + 1] = string.format("  skip  surface players not measured: picking at random already ends well in %.1f%% "
      .. "of plays (more than %g%%), too short a story to tell looks from chance\n", chance_rate, limit)
  else
    for _, n in ipairs(M.SURFACE) do
      t = tally_of(n)
      local rate = pct(t.good, t.runs)
      check(rate <= limit, string.format("a player who picks %s reaches a good ending in at most %g%% of plays (%.1f%% of %d: %s)",
        M.SURFACE_WORDS[n], limit, rate, t.runs, reached_names(t)))
    end
  end
  for _, n in ipairs(favourites) do
    local id = n:sub(#"favour:" + 1)
    local name = story.characters[id] and story.characters[id].name or id
    -- (only when the story offers to take their side: a favourite who is
    -- never offered it plays as the attuned player does)
    local offered = false
    for _, bid in ipairs(story.order) do
      for _, ch in ipairs(story.beats[bid].choices or {}) do
        if takes_side(ch, id) then offered = true end
      end
    end
    if not offered then
      checks[#checks + 1] = string.format("  skip  no answer takes %s's side (attuned to them, a miss for the other): "
        .. "favouring them is not measured\n", tostring(name))
    else
      t = tally_of(n)
      local rate = pct(t.good, t.runs)
      check(rate <= limit, string.format("a player who favours %s (meeting them first, taking their side when offered) "
        .. "reaches a good ending in at most %g%% of plays (%.1f%% of %d: %s)", tostring(name), limit, rate, t.runs, reached_names(t)))
    end
  end
  -- With two people and full coverage asked for: players who lean towards
  -- one of them (half the time the favourite's answer, else attuning), so
  -- an ending close with one and not the other is reached by a road that
  -- goes there, not only by chance.
  if require_full then
    for _, n in ipairs(favourites) do
      local f = STRATEGIES[n]
      run_k(function(run, rand, step)
        if rand(2) == 1 then return f(run, rand, step) end
        return STRATEGIES.attune(run, rand, step)
      end, 400, 5000)
    end
  end
  -- Coverage: every play above counts, the teaching checks' included (a
  -- road no miss may take is reached by the attuning player, not by chance).
  local nb, seen_b, nc, seen_c = 0, 0, 0, 0
  local missing_b, missing_c = {}, {}
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    nb = nb + 1
    if beats_seen[id] then seen_b = seen_b + 1 else missing_b[#missing_b + 1] = string.format("%s (%s:%d)", id, b.file, b.line) end
    for _, ch in ipairs(b.choices or {}) do
      nc = nc + 1
      if choices_seen[ch.id] then seen_c = seen_c + 1 else missing_c[#missing_c + 1] = string.format("%s [%s]", ch.id, ch.kind) end
    end
  end
  w("coverage: beats %d/%d, answers %d/%d\n", seen_b, nb, seen_c, nc)
  -- With two people: each one's beats on stage and the answers that touch them.
  for _, id in ipairs(people or {}) do
    local pb, pbs, pc, pcs = 0, 0, 0, 0
    for _, bid in ipairs(story.order) do
      local b = story.beats[bid]
      local here = false
      for _, who in ipairs(b.present_list or {}) do if who == id then here = true end end
      if here then
        pb = pb + 1
        if beats_seen[bid] then pbs = pbs + 1 end
        for _, ch in ipairs(b.choices or {}) do
          local touches = false
          for _, tt in ipairs(ch.to_list or {}) do if tt[1] == id then touches = true end end
          if touches then
            pc = pc + 1
            if choices_seen[ch.id] then pcs = pcs + 1 end
          end
        end
      end
    end
    w("  %s: on stage at %d/%d beats reached, answers that touch them %d/%d\n", id, pbs, pb, pcs, pc)
  end
  local full = seen_b == nb and seen_c == nc
  if #missing_b > 0 then w("  beats never reached: %s\n", table.concat(missing_b, ", ")) end
  if #missing_c > 0 then
    local shown = {}
    for i = 1, math.min(#missing_c, 40) do shown[i] = missing_c[i] end
    w("  answers never chosen: %s%s\n", table.concat(shown, ", "), #missing_c > 40 and string.format(" … and %d more", #missing_c - 40) or "")
  end
  if strategy_name ~= "all" then
    local finals = tallies[strategy_name].finals
    if #finals > 0 then
      table.sort(finals)
      w("connection at the end: %d to %d (median %d)\n", finals[1], finals[#finals], finals[(#finals + 1) // 2])
    end
  end

  if require_full then
    check(full, string.format("every beat and every answer is reached (%d/%d beats, %d/%d answers)", seen_b, nb, seen_c, nc))
  end
  w("teaching checks:\n")
  for _, c in ipairs(checks) do out[#out + 1] = c end
  return table.concat(out), all_ok, total_choices
end

-- The road a preview takes to beat `target` (`attune render --beat`): a real
-- play from the start, so the meters, the face and the ruptures there are a
-- player's. The fewest misses first, then the fewest answers; among equals,
-- the answers in the order written. The search visits places, and the first
-- road to a place is the only one followed on from it. It tries three
-- sizes of place, each only when the one before did not reach the target:
-- a beat; a beat with the ruptures open, whether any was mended and the
-- connection in tens (what the ending rule looks at); and that with the
-- story's variables (what most `when`s look at). Your steadiness counts
-- while flooded, so a steadying breath is a move. A beat that a `when`
-- opens on something else (s.seen, the exact connection) may be missed, and
-- each search gives up after ROAD_PLACES places. Returns a list of
-- {beat, id}, or nil and why.
local ROAD_PLACES = 20000

-- A binary heap of the places still to visit, by `better`.
local function heap_push(h, x, better)
  h[#h + 1] = x
  local i = #h
  while i > 1 do
    local p = i // 2
    if not better(h[i], h[p]) then break end
    h[i], h[p] = h[p], h[i]
    i = p
  end
end

local function heap_pop(h, better)
  local top, n = h[1], #h
  h[1] = h[n] -- (two statements: with one element left, h[1] and h[n] are one)
  h[n] = nil
  n = n - 1
  local i = 1
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= n and better(h[l], h[m]) then m = l end
    if r <= n and better(h[r], h[m]) then m = r end
    if m == i then break end
    h[i], h[m] = h[m], h[i]
    i = m
  end
  return top
end

local function road_better(a, b)
  if a.misses ~= b.misses then return a.misses < b.misses end
  if a.n ~= b.n then return a.n < b.n end
  return a.order < b.order
end

-- The place of `run`, at size `size` (1 to 3).
local function road_place(run, size)
  local st = run.st
  local key = run.beat.id .. "|" .. (rules.flooded(st) and tostring(st.steadiness) or "")
  if size >= 2 then
    if st.people then
      for _, p in ipairs(st.people) do
        key = string.format("%s|%s:%d|%d|%d", key, p.id, #p.open, math.min(p.repairs, 2), p.connection // 10)
      end
    else
      key = string.format("%s|%d|%d|%d", key, #st.open, math.min(st.repairs, 2), st.connection // 10)
    end
  end
  if size >= 3 then
    local vars = {}
    for k, v in pairs(st.vars) do
      vars[#vars + 1] = tostring(k) .. "=" .. (type(v) == "table" and "{}" or tostring(v))
    end
    table.sort(vars)
    key = key .. "|" .. table.concat(vars, ",")
  end
  return key
end

-- The answers of the road that ends in `node`, oldest first: {beat, id}.
local function road_steps(node)
  local path = {}
  while node.prev do
    table.insert(path, 1, node.step)
    node = node.prev
  end
  return path
end

-- One search at place size `size`: the node that reaches `target`, or nil
-- and whether it gave up. A node holds its road, not its play: the play is
-- replayed when the node is visited (a play per place waiting would not fit
-- in the story's memory).
local function road_search(story, target, size)
  local function replay(node)
    local run = runtime.new(story, 1, { record = false })
    for _, step in ipairs(road_steps(node)) do
      local ok, msg = run:choose_id(step[2])
      if not ok then error(msg, 0) end
    end
    return run
  end
  local first = runtime.new(story, 1, { record = false })
  local root = { misses = 0, n = 0, order = 0, beat = first.beat.id, key = road_place(first, size) }
  local heap, done, waiting, order, places = {}, {}, {}, 0, 0
  heap_push(heap, root, road_better)
  while #heap > 0 do
    local cur = heap_pop(heap, road_better)
    if cur.beat == target then return cur end
    if not done[cur.key] then
      done[cur.key], waiting[cur.key] = true, nil
      places = places + 1
      if places > ROAD_PLACES then return nil, true end
      local run = cur == root and first or replay(cur)
      if not run.beat.is_ending then
        for _, o in ipairs(open_choices(run)) do
          local ch = o[2]
          local after = run:clone()
          local ok, msg = after:choose(o[1])
          if not ok then error(msg, 0) end
          local k = road_place(after, size)
          order = order + 1
          local node = { misses = cur.misses + (a_miss(ch.kind, ch) and 1 or 0), n = cur.n + 1,
                         order = order, prev = cur, step = { run.beat.id, ch.id },
                         beat = after.beat.id, key = k }
          -- (only a road better than the best one waiting for that place)
          if not done[k] and (not waiting[k] or road_better(node, waiting[k])) then
            waiting[k] = node
            heap_push(heap, node, road_better)
          end
        end
      end
    end
  end
  return nil, false
end

function M.road(story, target)
  if not story.beats[target] then
    local hint = dsl.suggest(target, story.beats)
    return nil, "there is no beat '" .. tostring(target) .. "'" .. (hint and ("; did you mean '" .. hint .. "'?") or "")
  end
  local gave_up = false
  for size = 1, 3 do
    local found, full = road_search(story, target, size)
    gave_up = gave_up or full
    if found then
      return road_steps(found)
    end
  end
  if gave_up then
    return nil, "beat '" .. target .. "' was not found within " .. ROAD_PLACES
        .. " places of the story; give a road with --path"
  end
  return nil, "beat '" .. target .. "' cannot be reached: no road from the start ('" .. story.info.start
      .. "') leads there (check warns about such beats); give a road with --path to see why"
end

return M
